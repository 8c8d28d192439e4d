// End-to-end: the data editor (dist-demo/data.html, "Editor data / Data
// editor") driven in Chromium as a data keeper would (#15): open the bundled
// data, change the `sister-cities` figure to 24, add a partner (name,
// country found by search, coordinates by clicking the map, year, one
// source), watch the preview follow (counter 24, card 24, map and list with
// the new partner), download the file, and check that it passes the checker
// and differs from the original only where it was edited. Under the
// gallery's strict CSP sent as a header, with no request off the server and
// no request but GET, axe clean, usable by keyboard.
//
// The same run writes the guide's screenshots (docs/img/editor-*.png, in
// Indonesian and English) when JGW_SCREENSHOTS=1.
//   npm run build && npm run build:demo
//   node --test test/e2e/data-editor.test.mjs
//   JGW_SCREENSHOTS=1 node --test test/e2e/data-editor.test.mjs   # also rewrites docs/img/editor-*.png
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../../scripts/serve.mjs';
import { DATA, ROOT, launch, mapDrawing, open, openSlowCpu, serve, shiftsOf, waitMapsDrawn, waitReady } from './support.mjs';

const CHECK = new URL('dist/check/index.js', ROOT);
const AXE = fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT));
const ORIGINAL_TEXT = readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8');
const BASEMAP = JSON.parse(readFileSync(new URL('src/sister-city-map/basemap-data.json', ROOT), 'utf8'));
const SHOTS = process.env.JGW_SCREENSHOTS === '1' ? fileURLToPath(new URL('docs/img/', ROOT)) : null;
/** The page's own policy, sent as a header (the page also carries it in a meta tag). */
const GALLERY_CSP = `${STRICT_CSP}; form-action 'none'`;
/** Where the new partner is clicked on the map: Busan. */
const BUSAN = { lat: 35.1796, lon: 129.0756 };

const METRIC = DATA.metrics.findIndex((m) => m.id === 'sister-cities');
const NEW = DATA.partners.length; // index of the new partner
const P = `partners-${NEW}`; // its field ids' stem

let check;
let server;
let browser;
let page;
let log;
let downloads;
const methods = [];

before(async () => {
  assert.ok(existsSync(new URL('dist-demo/data.html', ROOT)), 'dist-demo/data.html is missing: run `npm run build:demo` first');
  assert.ok(existsSync(CHECK), 'dist/check/index.js is missing: run `npm run build` first');
  check = await import(CHECK.href);
  server = await serve(0, { headers: (path) => (path === '/dist-demo/data.html' ? { 'content-security-policy': GALLERY_CSP } : {}) });
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'jgw-editor-'));
  ({ page, log } = await open(browser, server, 'dist-demo/data.html', {
    viewport: { width: 1280, height: 900 },
    reducedMotion: true,
    beforeLoad: (p) => p.on('request', (r) => methods.push(`${r.method()} ${r.url()}`)),
  }));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

// ------------------------------------------------------------------ helpers

/** Replaces a field's text by typing, as a person does (select all, type). */
async function fill(selector, text) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

const value = (selector) => page.$eval(selector, (el) => el.value);
const text = (selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());
/** Text inside an element's shadow root. */
const shadowText = (selector) => page.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

/** Waits until the checker has run after the last edit and says `summary`. */
async function settled(summary) {
  await page
    .waitForFunction(
      (want) => {
        const el = document.getElementById('problems-summary');
        return el && el.textContent.trim() === want;
      },
      { timeout: 5000, polling: 50 },
      summary,
    )
    .catch(async () => assert.fail(`checker says "${await text('#problems-summary')}", expected "${summary}"`));
}

/**
 * Screenshot of one region of the page, for the guide: always taken (and
 * checked to be a picture), written to docs/img/ only with JGW_SCREENSHOTS=1,
 * since the pixels depend on the machine's fonts.
 */
async function shot(name, selector, { padding = 8, maxHeight = 1400 } = {}) {
  // No focus ring, caret or hover in the picture: the same bytes run after run.
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.mouse.move(0, 0);
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'start' }));
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  const clip = {
    x: Math.max(0, Math.floor(box.x - padding)),
    y: Math.max(0, Math.floor(box.y - padding)),
    width: Math.ceil(box.width + 2 * padding),
    height: Math.ceil(Math.min(box.height + 2 * padding, maxHeight)),
  };
  const png = await page.screenshot({ clip, captureBeyondViewport: true });
  assert.ok(png.length > 2000, `${name}: the screenshot is empty`);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, `${name}.png`), png);
  }
}

/** axe-core on the whole page, in its current state. */
async function axe() {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Drops a file on the open box, as a drag from the desktop does. */
function dropFile(name, content) {
  return page.evaluate(
    (n, c) => {
      const box = document.querySelector('.open');
      const dt = new DataTransfer();
      dt.items.add(new File([c], n, { type: 'application/json' }));
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    name,
    content,
  );
}

// ------------------------------------------------------------------ the tests

describe('data editor, first paint', () => {
  // The editor is drawn by a module script that may run after the first
  // paint (here: 4× CPU throttling, as on a phone). The box it draws first is
  // reserved by data-editor.css, so the footer under it does not move.
  for (const width of [320, 412, 1280]) {
    it(`moves nothing when its script draws it, at ${width}px`, async () => {
      const { page: p } = await openSlowCpu(browser, server, 'dist-demo/data.html', { width });
      try {
        await p.waitForSelector('#start-bundled');
        // Two frames after the editor is drawn, so that a shift it caused is recorded.
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const box = await p.$eval('#editor', (el) => ({ reserved: parseFloat(getComputedStyle(el).minBlockSize), drawn: el.scrollHeight }));
        assert.ok(box.drawn <= box.reserved, `the File box (${box.drawn}px) is taller than its reservation (${box.reserved}px)`);
        assert.deepEqual(await shiftsOf(p), []);
      } finally {
        await p.close();
      }
    });
  }
});

describe('data editor', () => {
  it('loads under the gallery’s CSP header, in Indonesian, linked from the gallery', async () => {
    assert.match(log.headers['content-security-policy'] ?? '', /script-src 'self'; style-src 'self'/);
    assert.equal(await page.$eval('html', (h) => h.lang), 'id');
    assert.equal(await text('h1'), 'Editor data');
    assert.ok(await page.$('#start-bundled'));
    const gallery = readFileSync(new URL('dist-demo/index.html', ROOT), 'utf8');
    assert.match(gallery, /<a href="data\.html" data-page="data" data-i18n="editorLink">/);
  });

  it('names a syntax error of an opened file by line and column, and opens nothing', async () => {
    const broken = '{\n  "schemaVersion": 1,\n  "id": "jakarta-2025"\n  "title": {}\n}\n';
    const file = join(downloads, 'rusak.json');
    writeFileSync(file, broken);
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#open-file')]);
    await chooser.accept([file]);
    await page.waitForSelector('#open-error');
    const problem = check.checkText(broken).problems[0];
    assert.equal(problem.line, 4);
    assert.equal(await text('#open-error'), `Berkas rusak.json tidak dapat dibuka: ${check.formatProblem(problem, 'id')}`);
    assert.ok((await text('#open-error')).includes('Baris 4, kolom 3'));
    assert.equal(await page.$('.layout'), null, 'nothing was opened');
  });

  it('reads a file saved as Windows-1252 or UTF-16 with its letters, says so, and names a figure written 1.000', async () => {
    // Notepad's and Excel's "ANSI" and Notepad's "Unicode": File.text() would read "Perú" as "Per�".
    const clean = readFileSync(new URL('test/fixtures/check/clean.json', ROOT), 'utf8');
    // …and a key written twice: a new date added above the old instead of an edit (the editor keeps the last).
    const written = clean
      .replace('"en": "Lima"', '"en": "Lima (Perú)"')
      .replace('"value": 1234', '"value": 1.000')
      .replace('  "asOf": "2025-06-30",', '  "asOf": "2025-12-31",\n  "asOf": "2025-06-30",');
    const thousands = check.checkText(written).problems.filter((p) => p.code === 'point-thousands');
    assert.equal(thousands.length, 1, 'the figure written 1.000');
    const twice = check.checkText(written).problems.filter((p) => p.code === 'duplicate-key');
    assert.deepEqual(twice.map((p) => [p.line, p.params.firstLine]), [[9, 8]], 'asOf written twice');
    const saved = [
      ['ansi.json', Buffer.from(written, 'latin1'), 'Windows-1252'],
      ['unicode.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(written, 'utf16le')]), 'UTF-16'],
    ];
    for (const [name, bytes, encoding] of saved) {
      const file = join(downloads, name);
      writeFileSync(file, bytes);
      const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#open-file')]);
      await chooser.accept([file]);
      await page.waitForFunction((n) => document.querySelector('.open__status')?.textContent.includes(n), {}, name);
      assert.equal(
        await text('#open-notes'),
        'Periksa sebelum mengunduh; berkas ini menulis hal yang tidak terlihat lagi di formulir: ' +
          `Berkas ini tidak tersimpan sebagai UTF-8 dan terbaca sebagai ${encoding}. Periksa huruf beraksen (mis. "Türkiye", "São Paulo"); berkas yang diunduh selalu UTF-8. ` +
          check.formatProblem(twice[0], 'id') +
          check.formatProblem(thousands[0], 'id'),
      );
      await page.click('#tab-partners');
      await page.click('[data-item="partners[0]"] summary');
      assert.equal(await value('#f-partners-0-name-en'), 'Lima (Perú)', `${encoding}: the letter ú read as written`);
    }
    // A UTF-8 file with nothing to say has no notes.
    const file = join(downloads, 'utf8.json');
    writeFileSync(file, clean);
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#open-file')]);
    await chooser.accept([file]);
    await page.waitForFunction(() => document.querySelector('.open__status')?.textContent.includes('utf8.json'));
    assert.equal(await page.$('#open-notes'), null);
  });

  it('opens a file dropped on it, then starts again from the bundled data', async () => {
    const other = structuredClone(DATA);
    other.metrics[0].value = 103;
    await dropFile('jakarta-2025.json', JSON.stringify(other));
    await page.waitForSelector('.layout');
    assert.equal(await text('.open__status'), 'Terbuka: jakarta-2025.json');
    assert.equal(await page.$('#open-error'), null);
    const focused = () => page.evaluate(() => document.activeElement?.id);
    assert.equal(await focused(), 'open-status', 'focus is not on the line naming the file opened');
    // Compared with the dropped file, the bundled data has one change. By keyboard: focus stays in
    // the page (the button is laid out anew), on the line that says what is open.
    await page.focus('#start-bundled');
    await page.keyboard.press('Enter');
    assert.equal(await text('.open__status'), 'Terbuka: data bawaan jakarta-2024.json');
    assert.equal(await focused(), 'open-status', 'focus fell to the page');
    await settled('0 kesalahan, 10 peringatan.');
    // Number fields keep what is typed: "106.80" on the way to "106.8015" is not rewritten as "106.8".
    await page.click('#tab-file');
    await fill('#f-city-lon', '106.8015');
    assert.equal(await value('#f-city-lon'), '106.8015');
    await fill('#f-city-lat', '-6.1750');
    assert.equal(await value('#f-city-lat'), '-6.1750');
    await fill('#f-city-lon', '106.8275');
    await settled('0 kesalahan, 10 peringatan.');
    assert.equal(await text('#changes'), 'Belum ada perubahan.');
    await page.click('#tab-metrics');
    await shot('editor-open-id', '.open');
    // The bundled data's own warnings are listed, each a button.
    const warnings = check.checkValue(DATA).filter((p) => p.severity === 'warning').length;
    assert.equal(warnings, 10);
    assert.equal(await page.$$eval('.problem-list button', (b) => b.length), warnings);
  });

  it('changes the sister-cities figure to 24: the preview’s counter follows, the Jeju card keeps the count when Jeju joined', async () => {
    await page.click('#tab-metrics');
    await page.click(`[data-item="metrics[${METRIC}]"] summary`);
    assert.equal(await value(`#f-metrics-${METRIC}-value`), '23');
    assert.equal(await value(`#f-metrics-${METRIC}-label-id`), DATA.metrics[METRIC].label.id);
    assert.equal(await value(`#f-metrics-${METRIC}-label-en`), DATA.metrics[METRIC].label.en);
    // A value that is not a number: the checker names it, and the preview's counter shows the cause (debug) rather than a blank box.
    await fill(`#f-metrics-${METRIC}-value`, 'dua puluh empat');
    await settled('1 kesalahan, 10 peringatan.');
    assert.match(await text(`.problem-list button[data-path="metrics[${METRIC}].value"]`), /"value" harus berupa angka, bukan "dua puluh empat"/);
    await waitReady(page, '#preview-counter', { allowError: true });
    assert.equal(await page.$eval('#preview-counter', (el) => el.matches(':state(error)')), true);
    assert.match(await shadowText('#preview-counter'), /Data tidak dapat ditampilkan/);
    // Twenty-four thousand as an Indonesian reader writes it: kept as typed and named, not stored as 24.
    await fill(`#f-metrics-${METRIC}-value`, '24.000');
    await settled('1 kesalahan, 10 peringatan.');
    assert.match(await text(`.problem-list button[data-path="metrics[${METRIC}].value"]`), /"value" berisi "24\.000", yang memakai pemisah ribuan: tulis 24000, tanpa titik, koma, atau spasi/);
    assert.equal(await value(`#f-metrics-${METRIC}-value`), '24.000');
    await fill(`#f-metrics-${METRIC}-value`, '24');
    // Its label too, as the guide says: "after Jeju joined" was the 23rd partner's story.
    await fill(`#f-metrics-${METRIC}-label-id`, 'mitra kota kembar');
    await fill(`#f-metrics-${METRIC}-label-en`, 'sister-city partners');
    // One more warning: the partner list still has 23 partners (until the next step adds one).
    await settled('0 kesalahan, 11 peringatan.');
    assert.match(
      await text(`.problem-list button[data-path="metrics[${METRIC}].value"]`),
      /Angka ke-2 \(sister-cities\): angka ini 24, sedangkan daftar mitra dalam berkas ini berisi 23 mitra/,
    );
    // No programme follows this figure: Jeju's card tells the count when Jeju joined (its own 23, of 2024).
    assert.equal(await page.$('.problem-list button[data-path$=".keyFigure.value"]'), null);
    // A message leads to its field on another tab, in an item that was closed.
    const LA = DATA.partners.findIndex((x) => x.id === 'los-angeles');
    const noYear = `.problem-list button[data-path="partners[${LA}].since"]`;
    assert.match(await text(noYear), new RegExp(`Mitra ke-${LA + 1} \\(los-angeles\\)`));
    await page.click(noYear);
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-partners-${LA}-since`);
    assert.equal(await page.$eval('#tab-partners', (b) => b.getAttribute('aria-pressed')), 'true');
    assert.equal(await page.$eval(`[data-item="partners[${LA}]"] details`, (d) => d.open), true);
    assert.equal(await value(`#f-partners-${LA}-since`), '');
    await page.click('#tab-metrics');
    await waitReady(page, '#preview-counter, #preview-card');
    assert.equal(await page.$eval('#preview-counter', (el) => el.metric), 'sister-cities');
    await page.waitForFunction(
      () => document.querySelector('#preview-counter').shadowRoot.querySelector('.value__final')?.textContent === '24',
      { timeout: 5000 },
    );
    assert.equal(await page.$eval('#preview-counter', (el) => el.shadowRoot.querySelector('.sr-only.final').textContent.trim()), '24');
    // The Jeju card keeps its 23: "sister-city partners after Jeju joined" was true in 2024, not with 24.
    assert.equal(await page.$eval('#preview-card', (el) => el.program), 'jeju');
    assert.equal(await page.$eval('#preview-card', (el) => el.shadowRoot.querySelector('.figure__value').textContent), '23');
    assert.match(await text('#changes'), /Angka ke-2 \(sister-cities\): diubah: value, label/);
    await shot('editor-figure-id', `[data-item="metrics[${METRIC}]"]`);
  });

  it('adds a partner: name, country by search, region from the data, year', async () => {
    await page.click('#tab-partners');
    await page.click('#add-partners');
    // The new item opens with its name field focused.
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}-name-id`);
    await page.keyboard.type('Busan');
    await fill(`#f-${P}-name-en`, 'Busan');
    // The id follows the name until it is typed.
    assert.equal(await value(`#f-${P}-id`), 'busan');
    const search = `[data-item="partners[${NEW}]"] input[type="search"]`;
    await fill(search, 'korea');
    const options = await page.$$eval(`#f-${P}-country-code option`, (os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', 'KR', 'KP']);
    await page.select(`#f-${P}-country-code`, 'KR');
    assert.equal(await value(`#f-${P}-country-name-id`), 'Korea Selatan');
    assert.equal(await value(`#f-${P}-country-name-en`), 'South Korea');
    assert.equal(await value(`#f-${P}-region`), 'asia');
    await fill(`#f-${P}-since`, '2025');
  });

  it('sets the coordinates by clicking the small map (zoomed to the country)', async () => {
    const map = `[data-item="partners[${NEW}]"] svg.picker__map`;
    await page.waitForSelector(`${map} path.picker-land--chosen[data-code="KR"]`);
    await page.$eval(map, (el) => el.scrollIntoView({ block: 'center' }));
    // Zoomed to South Korea: the map is a few hundred kilometres across, not the world.
    const span = await page.$eval(map, (el) => el.viewBox.baseVal.width);
    assert.ok(span < BASEMAP.world / 20, `picker view ${span} units wide`);
    const at = await page.$eval(
      map,
      (el, lat, lon, world) => {
        const phi = (lat * Math.PI) / 180;
        const p = new DOMPoint(((lon + 180) / 360) * world, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * world);
        const q = p.matrixTransform(el.getScreenCTM());
        return { x: q.x, y: q.y };
      },
      BUSAN.lat,
      BUSAN.lon,
      BASEMAP.world,
    );
    await page.mouse.click(at.x, at.y);
    const lat = Number(await value(`#f-${P}-lat`));
    const lon = Number(await value(`#f-${P}-lon`));
    assert.ok(Math.abs(lat - BUSAN.lat) < 0.05 && Math.abs(lon - BUSAN.lon) < 0.05, `clicked at ${lat}, ${lon}`);
    await page.waitForSelector(`${map} circle.picker-current`);
  });

  it('lists the missing source as an error whose message takes the keyboard to the field', async () => {
    await settled('1 kesalahan, 11 peringatan.');
    // With Busan the list has 24 partners, as the figure says: that warning is gone.
    assert.equal(await page.$(`.problem-list button[data-path="metrics[${METRIC}].value"]`), null);
    const button = `.problem-list button[data-path="partners[${NEW}].sources"]`;
    assert.equal(
      await text(button),
      `Kesalahan ${check.formatProblem({ severity: 'error', code: 'no-sources', path: `partners[${NEW}].sources`, section: 'partners', position: NEW + 1, itemId: 'busan', field: 'sources', params: { field: 'sources' } }, 'id')}`,
    );
    await shot('editor-check-id', '.problems', { maxHeight: 400 });
    await page.select('#ui-lang', 'en');
    assert.match(await text(button), /^Error Partner 24 \(busan\): "sources" must name at least one source$/);
    // What a screen reader says for the button, its words apart (Chromium had "ErrorPartner 24…").
    assert.equal((await page.accessibility.snapshot({ root: await page.$(button) })).name, 'Error Partner 24 (busan): "sources" must name at least one source');
    await shot('editor-check-en', '.problems', { maxHeight: 400 });
    await page.select('#ui-lang', 'id');
    await page.focus(button);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}-sources`);
    // Tab reaches the "add a reference" button of the list; Enter adds one and focuses its menu.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}-sources-add`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}-sources-0`);
    const sourceIds = await page.$$eval(`#f-${P}-sources-0 option`, (os) => os.map((o) => o.value).filter(Boolean));
    assert.deepEqual(sourceIds, DATA.sources.map((s) => s.id));
    await page.select(`#f-${P}-sources-0`, 'S1');
    await settled('0 kesalahan, 11 peringatan.');
    // Signed in 2025, in a file still dated 2024: a warning, until "asOf" is updated.
    assert.match(
      await text(`.problem-list button[data-path="partners[${NEW}].since"]`),
      /Mitra ke-24 \(busan\): tahun 2025 di "since" lebih baru daripada tahun data ini \(2024, "asOf"\): salah ketik, atau "asOf" belum diperbarui\?$/,
    );
    await shot('editor-partner-id', `[data-item="partners[${NEW}]"]`);
  });

  it('shows the new partner in the preview’s list and map', async () => {
    await page.waitForFunction(() => document.querySelector('#preview-list').shadowRoot.textContent.includes('Busan'), { timeout: 5000 });
    await waitMapsDrawn(page, '#preview-map');
    await page.waitForFunction(
      (n) => document.querySelector('#preview-map').shadowRoot.querySelectorAll('.marker--partner').length === n,
      { timeout: 10000, polling: 100 },
      DATA.partners.length + 1,
    ).catch(() => {});
    const drawing = await mapDrawing(page, '#preview-map');
    assert.equal(drawing.markers, DATA.partners.length + 1);
    assert.ok((await shadowText('#preview-map')).includes('Busan'));
    // The list's caption counts 24 partners.
    assert.match(await shadowText('#preview-list'), /24 mitra/);
    await shot('editor-preview-id', '.editor-preview', { maxHeight: 460 });
  });

  it('downloads stable JSON that passes the checker and differs from the original only where edited', async () => {
    const changes = await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim()));
    assert.deepEqual(changes, ['Angka ke-2 (sister-cities): diubah: value, label', `Mitra ke-${NEW + 1} (busan): ditambahkan`]);
    assert.equal(await page.$eval('#download', (a) => a.getAttribute('download')), 'jakarta-2024.json');
    assert.match(await page.$eval('#download', (a) => a.href), /^blob:/);
    await shot('editor-download-id', '.download');
    await page.click('#download');
    const file = join(downloads, 'jakarta-2024.json');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(existsSync(file), `no download in ${downloads}: ${readdirSync(downloads).join(', ')}`);
    const downloaded = readFileSync(file, 'utf8');

    // The checker (the package's command) finds no error.
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('bin/jakarta-global-widgets.mjs', ROOT)), 'check', file, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    assert.equal(report.errors, 0, run.stdout);
    assert.equal(run.status, 1, 'warnings only (those of the bundled data)');

    // Exactly the two edits, byte for byte in the bundled file's own layout.
    const data = JSON.parse(downloaded);
    const lat = data.partners[NEW].lat;
    const lon = data.partners[NEW].lon;
    const expected = structuredClone(DATA);
    expected.metrics[METRIC].value = 24;
    expected.metrics[METRIC].label = { id: 'mitra kota kembar', en: 'sister-city partners' };
    expected.partners.push({
      id: 'busan',
      name: { id: 'Busan', en: 'Busan' },
      country: { code: 'KR', name: { id: 'Korea Selatan', en: 'South Korea' } },
      region: 'asia',
      kind: 'sister-city',
      since: 2025,
      lat,
      lon,
      confidence: 'medium',
      sources: ['S1'],
    });
    assert.ok(Math.abs(lat - BUSAN.lat) < 0.05 && Math.abs(lon - BUSAN.lon) < 0.05);
    assert.equal(downloaded, check.stableJson(expected));
    assert.equal(ORIGINAL_TEXT, check.stableJson(DATA), 'the bundled file is itself in the stable layout');
    assert.deepEqual(
      check.diffDatasets(DATA, data).map((c) => check.formatChange(c, 'en')),
      ['Figure 2 (sister-cities): changed: value, label', `Partner ${NEW + 1} (busan): added`],
    );
  });

  it('switches to English: the page, the messages and the preview', async () => {
    await page.select('#ui-lang', 'en');
    assert.equal(await page.$eval('html', (h) => h.lang), 'en');
    assert.equal(await text('h1'), 'Data editor');
    assert.equal(await text('#problems-summary'), '0 errors, 11 warnings.');
    const changes = await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim()));
    assert.deepEqual(changes, ['Figure 2 (sister-cities): changed: value, label', `Partner ${NEW + 1} (busan): added`]);
    await page.waitForFunction(() => document.querySelector('#preview-list').shadowRoot.textContent.includes('24 partners'), { timeout: 5000 }).catch(() => {});
    assert.equal(await page.$eval('#preview-counter', (el) => el.lang), 'en');
    assert.equal(await value(`#f-${P}-country-name-en`), 'South Korea');
    // Menus re-sorted in the new language keep their choice.
    assert.equal(await value(`#f-${P}-country-code`), 'KR');
    assert.equal(await value(`#f-${P}-kind`), 'sister-city');
    assert.equal(await value(`#f-${P}-sources-0`), 'S1');
    // Menus re-sorted in the new language keep their choice.
    assert.equal(await value(`#f-${P}-country-code`), 'KR');
    assert.equal(await value(`#f-${P}-kind`), 'sister-city');
    assert.equal(await value(`#f-${P}-sources-0`), 'S1');
    // The guide's English pictures (the metric's item is still open on its tab).
    await shot('editor-open-en', '.open');
    await shot('editor-partner-en', `[data-item="partners[${NEW}]"]`);
    await shot('editor-download-en', '.download');
    await shot('editor-preview-en', '.editor-preview', { maxHeight: 460 });
    await page.click('#tab-metrics');
    await shot('editor-figure-en', `[data-item="metrics[${METRIC}]"]`);
    await page.click('#tab-partners');
  });

  it('is axe clean with a partner, its map and the preview open, and on every tab', async () => {
    assert.deepEqual(await axe(), []);
    await page.select('#ui-lang', 'id');
    assert.deepEqual(await axe(), []);
    for (const tab of ['file', 'metrics', 'programs', 'sources', 'notes']) {
      await page.click(`#tab-${tab}`);
      const first = await page.$('.items > li:first-child summary');
      if (first && !(await page.$eval('.items > li:first-child details', (d) => d.open))) await first.click();
      assert.deepEqual(await axe(), [], `tab ${tab}`);
    }
    await page.click('#tab-partners');
  });

  it('removes a reference and an item with their buttons, and what changed follows', async () => {
    // Each list's remove buttons are named as the row's own control ("Sumber 1", "Catatan 1"), not all
    // "rujukan ke-1": the first figure's lists of sources and notes (opened above).
    await page.click('#tab-metrics');
    const names = await page.$$eval('.items > li:first-child .refs button.icon', (bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.ok(names.includes('Hapus Sumber 1') && names.includes('Hapus Catatan 1'), `remove buttons: ${names}`);
    assert.equal(new Set(names).size, names.length, `remove buttons named alike: ${names}`);
    await page.click('#tab-partners');
    await page.click(`[data-item="partners[${NEW}]"] .refs button[aria-label="Hapus Sumber 1"]`);
    // Focus goes back to the list's "add" button; the partner lacks a source again.
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}-sources-add`);
    await settled('1 kesalahan, 11 peringatan.');
    await page.click(`[data-item="partners[${NEW}]"] button.danger`);
    assert.equal(await page.$(`[data-item="partners[${NEW}]"]`), null);
    // Focus goes to the button that brings it back, in the line that says what was removed.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'undo-remove');
    assert.equal(await text('.removed'), `Mitra ke-${NEW + 1} (busan) dihapus. Urungkan: kembalikan Mitra ke-${NEW + 1} (busan)`);
    // Busan's error and its year's warning go; the list is back to 23 partners under a figure of 24.
    await settled('0 kesalahan, 11 peringatan.');
    assert.deepEqual(await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim())), [
      'Angka ke-2 (sister-cities): diubah: value, label',
    ]);
    // A partner of the bundled data removed: named by its old position.
    await page.click('[data-item="partners[0]"] summary');
    await page.click('[data-item="partners[0]"] button.danger');
    // Its note is now cited by nothing, and the list has lost its one Saudi partner: two more warnings.
    await settled('0 kesalahan, 13 peringatan.');
    assert.match(
      await text('.problem-list button[data-path="metrics[2].value"]'),
      /Angka ke-3 \(partner-countries\): angka ini 20, sedangkan daftar mitra dalam berkas ini berada di 19 negara/,
    );
    assert.match(await text('.problem-list button[data-path="notes[8].id"]'), /Catatan ke-9 \(jeddah-year\): catatan ini tidak dirujuk/);
    assert.deepEqual(await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim())), [
      'Angka ke-2 (sister-cities): diubah: value, label',
      'Mitra ke-1 (jeddah): dihapus',
    ]);
    await page.waitForFunction(() => !document.querySelector('#preview-list').shadowRoot.textContent.includes('Jeddah'), { timeout: 5000 });
    // Removed by mistake: brought back where it was, open, with the focus on it; nothing else changed.
    assert.equal(await text('.removed'), 'Mitra ke-1 (jeddah) dihapus. Urungkan: kembalikan Mitra ke-1 (jeddah)');
    await page.keyboard.press('Enter'); // (the focus is on the undo button)
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-partners-0');
    assert.equal(await page.$eval('[data-item="partners[0]"] details', (d) => d.open), true);
    await settled('0 kesalahan, 11 peringatan.');
    assert.deepEqual(await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim())), [
      'Angka ke-2 (sister-cities): diubah: value, label',
    ]);
    await page.waitForFunction(() => document.querySelector('#preview-list').shadowRoot.textContent.includes('Jeddah'), { timeout: 5000 });
    // The removal before it is offered next, and comes back where it was too (last of the list).
    assert.equal(await text('.removed'), `Mitra ke-${NEW + 1} (busan) dihapus. Urungkan: kembalikan Mitra ke-${NEW + 1} (busan)`);
    await page.click('#undo-remove');
    assert.equal(await page.evaluate(() => document.activeElement.id), `f-${P}`);
    assert.equal(await page.$eval(`[data-item="partners[${NEW}]"] summary`, (el) => el.textContent.includes('busan')), true);
    assert.equal(await text('.removed'), '');
    await settled('1 kesalahan, 11 peringatan.');
    // (Both removed again, as the tests below expect.)
    await page.click(`[data-item="partners[${NEW}]"] button.danger`);
    await page.click('[data-item="partners[0]"] button.danger');
    await settled('0 kesalahan, 13 peringatan.');
  });

  it('gives a publisher in both languages with one switch and takes it back to one name; names a title’s other language', async () => {
    await page.click('#tab-sources');
    const i = DATA.sources.findIndex((x) => typeof x.publisher === 'string');
    const name = DATA.sources[i].publisher;
    const S = `#f-sources-${i}-publisher`;
    await page.click(`[data-item="sources[${i}]"] summary`);
    assert.equal(await value(S), name);
    assert.equal(await page.$eval(`${S}-described`, (el) => el.checked), false);
    await page.click(`${S}-described`);
    // The name, in both fields, to be completed.
    assert.equal(await value(`${S}-id`), name);
    assert.equal(await value(`${S}-en`), name);
    await fill(`${S}-en`, '');
    await settled('1 kesalahan, 13 peringatan.');
    assert.match(
      await text(`.problem-list button[data-path="sources[${i}].publisher.en"]`),
      new RegExp(`Sumber ke-${i + 1} \\(${DATA.sources[i].id}\\): teks bahasa Inggris untuk "publisher" belum diisi`),
    );
    await fill(`${S}-en`, `${name} (archive copy)`);
    await settled('0 kesalahan, 13 peringatan.');
    // Back to one name: the Indonesian text is kept, which here is the name as it was.
    await page.click(`${S}-described`);
    assert.equal(await value(S), name);
    await settled('0 kesalahan, 13 peringatan.');
    // A publisher the bundled data gives in both languages opens as two fields, the switch on.
    const j = DATA.sources.findIndex((x) => typeof x.publisher !== 'string');
    await page.click(`[data-item="sources[${j}]"] summary`);
    assert.equal(await value(`#f-sources-${j}-publisher-id`), DATA.sources[j].publisher.id);
    assert.equal(await value(`#f-sources-${j}-publisher-en`), DATA.sources[j].publisher.en);
    assert.equal(await page.$eval(`#f-sources-${j}-publisher-described`, (el) => el.checked), true);
    // A title in Japanese: its language is named, not reported missing.
    const ja = DATA.sources.findIndex((x) => x.lang === 'ja');
    await page.click(`[data-item="sources[${ja}]"] summary`);
    assert.equal(await page.$eval(`#f-sources-${ja}-lang`, (el) => el.selectedOptions[0].textContent), 'Jepang (ja)');
    assert.deepEqual(await page.$$eval('#changes li', (lis) => lis.map((li) => li.textContent.trim())), [
      'Angka ke-2 (sister-cities): diubah: value, label',
      'Mitra ke-1 (jeddah): dihapus',
    ]);
  });

  it('made no request off the server, no request but GET, and no CSP violation or exception', async () => {
    assert.deepEqual(log.external, []);
    assert.deepEqual(methods.filter((m) => !m.startsWith('GET ')), []);
    // No data request: the bundled dataset is part of the page's script.
    assert.deepEqual(log.requests.filter((u) => /\.json(\?|$)/.test(u)), []);
    assert.deepEqual(await log.csp(), []);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.errors, []);
  });
  it('asks before edits that were not downloaded are replaced or left behind', async () => {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    // Edited since the last download (the removals): starting again asks, and "cancel" keeps the edits.
    await page.click('#start-bundled');
    assert.deepEqual(dialogs, ['confirm: Perubahan yang belum diunduh akan hilang. Lanjutkan?']);
    assert.equal(await page.$$eval('#changes li', (lis) => lis.length), 2);
    // Leaving asks too (the browser's own question); staying keeps the page.
    await page.close({ runBeforeUnload: true });
    for (let i = 0; i < 50 && dialogs.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(dialogs[1], 'beforeunload: ');
    assert.equal(page.isClosed(), false);
    // An edit downloaded at once, before the checker's pause is over, is in the file.
    await page.click('#tab-metrics');
    const file = join(downloads, 'jakarta-2024.json');
    rmSync(file);
    await fill(`#f-metrics-${METRIC}-value`, '25');
    await page.click('#download');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(existsSync(file), `no second download in ${downloads}: ${readdirSync(downloads).join(', ')}`);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).metrics[METRIC].value, 25);
    // Once downloaded, nothing is asked.
    await page.click('#start-bundled');
    assert.equal(dialogs.length, 2);
    await settled('0 kesalahan, 10 peringatan.');
    assert.equal(await text('#changes'), 'Belum ada perubahan.');
  });
});
