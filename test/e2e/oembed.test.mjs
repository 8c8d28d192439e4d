// End-to-end: the gallery's oEmbed pages (dist-demo/oembed/, written by
// scripts/oembed-pages.mjs in `npm run build:demo`) as WordPress 6.1 sees
// them (Debian's `wordpress` package run with php-cli, see
// test/e2e/wordpress/), and embed.html inside exactly what WordPress outputs
// for them: a sandboxed iframe (opaque origin) with a secret, resized by
// WordPress's own wp-embed.js. Also: embed.html shows no free text from its
// URL (issue 13, item 6).
//
// Without php-cli and Debian's wordpress, the two WordPress suites are
// skipped, saying so, unless JGW_REQUIRE_ENGINES=1 or CI is set
// (test/e2e/tools.mjs); the other two need only Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderOembedPages } from '../../scripts/oembed-pages.mjs';
import { launch, openPage, serve } from './browser.mjs';
import { needs, requireTool, WP_DIR, wordpressMissing } from './tools.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = JSON.parse(readFileSync(join(ROOT, 'data/jakarta-2024.json'), 'utf8'));
const WP_EMBED_JS = join(WP_DIR, 'wp-includes/js/wp-embed.js');
const OEMBED_PHP = join(ROOT, 'test/e2e/wordpress/oembed.php');
const WORDPRESS = wordpressMissing(['wp-includes/kses.php', 'wp-includes/class-wp-oembed.php', 'wp-includes/js/wp-embed.js']);

function assertBuilt() {
  assert.ok(existsSync(join(ROOT, 'dist-demo/oembed')), 'dist-demo/oembed/ is missing: run `npm run build && npm run build:demo`');
}

/** The pages built, and php-cli with Debian's WordPress (required with CI or JGW_REQUIRE_ENGINES=1). */
function assertTools() {
  assertBuilt();
  requireTool(WORDPRESS);
}

/** Runs test/e2e/wordpress/oembed.php: what WordPress does with each page under `dir`/oembed/. */
function wordpress(base, dir) {
  const out = execFileSync('php', ['-d', 'error_reporting=E_ALL', OEMBED_PHP, base, dir], {
    encoding: 'utf8',
    env: { ...process.env, WP_DIR },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/** `&#038;` and `&amp;` back to `&`, as a browser reads an attribute. */
const decode = (s) => s.replace(/&#0?38;|&amp;/g, '&');
const attrOf = (html, name) => {
  const m = new RegExp(` ${name}="([^"]*)"`).exec(html);
  return m ? decode(m[1]) : null;
};

describe('oEmbed pages through WordPress 6.1', needs(WORDPRESS), () => {
  let results;
  let jsons;
  before(() => {
    assertTools();
    const dir = join(ROOT, 'dist-demo/oembed');
    jsons = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
    );
    const base = Object.values(jsons)[0].provider_url;
    results = wordpress(base, join(ROOT, 'dist-demo'));
  });

  it('covers each metric, programme, region and partner in both languages', () => {
    const slugs = Object.keys(jsons);
    const expected = [];
    for (const lang of ['id', 'en']) {
      for (const m of DATA.metrics) expected.push(`cooperation-counter-${m.id}-${lang}`);
      for (const p of DATA.programs) expected.push(`program-card-${p.id}-${lang}`);
      for (const r of ['all', 'asia', 'europe', 'americas', 'africa', 'oceania']) {
        expected.push(`sister-city-list-region-${r}-${lang}`, `sister-city-map-region-${r}-${lang}`);
      }
      for (const p of DATA.partners) expected.push(`sister-city-map-partner-${p.id}-${lang}`);
    }
    assert.deepEqual([...slugs].sort(), [...expected].sort());
    assert.equal(results.length, expected.length, 'one .html page per .json response');
  });

  it('links each page back to the gallery in its language', () => {
    for (const slug of Object.keys(jsons)) {
      const page = readFileSync(join(ROOT, 'dist-demo', 'oembed', `${slug}.html`), 'utf8');
      const back = slug.endsWith('-en') ? '../index.en.html' : '../';
      assert.match(page, new RegExp(`<p><a href="${back.replace(/\./g, '\\.')}">`), slug);
    }
  });

  it('each response is a valid rich oEmbed', () => {
    for (const [slug, json] of Object.entries(jsons)) {
      assert.equal(json.version, '1.0', slug);
      assert.equal(json.type, 'rich', slug);
      assert.equal(json.provider_name, 'Jakarta Global Widgets', slug);
      assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height), slug);
      assert.ok(json.title.length > 10, slug);
    }
  });

  it('WordPress discovers every page and keeps its iframe, src and title (wp_filter_oembed_result)', () => {
    for (const r of results) {
      const slug = r.url.replace(/^.*\/oembed\/|\.html$/g, '');
      const json = jsons[slug];
      assert.equal(r.provider, r.url.replace(/\.html$/, '.json'), `${slug}: discovery link`);
      for (const html of [r.embed, r.filtered]) {
        assert.equal(html.match(/<iframe /g)?.length, 1, `${slug}: one iframe in ${html}`);
        const src = attrOf(html, 'src');
        const secret = attrOf(html, 'data-secret');
        assert.match(secret ?? '', /^[A-Za-z0-9]{10}$/, slug);
        assert.equal(src, `${attrOf(json.html, 'src')}#?secret=${secret}`, `${slug}: src kept, secret added`);
        assert.equal(attrOf(html, 'title'), json.title, `${slug}: title kept`);
        assert.equal(attrOf(html, 'sandbox'), 'allow-scripts', slug);
        assert.equal(attrOf(html, 'height'), String(json.height), slug);
      }
      // The author saves only the URL (an Embed block): wp_kses_post keeps it.
      assert.ok(r.kses_url.includes(`\n${r.url}\n`), `${slug}: the URL survives wp_kses_post: ${r.kses_url}`);
      // The iframe pasted as HTML does not (why oEmbed is the way in for those authors).
      assert.equal(r.kses_html, '', `${slug}: wp_kses_post strips a pasted iframe`);
    }
  });
});

describe('embed.html inside WordPress’s oEmbed output (sandbox, secret, wp-embed.js)', needs(WORDPRESS), () => {
  let browser;
  let gallery;
  let host;
  let tmp;
  let embeds;

  before(async () => {
    assertTools();
    browser = await launch();
    gallery = await serve(0);
    const base = `${gallery.url}/dist-demo/`;
    // The same pages, pointing at this server, run through WordPress.
    tmp = mkdtempSync(join(tmpdir(), 'jgw-oembed-'));
    mkdirSync(join(tmp, 'oembed'));
    for (const page of await renderOembedPages(base)) {
      writeFileSync(join(tmp, 'oembed', `${page.slug}.html`), page.html);
      writeFileSync(join(tmp, 'oembed', `${page.slug}.json`), JSON.stringify(page.json));
    }
    embeds = Object.fromEntries(wordpress(base, tmp).map((r) => [r.url.replace(/^.*\/oembed\/|\.html$/g, ''), r.embed]));
    // The WordPress site: another origin, a strict policy that allows the gallery's frames.
    const pages = { '/wp-includes/js/wp-embed.js': readFileSync(WP_EMBED_JS) };
    for (const [slug, embed] of Object.entries(embeds)) {
      pages[`/${slug}.html`] = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; frame-src ${gallery.url}">
</head><body><article class="entry-content">
<figure class="wp-block-embed is-type-rich is-provider-jakarta-global-widgets wp-block-embed-jakarta-global-widgets"><div class="wp-block-embed__wrapper">
${embed}
</div></figure>
</article>
<script src="/wp-includes/js/wp-embed.js" id="wp-embed-js"></script>
</body></html>`;
    }
    host = await serve(0, { pages });
  });

  after(async () => {
    await browser?.close();
    await gallery?.close();
    await host?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  for (const slug of [
    'cooperation-counter-agreements-id',
    'program-card-jeju-en',
    'sister-city-list-region-europe-id',
    'sister-city-map-partner-seoul-en',
  ]) {
    it(`${slug}: renders, is resized to its content, no CORS or CSP error`, async () => {
      assert.ok(embeds[slug], `WordPress made an embed for ${slug}`);
      const failed = [];
      const { page, log } = await openPage(browser, `${host.url}/${slug}.html`, {
        beforeLoad: (p) => {
          p.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
          p.on('response', (r) => r.status() >= 400 && failed.push(`HTTP ${r.status()} ${r.url()}`));
        },
      });
      try {
        const widget = /^(cooperation-counter|program-card|sister-city-list|sister-city-map)/.exec(slug)[1];
        const frame = await (await page.waitForSelector('iframe.wp-embedded-content')).contentFrame();
        assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame runs in an opaque origin');
        await frame.waitForFunction((tag) => document.querySelector(tag)?.matches(':state(ready)'), { timeout: 20000 }, widget);
        // wp-embed.js sets the height the frame asked for (WordPress keeps it within 200–1000 px).
        const initial = Number(attrOf(embeds[slug], 'height'));
        let sizes;
        for (let i = 0; i < 50; i++) {
          const content = await frame.evaluate(() => Math.ceil(document.getElementById('embed').getBoundingClientRect().height));
          const height = await page.$eval('iframe.wp-embedded-content', (f) => f.getAttribute('height'));
          sizes = { content, expected: Math.min(1000, Math.max(200, content)), height: Number(height) };
          if (sizes.height === sizes.expected) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.equal(sizes.height, sizes.expected, `iframe height follows the content: ${JSON.stringify(sizes)}`);
        if (sizes.expected !== initial) assert.notEqual(sizes.height, initial, 'resized from the oEmbed height');
        const frameCsp = await frame.evaluate(() => window.__cspViolations ?? []);
        assert.deepEqual([...(await log.csp()), ...frameCsp], [], 'no CSP violation in the post or the frame');
        const corsOrCsp = log.errors.filter((e) => /CORS|Content Security Policy|blocked/i.test(e));
        assert.deepEqual(corsOrCsp, [], 'no CORS or CSP error in the console');
        assert.deepEqual(failed, [], 'every request succeeded');
        assert.deepEqual(log.exceptions, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('embed.html shows no free text from its URL (label, caption, heading)', () => {
  let browser;
  let server;
  const MARKER = 'Teks pihak lain XYZZY';
  const BASE = {
    'cooperation-counter': 'metric=agreements',
    'program-card': 'program=jeju',
    'sister-city-list': 'region=asia',
    'sister-city-map': 'region=asia',
  };
  before(async () => {
    assertBuilt();
    browser = await launch();
    server = await serve(0);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [widget, query] of Object.entries(BASE)) {
    it(`${widget}: none of the text is shown, the title keeps it out too`, async () => {
      for (const param of ['label', 'caption', 'heading']) {
        const url = `${server.url}/dist-demo/embed.html?widget=${widget}&${query}&lang=id&${param}=${encodeURIComponent(MARKER)}`;
        const { page } = await openPage(browser, url);
        try {
          await page.waitForSelector('.embed-error, ' + widget, { timeout: 10000 });
          await new Promise((r) => setTimeout(r, 300));
          const seen = await page.evaluate(() => {
            const texts = [document.title];
            const walk = (node) => {
              texts.push(node.textContent ?? '');
              for (const el of node.querySelectorAll('*')) {
                for (const a of el.getAttributeNames()) texts.push(el.getAttribute(a));
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document.documentElement);
            return texts.join('\n');
          });
          assert.ok(!seen.includes('XYZZY'), `${widget} ${param}: the text is not shown`);
          assert.ok(seen.includes(`“${param}”`), `${widget} ${param}: the parameter is named as not accepted`);
          assert.equal(await page.$(widget), null, `${widget} ${param}: no element rendered with it`);
        } finally {
          await page.close();
        }
      }
    });
  }
});

describe('the gallery’s builder offers the oEmbed link', () => {
  let browser;
  let server;
  before(async () => {
    assertBuilt();
    browser = await launch();
    server = await serve(0);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links each section to its page, in the gallery’s language, and names what the link leaves out', async () => {
    const { page, log } = await openPage(browser, `${server.url}/dist-demo/index.html`);
    try {
      const code = (widget) => page.$eval(`#${widget}-oembed-code`, (el) => el.textContent);
      await page.waitForSelector('#sister-city-map-oembed-code');
      const base = `${server.url}/dist-demo/oembed/`;
      assert.equal(await code('sister-city-map'), `${base}sister-city-map-region-all-id.html`);
      assert.equal(await code('cooperation-counter'), `${base}cooperation-counter-agreements-id.html`);
      assert.equal(await page.$eval('#sister-city-map-oembed-title', (el) => el.textContent), 'Tautan untuk WordPress (oEmbed)');
      for (const widget of ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map']) {
        const url = await code(widget);
        const res = await fetch(url);
        assert.equal(res.status, 200, `${url} exists`);
        assert.equal(await page.$eval(`#${widget} .snippet--oembed a.snippet__open`, (a) => a.href), url);
      }
      // A region and a sort order: the list's link follows the region and names the sort.
      await page.select('#sister-city-list--region', 'europe');
      await page.select('#sister-city-list--sort', 'year');
      await page.waitForFunction(() => document.querySelector('#sister-city-list-oembed-code').textContent.endsWith('region-europe-id.html'));
      const note = await page.$eval('#sister-city-list .snippet--oembed .snippet__help:not(:first-of-type)', (el) => [el.hidden, el.textContent]);
      assert.deepEqual(note, [false, 'Tidak ikut di tautan ini (memakai nilai bawaan): “Urutkan menurut”. Untuk itu gunakan sematan iframe.']);
      const iframeNote = () => page.$eval('#sister-city-list .snippet--iframe .snippet__help:not(:first-of-type)', (el) => [el.hidden, el.textContent]);
      assert.deepEqual(await iframeNote(), [true, ''], 'the iframe carries the sort');
      // A caption (free text): neither the iframe nor the link carries it, and each says so.
      await page.type('#sister-city-list--caption', 'Mitra kami');
      await page.waitForFunction(() => !document.querySelector('#sister-city-list .snippet--iframe .snippet__help:not(:first-of-type)').hidden);
      assert.deepEqual(await iframeNote(), [false, 'Tidak ikut di iframe (memakai nilai bawaan): “Keterangan”. Teks bebas dan berkas data hanya ada di sematan skrip dan prarender.']);
      assert.equal(
        await page.$eval('#sister-city-list .snippet--oembed .snippet__help:not(:first-of-type)', (el) => el.textContent),
        'Tidak ikut di tautan ini (memakai nilai bawaan): “Urutkan menurut”, “Keterangan”. Untuk itu gunakan sematan skrip.',
      );
      // English gallery: English pages.
      await page.select('#ui-lang', 'en');
      await page.waitForFunction(() => document.querySelector('#sister-city-map-oembed-code').textContent.endsWith('-en.html'));
      assert.equal(await page.$eval('#sister-city-map-oembed-title', (el) => el.textContent), 'Link for WordPress (oEmbed)');
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });
});
