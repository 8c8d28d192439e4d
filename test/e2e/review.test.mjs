// End-to-end: the bureau's review sheet ("Tinjauan data"). demo/review.html is
// generated from the dataset by scripts/data-review.mjs (npm run data:review);
// this suite checks that the committed page is what the data gives today, and
// then reads the BUILT page (dist-demo/review.html) in Chromium: every figure,
// partner, programme, note, source and open question is in it, in both
// languages, under the gallery's CSP, with no axe violation on screen or in print.
// Then the command line on other files (node scripts/data-review.mjs
// <file.json> --out <sheet.html>, which needs the built checker,
// dist/check/index.js): a 2025 file, a file without a partner, a file with an
// error (refused with the checker's message), and the stand-alone sheet it
// writes, in Chromium.
//   npm run build && npm run build:demo
//   node --test --test-concurrency=1 test/e2e/review.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, openPage, serve } from './browser.mjs';
import { renderReview } from '../../scripts/data-review.mjs';

const ROOT = new URL('../../', import.meta.url);
const DATA = JSON.parse(readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8'));
const AXE = fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT));
const SCRIPT = fileURLToPath(new URL('scripts/data-review.mjs', ROOT));

let server;
let browser;
let page;
let log;

/** Text content (whitespace folded) of the element matching `selector`, or null. */
const textOf = (selector) =>
  page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ')).catch(() => null);
/** `href`s of the links inside the element matching `selector`. */
const hrefsIn = (selector) => page.$$eval(`${selector} a`, (as) => as.map((a) => a.getAttribute('href')));
const fold = (s) => s.replace(/\s+/g, ' ');
const sourceById = new Map(DATA.sources.map((s) => [s.id, s]));
/** A source's publisher as the page shows it: the name, or its Indonesian and English texts. */
const publisherTexts = ({ publisher }) => (typeof publisher === 'string' ? [publisher] : [publisher.id, publisher.en]);

describe('review sheet', () => {
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

  it('is what the data gives today (demo/review.html is regenerated, not edited)', () => {
    const committed = readFileSync(new URL('demo/review.html', ROOT), 'utf8');
    assert.ok(committed === renderReview(DATA, { file: 'data/jakarta-2024.json' }), 'demo/review.html is out of date: run `npm run data:review`');
    assert.ok(committed.includes('Dibuat otomatis dari data/jakarta-2024.json'));
  });

  it('loads under the gallery’s CSP: one stylesheet, no script, nothing from elsewhere, no error', async () => {
    assert.deepEqual(await log.csp(), []);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(server.url)), []);
    assert.equal(await page.$$eval('script', (s) => s.length), 0);
    assert.equal(await page.$$eval('[style]', (s) => s.length), 0);
    assert.equal(await page.$eval('html', (h) => h.lang), 'id');
    // A description for search results, in the page's language.
    assert.match(await page.$eval('meta[name="description"]', (m) => m.content), /^Lembar tinjauan untuk Biro Kerja Sama Daerah: /);
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
        for (const part of [s.title, ...publisherTexts(s), s.url, s.date ?? '']) assert.ok(text.includes(fold(part)), `${m.id} → ${id}: "${part}"`);
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
      assert.ok(text?.includes(s.title) && publisherTexts(s).every((p) => text.includes(p)) && text.includes(s.url), `source ${s.id}`);
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
    assert.deepEqual(new Set(publishers), new Set(DATA.sources.map((s) => publisherTexts(s).join(' / '))));
    // A publisher given in both languages: each marked with its own.
    const described = DATA.sources.find((s) => typeof s.publisher !== 'string');
    assert.deepEqual(await page.$$eval(`#source-${described.id} td:nth-child(3) [lang]`, (els) => els.map((e) => `${e.lang}: ${e.textContent}`)), [
      `id: ${described.publisher.id}`,
      `en: ${described.publisher.en}`,
    ]);
  });

  it('says everything in both languages, each marked with its language', async () => {
    const langs = await page.$$eval('[lang="en"]', (els) => els.map((e) => e.textContent));
    const ids = await page.$$eval('[lang="id"]', (els) => els.map((e) => e.textContent));
    for (const m of DATA.metrics) assert.ok(langs.includes(m.label.en) && ids.includes(m.label.id), m.id);
    for (const n of DATA.notes) assert.ok(langs.includes(n.text.en) && ids.includes(n.text.id), n.id);
    for (const p of DATA.partners) assert.ok(langs.includes(p.name.en) && ids.includes(p.name.id), p.id);
  });

  it('marks each source title written in another language than the sheet’s with its own (ja, de, en…)', async () => {
    const cites = await page.$$eval('cite', (els) => els.map((e) => [e.textContent, e.closest('[lang]').getAttribute('lang')]));
    const byTitle = new Map(DATA.sources.map((s) => [s.title, s.lang]));
    assert.ok(cites.length >= DATA.sources.length, `${cites.length} titles`);
    for (const [title, lang] of cites) assert.equal(lang, byTitle.get(title) ?? 'id', title);
    assert.ok(cites.some(([, lang]) => lang === 'ja'), 'a Japanese title');
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

/** The review command on other files, as the bureau runs it for a new year. */
describe('review command on another file', () => {
  let dir;
  /** A copy of the bundled data for 2025, changed by `edit`, written as `name` in the work folder. */
  const dataset = (name, edit = () => {}) => {
    const data = structuredClone(DATA);
    data.id = 'jakarta-2025';
    data.asOf = '2025-12-31';
    data.title = { id: 'Jakarta dan Dunia 2025', en: 'Jakarta and the World 2025' };
    edit(data);
    writeFileSync(join(dir, name), JSON.stringify(data, null, 2));
    return data;
  };
  const run = (args, { cwd = fileURLToPath(ROOT), env = {} } = {}) =>
    spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_lifecycle_event: '', ...env } });
  /** The open questions of a sheet, without the sources they cite (whose titles are the data's own). */
  const questionsOf = (html) =>
    html.slice(html.indexOf('<section id="questions"'), html.indexOf('<section id="figures"')).replace(/<ul class="sources">[\s\S]*?<\/ul>/g, '');

  before(() => {
    assert.ok(existsSync(new URL('dist/check/index.js', ROOT)), 'dist/check/index.js is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'jgw-review-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the sheet of the file it is given to --out, naming that file', () => {
    dataset('jakarta-2025.json');
    const out = join(dir, 'review-2025.html');
    const r = run([join(dir, 'jakarta-2025.json'), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Ditulis: .*review-2025\.html .*dari jakarta-2025\.json/);
    const html = readFileSync(out, 'utf8');
    assert.ok(html.includes('Dibuat otomatis dari jakarta-2025.json dengan perintah npm run data:review'));
    assert.ok(html.includes('Generated from jakarta-2025.json by npm run data:review'));
    assert.ok(html.includes('<!-- Generated by scripts/data-review.mjs from jakarta-2025.json'));
    assert.ok(!html.includes('jakarta-2024.json'), 'the 2024 file is named');
    assert.ok(html.includes('Jakarta dan Dunia 2025') && html.includes('<time datetime="2025-12-31">'));
    // Its questions are about this file: its year, its count of partners.
    assert.ok(questionsOf(html).includes(`Daftar ${DATA.partners.length} mitra disusun ulang`));
    assert.ok(questionsOf(html).includes('Dapatkah Biro memberikan daftar resminya untuk 2025?'));
    assert.ok(!questionsOf(html).includes('2024?'));
    // A stand-alone page: the checker's warnings first (the figures are still for 2024), the stylesheet inside, no gallery links.
    assert.ok(html.includes('<section id="warnings"'));
    assert.ok(html.includes('Angka ke-1 (agreements): angka ini untuk tahun 2024, sedangkan data ini untuk 2025'));
    assert.ok(html.includes('<style>') && !html.includes('review.css"') && !html.includes('href="data.html"'));
    // The gallery's sheet is untouched.
    assert.equal(readFileSync(new URL('demo/review.html', ROOT), 'utf8').includes('jakarta-2025'), false);
  });

  it('reads and writes paths from where the command was typed (npm run data:review -- …), and --check compares', () => {
    dataset('jakarta-2025.json');
    const npm = { env: { npm_lifecycle_event: 'data:review', INIT_CWD: dir } };
    const r = run(['jakarta-2025.json', '--out', 'lembar.html'], npm);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(readFileSync(join(dir, 'lembar.html'), 'utf8').includes('Dibuat otomatis dari jakarta-2025.json'));
    assert.equal(run(['jakarta-2025.json', '--out', 'lembar.html', '--check'], npm).status, 0);
    dataset('jakarta-2025.json', (d) => (d.metrics[0].value += 1));
    const stale = run(['jakarta-2025.json', '--out', 'lembar.html', '--check'], npm);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /lembar\.html tidak sesuai dengan jakarta-2025\.json/);
    // Without --out, next to where it was typed, named after the file.
    assert.equal(run(['jakarta-2025.json'], npm).status, 0);
    assert.ok(existsSync(join(dir, 'review-jakarta-2025.html')));
  });

  it('renders a file from which a partner was removed, with no question about it', () => {
    const data = dataset('tanpa-berlin.json', (d) => {
      d.partners = d.partners.filter((p) => p.id !== 'berlin');
      d.notes = d.notes.filter((n) => n.id !== 'berlin-year');
    });
    const out = join(dir, 'tanpa-berlin.html');
    const r = run([join(dir, 'tanpa-berlin.json'), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const html = readFileSync(out, 'utf8');
    assert.ok(!html.includes('data-partner="berlin"') && !html.includes('#partner-berlin'));
    const questions = questionsOf(html);
    assert.doesNotMatch(questions, /berlin/i);
    assert.ok(questions.includes('data-question="disputed-year:los-angeles"'));
    assert.ok(questions.includes(`Daftar ${data.partners.length} mitra disusun ulang dari 20 dari 21 mitra dalam daftar resmi (2019)`));
    assert.ok(questions.includes(`The list of ${data.partners.length} partners is rebuilt from 20 of the 21 partners on the official list (2019)`));
    // The same through the exported function, without the note removed too.
    const kept = structuredClone(DATA);
    kept.partners = kept.partners.filter((p) => p.id !== 'berlin');
    assert.doesNotMatch(questionsOf(renderReview(kept)), /berlin/i);
  });

  it('drops an editorial question that no longer applies (Shanghai recoded, the list no longer rebuilt)', () => {
    const data = structuredClone(DATA);
    data.partners.find((p) => p.id === 'shanghai').kind = 'sister-city';
    data.notes = data.notes.filter((n) => n.id !== 'list-reconstructed');
    for (const item of [...data.partners, ...data.metrics, ...data.programs]) if (item.notes) item.notes = item.notes.filter((id) => id !== 'list-reconstructed');
    const questions = questionsOf(renderReview(data));
    assert.ok(!questions.includes('editorial:shanghai-kind') && !questions.includes('editorial:list-reconstructed'));
    // The countries question no longer points at "that list".
    assert.ok(questions.includes('dihitung dari daftar mitra,') && questions.includes('counted from the partner list,'));
  });

  it('refuses a file with an error, with the checker’s message, and writes nothing', () => {
    dataset('salah.json', (d) => (d.partners.find((p) => p.id === 'rotterdam').region = 'Asia'));
    const out = join(dir, 'salah.html');
    const r = run([join(dir, 'salah.json'), '--out', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^KESALAHAN {2}Mitra ke-4 \(rotterdam\): "region" berisi "Asia", yang tidak dikenal/m);
    assert.match(r.stderr, /salah\.json: 1 kesalahan\. Lembar tinjauan tidak dibuat/);
    assert.doesNotMatch(r.stderr, /TypeError|at file:|node:internal/);
    assert.equal(existsSync(out), false);
    const en = run([join(dir, 'salah.json'), '--out', out, '--lang', 'en']);
    assert.equal(en.status, 2);
    assert.match(en.stderr, /^ERROR {2}Partner 4 \(rotterdam\): "region" is "Asia"/m);
    // Not JSON at all: the checker's line and column.
    writeFileSync(join(dir, 'rusak.json'), '{ "id": "jakarta-2025", }');
    const broken = run([join(dir, 'rusak.json'), '--out', out]);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /Baris 1, kolom \d+/);
    assert.equal(existsSync(out), false);
    // Saved in Windows-1252 (each of its accented letters one byte, 0x80–0xFF) or UTF-16: no sheet full of "�".
    const text = readFileSync(join(dir, 'salah.json'), 'utf8').replace('"Asia"', '"asia"');
    assert.match(text, /[\u00c0-\u00ff]/, 'accented letters to save');
    for (const [name, bytes] of [
      ['ansi.json', Buffer.from(text, 'latin1')],
      ['unicode.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ]) {
      writeFileSync(join(dir, name), bytes);
      const r = run([join(dir, name), '--out', out]);
      assert.equal(r.status, 2, name);
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')} tidak tersimpan sebagai UTF-8\\. Lembar tinjauan tidak dibuat`));
      assert.equal(existsSync(out), false);
    }
  });

  it('runs as the package’s command (jakarta-global-widgets review <file>): a file required, the command named, paths from where it was typed', () => {
    const cli = (args) =>
      spawnSync(process.execPath, [fileURLToPath(new URL('bin/jakarta-global-widgets.mjs', ROOT)), 'review', ...args], { cwd: dir, encoding: 'utf8' });
    mkdirSync(join(dir, 'data 2025'), { recursive: true });
    dataset('data 2025/jakarta-2025.json');
    const r = cli(['data 2025/jakarta-2025.json', '--out', 'tinjauan.html']);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(join(dir, 'tinjauan.html'), 'utf8');
    assert.ok(html.includes('Dibuat otomatis dari jakarta-2025.json dengan perintah npx jakarta-global-widgets review.'));
    assert.ok(html.includes('Generated from jakarta-2025.json by npx jakarta-global-widgets review.'));
    assert.equal(cli(['data 2025/jakarta-2025.json', '--out', 'tinjauan.html', '--check']).status, 0);
    // A file with an error: the checker's command to run next, with the path as typed from here.
    dataset('data 2025/salah.json', (d) => (d.partners.find((p) => p.id === 'rotterdam').region = 'Asia'));
    const bad = cli(['data 2025/salah.json']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /perbaiki dulu kesalahannya \(npx jakarta-global-widgets check "data 2025\/salah\.json"\)\./);
    // No file: what to type (the bundled data's sheet is the repository's, not the package user's).
    const none = cli(['--lang', 'en']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^Name the data file to review\.\nUsage: npx jakarta-global-widgets review <file\.json>/);
    assert.match(cli(['--help']).stdout, /^Pemakaian: npx jakarta-global-widgets review <berkas\.json>/);
  });

  it('says what is wrong with the command itself', () => {
    const missing = run([join(dir, 'tidak-ada.json'), '--out', join(dir, 'x.html')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Berkas tidak ditemukan: .*tidak-ada\.json/);
    const bad = run(['--out']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Pemakaian: npm run data:review -- \[berkas\.json\] \[--out lembar\.html\]/);
  });

  describe('the stand-alone sheet in Chromium', () => {
    let standalone;
    before(async () => {
      dataset('jakarta-2025.json');
      const out = join(dir, 'review-2025.html');
      assert.equal(run([join(dir, 'jakarta-2025.json'), '--out', out]).status, 0);
      standalone = { browser: await launch() };
      Object.assign(standalone, await openPage(standalone.browser, pathToFileURL(out).href, { viewport: { width: 1100, height: 1400 } }));
    });
    after(async () => {
      await standalone?.page?.close();
      await standalone?.browser?.close();
    });

    it('applies its own stylesheet under its CSP, loads nothing, and axe reports nothing', async () => {
      const { page: p, log: l } = standalone;
      assert.deepEqual(await l.csp(), []);
      assert.deepEqual(l.exceptions, []);
      assert.deepEqual(l.errors, []);
      assert.deepEqual(l.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
      assert.ok((await p.$eval('.skip-link', (a) => a.getBoundingClientRect().bottom)) < 0, 'stylesheet not applied');
      await p.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await p.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    });
  });
});
