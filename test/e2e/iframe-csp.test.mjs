// The iframe embed under a host page's strict Content-Security-Policy (issue
// 13, "the iframe embed under a policy with the documented `frame-src`"), on
// the BUILT gallery (dist-demo/):
// - the gallery is served from one origin, the host page from another (two
//   servers on 127.0.0.1, two ports);
// - the host page holds the gallery's iframe snippet exactly as the builder
//   writes it (read from the gallery's own code box) and is sent, as a header,
//   the policy the README documents: its self-hosted line with the iframe
//   embed's `frame-src` / `script-src` line merged in, the gallery's origin in
//   place of the README's example origin (both read from README.md);
// - for each of the four widgets: the frame loads, its element is ready, the
//   gallery's resize.js fits the frame to its content, and host and frame
//   record no `securitypolicyviolation` and no console error;
// - the same policy without the `frame-src` line (`default-src 'self'` then
//   governs frames) blocks the frame and reports it: the README's line is
//   needed, and this test can fail.
//   npm run build && npm run build:demo
//   node --test --test-concurrency=1 test/e2e/iframe-csp.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launch, openPage, serve, waitForGalleryCode, waitForWidgets } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url);
const WIDGETS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'];
/** The example origin the README's CSP section uses for the gallery. */
const README_ORIGIN = 'https://widgets.example.go.id';

/** Directives as a Map (name → source list), in order. */
function parsePolicy(text) {
  const map = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}
const policyText = (map) => [...map].map(([name, values]) => `${name} ${values}`.trim()).join('; ');

/**
 * The README's policies for a host page: the first code block of its
 * "Content-Security-Policy" section (script embed, self-hosted) and the block
 * after "**iframe embed**", merged (the iframe line's directives replace the
 * same directives of the first).
 */
function readmePolicies() {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const section = readme.split(/^## Content-Security-Policy$/m)[1]?.split(/^## /m)[0] ?? '';
  assert.ok(section, 'README.md has a "Content-Security-Policy" section');
  const block = (text) => /```\n([^`]+?)\n```/.exec(text)?.[1].trim() ?? '';
  const selfHosted = block(section);
  const iframe = block(section.split('**iframe embed**')[1] ?? '');
  assert.match(selfHosted, /^default-src 'self';/, 'the self-hosted policy of the README');
  assert.match(iframe, /frame-src/, "the README's iframe embed line names frame-src");
  assert.ok(iframe.includes(README_ORIGIN), `the README's iframe line names the gallery's origin as ${README_ORIGIN}`);
  return { selfHosted: parsePolicy(selfHosted), iframe: parsePolicy(iframe) };
}

let gallery; // serves the built gallery: its origin is the embeds' origin
let host; // serves the host pages, with the policy of each
let browser;
const policies = new Map(); // host page path → Content-Security-Policy
const TMP_PATH = `test/e2e/pages/tmp/iframe-csp-${process.pid}/`;
const TMP = new URL(TMP_PATH, ROOT);
/** The iframe snippet of each widget, copied from the gallery. */
const pasted = {};
let documented; // the README's policy for a host page, with the gallery's origin
let withoutFrameSrc; // the same without the iframe line's frame-src

before(async () => {
  assert.ok(
    existsSync(new URL('dist-demo/embed.html', ROOT)) && existsSync(new URL('dist-demo/resize.js', ROOT)),
    'dist-demo/ is missing or incomplete: run `npm run build && npm run build:demo` first',
  );
  gallery = await serve();
  host = await serve(0, { headers: (path) => (policies.has(path) ? { 'content-security-policy': policies.get(path) } : {}) });
  assert.notEqual(new URL(gallery.url).origin, new URL(host.url).origin, 'two origins');
  browser = await launch();

  const { selfHosted, iframe } = readmePolicies();
  const merged = new Map(selfHosted);
  for (const [name, values] of iframe) merged.set(name, values.replaceAll(README_ORIGIN, gallery.url));
  documented = policyText(merged);
  const without = new Map(merged);
  without.delete('frame-src');
  withoutFrameSrc = policyText(without);

  // The snippets, as the gallery's builder writes them (default settings).
  const { page } = await openPage(browser, `${gallery.url}/dist-demo/index.html`);
  try {
    await waitForWidgets(page, WIDGETS.join(', '));
    await waitForGalleryCode(page, WIDGETS.map((tag) => `${tag}-iframe-code`));
    for (const widget of WIDGETS) {
      pasted[widget] = await page.$eval(`#${widget}-iframe-code`, (el) => el.textContent);
    }
  } finally {
    await page.close();
  }
});

after(async () => {
  await browser?.close();
  await gallery?.close();
  await host?.close();
  rmSync(TMP, { recursive: true, force: true });
});

const blankDocument = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host page</title></head><body>\n${body}\n</body></html>`;

/** Writes a host page, registers the policy it is sent with, and opens it from the host origin. */
function openHost(name, body, policy) {
  mkdirSync(TMP, { recursive: true });
  writeFileSync(new URL(`${name}.html`, TMP), blankDocument(body));
  const path = `/${TMP_PATH}${name}.html`;
  policies.set(path, policy);
  return openPage(browser, `${host.url}${path}`, {
    beforeLoad: (p) =>
      p.on('response', (r) => {
        if (r.url() === `${host.url}${path}`) p.__policy = r.headers()['content-security-policy'];
      }),
  });
}

describe("iframe embed under the README's policy", () => {
  it('the policy sent names the gallery in frame-src and script-src and nothing unsafe', () => {
    const map = parsePolicy(documented);
    assert.equal(map.get('default-src'), "'self'");
    assert.equal(map.get('frame-src'), gallery.url);
    assert.equal(map.get('script-src'), `'self' ${gallery.url}`);
    assert.equal(map.get('style-src'), "'self'");
    assert.doesNotMatch(documented, /unsafe|\*/);
  });

  it("each snippet is the builder's: an iframe of the gallery's embed.html and its resize.js, no style attribute", () => {
    for (const widget of WIDGETS) {
      const snippet = pasted[widget];
      assert.ok(snippet.includes(`<iframe src="${gallery.url}/dist-demo/embed.html?widget=${widget}`), snippet);
      assert.ok(snippet.includes(`<script src="${gallery.url}/dist-demo/resize.js" async=""></script>`), snippet);
      assert.doesNotMatch(snippet, /\sstyle=/);
    }
  });

  for (const widget of WIDGETS) {
    it(`<${widget}>: the frame loads, its element is ready, resize.js fits it, no violation, no console error`, async () => {
      const { page, log } = await openHost(`frame-${widget}`, pasted[widget], documented);
      try {
        assert.equal(page.__policy, documented, 'the host page was sent the policy');
        const handle = await page.waitForSelector('iframe');
        const initial = Number(await handle.evaluate((f) => f.getAttribute('height')));
        const frame = await handle.contentFrame();
        assert.ok(frame, 'the iframe has a frame');
        await frame.waitForFunction((w) => document.querySelector(w)?.matches(':state(ready)'), { timeout: 20000 }, widget);
        if (widget === 'sister-city-map') {
          await frame.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container'), {
            timeout: 20000,
          });
        }
        assert.equal(new URL(frame.url()).origin, gallery.url, "the frame is on the gallery's origin");
        // resize.js (from the gallery's origin, allowed by script-src) sets the frame's height to what embed.html posts.
        const contentHeight = () => frame.evaluate(() => Math.ceil(document.getElementById('embed').getBoundingClientRect().height));
        let content = 0;
        let fitted = null;
        for (let i = 0; i < 100; i++) {
          content = await contentHeight();
          fitted = await handle.evaluate((f) => ({
            attr: Number(f.getAttribute('height')),
            box: f.getBoundingClientRect().height,
            style: f.style.height,
            border: getComputedStyle(f).borderTopStyle,
          }));
          if (content > 50 && fitted.attr === content && fitted.style === `${content}px` && Math.abs(fitted.box - content) <= 1) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.ok(content > 50, `the frame has content (${content} px)`);
        assert.equal(fitted.attr, content, `frame height attribute (snippet: ${initial}) = content height`);
        // (The snippet's height may already be right, e.g. the counter's: the CSSOM height is resize.js's own mark.)
        assert.equal(fitted.style, `${content}px`, 'resize.js set the height through the CSSOM');
        assert.ok(Math.abs(fitted.box - content) <= 1, `frame box ${fitted.box} px, content ${content} px`);
        assert.equal(fitted.border, 'none', 'resize.js removed the border through the CSSOM');
        // The listener of securitypolicyviolation events runs in both documents.
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'violations in the host page');
        assert.deepEqual(await frame.evaluate(() => window.__cspViolations), [], 'violations in the frame');
        assert.deepEqual(log.errors, [], 'console errors');
        assert.deepEqual(log.exceptions, [], 'uncaught exceptions');
        const elsewhere = log.requests.filter((u) => !u.startsWith(`${gallery.url}/`) && !u.startsWith(`${host.url}/`) && !u.startsWith('data:'));
        assert.deepEqual(elsewhere, [], 'requests to neither origin');
      } finally {
        await page.close();
      }
    });
  }

  it('without the frame-src line (default-src \'self\' governs frames) the frame is blocked and reported', async () => {
    assert.doesNotMatch(withoutFrameSrc, /frame-src|child-src/);
    assert.match(withoutFrameSrc, /default-src 'self'/);
    const { page, log } = await openHost('no-frame-src', pasted['cooperation-counter'], withoutFrameSrc);
    try {
      assert.equal(page.__policy, withoutFrameSrc);
      await page.waitForFunction(() => window.__cspViolations.length > 0, { timeout: 10000 });
      const violations = await page.evaluate(() => window.__cspViolations);
      // (The blocked URI of a cross-origin frame is reported as its origin only.)
      assert.ok(
        violations.some((v) => /^(frame-src|child-src|default-src) /.test(v) && v.includes(gallery.url)),
        violations.join('; '),
      );
      assert.ok(log.errors.some((e) => /Content Security Policy/.test(e) && /frame/.test(e)), log.errors.join('\n'));
      // No widget was drawn in the frame.
      const frame = await (await page.$('iframe')).contentFrame();
      const drawn = await frame?.evaluate(() => !!document.querySelector('cooperation-counter')).catch(() => false);
      assert.equal(drawn ?? false, false, 'the blocked frame holds no widget');
    } finally {
      await page.close();
    }
  });
});
