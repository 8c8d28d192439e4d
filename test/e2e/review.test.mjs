// End-to-end: the bureau's review sheet ("Tinjauan data"). demo/review.html is
// generated from the dataset by scripts/data-review.mjs (npm run data:review);
// this suite checks that the committed page is what the data gives today, and
// then reads the BUILT page (dist-demo/review.html) in Chromium: every figure,
// partner, programme, note, source and open question is in it, in both
// languages, under the gallery's CSP, with no axe violation on screen or in print.
//   npm run build:demo
//   node --test --test-concurrency=1 test/e2e/review.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve } from './browser.mjs';
import { renderReview } from '../../scripts/data-review.mjs';

const ROOT = new URL('../../', import.meta.url);
const DATA = JSON.parse(readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8'));
const AXE = fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT));

let server;
let browser;
let page;
let log;

before(async () => {
  assert.ok(existsSync(new URL('dist-demo/review.html', ROOT)), 'dist-demo/review.html is missing: run `npm run build:demo` first');
  server = await serve();
  browser = await launch();
  ({ page, log } = await openPage(browser, `${server.url}/dist-demo/review.html`, { viewport: { width: 1100, height: 1400 } }));
});

after(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

/** Text content (whitespace folded) of the element matching `selector`, or null. */
const textOf = (selector) =>
  page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ')).catch(() => null);
/** `href`s of the links inside the element matching `selector`. */
const hrefsIn = (selector) => page.$$eval(`${selector} a`, (as) => as.map((a) => a.getAttribute('href')));
const fold = (s) => s.replace(/\s+/g, ' ');
const sourceById = new Map(DATA.sources.map((s) => [s.id, s]));

describe('review sheet', () => {
  it('is what the data gives today (demo/review.html is regenerated, not edited)', () => {
    const committed = readFileSync(new URL('demo/review.html', ROOT), 'utf8');
    assert.ok(committed === renderReview(DATA), 'demo/review.html is out of date: run `npm run data:review`');
  });

  it('loads under the gallery’s CSP: one stylesheet, no script, nothing from elsewhere, no error', async () => {
    assert.deepEqual(await log.csp(), []);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(server.url)), []);
    assert.equal(await page.$$eval('script', (s) => s.length), 0);
    assert.equal(await page.$$eval('[style]', (s) => s.length), 0);
    assert.equal(await page.$eval('html', (h) => h.lang), 'id');
    // The stylesheet applied (the skip link is moved off screen by it).
    assert.ok((await page.$eval('.skip-link', (a) => a.getBoundingClientRect().bottom)) < 0);
  });

  it('is linked from the gallery', () => {
    const gallery = readFileSync(new URL('dist-demo/index.html', ROOT), 'utf8');
    assert.match(gallery, /<a href="review\.html" data-i18n="footerReview"/);
  });

  it('shows every figure with its value, label in both languages, year, sources and notes', async () => {
    for (const m of DATA.metrics) {
      const sel = `[data-metric="${m.id}"]`;
      const text = await textOf(sel);
      assert.ok(text, `figure ${m.id} missing`);
      for (const part of [String(m.value), m.label.id, m.label.en, String(m.year)]) assert.ok(text.includes(fold(part)), `${m.id}: "${part}"`);
      for (const id of m.sources) {
        const s = sourceById.get(id);
        for (const part of [s.title, s.publisher, s.url, s.date ?? '']) assert.ok(text.includes(fold(part)), `${m.id} → ${id}: "${part}"`);
      }
      const notes = await hrefsIn(sel);
      for (const id of m.notes ?? []) assert.ok(notes.includes(`#note-${id}`), `${m.id} → note ${id}`);
      for (const id of m.notes ?? []) assert.ok(text.includes(fold(DATA.notes.find((n) => n.id === id).text.en)), `${m.id} → note ${id} text`);
    }
  });

  it('shows every partner with country, kind, year, confidence, coordinates and their source, sources and notes', async () => {
    for (const p of DATA.partners) {
      const sel = `[data-partner="${p.id}"]`;
      const text = await textOf(sel);
      assert.ok(text, `partner ${p.id} missing`);
      for (const part of [p.name.id, p.name.en, p.country.name.id, p.country.name.en, p.country.code, `${p.lat}, ${p.lon}`]) {
        assert.ok(text.includes(part), `${p.id}: "${part}"`);
      }
      assert.ok(text.includes(p.since === null ? 'tidak diketahui / unknown' : String(p.since)), `${p.id}: year`);
      assert.ok(text.includes({ high: 'tinggi / high', medium: 'sedang / medium', low: 'rendah / low' }[p.confidence]), `${p.id}: confidence`);
      const refs = await hrefsIn(sel);
      for (const id of [...p.sources, ...(p.locationSources ?? [])]) assert.ok(refs.includes(`#source-${id}`), `${p.id} → ${id}`);
      for (const id of p.notes ?? []) assert.ok(refs.includes(`#note-${id}`), `${p.id} → note ${id}`);
    }
    assert.ok((await textOf('[data-city="jakarta"]'))?.includes(`${DATA.city.lat}, ${DATA.city.lon}`));
  });

  it('shows every programme, every note (grouped) and every source', async () => {
    for (const p of DATA.programs) {
      const text = await textOf(`[data-program="${p.id}"]`);
      assert.ok(text, `programme ${p.id} missing`);
      for (const part of [p.title.id, p.title.en, p.summary.id, p.summary.en]) assert.ok(text.includes(fold(part)), `${p.id}: "${part}"`);
    }
    const groups = await page.$$eval('#notes section', (ss) => ss.map((s) => s.querySelectorAll('[data-note]').length));
    assert.equal(groups.length, 3);
    assert.equal(groups.reduce((a, b) => a + b, 0), DATA.notes.length);
    for (const n of DATA.notes) {
      const text = await textOf(`#note-${n.id}`);
      assert.ok(text?.includes(fold(n.text.id)) && text.includes(fold(n.text.en)), `note ${n.id}`);
    }
    for (const s of DATA.sources) {
      const text = await textOf(`#source-${s.id}`);
      assert.ok(text?.includes(s.title) && text.includes(s.publisher) && text.includes(s.url), `source ${s.id}`);
      if (s.kind === 'secondary') assert.ok(text.includes('sekunder / secondary'), `source ${s.id} marked secondary`);
    }
  });

  it('lists the open questions: single-source figures, disputed and unknown years, medium confidence, Jerusalem', async () => {
    const expected = [
      ...DATA.metrics.filter((m) => m.sources.length === 1).map((m) => `single-source:${m.id}`),
      ...DATA.partners.filter((p) => p.since === null).map((p) => `null-year:${p.id}`),
      ...DATA.partners.filter((p) => p.confidence !== 'high').map((p) => `${p.confidence}-confidence:${p.id}`),
      'disputed-year:los-angeles',
      'editorial:jerusalem',
    ];
    assert.ok(expected.length > 20);
    const shown = await page.$$eval('[data-question]', (qs) => qs.map((q) => q.dataset.question));
    for (const key of expected) assert.ok(shown.includes(key), `open question ${key} missing`);
    // Each names the sources to check: those of the figure or partner it is about.
    for (const key of expected) {
      const [, id] = key.split(':');
      const item = DATA.metrics.find((m) => m.id === id) ?? DATA.partners.find((p) => p.id === id);
      const refs = await hrefsIn(`[data-question="${key}"]`);
      assert.ok(refs.some((h) => h.startsWith('#source-')), `${key}: no source to check`);
      for (const s of item?.sources ?? []) assert.ok(refs.includes(`#source-${s}`), `${key} → ${s}`);
    }
    const jerusalem = await textOf('[data-question="editorial:jerusalem"]');
    assert.ok(jerusalem.includes('Palestina (PS)') && jerusalem.includes('Palestine (PS)'));
  });

  it('gives the summary: partners by region, kind and confidence, sources by kind and publisher', async () => {
    const rows = await page.$$eval('.counts tbody tr', (trs) => trs.map((tr) => `${tr.cells[0].textContent} = ${tr.cells[1].textContent}`));
    const count = (key, value) => DATA.partners.filter((p) => p[key] === value).length;
    assert.ok(rows.includes(`Asia / Asia = ${count('region', 'asia')}`), rows.join('; '));
    assert.ok(rows.includes(`Eropa / Europe = ${count('region', 'europe')}`));
    assert.ok(rows.includes(`sedang / medium = ${count('confidence', 'medium')}`));
    assert.ok(rows.includes(`tinggi / high = ${count('confidence', 'high')}`));
    assert.ok(rows.includes(`kota kembar / sister city = ${count('kind', 'sister-city')}`));
    assert.ok(rows.includes(`sekunder / secondary = ${DATA.sources.filter((s) => s.kind === 'secondary').length}`));
    const publishers = await page.$$eval('.publishers tbody th', (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(new Set(publishers), new Set(DATA.sources.map((s) => s.publisher)));
  });

  it('says everything in both languages, each marked with its language', async () => {
    const langs = await page.$$eval('[lang="en"]', (els) => els.map((e) => e.textContent));
    const ids = await page.$$eval('[lang="id"]', (els) => els.map((e) => e.textContent));
    for (const m of DATA.metrics) assert.ok(langs.includes(m.label.en) && ids.includes(m.label.id), m.id);
    for (const n of DATA.notes) assert.ok(langs.includes(n.text.en) && ids.includes(n.text.id), n.id);
    for (const p of DATA.partners) assert.ok(langs.includes(p.name.en) && ids.includes(p.name.id), p.id);
  });

  describe('accessibility (axe)', () => {
    before(async () => {
      // Evaluated through the DevTools protocol, so the page keeps its CSP (a script tag would be refused).
      await page.evaluate(readFileSync(AXE, 'utf8'));
    });

    const violations = () =>
      page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });

    it('reports nothing on screen', async () => {
      assert.deepEqual(await violations(), []);
    });

    it('prints without the navigation, one section a page, and still reports nothing', async () => {
      await page.emulateMediaType('print');
      try {
        assert.equal(await page.$eval('nav', (n) => getComputedStyle(n).display), 'none');
        assert.equal(await page.$eval('#figures h2', (h) => getComputedStyle(h).breakBefore), 'page');
        assert.deepEqual(await violations(), []);
      } finally {
        await page.emulateMediaType(null);
      }
    });
  });
});
