// End-to-end: the data-update guide as pages of the gallery (scripts/guide.mjs): the data editor's
// footer links the guide in the editor's language, and the guide reads as a staff member reads it, on
// a phone and a desktop, under the gallery's strict policy sent as a header: every screenshot there
// (its box reserved), its anchors and its links to the other language and back to the editor working,
// axe clean, no sideways scrolling at 320 px, nothing requested off the server.
//   npm run build && npm run build:demo
//   node --test test/e2e/guide.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { GUIDES, guidePage } from '../../scripts/guide.mjs';
import { ROOT, launch, open, serve } from './support.mjs';

const AXE = fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT));
const GALLERY_CSP = `${STRICT_CSP}; form-action 'none'`;
/** Each language's guide page (`guide/<name>.html`), as scripts/guide.mjs writes it. */
const PAGES = Object.fromEntries(GUIDES.map((g) => [g.lang, guidePage(g.md)]));

let server;
let browser;

before(async () => {
  for (const page of Object.values(PAGES)) assert.ok(existsSync(new URL(`dist-demo/guide/${page}`, ROOT)), `dist-demo/guide/${page} is missing: run \`npm run build:demo\` first`);
  server = await serve(0, { headers: (path) => (path.startsWith('/dist-demo/') && path.endsWith('.html') ? { 'content-security-policy': GALLERY_CSP } : {}) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the data editor links the guide in its language', () => {
  for (const [file, lang] of [['data.html', 'id'], ['data.en.html', 'en']]) {
    it(`${file}: the footer's link opens guide/${PAGES[lang]}, which links back to this editor`, async () => {
      const { page, log } = await open(browser, server, `dist-demo/${file}`, { viewport: { width: 375, height: 800 } });
      try {
        const link = await page.$eval('footer a[href*="guide/"]', (a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }));
        assert.equal(link.href, `guide/${PAGES[lang]}`);
        assert.match(link.text, lang === 'id' ? /^Panduan/ : /^Guide/);
        await Promise.all([page.waitForNavigation(), page.click('footer a[href*="guide/"]')]);
        assert.equal(await page.$eval('html', (h) => h.lang), lang);
        await Promise.all([page.waitForNavigation(), page.click('header a[href^="../data"]')]);
        assert.equal(new URL(page.url()).pathname, `/dist-demo/${file}`);
        assert.deepEqual([log.external, log.failed, await log.csp()], [[], [], []]);
      } finally {
        await page.close();
      }
    });
  }

  it('the editor switched to English links the English guide, and back', async () => {
    const { page } = await open(browser, server, 'dist-demo/data.html', { viewport: { width: 1280, height: 900 } });
    try {
      const href = () => page.$eval('footer a[href*="guide/"]', (a) => [a.getAttribute('href'), a.textContent.trim()]);
      await page.select('#ui-lang', 'en');
      assert.deepEqual(await href(), [`guide/${PAGES.en}`, 'Guide: updating the data each year']);
      await page.select('#ui-lang', 'id');
      assert.deepEqual(await href(), [`guide/${PAGES.id}`, 'Panduan: memperbarui data setiap tahun']);
    } finally {
      await page.close();
    }
  });
});

describe('the guide pages', () => {
  for (const guide of GUIDES) {
    const file = guidePage(guide.md);
    describe(file, () => {
      for (const width of [320, 1280]) {
        it(`${width} px: every screenshot shown in a box reserved before it loads, no sideways scrolling, nothing off the server, no CSP violation`, async () => {
          const { page, log } = await open(browser, server, `dist-demo/guide/${file}`, { viewport: { width, height: 800 } });
          try {
            assert.equal(await page.$eval('html', (h) => h.lang), guide.lang);
            const images = await page.$$eval('main img', (imgs) => imgs.map((img) => ({ src: img.getAttribute('src'), alt: img.alt, width: img.getAttribute('width'), height: img.getAttribute('height') })));
            const md = readFileSync(new URL(`docs/${guide.md}`, ROOT), 'utf8');
            assert.equal(images.length, [...md.matchAll(/!\[/g)].length, 'every picture of the markdown');
            for (const img of images) {
              assert.ok(img.alt.length > 10, `${img.src}: alt text`);
              assert.ok(Number(img.width) > 0 && Number(img.height) > 0, `${img.src}: its size is in the markup`);
            }
            // Scrolled through, so that the lazy images load; each drawn at its own proportions.
            await page.evaluate(async () => {
              for (const img of document.querySelectorAll('main img')) {
                img.scrollIntoView();
                await img.decode().catch(() => {});
              }
            });
            const drawn = await page.$$eval('main img', (imgs) => imgs.map((img) => [img.getAttribute('src'), img.naturalWidth, Math.round((img.clientHeight / img.clientWidth) * 100), Math.round((Number(img.getAttribute('height')) / Number(img.getAttribute('width'))) * 100)]));
            for (const [src, natural, shownRatio, markupRatio] of drawn) {
              assert.ok(natural > 0, `${src} loaded`);
              assert.ok(Math.abs(shownRatio - markupRatio) <= 1, `${src}: drawn at its proportions (${shownRatio} vs ${markupRatio})`);
            }
            assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
            assert.deepEqual([log.external, log.failed, await log.csp(), log.exceptions], [[], [], [], []]);
          } finally {
            await page.close();
          }
        });
      }

      it('its links: the anchors it names exist, the other language, and no link to a .md file', async () => {
        const { page } = await open(browser, server, `dist-demo/guide/${file}`, { viewport: { width: 1280, height: 800 } });
        try {
          const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
          assert.deepEqual(hrefs.filter((h) => /\.md(#|$)/.test(h)), []);
          for (const anchor of hrefs.filter((h) => h.startsWith('#'))) {
            assert.ok(await page.$(`[id="${anchor.slice(1)}"]`), `${anchor} is a heading of the page`);
          }
          const other = GUIDES.find((g) => g !== guide);
          assert.ok(hrefs.includes(guidePage(other.md)), 'a link to the other language');
          const alternate = await page.$eval('link[rel="alternate"]', (l) => [l.hreflang, l.getAttribute('href')]);
          assert.deepEqual(alternate, [other.lang, guidePage(other.md)]);
          await Promise.all([page.waitForNavigation(), page.click(`header a[hreflang="${other.lang}"]`)]);
          assert.equal(await page.$eval('html', (h) => h.lang), other.lang);
        } finally {
          await page.close();
        }
      });

      it('axe reports nothing, in light and dark', async () => {
        const { page } = await open(browser, server, `dist-demo/guide/${file}`, { viewport: { width: 375, height: 800 } });
        try {
          await page.evaluate(readFileSync(AXE, 'utf8'));
          for (const scheme of ['light', 'dark']) {
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            const violations = await page.evaluate(async () => {
              const r = await window.axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
            });
            assert.deepEqual(violations, [], scheme);
          }
        } finally {
          await page.close();
        }
      });
    });
  }
});
