// End-to-end: the gallery and the data editor in each language (#16's
// "no layout shift" for English readers). The build writes an English copy of
// each page (index.en.html, data.en.html: demo/page-language.ts): its texts
// are English in the HTML, so the first paint is English and nothing moves
// when the script runs; the language switch moves the address between the
// copies, and the links between the pages follow.
//   npm run build && npm run build:demo
//   node --test test/e2e/page-languages.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { ROOT, launch, open, openSlowCpu, serve, shiftsOf } from './support.mjs';

let server;
let browser;

before(async () => {
  for (const f of ['index.en.html', 'data.en.html']) {
    assert.ok(existsSync(new URL(`dist-demo/${f}`, ROOT)), `dist-demo/${f} is missing: run \`npm run build:demo\` first`);
  }
  server = await serve(0);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's language, title, description and every translated text and page link, as shown. */
function texts(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    description: document.querySelector('meta[name="description"]').content,
    texts: [...document.querySelectorAll('[data-i18n]')]
      .filter((el) => el.closest('noscript') === null)
      .map((el) => `${el.dataset.i18n}: ${el.textContent.replace(/\s+/g, ' ').trim()}`),
    links: [...document.querySelectorAll('a[data-page]')].map((a) => `${a.dataset.i18n}: ${a.getAttribute('href')}`),
  }));
}

/** Opens `path` at `width` with the CPU 4× slower, shifts recorded (`openSlowCpu`). */
const openSlow = (path, width, options = {}) => openSlowCpu(browser, server, path, { width, ...options });

const PAGES = [
  { path: 'dist-demo/index.en.html', ready: '#widgets section', h1: 'Jakarta Global Widgets', tagline: '.tagline' },
  { path: 'dist-demo/data.en.html', ready: '#start-bundled', h1: 'Data editor', tagline: '.tagline' },
];

for (const { path, ready, h1, tagline } of PAGES) {
  describe(path, () => {
    it('is written in English: what the script would write is already in the HTML', async () => {
      const { page: still } = await openSlow(path, 1280, { javaScript: false });
      const { page: run } = await openSlow(path, 1280);
      const { page: indonesian } = await openSlow(path.replace('.en.html', '.html'), 1280, { javaScript: false });
      try {
        await run.waitForSelector(ready);
        const before = await texts(still);
        assert.equal(before.lang, 'en');
        assert.equal(await still.$eval('h1', (el) => el.textContent.trim()), h1);
        assert.deepEqual(await texts(run), before);
        // Not the Indonesian page's texts: every one that differs between the languages is English.
        const id = await texts(indonesian);
        assert.equal(id.lang, 'id');
        assert.notEqual(await still.$eval(tagline, (el) => el.textContent), await indonesian.$eval(tagline, (el) => el.textContent));
        assert.notEqual(before.title, id.title);
        assert.notEqual(before.description, id.description);
        assert.equal(before.texts.length, id.texts.length);
        // (the data-update guide's English page too: guide/updating-the-data.html)
        assert.ok(before.links.length >= 2 && before.links.every((l) => /: ((index|data)\.en|guide\/updating-the-data)\.html$/.test(l)), before.links.join('; '));
        assert.equal(await still.$eval('#ui-lang', (s) => s.value), 'en');
      } finally {
        await Promise.all([still.close(), run.close(), indonesian.close()]);
      }
    });

    for (const width of [320, 1280]) {
      it(`moves nothing when its script runs, at ${width}px`, async () => {
        const { page, log } = await openSlow(path, width);
        try {
          await page.waitForSelector(ready);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
          assert.deepEqual(await shiftsOf(page), []);
          assert.deepEqual(log.exceptions, []);
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('the language switch', () => {
  it('moves the gallery to its English copy, keeping the query and the fragment; the links follow; the theme is kept in the address', async () => {
    const { page } = await open(browser, server, 'dist-demo/index.html?theme=dark#program-card', { viewport: { width: 1280, height: 800 } });
    try {
      await page.waitForSelector('#widgets section');
      assert.equal(await page.$eval('a[data-i18n="editorLink"]', (a) => a.getAttribute('href')), 'data.html');
      await page.select('#ui-lang', 'en');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/dist-demo/index.en.html');
      assert.equal(url.search, '?theme=dark');
      assert.equal(url.hash, '#program-card');
      assert.equal(await page.$eval('meta[name="description"]', (m) => m.content.startsWith('Embeddable web elements')), true);
      assert.deepEqual(
        await page.$$eval('a[data-page]', (links) => links.map((a) => a.getAttribute('href'))),
        ['index.en.html', 'data.en.html', 'data.en.html'],
      );
      // The theme switch writes its choice back into the address (light, the default: none).
      await page.select('#ui-theme', 'auto');
      assert.equal(new URL(page.url()).search, '?theme=auto');
      await page.select('#ui-theme', 'light');
      assert.equal(new URL(page.url()).search, '');
      assert.equal(new URL(page.url()).hash, '#program-card');
      // The editor link opens the editor in English.
      await Promise.all([page.waitForNavigation(), page.click('a[data-i18n="editorLink"]')]);
      assert.equal(new URL(page.url()).pathname, '/dist-demo/data.en.html');
      await page.waitForSelector('#start-bundled');
      assert.equal(await page.$eval('html', (h) => h.lang), 'en');
      assert.equal(await page.$eval('#start-bundled', (b) => b.textContent.trim()), 'Start from the bundled data (2024)');
      // And back: the editor in Indonesian, its gallery link too; a reload keeps it.
      await page.select('#ui-lang', 'id');
      assert.equal(new URL(page.url()).pathname, '/dist-demo/data.html');
      assert.equal(await page.$eval('a[data-i18n="navGallery"]', (a) => a.getAttribute('href')), 'index.html');
      await page.reload();
      await page.waitForSelector('#start-bundled');
      assert.equal(await page.$eval('html', (h) => h.lang), 'id');
      assert.equal(await page.$eval('h1', (h) => h.textContent.trim()), 'Editor data');
    } finally {
      await page.close();
    }
  });

  it('takes an older link’s ?lang=en to the English copy', async () => {
    const { page } = await open(browser, server, 'dist-demo/data.html?lang=en', { viewport: { width: 1280, height: 800 } });
    try {
      await page.waitForSelector('#start-bundled');
      assert.equal(await page.$eval('html', (h) => h.lang), 'en');
      assert.equal(new URL(page.url()).pathname, '/dist-demo/data.en.html');
      assert.equal(new URL(page.url()).search, '');
    } finally {
      await page.close();
    }
  });
});
