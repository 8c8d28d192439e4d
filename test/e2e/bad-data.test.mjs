// Bad data and missing files on the BUILT CDN bundle (dist/cdn/), in host
// pages sent with the strict CSP header: a `src` file with a syntax error, a
// wrong enum case, a missing translation, a 404, a timeout; and the bundle
// uploaded without its chunks/ folder. Readers see the fallback content (or
// the data that is usable), never a page of error boxes; the console says
// what and where, once per URL; nothing is thrown.
//   npx vite build --config vite.cdn.config.ts
//   node --test --test-concurrency=1 test/e2e/bad-data.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertBundleBuilt, CDN_DIR, DATA, launch, LOCATED, open, recordShifts, ROOT, serve, shiftsOf, waitReady } from './support.mjs';

const DIR = 'test/e2e/pages/tmp/bad-data';
const SLOW = `/${DIR}/slow.json`;
const TIMEOUT_MS = 10_000; // the loader's DEFAULT_TIMEOUT_MS

let server;
let browser;

const at = (list, id) => DATA[list].findIndex((item) => item.id === id);

/** A copy of the bundled dataset changed by `spoil`, as JSON text. */
function spoiled(spoil) {
  const data = structuredClone(DATA);
  delete data.$schema;
  spoil(data);
  return JSON.stringify(data, null, 2);
}

/** The stray comma and where it is (line and column from 1). */
const SYNTAX = (() => {
  const text = spoiled(() => {});
  const marker = `"asOf": "${DATA.asOf}",`;
  const offset = text.indexOf(marker) + marker.length;
  const before = text.slice(0, offset).split('\n');
  return { text: `${text.slice(0, offset)},${text.slice(offset)}`, line: before.length, column: before.at(-1).length + 1 };
})();

/** One host page per `src`: every element with fallback content, and one counter without. */
function page(name, src) {
  const file = `${DIR}/${name}.csp.html`;
  writeFileSync(
    fileURLToPath(new URL(file, ROOT)),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Bad data: ${name}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/cdn/jakarta-global-widgets.js"></script>
  </head>
  <body>
    <cooperation-counter id="counter" metric="sister-cities" src="${src}"><p>23 sister cities (fallback)</p></cooperation-counter>
    <program-card id="card" program="jeju" src="${src}"><p><a href="/jeju">The Jeju programme (fallback)</a></p></program-card>
    <sister-city-list id="list" src="${src}"><p>Jakarta's sister cities (fallback)</p></sister-city-list>
    <sister-city-map id="map" loading="eager" src="${src}"><p>Map of Jakarta's sister cities (fallback)</p></sister-city-map>
    <cooperation-counter id="bare" metric="agreements" src="${src}"></cooperation-counter>
  </body>
</html>
`,
  );
  return file;
}

before(async () => {
  assertBundleBuilt();
  const dir = fileURLToPath(new URL(DIR, ROOT));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (name, text) => writeFileSync(`${dir}/${name}`, text);
  write('syntax.json', SYNTAX.text);
  write('enum.json', spoiled((d) => (d.partners[at('partners', 'seoul')].region = 'Asia')));
  write('translation.json', spoiled((d) => delete d.metrics[at('metrics', 'sister-cities')].label.en));
  write('slow.json', spoiled(() => {}));
  // The bundle uploaded alone, without chunks/; and the whole folder but the map's lazy half.
  const page = (title, script, more = '', head = '') => `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />${head}
    <script type="module" src="/${DIR}/${script}"></script>
  </head>
  <body>
    <sister-city-map id="map" region="asia" loading="eager"><p>Peta mitra kota kembar Jakarta (fallback)</p></sister-city-map>${more}
  </body>
</html>
`;
  mkdirSync(`${dir}/nochunks`, { recursive: true });
  copyFileSync(fileURLToPath(new URL(`${CDN_DIR}/jakarta-global-widgets.js`, ROOT)), `${dir}/nochunks/jakarta-global-widgets.js`);
  writeFileSync(`${dir}/nochunks/index.csp.html`, page(
      'Bundle without chunks',
      'nochunks/jakarta-global-widgets.js',
      '\n    <div lang="en"><program-card id="card" program="c40-hospitals"></program-card></div>',
    ));
  cpSync(fileURLToPath(new URL(`${CDN_DIR}/`, ROOT)), `${dir}/noruntime`, { recursive: true });
  for (const f of readdirSync(`${dir}/noruntime/chunks`)) if (f.startsWith('map-runtime-')) rmSync(`${dir}/noruntime/chunks/${f}`);
  // As the embed code writes it: the reservation stylesheet, and the article going on below the map.
  writeFileSync(
    `${dir}/noruntime/index.csp.html`,
    page(
      'Bundle without the map runtime',
      'noruntime/jakarta-global-widgets.js',
      '\n    <p id="after">Artikel berlanjut di sini.</p>',
      `\n    <link rel="stylesheet" href="/${DIR}/noruntime/jakarta-global-widgets.css" />`,
    ),
  );
  cpSync(fileURLToPath(new URL(`${CDN_DIR}/`, ROOT)), `${dir}/notable`, { recursive: true });
  for (const f of readdirSync(`${dir}/notable/chunks`)) if (/^sister-city-list-[\w-]{6}\.js$/.test(f)) rmSync(`${dir}/notable/chunks/${f}`);
  writeFileSync(`${dir}/notable/index.csp.html`, page('Bundle without the table', 'notable/jakarta-global-widgets.js'));
  cpSync(`${dir}/notable`, `${dir}/nomaptable`, { recursive: true });
  for (const f of readdirSync(`${dir}/nomaptable/chunks`)) if (f.startsWith('map-runtime-')) rmSync(`${dir}/nomaptable/chunks/${f}`);
  writeFileSync(`${dir}/nomaptable/index.csp.html`, page('Bundle without the map runtime and the table', 'nomaptable/jakarta-global-widgets.js'));
  server = await serve(0, { delayMs: (path) => (path === SLOW ? TIMEOUT_MS + 2000 : 0) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(fileURLToPath(new URL(DIR, ROOT)), { recursive: true, force: true });
});

/** What each element shows, read from the page. */
function shown(p) {
  return p.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('body > *')].map((el) => {
        const root = el.shadowRoot;
        const slot = root?.querySelector('.state--fallback slot');
        const assigned = slot ? slot.assignedElements() : [];
        return [
          el.id,
          {
            state: ['ready', 'error', 'loading'].find((s) => el.matches(`:state(${s})`)) ?? 'not upgraded',
            errorBox: !!root?.querySelector('.state--error'),
            fallback: assigned.map((e) => (e.checkVisibility() && e.getBoundingClientRect().height > 0 ? e.textContent.trim() : '(hidden)')),
            neutral: slot ? null : (root?.querySelector('.state--fallback')?.textContent.trim() ?? null),
            height: Math.round(el.getBoundingClientRect().height),
          },
        ];
      }),
    ),
  );
}

/** Warnings that mention `url`. */
const about = (log, url) => log.warnings.filter((w) => w.includes(url));

async function check(name, src, { timeout = 15000 } = {}) {
  const file = page(name, src);
  const { page: p, log } = await open(browser, server, file);
  await waitReady(p, 'body > *', { allowError: true, timeout });
  await new Promise((r) => setTimeout(r, 300)); // any late warning
  return { p, log, state: await shown(p), url: `${server.url}${src}` };
}

function assertClean(log, csp) {
  assert.deepEqual(log.exceptions, [], 'uncaught exceptions');
  assert.deepEqual(csp, [], 'CSP violations');
}

describe('a src file that cannot be used: readers see the fallback content, the console says what and where once', () => {
  const fatal = [
    ['syntax error', 'syntax', `/${DIR}/syntax.json`, `JSON syntax error at line ${SYNTAX.line}, column ${SYNTAX.column}`],
    ['404', '404', `/${DIR}/missing.json`, 'not found or cannot be accessed (HTTP 404)'],
    ['timeout', 'timeout', SLOW, `did not arrive within ${TIMEOUT_MS} ms`],
  ];
  for (const [what, name, src, cause] of fatal) {
    it(what, { timeout: 60000 }, async () => {
      const { p, log, state, url } = await check(name, src, { timeout: TIMEOUT_MS + 10000 });
      try {
        for (const [id, s] of Object.entries(state)) {
          assert.equal(s.state, 'error', `${id} settles in :state(error)`);
          assert.equal(s.errorBox, false, `${id} shows no error box`);
          assert.ok(s.height >= 100, `${id} keeps a box (${s.height}px)`);
        }
        assert.deepEqual(state.counter.fallback, ['23 sister cities (fallback)']);
        assert.deepEqual(state.card.fallback, ['The Jeju programme (fallback)']);
        assert.deepEqual(state.list.fallback, ["Jakarta's sister cities (fallback)"]);
        assert.deepEqual(state.map.fallback, ["Map of Jakarta's sister cities (fallback)"]);
        assert.equal(state.bare.neutral, 'This data cannot be shown at the moment.');
        const warnings = about(log, url);
        assert.equal(warnings.length, 1, `one warning for ${url}: ${warnings.join(' | ')}`);
        // It names the elements that had asked for the file when it failed (the autoloader's chunks
        // arrive in any order; those that ask later get the same answer without a second warning).
        assert.match(warnings[0], /^<(cooperation-counter|program-card|sister-city-list|sister-city-map)>(, <[a-z-]+>)*: /, warnings[0]);
        assert.ok(warnings[0].includes(`data file ${url}: cannot be used: `) && warnings[0].includes(cause), warnings[0]);
        assert.ok(warnings[0].includes('?jgw-debug'), 'says how to show the error on the page');
        assertClean(log, await log.csp());
      } finally {
        await p.close();
      }
    });
  }

  it('shows the error boxes only when the page asks for them (?jgw-debug)', async () => {
    const file = page('debug', `/${DIR}/missing.json`);
    const { page: p, log } = await open(browser, server, `${file}?jgw-debug`);
    try {
      await waitReady(p, 'body > *', { allowError: true });
      const state = await shown(p);
      for (const [id, s] of Object.entries(state)) assert.equal(s.errorBox, true, `${id} shows the error box`);
      const text = await p.evaluate(() => document.querySelector('#list').shadowRoot.querySelector('.state--error').textContent);
      assert.match(text, /The data cannot be shown[\s\S]*HTTP 404/);
      assertClean(log, await log.csp());
    } finally {
      await p.close();
    }
  });
});

describe('a src file with some invalid items: the rest is shown', () => {
  it('one bad partner (wrong enum case) among good ones: list and map show the other 22, the warning names it', async () => {
    const { p, log, state, url } = await check('enum', `/${DIR}/enum.json`);
    try {
      for (const [id, s] of Object.entries(state)) assert.equal(s.state, 'ready', `${id} is ready`);
      const rows = await p.evaluate(() => document.querySelector('#list').shadowRoot.querySelectorAll('tbody tr').length);
      assert.equal(rows, DATA.partners.length - 1);
      await p.waitForFunction(() => window.__mapReady.length > 0, { timeout: 15000 });
      const drawn = await p.evaluate(() => window.__mapReady[0].partners);
      assert.equal(drawn, LOCATED - 1, 'the map draws every located partner but the skipped one');
      const warnings = about(log, url);
      assert.equal(warnings.length, 1, warnings.join(' | '));
      assert.ok(
        warnings[0].includes(
          `- partner #${at('partners', 'seoul') + 1} (seoul), region: "Asia" is not one of asia, europe, americas, africa, oceania (did you mean "asia"? case matters); partner skipped`,
        ),
        warnings[0],
      );
      assertClean(log, await log.csp());
    } finally {
      await p.close();
    }
  });

  it('a metric with a missing translation hides only its counter; the card keeps its own figure', async () => {
    const { p, log, state, url } = await check('translation', `/${DIR}/translation.json`);
    try {
      assert.equal(state.counter.state, 'error');
      assert.equal(state.counter.errorBox, false);
      assert.deepEqual(state.counter.fallback, ['23 sister cities (fallback)']);
      for (const id of ['card', 'list', 'map', 'bare']) assert.equal(state[id].state, 'ready', `${id} is ready`);
      const figure = await p.evaluate(() => document.querySelector('#card').shadowRoot.querySelector('.figure__value').textContent);
      assert.equal(figure, '23');
      const warnings = about(log, url);
      assert.equal(warnings.length, 1, warnings.join(' | '));
      assert.ok(
        warnings[0].includes(`- metric #${at('metrics', 'sister-cities') + 1} (sister-cities), label.en: must be a non-empty text; metric skipped`),
        warnings[0],
      );
      assert.deepEqual(log.warnings.filter((w) => w.includes('is not in the dataset')), [], 'the counter does not warn again');
      assertClean(log, await log.csp());
    } finally {
      await p.close();
    }
  });
});

describe('the bundle uploaded without chunks/', () => {
  it('readers see a localized line and the text inside the tag; the console names the missing file once; nothing uncaught', async () => {
    const { page: p, log } = await open(browser, server, `${DIR}/nochunks/index.csp.html`);
    try {
      const deadline = Date.now() + 15000;
      let warnings = [];
      while (Date.now() < deadline) {
        warnings = log.warnings.filter((w) => w.startsWith('<sister-city-map>'));
        if (warnings.length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(warnings.length, 1, warnings.join(' | '));
      assert.match(warnings[0], new RegExp(`^<sister-city-map>: could not be loaded \\(.*${server.url}/${DIR}/nochunks/chunks/[\\w.-]+\\.js\\)\\.`));
      assert.ok(warnings[0].endsWith('Upload the whole dist/cdn/ folder (chunks/ included).'), warnings[0]);
      const fallback = await p.evaluate(() => {
        const text = document.querySelector('#map p');
        const line = (el) => {
          const p = el.shadowRoot?.querySelector('[part="unavailable"]');
          return p && { text: p.textContent, lang: p.lang, height: p.getBoundingClientRect().height };
        };
        return {
          text: text.textContent,
          height: text.getBoundingClientRect().height,
          map: line(document.querySelector('#map')),
          card: line(document.querySelector('#card')),
          slotted: document.querySelector('#map').shadowRoot?.querySelector('slot')?.assignedNodes().length,
          box: document.querySelector('#map').getBoundingClientRect().height,
        };
      });
      assert.equal(fallback.text, 'Peta mitra kota kembar Jakarta (fallback)');
      assert.ok(fallback.height > 0, 'the fallback text is shown');
      assert.ok(fallback.slotted > 0, 'the text inside the tag is slotted under the line');
      assert.deepEqual({ ...fallback.map, height: fallback.map.height > 0 }, { text: 'Peta tidak dapat dimuat.', lang: 'id', height: true });
      assert.deepEqual({ ...fallback.card, height: fallback.card.height > 0 }, { text: 'This content could not be loaded.', lang: 'en', height: true });
      const cardWarnings = log.warnings.filter((w) => w.startsWith('<program-card>'));
      assert.equal(cardWarnings.length, 1, cardWarnings.join(' | '));
      assertClean(log, await log.csp());
    } finally {
      await p.close();
    }
  });

  it('without the map’s lazy half, the map’s box shows a localized message and the table, scrolling; nothing moves; the console names the file', async () => {
    const { page: p, log } = await open(browser, server, `${DIR}/noruntime/index.csp.html`, {
      viewport: { width: 375, height: 800 },
      beforeLoad: recordShifts,
    });
    try {
      const before = await p.$eval('#after', (el) => el.getBoundingClientRect().top + scrollY);
      await p.waitForFunction(
        () =>
          document.querySelector('#map').shadowRoot?.querySelector('.failed') &&
          document.querySelector('#map').shadowRoot.querySelector('sister-city-list')?.shadowRoot?.querySelector('tbody tr'),
        { timeout: 20000, polling: 50 },
      );
      const view = await p.evaluate(() => {
        const root = document.querySelector('#map').shadowRoot;
        const box = root.querySelector('.stage');
        const inBox = root.querySelector('.placeholder--table');
        return {
          message: root.querySelector('.failed').textContent.trim(),
          rows: root.querySelector('sister-city-list').shadowRoot.querySelectorAll('tbody tr').length,
          inside: box.contains(root.querySelector('.failed')) && box.contains(root.querySelector('sister-city-list')),
          box: box.getBoundingClientRect().height,
          scrolls: inBox.scrollHeight > inBox.clientHeight && getComputedStyle(inBox).overflowY === 'auto',
          skipLink: !!root.querySelector('a[href="#map-end"], .skip'),
        };
      });
      assert.equal(view.message, 'Peta tidak dapat dimuat. Berikut daftar kota kembar dalam bentuk tabel.');
      assert.equal(view.rows, DATA.partners.filter((x) => x.region === 'asia').length);
      assert.deepEqual(
        { inside: view.inside, box: view.box, scrolls: view.scrolls, skipLink: view.skipLink },
        { inside: true, box: 480, scrolls: true, skipLink: false },
      );
      // The failure stays: the element does not fetch the missing file again on its own. (The
      // loader's import of it, in parallel with the element's, may be a fetch of its own.)
      const runtimeRequests = () => log.failed.filter((f) => f.startsWith('HTTP 404') && f.includes('/chunks/map-runtime-'));
      const settled = runtimeRequests().length;
      assert.ok(settled >= 1 && settled <= 2, log.failed.join(' | '));
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(runtimeRequests().length, settled, log.failed.join(' | '));
      assert.equal(await p.$eval('#after', (el) => el.getBoundingClientRect().top + scrollY), before, 'the text below the map moved');
      assert.deepEqual(await shiftsOf(p), [], 'layout shifts');
      // axe-core, evaluated through DevTools (the page's CSP refuses inline scripts), on the failed map.
      await p.evaluate(readFileSync(fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT)), 'utf8'));
      const axe = await p.evaluate(async () =>
        (await window.axe.run(document.querySelector('#map'))).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`),
      );
      assert.deepEqual(axe, [], 'axe violations in the failed map');

      // "Muat ulang peta" tries again: still missing, the same view and no second warning; once the
      // file is there, the map is drawn; the button keeps the focus throughout.
      const toggle = () => p.$eval('#map', (el) => {
        const button = el.shadowRoot.querySelector('[part~="toggle"]');
        return { text: button.textContent.trim(), focused: el.shadowRoot.activeElement === button };
      });
      await p.$eval('#map', (el) => el.shadowRoot.querySelector('[part~="toggle"]').focus());
      assert.deepEqual(await toggle(), { text: 'Muat ulang peta', focused: true });
      await p.keyboard.press('Enter');
      const deadline = Date.now() + 5000;
      while (runtimeRequests().length === settled && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(runtimeRequests().length, settled + 1, 'the retry fetched the file again');
      // Meanwhile it read "Tampilkan sebagai tabel" (the map loading); failed again, it says "Muat ulang peta".
      await p.waitForFunction(
        () => {
          const root = document.querySelector('#map').shadowRoot;
          return root.querySelector('.failed') && root.querySelector('[part~="toggle"]').textContent.trim() === 'Muat ulang peta';
        },
        { timeout: 10000, polling: 50 },
      );
      assert.deepEqual(await toggle(), { text: 'Muat ulang peta', focused: true });
      const runtime = readdirSync(fileURLToPath(new URL(`${CDN_DIR}/chunks`, ROOT))).find((f) => f.startsWith('map-runtime-'));
      copyFileSync(fileURLToPath(new URL(`${CDN_DIR}/chunks/${runtime}`, ROOT)), fileURLToPath(new URL(`${DIR}/noruntime/chunks/${runtime}`, ROOT)));
      await p.keyboard.press('Enter');
      await p.waitForFunction(() => window.__mapReady.length === 1, { timeout: 20000, polling: 50 });
      const asia = DATA.partners.filter((x) => x.region === 'asia').length;
      assert.deepEqual(await p.evaluate(() => window.__mapReady), [{ partners: asia }]);
      assert.deepEqual(await toggle(), { text: 'Tampilkan sebagai tabel', focused: true });
      assert.equal(await p.$eval('#map', (el) => !!el.shadowRoot.querySelector('.failed, .placeholder')), false);
      assert.equal(await p.$eval('#after', (el) => el.getBoundingClientRect().top + scrollY), before, 'the text below the map moved');
      const warnings = log.warnings.filter((w) => w.startsWith('<sister-city-map>'));
      assert.equal(warnings.length, 1, warnings.join(' | '));
      assert.match(warnings[0], /chunks\/map-runtime-[\w-]+\.js could not be loaded/);
      assert.ok(warnings[0].includes('Upload the whole dist/cdn/ folder, chunks/ included'), warnings[0]);
      assertClean(log, await log.csp());
    } finally {
      await p.close();
    }
  });

  it('without the table’s chunk, the map draws; "Show as table" says the table could not be loaded; the console names the file once', async () => {
    const { page: p, log } = await open(browser, server, `${DIR}/notable/index.csp.html`);
    try {
      await waitReady(p, '#map');
      await p.waitForFunction(() => document.querySelector('#map').shadowRoot.querySelector('.leaflet-container .marker--partner'), {
        timeout: 20000,
        polling: 50,
      });
      // The map loads the table once drawn (idle), and again when the reader asks for it.
      const warned = () => log.warnings.filter((w) => w.startsWith('<sister-city-map>'));
      const deadline = Date.now() + 10000;
      while (Date.now() < deadline && warned().length === 0) await new Promise((r) => setTimeout(r, 100));
      await p.$eval('#map', (el) => el.shadowRoot.querySelector('[part~="toggle"]').click());
      await p.waitForFunction(() => document.querySelector('#map').shadowRoot.querySelector('.table-status')?.textContent.trim() === 'Tabel tidak dapat dimuat.', {
        timeout: 10000,
        polling: 50,
      });
      const warnings = warned();
      assert.equal(warnings.length, 1, warnings.join(' | '));
      // The missing chunk, or the one that imports it (the browser names whichever of the two failed first).
      assert.match(warnings[0], /the table view: the file \S+\/notable\/chunks\/sister-city-list-(define-)?[\w-]{6}\.js could not be loaded/);
      assert.ok(warnings[0].includes('Upload the whole dist/cdn/ folder, chunks/ included'), warnings[0]);
      assert.equal(await p.$eval('#map', (el) => el.shadowRoot.querySelector('.table-status').getAttribute('role')), 'status');
      assert.deepEqual(log.exceptions, []);
    } finally {
      await p.close();
    }
  });

  it('without the map’s lazy half and the table’s chunk, one line says that neither could be loaded', async () => {
    const { page: p, log } = await open(browser, server, `${DIR}/nomaptable/index.csp.html`);
    try {
      await p.waitForFunction(
        () => document.querySelector('#map').shadowRoot?.querySelector('.failed')?.textContent.trim() === 'Peta dan tabel kota kembar tidak dapat dimuat.',
        { timeout: 20000, polling: 50 },
      );
      const view = await p.$eval('#map', (el) => ({
        status: el.shadowRoot.querySelector('.table-status')?.textContent ?? null,
        toggle: el.shadowRoot.querySelector('[part~="toggle"]')?.textContent.trim(),
        download: el.shadowRoot.querySelector('a[download], [part~="download"]') !== null,
      }));
      assert.deepEqual(view, { status: null, toggle: 'Muat ulang peta', download: true });
      assert.deepEqual(log.exceptions, []);
    } finally {
      await p.close();
    }
  });
});
