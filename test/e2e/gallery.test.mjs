// End-to-end: the built gallery (dist-demo/index.html), its embed codes and
// embed.html, in headless Chromium. Needs `npm run build && npm run build:demo`.
//   node --test test/e2e/gallery.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, recordShifts, serve, shiftsOf, waitForWidgets } from './browser.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/jakarta-2024.json', import.meta.url), 'utf8'));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const WIDGETS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'];
const TAGS = WIDGETS.join(', ');
const HEIGHT_MESSAGE = 'jakarta-global-widgets:height';

let server;
/** A second server: another origin, for the resize script's origin check. */
let other;
let browser;
let gallery;
/**
 * A blank page (no CSP) for parsing snippets: parsed inside the gallery, the
 * snippets' style attributes would count as violations of the gallery's CSP.
 */
let parser;

before(async () => {
  assert.ok(
    existsSync(new URL('../../dist-demo/index.html', import.meta.url)) &&
      existsSync(new URL('../../dist-demo/cdn/jakarta-global-widgets.js', import.meta.url)),
    'dist-demo/ is missing or incomplete: run `npm run build && npm run build:demo` first',
  );
  server = await serve();
  other = await serve();
  browser = await launch();
  // Opened first, so that it stays behind the pages under test.
  parser = await browser.newPage();
  gallery = `${server.url}/dist-demo/index.html`;
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  rmSync(TMP, { recursive: true, force: true });
});

/**
 * Brings each section's preview into view in turn (the gallery creates a
 * live element as its section comes within a screen of the viewport), waits
 * until all four show their data, and scrolls back to the top.
 */
async function showEveryPreview(page) {
  for (const widget of WIDGETS) {
    await page.waitForSelector(`#${widget} .preview`);
    await page.$eval(`#${widget} .preview`, (el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForSelector(`#${widget} .preview > ${widget}`, { timeout: 10000 });
  }
  await waitForWidgets(page, TAGS);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** Opens the gallery and waits until every preview has rendered its data. */
async function openGallery(options = {}) {
  const { page, log } = await openPage(browser, gallery, options);
  await showEveryPreview(page);
  return { page, log };
}

/** Where "blank pages" are written: served by the test server, gitignored, removed after the run. */
const TMP = new URL(`pages/tmp/gallery-${process.pid}/`, import.meta.url);

/**
 * Writes `html` to a file of its own and opens it: "pasted into a blank
 * page". A real file on the served origin (rather than an intercepted
 * response) keeps Chromium's local-network checks as for any 127.0.0.1 page.
 */
function openBlank(name, html, options = {}) {
  mkdirSync(TMP, { recursive: true });
  writeFileSync(new URL(`${name}.html`, TMP), html);
  return openPage(browser, `${server.url}/test/e2e/pages/tmp/gallery-${process.pid}/${name}.html`, options);
}

const blankDocument = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blank page</title></head><body>\n${body}\n</body></html>`;

/** The two snippets of a gallery section. */
function snippets(page, widget) {
  return page.evaluate(
    (w) => ({
      script: document.getElementById(`${w}-script-code`).textContent,
      iframe: document.getElementById(`${w}-iframe-code`).textContent,
    }),
    widget,
  );
}

/** Waits until the page's (or frame's) `widget` shows its data; says why not when it does not. */
async function waitReady(target, widget, timeout = 15000) {
  try {
    await target.waitForFunction((w) => document.querySelector(w)?.matches(':state(ready)'), { timeout }, widget);
  } catch (error) {
    const state = await target.evaluate((w) => {
      const el = document.querySelector(w);
      if (!el) return 'not in the page';
      if (!customElements.get(w)) return 'never defined (the bundle registered no such element)';
      return el.matches(':state(error)') ? `in error: ${el.shadowRoot?.textContent?.trim()}` : 'still loading';
    }, widget);
    throw new Error(`<${widget}> ${state} (${error.message})`);
  }
}

/** Chooses a value in a section's control, as a reader would. */
async function choose(page, widget, name, value) {
  const selector = `#${widget}--${name}`;
  const type = await page.$eval(selector, (el) => (el instanceof HTMLSelectElement ? 'select' : el.type));
  if (type === 'select') await page.select(selector, value);
  else if (type === 'checkbox') {
    const checked = await page.$eval(selector, (el) => el.checked);
    if (checked !== (value === 'true')) await page.click(selector);
  } else {
    await page.$eval(selector, (el) => (el.value = ''));
    await page.type(selector, value);
  }
}

/** Waits until the preview shows its data for its current attributes. */
function waitForPreview(page, widget) {
  return page.waitForFunction(
    (w) => document.querySelector(`#${w} .preview > ${w}`)?.matches(':state(ready)'),
    { timeout: 10000 },
    widget,
  );
}

function shadowText(page, selector) {
  return page.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}


/** The element tag of a script snippet, parsed by the browser. */
function parseTag(snippet) {
  return parser.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const el = template.content.querySelector('script + *') ?? template.content.lastElementChild;
    const script = template.content.querySelector('script');
    return {
      scripts: template.content.querySelectorAll('script').length,
      scriptType: script?.type,
      scriptSrc: script?.getAttribute('src'),
      stylesheet: template.content.querySelector('link[rel="stylesheet"]')?.getAttribute('href'),
      integrity: {
        script: script?.getAttribute('integrity'),
        stylesheet: template.content.querySelector('link')?.getAttribute('integrity'),
      },
      crossorigin: [script?.getAttribute('crossorigin'), template.content.querySelector('link')?.getAttribute('crossorigin')],
      hints: [...template.content.querySelectorAll('link[rel="modulepreload"]')].map((l) => ({
        href: l.getAttribute('href'),
        integrity: l.getAttribute('integrity'),
        crossorigin: l.getAttribute('crossorigin'),
      })),
      tag: el.localName,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: el.textContent,
    };
  }, snippet);
}

function parseFrame(snippet) {
  return parser.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const frame = template.content.querySelector('iframe');
    const script = template.content.querySelector('script');
    return {
      attrs: Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value])),
      script: script && Object.fromEntries([...script.attributes].map((a) => [a.name, a.value])),
    };
  }, snippet);
}

describe('gallery', () => {
  let page;
  let log;

  before(async () => {
    ({ page, log } = await openGallery());
  });
  after(() => page?.close());

  it('shows every element with its data, in Indonesian by default', async () => {
    assert.equal(await page.$eval('html', (h) => h.lang), 'id');
    for (const widget of WIDGETS) {
      const ready = await page.$eval(`#${widget} .preview > ${widget}`, (el) => el.matches(':state(ready)'));
      assert.ok(ready, `${widget} preview`);
    }
    assert.ok((await shadowText(page, '#cooperation-counter .preview > *')).includes('kerja sama sepanjang 2024'));
    assert.equal(
      await page.$eval('#sister-city-list .preview > *', (el) => el.shadowRoot.querySelectorAll('[part~="row"]').length),
      23,
    );
  });

  it('writes both embed codes for the default settings', async () => {
    for (const widget of WIDGETS) {
      const { script, iframe } = await snippets(page, widget);
      const tag = await parseTag(script);
      assert.equal(tag.scripts, 1, `${widget}: one script`);
      assert.equal(tag.scriptType, 'module');
      assert.equal(tag.scriptSrc, `${server.url}/dist-demo/cdn/jakarta-global-widgets.js`);
      assert.equal(tag.tag, widget);
      assert.equal(tag.attrs.lang, 'id');
      assert.equal(tag.attrs.style, undefined, `${widget}: no style attribute (strict CSP)`);
      // Its own tag's reservation rules, not every tag's (a counter's page parses 4 KB of rules, not 77).
      assert.equal(tag.stylesheet, `${server.url}/dist-demo/cdn/reserve/${widget}.css`, `${widget}: links its reservation stylesheet`);
      assert.match(tag.integrity.script, /^sha384-[\w+/]{64}$/, `${widget}: SRI of the script`);
      const sheet = readFileSync(new URL(`../../dist-demo/cdn/reserve/${widget}.css`, import.meta.url));
      assert.equal(tag.integrity.stylesheet, `sha384-${createHash('sha384').update(sheet).digest('base64')}`, `${widget}: SRI of its stylesheet`);
      assert.deepEqual(tag.crossorigin, ['anonymous', 'anonymous']);
      assert.match(tag.text, / — Sumber( \(yang tidak sepenuhnya sepakat\))?: /, `${widget} fallback names its sources`);
      for (const value of Object.values(tag.attrs)) assert.ok(!value.includes('&'), `${widget}: no & in ${value}`);
      const frame = await parseFrame(iframe);
      const src = new URL(frame.attrs.src);
      assert.equal(`${src.origin}${src.pathname}`, `${server.url}/dist-demo/embed.html`);
      assert.equal(src.searchParams.get('widget'), widget);
      assert.ok(iframe.includes(`embed.html?widget=${widget}&amp;`), 'query separators are escaped');
      assert.ok(frame.attrs.title.length > 10);
      assert.equal(frame.attrs.loading, 'lazy');
      assert.match(frame.attrs.height, /^\d+$/);
      assert.equal(frame.script.src, `${server.url}/dist-demo/resize.js`);
    }
  });

  it('updates the element and both snippets when the controls change', async () => {
    await choose(page, 'cooperation-counter', 'metric', 'sister-cities');
    await choose(page, 'cooperation-counter', 'lang', 'en');
    await choose(page, 'cooperation-counter', 'theme', 'dark');
    await choose(page, 'cooperation-counter', 'animation', 'none');
    await waitForPreview(page, 'cooperation-counter');
    const metric = data.metrics.find((m) => m.id === 'sister-cities');
    await page.waitForFunction(
      (label) => document.querySelector('#cooperation-counter .preview > *').shadowRoot.textContent.includes(label),
      {},
      metric.label.en,
    );
    const attrs = await page.$eval('#cooperation-counter .preview > *', (el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    assert.deepEqual(
      { metric: attrs.metric, lang: attrs.lang, theme: attrs.theme, animation: attrs.animation },
      { metric: 'sister-cities', lang: 'en', theme: 'dark', animation: 'none' },
    );
    const { script, iframe } = await snippets(page, 'cooperation-counter');
    const tag = await parseTag(script);
    assert.deepEqual(
      { ...tag.attrs, style: undefined },
      { metric: 'sister-cities', animation: 'none', lang: 'en', theme: 'dark', style: undefined },
    );
    // Its sources disagree (notes the fallback cannot show): said in a word.
    assert.ok(tag.text.startsWith(`23 ${metric.label.en} — Sources (which do not fully agree):`), tag.text);
    assert.ok(iframe.includes('widget=cooperation-counter&amp;metric=sister-cities&amp;animation=none&amp;lang=en&amp;theme=dark"'));
    assert.ok(!/\sstyle=/.test(iframe), 'no style attribute on the iframe (strict CSP)');

    await choose(page, 'program-card', 'program', 'higa');
    await choose(page, 'program-card', 'variant', 'compact');
    await choose(page, 'program-card', 'heading-level', '4');
    await waitForPreview(page, 'program-card');
    const card = await snippets(page, 'program-card');
    const cardTag = await parseTag(card.script);
    assert.equal(cardTag.attrs.program, 'higa');
    assert.equal(cardTag.attrs.variant, 'compact');
    assert.equal(cardTag.attrs['heading-level'], '4');
    // No style attribute: the stylesheet the snippet links reserves the card's size.
    assert.equal(cardTag.attrs.style, undefined);
    const higa = data.programs.find((p) => p.id === 'higa');
    assert.ok(cardTag.text.startsWith(higa.title.id));
    assert.ok((await shadowText(page, '#program-card .preview > *')).includes(higa.title.id));
    assert.equal(await page.$eval('#program-card .preview > *', (el) => !!el.shadowRoot.querySelector('h4')), true);

    await choose(page, 'sister-city-list', 'region', 'europe');
    await choose(page, 'sister-city-list', 'selected', 'berlin');
    await choose(page, 'sister-city-list', 'no-controls', 'true');
    await waitForPreview(page, 'sister-city-list');
    const europe = data.partners.filter((p) => p.region === 'europe').length;
    await page.waitForFunction(
      (n) => document.querySelector('#sister-city-list .preview > *').shadowRoot.querySelectorAll('[part~="row"]').length === n,
      {},
      europe,
    );
    const list = await parseTag((await snippets(page, 'sister-city-list')).script);
    assert.equal(list.attrs.region, 'europe');
    assert.equal(list.attrs.selected, 'berlin');
    assert.equal(list.attrs['no-controls'], '');
    assert.ok((await snippets(page, 'sister-city-list')).script.includes(' no-controls="" '));
    assert.ok(list.text.includes('Berlin') && !list.text.includes('Tokyo'));

    await choose(page, 'sister-city-map', 'region', 'asia');
    await choose(page, 'sister-city-map', 'selected', 'jeju');
    await choose(page, 'sister-city-map', 'height', '420px');
    await waitForPreview(page, 'sister-city-map');
    const map = await parseTag((await snippets(page, 'sister-city-map')).script);
    assert.deepEqual(
      { region: map.attrs.region, selected: map.attrs.selected, height: map.attrs.height, style: map.attrs.style },
      { region: 'asia', selected: 'jeju', height: '420px', style: undefined },
    );
  });

  it('follows a change the reader makes inside the element', async () => {
    await choose(page, 'sister-city-list', 'no-controls', 'false');
    await page.waitForFunction(() =>
      document.querySelector('#sister-city-list .preview > *').shadowRoot.querySelector('[part~="controls"] select'),
    );
    await page.$eval('#sister-city-list .preview > *', (el) => {
      const select = el.shadowRoot.querySelector('[part~="controls"] select');
      select.value = 'africa';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => document.getElementById('sister-city-list--region').value === 'africa');
    const { script } = await snippets(page, 'sister-city-list');
    assert.ok(script.includes(' region="africa"'), script);
  });

  it('has a copy button that puts the snippet on the clipboard and says so', async () => {
    await browser
      .defaultBrowserContext()
      .overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.bringToFront();
    await page.click('#program-card button[data-copy="iframe"]');
    const status = '#program-card .snippet--iframe [role="status"]';
    await page.waitForFunction((sel) => document.querySelector(sel).textContent !== '', {}, status);
    assert.equal(await page.$eval(status, (el) => el.textContent), 'Kode disalin ke papan klip.');
    // Said beside the button that was pressed (on a phone the end of the box is a screen further down), and only there.
    const gap = await page.evaluate((sel) => {
      const a = document.querySelector('#program-card button[data-copy="iframe"]').getBoundingClientRect();
      const b = document.querySelector(sel).getBoundingClientRect();
      return Math.max(0, b.top - a.bottom, a.top - b.bottom);
    }, status);
    assert.ok(gap < 40, `the message is ${gap} px from its button`);
    const said = await page.$$eval('#program-card [role="status"]', (els) => els.filter((el) => el.textContent).length);
    assert.equal(said, 1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, (await snippets(page, 'program-card')).iframe);
    // Once a setting changes the code, the message no longer holds: it goes.
    const variant = await page.$eval('#program-card--variant', (s) => s.value);
    await page.select('#program-card--variant', variant === 'compact' ? 'full' : 'compact');
    await page.waitForFunction((sel) => document.querySelector(sel).textContent === '', { timeout: 3000 }, status);
    assert.notEqual(await page.evaluate(() => navigator.clipboard.readText()), (await snippets(page, 'program-card')).iframe);
  });

  it('switches the whole page and every element to English and to dark', async () => {
    await page.select('#ui-lang', 'en');
    await page.select('#ui-theme', 'dark');
    const state = await page.evaluate((tags) => ({
      lang: document.documentElement.lang,
      theme: document.documentElement.dataset.theme,
      title: document.title,
      h2: document.querySelector('#program-card h2 span').textContent,
      label: document.querySelector('label[for="program-card--variant"]').textContent,
      langs: [...document.querySelectorAll(tags)].map((el) => el.getAttribute('lang')),
      themes: [...document.querySelectorAll(tags)].map((el) => el.getAttribute('theme')),
      background: getComputedStyle(document.documentElement).backgroundColor,
    }), TAGS);
    assert.equal(state.lang, 'en');
    assert.equal(state.theme, 'dark');
    assert.match(state.title, /gallery/);
    assert.equal(state.h2, 'Programme card');
    assert.equal(state.label, 'Variant');
    assert.deepEqual(state.langs, ['en', 'en', 'en', 'en']);
    assert.deepEqual(state.themes, ['dark', 'dark', 'dark', 'dark']);
    assert.equal(state.background, 'rgb(13, 17, 23)');
    await waitForPreview(page, 'program-card');
    const higa = data.programs.find((p) => p.id === 'higa');
    assert.ok((await shadowText(page, '#program-card .preview > *')).includes(higa.title.en));
    const card = await parseTag((await snippets(page, 'program-card')).script);
    assert.equal(card.attrs.lang, 'en');
    assert.equal(card.attrs.theme, 'dark');
    assert.ok(card.text.startsWith(higa.title.en));
  });

  it('runs under a strict CSP, logs no error or warning and requests nothing off 127.0.0.1', async () => {
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(policy, /^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(await log.csp(), []);
    assert.deepEqual(
      log.requests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:')),
      [],
    );
  });

  it('offers the public CDN as script source, version-pinned, with the same SRI hashes', async () => {
    const own = {};
    for (const widget of WIDGETS) own[widget] = await parseTag((await snippets(page, widget)).script);
    await page.select('#ui-source', 'cdn');
    await page.waitForFunction(() => document.getElementById('program-card-script-code').textContent.includes('cdn.jsdelivr.net'));
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const widget of WIDGETS) {
      const tag = await parseTag((await snippets(page, widget)).script);
      assert.equal(tag.scriptSrc, `https://cdn.jsdelivr.net/npm/jakarta-global-widgets@${pkg.version}/dist/cdn/jakarta-global-widgets.js`);
      assert.equal(tag.stylesheet, `https://cdn.jsdelivr.net/npm/jakarta-global-widgets@${pkg.version}/dist/cdn/reserve/${widget}.css`);
      assert.deepEqual(tag.integrity, own[widget].integrity, `${widget}: the files are this build's`);
      assert.deepEqual(tag.crossorigin, ['anonymous', 'anonymous']);
      // The preload hints too: the pinned folder's chunks, each with this build's hash.
      const cdn = `https://cdn.jsdelivr.net/npm/jakarta-global-widgets@${pkg.version}/dist/cdn/`;
      assert.ok(tag.hints.length >= 3, `${widget}: ${tag.hints.length} preload hints`);
      for (const hint of tag.hints) {
        const file = hint.href.slice(cdn.length);
        assert.ok(hint.href.startsWith(`${cdn}chunks/`), hint.href);
        const hash = `sha384-${createHash('sha384').update(readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url))).digest('base64')}`;
        assert.equal(hint.integrity, hash, `${widget}: ${file} is this build's`);
        assert.equal(hint.crossorigin, 'anonymous');
      }
    }
    // What a page's CSP must allow for these files, under the script and prerendered codes.
    const cspNote = (kind) => page.$eval(`#program-card .snippet--${kind} p.snippet__help:last-of-type`, (p) => p.textContent);
    for (const kind of ['script', 'prerender']) assert.match(await cspNote(kind), /script-src https:\/\/cdn\.jsdelivr\.net; style-src https:\/\/cdn\.jsdelivr\.net /);
    await page.select('#ui-source', 'self');
    await page.waitForFunction(() => !document.getElementById('program-card-script-code').textContent.includes('cdn.jsdelivr.net'));
    // The gallery's own site: its origin, which the embedding page (another site) must allow.
    for (const kind of ['script', 'prerender']) assert.ok((await cspNote(kind)).includes(`script-src ${server.url}; style-src ${server.url} `), kind);
  });

  it('links the WordPress plugin, whose shortcode and block every author keeps', async () => {
    const href = await page.$eval('#wp-link', (a) => a.href);
    assert.equal(href, `${server.url}/dist-demo/kit/jakarta-global-widgets-wordpress.zip`);
    const response = await fetch(href);
    assert.equal(response.status, 200);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    // The same file as the build's plugin.
    assert.ok(bytes.equals(readFileSync(new URL('../../dist-wordpress/jakarta-global-widgets-wordpress.zip', import.meta.url))));
  });

  it('links the self-host kit, a zip of this version', async () => {
    const href = await page.$eval('#kit-link', (a) => a.href);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(href, `${server.url}/dist-demo/kit/jakarta-global-widgets-${pkg.version}.zip`);
    const lang = await page.$eval('html', (h) => h.lang);
    assert.equal(
      await page.$eval('#kit-link', (a) => a.textContent.trim()),
      lang === 'en' ? 'Download the kit for your own site' : 'Unduh paket untuk situs sendiri',
    );
    const response = await fetch(href);
    assert.equal(response.status, 200);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  });
});

describe('gallery layout stability', () => {
  // The sections are built by script, possibly after the first paint: nothing
  // visible may move when they arrive (the scenarios and the footer once did: CLS 0.18-0.36).
  // The live elements are created as their section comes within a screen of
  // the viewport: nothing visible may move when they arrive either, as a
  // reader scrolls down half a screen at a time.
  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    it(`loads, and scrolls to the end, with no layout shift at ${viewport.width} px`, async () => {
      const { page } = await openPage(browser, gallery, {
        viewport,
        beforeLoad: recordShifts,
      });
      const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      try {
        await page.waitForFunction((n) => document.querySelectorAll('#widgets > section').length === n, {}, WIDGETS.length);
        await waitForWidgets(page, TAGS);
        await new Promise((r) => setTimeout(r, 500));
        assert.deepEqual(await shiftsOf(page), [], 'layout shifts at load');
        // Not every element at load: the ones further down come as the reader scrolls.
        const created = () => page.evaluate((tags) => document.querySelectorAll(tags).length, TAGS);
        assert.ok((await created()) < WIDGETS.length, 'the elements further down are not created at load');
        for (;;) {
          const done = await page.evaluate(() => {
            const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
            window.scrollBy({ top: innerHeight / 2, behavior: 'instant' });
            return end;
          });
          await frames();
          await waitForWidgets(page, TAGS);
          await frames();
          if (done) break;
        }
        assert.equal(await created(), WIDGETS.length, 'every element is created on the way down');
        assert.deepEqual(await shiftsOf(page), [], 'layout shifts');
      } finally {
        await page.close();
      }
    });
  }
});

describe('gallery links to a section', () => {
  // The live elements above a section are created (and show their data) before the page jumps there:
  // created on the way, they would push it down.
  /** Waits until the page has stopped scrolling, then says where the section's top is. */
  async function landed(page, id) {
    let last = -1;
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const y = await page.evaluate(() => scrollY);
      if (y === last && y > 0) break;
      last = y;
    }
    return page.$eval(`#${id}`, (el) => Math.round(el.getBoundingClientRect().top));
  }

  for (const { viewport, motion } of [
    { viewport: { width: 412, height: 823 }, motion: 'no-preference' },
    { viewport: { width: 1350, height: 940 }, motion: 'reduce' },
  ]) {
    it(`lands on the section a table-of-contents link names, at ${viewport.width} px (${motion} motion)`, async () => {
      for (const id of ['sister-city-list', 'sister-city-map']) {
        const { page, log } = await openPage(browser, gallery, {
          viewport,
          beforeLoad: (p) => p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: motion }]),
        });
        try {
          await page.waitForFunction((n) => document.querySelectorAll('#widgets > section').length === n, {}, WIDGETS.length);
          await page.click(`.toc a[href="#${id}"]`);
          assert.ok(Math.abs(await landed(page, id)) <= 2, `#${id} at the top of the window`);
          assert.equal(await page.evaluate(() => location.hash), `#${id}`);
          assert.deepEqual(log.exceptions, []);
        } finally {
          await page.close();
        }
      }
    });
  }

  it('lands on the section the address names (index.html#sister-city-map)', async () => {
    const { page } = await openPage(browser, `${gallery}#sister-city-map`, { viewport: { width: 1350, height: 940 } });
    try {
      assert.ok(Math.abs(await landed(page, 'sister-city-map')) <= 2, '#sister-city-map at the top of the window');
      await waitReady(page, '#sister-city-map .preview > sister-city-map');
    } finally {
      await page.close();
    }
  });
});

describe('gallery accessibility', () => {
  for (const { width, theme, lang } of [
    { width: 1024, theme: 'light', lang: 'id' },
    { width: 1024, theme: 'dark', lang: 'en' },
    { width: 320, theme: 'light', lang: 'en' },
    { width: 320, theme: 'dark', lang: 'id' },
  ]) {
    it(`passes axe at ${width}px, ${theme}, ${lang}, with no sideways scrolling`, async () => {
      const { page } = await openPage(browser, `${gallery}?lang=${lang}&theme=${theme}`, {
        viewport: { width, height: 800 },
        // The gallery's own CSP would refuse the injected axe script.
        beforeLoad: (p) => p.setBypassCSP(true),
      });
      try {
        await showEveryPreview(page);
        // Draw the map, so that axe sees it too.
        await page.$eval('#sister-city-map .preview > *', (el) => el.scrollIntoView());
        await page.waitForFunction(() =>
          document.querySelector('#sister-city-map .preview > *').shadowRoot.querySelector('.leaflet-container'),
        );
        // Next year's data, opened: its file field and text are checked too.
        await page.click('.own-data summary');
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
          );
        });
        assert.deepEqual(violations, []);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert.ok(widths.scroll <= widths.client, `scrolls sideways: ${widths.scroll} > ${widths.client}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('gallery and data editor with a reader’s text spacing (WCAG 1.4.12) at 320 px', () => {
  // The spacing a reader's style sheet or extension sets on every element (the spacing bookmarklet's).
  const SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';
  for (const page of ['index.html', 'index.en.html', 'data.html', 'data.en.html']) {
    it(`${page}: nothing is cut off, no sideways scrolling`, async () => {
      const { page: tab } = await openPage(browser, `${server.url}/dist-demo/${page}`, {
        viewport: { width: 320, height: 800 },
        // (as an extension's style sheet, which the gallery's CSP does not stop)
        beforeLoad: (p) => p.setBypassCSP(true),
      });
      try {
        await tab.addStyleTag({ content: SPACING });
        await new Promise((r) => setTimeout(r, 300));
        const out = await tab.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          cut: [...document.querySelectorAll('select, input, button, label')]
            .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => el.id || el.textContent.trim().slice(0, 30)),
        }));
        assert.deepEqual(out.cut, [], 'controls past the right edge');
        assert.ok(out.scroll <= out.client, `scrolls sideways: ${out.scroll} > ${out.client}`);
      } finally {
        await tab.close();
      }
    });
  }
});

describe('gallery preview widths', () => {
  /** Where the screenshots go (gitignored; kept after the run, to look at). */
  const SHOTS = new URL('../../bench-results/gallery-widths/', import.meta.url);
  const WIDTHS = ['375', '680', 'full'];

  /**
   * Selects `value` in a section's width switch as a reader would: a click
   * on the label for 375 px, then the arrow key (radio buttons move the
   * choice with the arrows) to 680 px and full width.
   */
  async function selectWidth(page, widget, value) {
    const radio = `input[name="${widget}-preview-width"]`;
    if (value === '375') await page.click(`label:has(> ${radio}[value="375"])`);
    else {
      await page.focus(`${radio}:checked`);
      await page.keyboard.press('ArrowRight');
    }
    const checked = await page.$eval(`${radio}:checked`, (input) => input.value);
    assert.equal(checked, value, `${widget}: the ${value} option is chosen`);
  }

  /** Waits until the preview element has its new width, its shadow DOM has followed and two frames have passed. */
  async function waitSettled(page, widget) {
    await page.waitForFunction(
      (w) => {
        const el = document.querySelector(`#${w} .preview > ${w}`);
        if (!el?.matches(':state(ready)')) return false;
        const inner = el.shadowRoot.querySelector(w === 'sister-city-map' ? '.leaflet-container' : '.scroller');
        return !!inner && Math.abs(inner.getBoundingClientRect().width - el.getBoundingClientRect().width) <= 2;
      },
      { timeout: 10000, polling: 50 },
      widget,
    );
    // The map acts on a resize in the next frame (ResizeObserver, then requestAnimationFrame).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
  }

  /** What the checks need, measured in the page. */
  function measure(page, widget) {
    return page.evaluate((w) => {
      const preview = document.querySelector(`#${w} .preview`);
      const el = preview.querySelector(w);
      const style = getComputedStyle(preview);
      const box = preview.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const rect = el.getBoundingClientRect();
      const root = el.shadowRoot;
      const inner = root.querySelector(w === 'sister-city-map' ? '.leaflet-container' : '.scroller');
      const ir = inner.getBoundingClientRect();
      // Content wider than the element: any box in its shadow DOM reaching past its sides
      // (a scroller's hidden columns are caught by scrollWidth instead).
      const wider = [...root.querySelectorAll('*')]
        .filter((n) => !n.closest('.scroller, .leaflet-container') || n === inner)
        .map((n) => n.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.left < rect.left - 1 || r.right > rect.right + 1)).length;
      const result = {
        width: rect.width,
        box,
        rect: { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height },
        scrollWidth: inner.scrollWidth,
        clientWidth: inner.clientWidth,
        host: { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth },
        clipped: getComputedStyle(inner).overflowX === 'hidden',
        wider,
      };
      if (w === 'sister-city-map') {
        const markers = [...root.querySelectorAll('.marker--partner, .marker--home')];
        result.markers = markers.length;
        result.outside = markers
          .filter((m) => {
            const b = m.getBoundingClientRect();
            const x = b.left + b.width / 2;
            const y = b.top + b.height / 2;
            return b.width === 0 || x < ir.left || x > ir.right || y < ir.top || y > ir.bottom;
          })
          .map((m) => m.dataset.id ?? 'Jakarta');
      } else {
        const rows = [...root.querySelectorAll('[part~="row"]')];
        result.rows = rows.length;
        result.rowDisplay = getComputedStyle(rows[0]).display;
        // Each column heading: shown (S sortable, s not) or visually hidden (-).
        result.head = [...root.querySelectorAll('thead th')]
          .map((th) => (th.getBoundingClientRect().width > 1 ? (th.classList.contains('sortable') ? 'S' : 's') : '-'))
          .join('');
        result.rowsOutside = rows.filter((r) => {
          const b = r.getBoundingClientRect();
          return b.left < ir.left - 1 || b.right > ir.right + 1;
        }).length;
      }
      return result;
    }, widget);
  }

  /** Decodes a PNG in the blank page (the gallery's CSP refuses data: images): its size and how many colours it has. */
  function decode(base64) {
    return parser.evaluate(async (src) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
    }, base64);
  }

  it('writes the iframe height at the width each element is previewed at: a map with an aspect ratio, a card', async () => {
    const { page, log } = await openGallery({ viewport: { width: 1400, height: 900 } });
    try {
      for (const widget of ['sister-city-map', 'program-card']) {
        await page.$eval(`#${widget}`, (s) => s.scrollIntoView({ block: 'start', behavior: 'instant' }));
        if (widget === 'sister-city-map') await page.select(`#${widget}--aspect-ratio`, '16/9');
        const heights = {};
        for (const value of ['375', '680']) {
          await selectWidth(page, widget, value);
          if (widget === 'sister-city-map') await waitSettled(page, widget);
          else await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
          const shown = await page.$eval(`#${widget} .preview > ${widget}`, (el) => el.getBoundingClientRect().height);
          const written = () => page.evaluate((w) => Number(/height="(\d+)"/.exec(document.getElementById(`${w}-iframe-code`).textContent)[1]), widget);
          // The snippet is rewritten a frame after the element's size settles: up to 5 s for it.
          let height = await written();
          for (const end = Date.now() + 5000; Math.abs(height - shown) > 8 && Date.now() < end; height = await written()) {
            await new Promise((r) => setTimeout(r, 50));
          }
          // Before, a map 341 px tall at 375 px was written 657 (the preview box's width was used), and a
          // card could not be previewed at a phone's width at all (written 787 where it needs 1,375 at 320 px).
          assert.ok(Math.abs(height - shown) <= 8, `${widget} at ${value} px: the iframe is written ${height} px tall, the element is ${shown}`);
          heights[value] = height;
        }
        // A map with a ratio is lower when narrower; a card is taller (its text wraps).
        if (widget === 'sister-city-map') assert.ok(heights['375'] < heights['680'], `${widget}: ${JSON.stringify(heights)}`);
        else assert.ok(heights['375'] > heights['680'], `${widget}: ${JSON.stringify(heights)}`);
      }
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });

  it('switches the map and the table to 375 px, 680 px and full width, screenshotted and measured', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, log } = await openGallery({ viewport: { width: 1400, height: 900 } });
    try {
      for (const widget of ['sister-city-map', 'sister-city-list']) {
        await page.$eval(`#${widget}`, (s) => s.scrollIntoView({ block: 'start', behavior: 'instant' }));
        if (widget === 'sister-city-map') {
          await page.$eval(`#${widget} .preview > *`, (el) => el.ready);
        }
        const shots = [];
        for (const value of WIDTHS) {
          await selectWidth(page, widget, value);
          await waitSettled(page, widget);
          const m = await measure(page, widget);
          const at = `${widget} at ${value}`;
          assert.ok(m.box > 1000, `${widget}: the full preview box is wider than 680 px (${m.box})`);
          const expected = value === 'full' ? m.box : Number(value);
          assert.ok(Math.abs(m.width - expected) <= 1, `${at}: ${m.width} px wide, expected ${expected}`);
          assert.ok(m.host.scrollWidth <= m.host.clientWidth, `${at}: the element overflows (${m.host.scrollWidth} > ${m.host.clientWidth})`);
          assert.ok(m.wider === 0, `${at}: ${m.wider} boxes reach past the element's sides`);
          if (widget === 'sister-city-map') {
            assert.ok(m.markers >= 20, `${at}: ${m.markers} markers drawn`);
            // Leaflet's box clips what lies beyond the view (its scrollWidth counts it): nothing scrolls.
            assert.ok(m.clipped, `${at}: the map box clips its content`);
            // The view is framed again when the box changes width: Jakarta and every partner in the box.
            assert.deepEqual(m.outside, [], `${at}: markers outside the map box`);
          } else {
            assert.equal(m.rows, 23, `${at}: every partner listed`);
            assert.equal(m.rowDisplay, value === '375' ? 'grid' : 'table-row', `${at}: rows as ${m.rowDisplay}`);
            // In a phone's width the three sort buttons make a bar above the cards; the other headings are for screen readers.
            assert.equal(m.head, value === '375' ? 'SS-S--' : 'SSsSss', `${at}: column headings`);
            assert.ok(m.scrollWidth <= m.clientWidth, `${at}: the table scrolls sideways (${m.scrollWidth} > ${m.clientWidth})`);
            assert.equal(m.rowsOutside, 0, `${at}: ${m.rowsOutside} rows reach past the scroller`);
          }
          const base64 = await page.screenshot({ encoding: 'base64', clip: m.rect, captureBeyondViewport: true });
          writeFileSync(new URL(`${widget}-${value}.png`, SHOTS), Buffer.from(base64, 'base64'));
          const png = await decode(base64);
          // ±1 px: the clip's fractional edges are rounded outwards.
          assert.ok(
            Math.abs(png.width - m.rect.width) <= 1 && Math.abs(png.height - m.rect.height) <= 1,
            `${at}: the screenshot (${png.width} × ${png.height}) is the element's size (${m.rect.width} × ${m.rect.height})`,
          );
          assert.ok(png.colours >= 16, `${at}: the screenshot shows the widget (${png.colours} colours)`);
          shots.push(base64);
        }
        assert.equal(new Set(shots).size, WIDTHS.length, `${widget}: the three screenshots differ`);
      }
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });
});

describe('snippets pasted into a blank page', () => {
  let page;
  const pasted = {};

  before(async () => {
    ({ page } = await openGallery());
    // Non-default settings, so the test sees them carried over.
    await choose(page, 'cooperation-counter', 'metric', 'hospitals');
    await choose(page, 'program-card', 'program', 'rotterdam-dutep');
    await choose(page, 'program-card', 'lang', 'en');
    await choose(page, 'sister-city-list', 'region', 'asia');
    await choose(page, 'sister-city-map', 'theme', 'dark');
    // Drawn at once: its embed code then names Leaflet and the runtime ahead too.
    await choose(page, 'sister-city-map', 'loading', 'eager');
    for (const widget of WIDGETS) {
      await waitForPreview(page, widget);
      pasted[widget] = await snippets(page, widget);
    }
  });
  after(() => page?.close());

  const expectations = {
    'cooperation-counter': (text) => text.includes(data.metrics.find((m) => m.id === 'hospitals').label.id),
    'program-card': (text) => text.includes(data.programs.find((p) => p.id === 'rotterdam-dutep').title.en),
    'sister-city-list': (_text, rows) => rows === data.partners.filter((p) => p.region === 'asia').length,
    'sister-city-map': (_text, _rows, leaflet) => leaflet,
  };

  for (const widget of WIDGETS) {
    it(`script embed of <${widget}> renders`, async () => {
      const { page: blank, log } = await openBlank(`script-${widget}`, blankDocument(pasted[widget].script));
      try {
        await waitReady(blank, widget);
        await blank.$eval(widget, (el) => el.scrollIntoView());
        if (widget === 'sister-city-map') {
          await blank.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container'));
        }
        const seen = await blank.$eval(widget, (el) => ({
          text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
          rows: el.shadowRoot.querySelectorAll('[part~="row"]').length,
          leaflet: !!el.shadowRoot.querySelector('.leaflet-container'),
          minHeight: parseFloat(getComputedStyle(el).minHeight) || el.getBoundingClientRect().height,
          height: el.getBoundingClientRect().height,
        }));
        assert.ok(expectations[widget](seen.text, seen.rows, seen.leaflet), `${widget}: ${seen.text.slice(0, 200)}`);
        assert.ok(seen.height >= seen.minHeight - 1, 'keeps at least its reserved height');
        // The preload hints name exactly the chunks the widget loaded to show itself, each fetched once
        // (the hint fills the browser's module map; the loader's import() takes the module from it).
        // The map's table view is loaded after the map is drawn, when the page is idle: not hinted.
        const hinted = await blank.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href));
        const chunks = log.requests.filter((u) => /\/cdn\/chunks\/[^/]+\.js$/.test(u));
        const afterDrawn = widget === 'sister-city-map' ? /\/sister-city-list-/ : /^$/;
        assert.equal(hinted.length, { 'sister-city-list': 5, 'sister-city-map': 6 }[widget] ?? 3, `${widget}: preload hints`);
        assert.equal(new Set(chunks).size, chunks.length, `${widget}: no chunk requested twice`);
        assert.deepEqual(
          chunks.filter((u) => !afterDrawn.test(u)).sort(),
          [...hinted].sort(),
          `${widget}: the chunks requested to show it are the ones hinted`,
        );
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.exceptions, []);
        assert.deepEqual(log.requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith('data:')), []);
      } finally {
        await blank.close();
      }
    });

    it(`iframe embed of <${widget}> renders and is fitted to its content`, async () => {
      const { page: blank, log } = await openBlank(`iframe-${widget}`, blankDocument(pasted[widget].iframe));
      try {
        const frame = await (await blank.waitForSelector('iframe')).contentFrame();
        await waitReady(frame, widget);
        // The resize script sets the frame's height to what embed.html posts.
        await blank.waitForFunction(
          () => {
            const iframe = document.querySelector('iframe');
            const content = iframe.contentDocument.getElementById('embed').getBoundingClientRect().height;
            return Math.abs(iframe.getBoundingClientRect().height - Math.ceil(content)) <= 1;
          },
          { timeout: 10000 },
        );
        const inside = await frame.$eval(widget, (el) => ({
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
          rows: el.shadowRoot.querySelectorAll('[part~="row"]').length,
          leaflet: !!el.shadowRoot.querySelector('.leaflet-container'),
        }));
        if (widget === 'sister-city-map') {
          await frame.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container'));
          inside.leaflet = true;
        }
        assert.ok(expectations[widget](inside.text, inside.rows, inside.leaflet), `${widget}: ${inside.text.slice(0, 200)}`);
        const tag = await parseTag(pasted[widget].script);
        // embed.html gives the element the snippet's attributes (elements may reflect more).
        for (const [name, value] of Object.entries(tag.attrs)) {
          if (name !== 'style') assert.equal(inside.attrs[name], value, `${widget} ${name}`);
        }
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.exceptions, []);
        assert.deepEqual(log.requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith('data:')), []);
      } finally {
        await blank.close();
      }
    });
  }

  it('all eight snippets, pasted unchanged into one page sent with the strict CSP header, violate nothing and render', async () => {
    const body = WIDGETS.map((w) => `${pasted[w].script}\n${pasted[w].iframe}`).join('\n');
    // A name ending in .csp.html: scripts/serve.mjs sends the strict policy (style-src 'self', no 'unsafe-inline').
    const { page: blank, log } = await openBlank('pasted.csp', blankDocument(body));
    try {
      assert.match(await blank.evaluate(() => document.contentType), /html/);
      for (const widget of WIDGETS) await waitReady(blank, widget);
      // The frames load lazily: bring each into view, then wait for its element.
      const iframes = await blank.$$('iframe');
      assert.equal(iframes.length, 4, 'four iframes');
      for (const [i, handle] of iframes.entries()) {
        await handle.evaluate((f) => f.scrollIntoView());
        const frame = await handle.contentFrame();
        await frame.waitForFunction((w) => document.querySelector(w), { timeout: 15000 }, WIDGETS[i]);
        await waitReady(frame, WIDGETS[i]);
      }
      // resize.js dressed the frames through the CSSOM (no style attribute in the snippet).
      await blank.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => getComputedStyle(f).borderTopStyle === 'none'));
      assert.deepEqual(await blank.evaluate(() => window.__cspViolations), [], 'securitypolicyviolation events');
      assert.deepEqual(log.errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), [], 'CSP reports on the console');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await blank.close();
    }
  });
});

describe('snippets pasted into an article on another site', () => {
  it('all four script embeds, unchanged, under that site’s CSP header with only what the gallery says to allow, render and violate nothing', async () => {
    const { page } = await openGallery();
    await choose(page, 'sister-city-map', 'theme', 'dark');
    await choose(page, 'sister-city-map', 'loading', 'eager');
    await waitForPreview(page, 'sister-city-map');
    const note = await page.$eval('#sister-city-map .snippet--script p.snippet__help:last-of-type', (p) => p.textContent);
    const body = (await Promise.all(WIDGETS.map(async (w) => (await snippets(page, w)).script))).join('\n<p>Article text.</p>\n');
    await page.close();
    // The directives as the note writes them, added to a news site's own strict policy.
    const allowed = /script-src (\S+); style-src (\S+) /.exec(note);
    assert.ok(allowed, note);
    assert.equal(allowed[1], server.url, 'the gallery’s origin, where the snippet’s files are');
    const policy = `default-src 'self'; script-src 'self' ${allowed[1]}; style-src 'self' ${allowed[2]}; img-src 'self' data:; connect-src 'self'`;
    const site = await serve(0, {
      pages: { '/article.html': blankDocument(`<main><h1>News</h1>\n${body}\n</main>`) },
      headers: (path) => (path === '/article.html' ? { 'content-security-policy': policy } : {}),
    });
    const { page: article, log } = await openPage(browser, `${site.url}/article.html`, { viewport: { width: 375, height: 800 } });
    try {
      for (const widget of WIDGETS) await waitReady(article, widget);
      await article.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container'), { timeout: 15000 });
      assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.exceptions, []);
      // Nothing from a third origin: the article's and the gallery's only.
      assert.deepEqual(log.requests.filter((u) => !u.startsWith(`${site.url}/`) && !u.startsWith(`${server.url}/`) && !u.startsWith('data:')), []);
      assert.equal(await article.evaluate(() => document.documentElement.scrollWidth), 375, 'no sideways scrolling at 375 px');
    } finally {
      await article.close();
      await site.close();
    }
  });
});

describe('a data file on the site (the `src` field)', () => {
  it('goes into the script embed, not the preview; pasted under the CSP the note gives, the element shows that file', async () => {
    const { page, log: galleryLog } = await openGallery();
    const SRC = '/data/jakarta-2025.json';
    await choose(page, 'cooperation-counter', 'metric', 'sister-cities');
    await choose(page, 'cooperation-counter', 'src', SRC);
    await choose(page, 'program-card', 'program', 'c40-hospitals');
    await choose(page, 'program-card', 'src', SRC);
    const { script } = await snippets(page, 'cooperation-counter');
    const card = (await snippets(page, 'program-card')).script;
    const notes = await page.evaluate(() => ({
      script: document.querySelector('#cooperation-counter .snippet--script p.snippet__help:last-of-type').textContent,
      iframe: document.querySelector('#cooperation-counter .snippet--iframe p.snippet__help:last-of-type').textContent,
      label: document.querySelector('label[for="cooperation-counter--src"]').textContent,
      inputMode: document.getElementById('cooperation-counter--src').inputMode,
      // The preview keeps the bundled data: the gallery cannot load an address of the embedding site.
      previewSrc: document.querySelector('#cooperation-counter .preview > cooperation-counter').getAttribute('src'),
      previewText: document.querySelector('#cooperation-counter .preview > cooperation-counter').shadowRoot.textContent,
    }));
    await page.close();
    assert.equal(notes.label, 'Berkas data di situs Anda (opsional)');
    assert.equal(notes.inputMode, 'url');
    assert.equal(notes.previewSrc, null);
    assert.match(notes.previewText, /\b23\b/);
    assert.ok(!galleryLog.requests.some((u) => u.includes('jakarta-2025')), 'the gallery did not fetch the address');
    assert.match(notes.script, /^Pratinjau di atas memakai data bawaan; di halaman Anda elemen memuat \/data\/jakarta-2025\.json /);
    assert.match(notes.script, /Untuk berkas data: connect-src 'self'\.$/);
    assert.match(notes.iframe, /^Tidak ikut di iframe \(memakai nilai bawaan\): “Berkas data di situs Anda”\./);
    assert.equal((await parseTag(script)).attrs.src, SRC);

    // Next year's file on the site: a 24th partner, a 28th hospital. The site's policy: its own, plus what the note names.
    const next = structuredClone(data);
    next.metrics.find((m) => m.id === 'sister-cities').value = 24;
    next.metrics.find((m) => m.id === 'hospitals').value = 28;
    next.programs.find((p) => p.id === 'c40-hospitals').keyFigure.value = 28;
    const allowed = /script-src (\S+); style-src (\S+) /.exec(notes.script);
    const connect = /connect-src (\S+)\.$/.exec(notes.script)[1];
    const policy = `default-src 'none'; script-src ${allowed[1]}; style-src ${allowed[2]}; img-src data:; connect-src ${connect}`;
    const site = await serve(0, {
      pages: {
        '/article.html': blankDocument(`<main><h1>News</h1>\n${script}\n${card}\n</main>`),
        [SRC]: JSON.stringify(next),
      },
      headers: (path) => (path === '/article.html' ? { 'content-security-policy': policy } : {}),
    });
    const { page: article, log } = await openPage(browser, `${site.url}/article.html`);
    try {
      await waitReady(article, 'cooperation-counter');
      await waitReady(article, 'program-card');
      // The figure read out (the visible one counts up to it), and the card's key figure, from the file.
      await article.waitForFunction(() => document.querySelector('cooperation-counter').shadowRoot.querySelector('.final')?.textContent.trim() === '24');
      assert.match(await article.$eval('program-card', (el) => el.shadowRoot.querySelector('[part="figure"]').textContent), /^\s*28\s/);
      assert.ok(log.requests.includes(`${site.url}${SRC}`), 'the file was fetched from the site');
      assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await article.close();
      await site.close();
    }
  });
});

describe('a data file on the site: an address on the author’s computer', () => {
  it('is named under its field, in the gallery’s language, and left out of the codes until it is an address', async () => {
    const { page } = await openPage(browser, gallery, { viewport: { width: 375, height: 800 } });
    try {
      await page.waitForSelector('#cooperation-counter--src');
      await page.type('#cooperation-counter--src', 'C:\\Users\\biro\\Downloads\\jakarta-2025.json');
      const state = () =>
        page.evaluate(() => {
          const input = document.getElementById('cooperation-counter--src');
          const error = document.getElementById('cooperation-counter--src-error');
          return {
            invalid: input.getAttribute('aria-invalid'),
            describedBy: input.getAttribute('aria-describedby'),
            error: error.hidden ? null : error.textContent,
            code: document.getElementById('cooperation-counter-script-code').textContent,
            command: document.getElementById('cooperation-counter-prerender-code').textContent,
          };
        });
      let seen = await state();
      assert.equal(seen.invalid, 'true');
      assert.equal(seen.describedBy, 'cooperation-counter--src-error');
      assert.match(seen.error, /^Ini tempat berkas di komputer Anda\. Tulis alamat tempat berkas itu diterbitkan di situs/);
      assert.ok(!/\ssrc="C:/.test(seen.code) && !seen.code.includes('Users'), 'not in the script embed');
      assert.ok(!seen.command.includes('--src'), 'not in the prerender command');
      await page.select('#ui-lang', 'en');
      seen = await state();
      assert.match(seen.error, /^This is where the file is on your computer\./);
      // Corrected: the error goes, the address comes into the codes.
      await page.$eval('#cooperation-counter--src', (el) => (el.value = ''));
      await page.type('#cooperation-counter--src', '/data/jakarta-2025.json');
      seen = await state();
      assert.equal(seen.invalid, null);
      assert.equal(seen.describedBy, null);
      assert.equal(seen.error, null);
      assert.ok(seen.code.includes(' src="/data/jakarta-2025.json"'), seen.code);
    } finally {
      await page.close();
    }
  });
});

describe('next year’s data, chosen as a file', () => {
  it('shows the file in the previews, the menus and the fallback text; a broken one is named and changes nothing; the bundled data comes back', async () => {
    const { page, log } = await openGallery();
    mkdirSync(TMP, { recursive: true });
    // Next year's file: a 24th partner (Busan), the count and its label, a new programme.
    const next = structuredClone(data);
    Object.assign(next.metrics.find((m) => m.id === 'sister-cities'), { value: 24, label: { id: 'mitra kota kembar', en: 'sister-city partners' } });
    next.partners.push({ ...structuredClone(next.partners.find((p) => p.id === 'jeju')), id: 'busan', name: { id: 'Busan', en: 'Busan' }, since: 2025, lat: 35.18, lon: 129.08 });
    const jeju = next.programs.find((p) => p.id === 'jeju');
    next.programs.push({ ...structuredClone(jeju), id: 'busan-2025', title: { id: 'Busan, Mitra Kota Kembar Baru', en: 'Busan joins as a new partner' }, partners: ['busan'], year: 2025 });
    const good = fileURLToPath(new URL('jakarta-2025.json', TMP));
    const broken = fileURLToPath(new URL('rusak.json', TMP));
    writeFileSync(good, JSON.stringify(next, null, 2));
    writeFileSync(broken, JSON.stringify(next, null, 2).replace(/\n}$/, ',\n}'));
    // Notepad's "Unicode": UTF-16 with its byte-order mark, which the elements refuse too.
    const utf16 = fileURLToPath(new URL('unicode.json', TMP));
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(next), 'utf16le')]));
    const status = () => page.$eval('#own-data-status', (el) => el.textContent);
    const counter = () => page.$eval('#cooperation-counter .preview > cooperation-counter', (el) => el.shadowRoot.querySelector('.final')?.textContent.trim());
    const programs = () => page.$$eval('#program-card--program option', (os) => os.map((o) => o.value));
    try {
      await page.click('.own-data summary');
      const input = await page.$('#own-data-file');
      await choose(page, 'cooperation-counter', 'metric', 'sister-cities');
      await waitForPreview(page, 'cooperation-counter');

      await input.uploadFile(broken);
      await page.waitForFunction(() => document.getElementById('own-data-status').textContent !== '');
      assert.match(await status(), /^rusak\.json tidak dapat dipakai: .*koma ini berlebih.*\. Pratinjau tetap memakai data bawaan\.$/);
      assert.equal(await counter(), '23');
      assert.ok(!(await programs()).includes('busan-2025'));
      assert.equal(await page.$eval('#own-data-reset', (b) => b.hidden), true);
      await input.uploadFile(utf16);
      await page.waitForFunction(() => document.getElementById('own-data-status').textContent.startsWith('unicode.json'));
      assert.equal(await status(), 'unicode.json tidak dapat dipakai: berkas tersimpan sebagai UTF-16, bukan UTF-8: simpan ulang sebagai UTF-8. Pratinjau tetap memakai data bawaan.');

      await input.uploadFile(good);
      await page.waitForFunction(() => document.getElementById('own-data-status').textContent.includes('jakarta-2025.json'));
      assert.equal(await status(), 'Pratinjau, menu, dan teks di dalam tag kini dari jakarta-2025.json: 24 mitra, 8 program.');
      // The preview and the fallback text are the file's.
      await page.waitForFunction(
        () => document.querySelector('#cooperation-counter .preview > cooperation-counter').shadowRoot.querySelector('.final')?.textContent.trim() === '24',
      );
      const tag = await parseTag((await snippets(page, 'cooperation-counter')).script);
      assert.match(tag.text, /^24 mitra kota kembar — /);
      // With no address for the file, the page's element would show the bundled data: said under the code.
      const note = () => page.$eval('#cooperation-counter .snippet--script p.snippet__help:last-of-type', (p) => p.textContent);
      assert.match(
        await note(),
        /^Teks di dalam tag ditulis dari jakarta-2025\.json, tetapi tanpa alamatnya di situs Anda \(kolomnya di "Data tahun berikutnya" di atas, atau "Berkas data di situs Anda"\) elemen di halaman Anda menampilkan data bawaan\. /,
      );
      // The address typed once, under the file, goes into every element's field and codes.
      const srcs = () => page.evaluate((ws) => ws.map((w) => document.getElementById(`${w}--src`).value), WIDGETS);
      const codeSrcs = async () => Promise.all(WIDGETS.map(async (w) => (await parseTag((await snippets(page, w)).script)).attrs.src));
      await page.type('#own-data-src', 'C:\\Users\\biro\\jakarta-2025.json');
      assert.deepEqual(
        await page.$eval('#own-data-src', (el) => [el.getAttribute('aria-invalid'), el.getAttribute('aria-describedby'), document.getElementById('own-data-src-error').textContent]),
        ['true', 'own-data-src-error own-data-src-help', 'Ini tempat berkas di komputer Anda. Tulis alamat tempat berkas itu diterbitkan di situs, mis. /data/jakarta-2025.json. Kode sematan belum memuatnya.'],
      );
      assert.deepEqual(await codeSrcs(), [undefined, undefined, undefined, undefined]);
      await page.$eval('#own-data-src', (el) => (el.value = ''));
      await page.type('#own-data-src', '/data/jakarta-2025.json');
      assert.equal(await page.$eval('#own-data-src', (el) => el.hasAttribute('aria-invalid') || !document.getElementById('own-data-src-error').hidden), false);
      assert.deepEqual(await srcs(), WIDGETS.map(() => '/data/jakarta-2025.json'));
      assert.deepEqual(await codeSrcs(), WIDGETS.map(() => '/data/jakarta-2025.json'));
      assert.match(await note(), /^Pratinjau di atas dan teks di dalam tag memakai jakarta-2025\.json; di halaman Anda elemen memuat \/data\/jakarta-2025\.json /);
      // An element's own address is its own: the page-wide field no longer writes over it.
      await choose(page, 'sister-city-list', 'src', 'https://data.example.id/mitra-2025.json');
      await page.type('#own-data-src', '?v=2');
      assert.deepEqual(await codeSrcs(), ['/data/jakarta-2025.json?v=2', '/data/jakarta-2025.json?v=2', 'https://data.example.id/mitra-2025.json', '/data/jakarta-2025.json?v=2']);
      // The file's own programmes and partners are in the menus, and its new programme can be embedded.
      assert.deepEqual(await programs(), next.programs.map((p) => p.id));
      await choose(page, 'program-card', 'program', 'busan-2025');
      await page.waitForFunction(() => document.querySelector('#program-card .preview > program-card').shadowRoot.textContent.includes('Busan, Mitra Kota Kembar Baru'));
      const card = await parseTag((await snippets(page, 'program-card')).script);
      assert.equal(card.attrs.program, 'busan-2025');
      assert.match(card.text, /^Busan, Mitra Kota Kembar Baru: 23 /);
      assert.ok((await page.$$eval('#sister-city-list--selected option', (os) => os.map((o) => o.value))).includes('busan'));
      // A partner only the file has, chosen in the list: the iframe refuses it; the oEmbed page, which
      // carries the list's region only, does not name it and is still offered.
      await choose(page, 'sister-city-list', 'selected', 'busan');
      assert.deepEqual(
        await page.evaluate(() => ['iframe', 'oembed'].map((k) => document.querySelector(`#sister-city-list .snippet--${k} pre`).checkVisibility())),
        [false, true],
      );
      await choose(page, 'sister-city-list', 'selected', '');
      // The iframe and the oEmbed link show the bundled data, which has no such programme: no code that
      // embed.html would refuse (or an oEmbed page that does not exist), but why, and what to use instead.
      const noCode = (kind) =>
        page.$eval(`#program-card .snippet--${kind}`, (block) => ({
          code: block.querySelector('code').textContent,
          shown: [block.querySelector('pre'), block.querySelector('button'), block.querySelector('a')].map((e) => e.checkVisibility()),
          note: block.querySelector('p.snippet__help:last-of-type').textContent,
        }));
      for (const kind of ['iframe', 'oembed']) {
        assert.deepEqual(await noCode(kind), {
          code: '',
          shown: [false, false, false],
          note: '“Busan, Mitra Kota Kembar Baru” hanya ada di jakarta-2025.json. iframe dan tautan oEmbed selalu menampilkan data bawaan, jadi tidak dapat menampilkannya: pakai sematan skrip atau prarender.',
        });
      }
      // A programme the bundled data has: the codes are back, with the note that they show the bundled data.
      await choose(page, 'program-card', 'program', 'jeju');
      const iframe = await noCode('iframe');
      assert.deepEqual(iframe.shown, [true, true, true]);
      assert.match(iframe.code, /program=jeju/);
      assert.match(iframe.note, /iframe dan tautan oEmbed selalu menampilkan data bawaan, bukan berkas yang dipilih di atas\.$/);
      await choose(page, 'program-card', 'program', 'busan-2025');
      // In English, the line follows.
      await page.select('#ui-lang', 'en');
      assert.equal(await status(), 'Previews, menus and the text inside the tags now come from jakarta-2025.json: 24 partners, 8 programmes.');
      await page.select('#ui-lang', 'id');
      // A broken file now: named, and the previews keep the file that was in use (not "the bundled data").
      await input.uploadFile(broken);
      await page.waitForFunction(() => document.getElementById('own-data-status').textContent.startsWith('rusak.json'));
      assert.match(await status(), /^rusak\.json tidak dapat dipakai: .*\. Pratinjau tetap memakai jakarta-2025\.json\.$/);
      assert.equal(await counter(), '24');
      assert.equal(await page.$eval('#own-data-reset', (b) => b.hidden), false);

      // Back to the bundled data: the preview, the menus; the keyboard on the file field.
      await page.click('#own-data-reset');
      assert.equal(await status(), 'Pratinjau kembali memakai data bawaan.');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'own-data-file');
      assert.equal(await page.$eval('#own-data-reset', (b) => b.hidden), true);
      assert.deepEqual(await programs(), data.programs.map((p) => p.id));
      await page.waitForFunction(
        () => document.querySelector('#cooperation-counter .preview > cooperation-counter').shadowRoot.querySelector('.final')?.textContent.trim() === '23',
      );
      assert.match((await parseTag((await snippets(page, 'cooperation-counter')).script)).text, /^23 /);
      // The address written from the page-wide field is taken out with it; the list's own stays.
      assert.equal(await page.$eval('#own-data-src', (el) => el.value), '');
      assert.deepEqual(await codeSrcs(), [undefined, undefined, 'https://data.example.id/mitra-2025.json', undefined]);
      // Read in the browser: nothing was sent.
      assert.deepEqual(log.requests.filter((u) => /jakarta-2025|rusak/.test(u)), []);
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('embed.html', () => {
  it('posts its height to the parent, and again when it changes', async () => {
    const src = `${server.url}/dist-demo/embed.html?widget=program-card&program=higa&id=card-1`;
    const { page, log } = await openBlank(
      'parent',
      blankDocument(`<iframe src="${src.replace(/&/g, '&amp;')}" title="card" width="800" height="100"></iframe>`),
      {
        beforeLoad: (p) =>
          p.evaluateOnNewDocument(() => {
            window.__messages = [];
            window.addEventListener('message', (e) =>
              window.__messages.push({
                data: e.data,
                origin: e.origin,
                fromFrame: e.source === document.querySelector('iframe')?.contentWindow,
              }),
            );
          }),
      },
    );
    try {
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForFunction(() => document.querySelector('program-card')?.matches(':state(ready)'));
      const contentHeight = () => frame.$eval('#embed', (el) => Math.ceil(el.getBoundingClientRect().height));
      let expected = await contentHeight();
      const ours = (h) => window.__messages.some((m) => m.data.type === 'jakarta-global-widgets:height' && m.data.height === h);
      await page.waitForFunction(ours, {}, expected);
      const first = await page.evaluate(() =>
        window.__messages.findLast((m) => m.data.type === 'jakarta-global-widgets:height'),
      );
      assert.deepEqual(first, {
        data: { type: HEIGHT_MESSAGE, height: expected, id: 'card-1' },
        origin: server.url,
        fromFrame: true,
      });
      // Narrower frame, taller content: a new message.
      await page.$eval('iframe', (f) => f.setAttribute('width', '320'));
      await frame.waitForFunction((h) => Math.ceil(document.getElementById('embed').getBoundingClientRect().height) !== h, {}, expected);
      expected = await contentHeight();
      await page.waitForFunction(ours, {}, expected);
      // AMP's resize request goes out too.
      const amp = await page.evaluate(() => window.__messages.findLast((m) => m.data.sentinel === 'amp'));
      assert.deepEqual(amp.data, { sentinel: 'amp', type: 'embed-size', height: expected });
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });

  it('refuses an unknown widget with a message in both languages and no element', async () => {
    const { page, log } = await openPage(browser, `${server.url}/dist-demo/embed.html?widget=evil`);
    try {
      await page.waitForSelector('.embed-error');
      const seen = await page.evaluate((tags) => ({
        text: document.body.textContent.replace(/\s+/g, ' '),
        elements: document.querySelectorAll(tags).length,
        langs: [...document.querySelectorAll('.embed-error')].map((e) => e.lang),
      }), TAGS);
      assert.equal(seen.elements, 0);
      assert.deepEqual(seen.langs, ['id', 'en']);
      assert.ok(seen.text.includes('Widget “evil” tidak dikenal'), seen.text);
      assert.ok(seen.text.includes('Unknown widget “evil”'), seen.text);
      assert.ok(seen.text.includes('cooperation-counter, program-card, sister-city-list, sister-city-map'));
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });

  it('refuses unknown parameters and bad values, showing them as text', async () => {
    const query = new URLSearchParams({
      widget: 'cooperation-counter',
      metric: '<img src=x onerror="window.__pwned=1">',
      onclick: 'alert(1)',
    });
    const { page, log } = await openPage(browser, `${server.url}/dist-demo/embed.html?${query}`);
    try {
      await page.waitForSelector('.embed-error');
      const seen = await page.evaluate(() => ({
        text: document.body.textContent,
        images: document.querySelectorAll('img').length,
        counters: document.querySelectorAll('cooperation-counter').length,
        pwned: window.__pwned === 1,
      }));
      assert.deepEqual({ images: seen.images, counters: seen.counters, pwned: seen.pwned }, { images: 0, counters: 0, pwned: false });
      assert.ok(seen.text.includes('Parameter “onclick” tidak dikenal'));
      assert.ok(seen.text.includes('Unknown parameter “onclick”'));
      assert.ok(seen.text.includes('“<img src=x onerror="window.__pwned=1">” is not a valid value for “metric”'));
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });
});

describe('resize.js', () => {
  it('resizes only our frames, from our origin, on messages from those frames', async () => {
    const ours = `${server.url}/dist-demo/embed.html?widget=cooperation-counter`;
    const theirs = `${other.url}/dist-demo/embed.html?widget=cooperation-counter`;
    const { page } = await openBlank(
      'resize',
      blankDocument(
        `<iframe id="ours" src="${ours}" title="ours" width="600" height="50"></iframe>\n` +
          `<iframe id="theirs" src="${theirs}" title="theirs" width="600" height="50"></iframe>\n` +
          `<script src="${server.url}/dist-demo/resize.js" async></script>`,
      ),
      {
        beforeLoad: (p) =>
          p.evaluateOnNewDocument(() => {
            window.__origins = [];
            window.addEventListener('message', (e) => window.__origins.push(e.origin));
          }),
      },
    );
    try {
      // Our frame is fitted to its content.
      await page.waitForFunction(() => {
        const frame = document.getElementById('ours');
        const content = frame.contentDocument?.getElementById('embed')?.getBoundingClientRect().height ?? 0;
        return content > 100 && Number(frame.getAttribute('height')) === Math.ceil(content);
      });
      // The other origin's frame posted too, and was left alone.
      await page.waitForFunction((origin) => window.__origins.includes(origin), {}, other.url);
      assert.equal(await page.$eval('#theirs', (f) => f.getAttribute('height')), '50');
      // A message that does not come from a frame (here, the page itself) changes nothing.
      const before = await page.$eval('#ours', (f) => f.getAttribute('height'));
      await page.evaluate((type) => window.postMessage({ type, height: 999 }, '*'), HEIGHT_MESSAGE);
      await page.waitForFunction(() => window.__origins.length > 0 && window.__origins.at(-1) === location.origin);
      assert.equal(await page.$eval('#ours', (f) => f.getAttribute('height')), before);
      assert.notEqual(before, '999');
    } finally {
      await page.close();
    }
  });
});
