// The CDN entry as an autoloader (dist/cdn/jakarta-global-widgets.js): each
// tag imports its own chunk, only when it is in the page (now or later), and
// everything a tag needs is requested at once, not one file after another.
//   npx vite build --config vite.cdn.config.ts
//   node --test --test-concurrency=1 test/e2e/autoloader.test.mjs
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertBundleBuilt, launch, LOCATED, mapDrawing, offServer, open, pause, PKG, serve, waitMapsDrawn, waitReady } from './support.mjs';

const PAGES = 'test/e2e/pages';
const ENTRY = '/dist/cdn/jakarta-global-widgets.js';

let server;
let browser;

before(async () => {
  assertBundleBuilt();
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page recording, for every request of the bundle (dist/cdn/), who
 * asked for it (the importing module: `initiator.url` for a static import,
 * the calling script for an `import()`), and counts the
 * `Intl.DateTimeFormat`s the page creates or uses.
 */
async function openRecorded(path, options = {}) {
  const bundle = [];
  const opened = await open(browser, server, path, {
    ...options,
    beforeLoad: async (p) => {
      const cdp = await p.createCDPSession();
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', (e) => {
        const url = new URL(e.request.url);
        if (!url.pathname.startsWith('/dist/cdn/')) return;
        const by = e.initiator.url || e.initiator.stack?.callFrames?.[0]?.url || e.initiator.stack?.parent?.callFrames?.[0]?.url || '';
        bundle.push({ path: url.pathname, by: by ? new URL(by).pathname : '', at: e.timestamp * 1000 });
      });
      await p.evaluateOnNewDocument(() => {
        window.__dateFormats = 0;
        const Original = Intl.DateTimeFormat;
        const proto = Original.prototype;
        const format = Object.getOwnPropertyDescriptor(proto, 'format');
        Intl.DateTimeFormat = function (...args) {
          window.__dateFormats += 1;
          return new Original(...args);
        };
        Object.defineProperty(proto, 'format', {
          ...format,
          get() {
            window.__dateFormats += 1;
            return format.get.call(this);
          },
        });
      });
      await options.beforeLoad?.(p);
    },
  });
  return { ...opened, bundle };
}

/** Steps from the entry to each bundle file (the entry is 0), following who asked for it. */
function depths(bundle) {
  const by = new Map(bundle.map((r) => [r.path, r.by]));
  const depth = (path, seen = new Set()) => {
    if (path === ENTRY) return 0;
    if (!by.has(path) || seen.has(path)) return Infinity;
    seen.add(path);
    return 1 + depth(by.get(path), seen);
  };
  return Object.fromEntries(bundle.map((r) => [r.path.replace('/dist/cdn/', ''), depth(r.path)]));
}

const chunk = (bundle, name) => bundle.filter((r) => new RegExp(`/chunks/${name}-[\\w-]+\\.js$`).test(r.path));
const ELEMENT_CHUNKS = /\/chunks\/(program-card|sister-city-list|sister-city-map|map-runtime|leaflet|basemap|src|partners)/;

describe('a page with only a counter (autoload-counter.html)', () => {
  let page;
  let log;
  let bundle;
  before(async () => {
    ({ page, log, bundle } = await openRecorded(`${PAGES}/autoload-counter.html`));
    await waitReady(page, '#counter');
    await pause(300); // time for anything else to be requested
  });
  after(() => page?.close());

  it('loads the counter and the shared chunks only: no card, table or map chunk', async () => {
    const files = bundle.map((r) => r.path.replace('/dist/cdn/', '').replace(/-[\w-]{6}\.js$/, '.js')).sort();
    // Lit and our core are one chunk; the data is the dataset's core part (no partners).
    assert.deepEqual(files, ['chunks/cooperation-counter.js', 'chunks/core.js', 'chunks/data.js', 'jakarta-global-widgets.js']);
    assert.deepEqual(bundle.filter((r) => ELEMENT_CHUNKS.test(r.path)), []);
    assert.deepEqual(
      await page.evaluate(() => ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].map((t) => !!customElements.get(t))),
      [true, false, false, false],
    );
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(offServer(log, server), []);
  });

  it('shows the counter with its dated sources without any Intl.DateTimeFormat', async () => {
    const shown = await page.$eval('#counter', (el) => ({
      value: el.shadowRoot.querySelector('[part~="value"]')?.textContent ?? '',
      dates: [...el.shadowRoot.querySelectorAll('time')].map((t) => t.textContent),
    }));
    assert.match(shown.value, /102/);
    assert.ok(shown.dates.length > 0 && shown.dates.every((d) => /^\d{1,2} \w+ \d{4}$|^\w+ \d{4}$|^\d{4}$/.test(d)), `dates: ${shown.dates}`);
    assert.equal(await page.evaluate(() => window.__dateFormats), 0);
  });

  it('requests every file straight from the entry (one round trip), each once', () => {
    const d = depths(bundle);
    assert.ok(Object.values(d).every((n) => n <= 1), `steps from the entry: ${JSON.stringify(d)}`);
    assert.equal(new Set(bundle.map((r) => r.path)).size, bundle.length, JSON.stringify(bundle.map((r) => r.path)));
  });

  it('registers tags added after load, at any depth of the added subtree, and loads their chunks then', async () => {
    const before = bundle.length;
    await page.evaluate(() => {
      // Which tags are registered by the time a task queued at the first registration runs.
      window.__defined = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => {
        if (window.__defined.length === 0) setTimeout(() => (window.__definedInOneTask = [...window.__defined]));
        window.__defined.push(name);
        return define(name, ...rest);
      };
      const wrapper = document.createElement('section');
      const inner = document.createElement('div');
      const card = document.createElement('program-card');
      card.id = 'card';
      card.setAttribute('program', 'c40-hospitals');
      inner.append(card);
      wrapper.append(inner);
      document.getElementById('column').append(wrapper);
      const list = document.createElement('sister-city-list');
      list.id = 'list';
      list.setAttribute('region', 'oceania');
      document.getElementById('column').append(list);
    });
    await waitReady(page, '#card, #list');
    const added = bundle.slice(before).map((r) => r.path);
    assert.ok(chunk(bundle, 'program-card').length === 1 && added.includes(chunk(bundle, 'program-card')[0].path), `card chunk after load: ${added}`);
    assert.ok(added.some((p) => /\/chunks\/sister-city-list-element-/.test(p)), `list chunk after load: ${added}`);
    assert.ok(!added.some((p) => /map-runtime|leaflet|basemap|sister-city-map/.test(p)), `no map chunk: ${added}`);
    // Added together, registered together (one task): they render and are laid out in the same frame.
    assert.deepEqual(await page.evaluate(() => window.__definedInOneTask.sort()), ['program-card', 'sister-city-list']);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.warnings, []);
  });
});

describe('tags found together, some far below the first screen (autoload-far.html)', () => {
  it('registers the tags on screen first, in one task; those further down next, one per frame, in the order of the page', async () => {
    const { page, log } = await openRecorded(`${PAGES}/autoload-far.html`, {
      beforeLoad: (p) =>
        p.evaluateOnNewDocument(() => {
          // Each registration with the frame and the task it came in.
          window.__defines = [];
          let frame = 0;
          let task = 0;
          const tick = () => {
            frame += 1;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          const define = customElements.define.bind(customElements);
          customElements.define = (name, ...rest) => {
            if (name !== 'jakarta-global-widgets') {
              const last = window.__defines.at(-1);
              if (!last || last.open === false) task += 1;
              window.__defines.push({ name, frame, task, open: true });
              setTimeout(() => window.__defines.forEach((d) => (d.open = false)));
            }
            return define(name, ...rest);
          };
        }),
    });
    try {
      // Nothing scrolled: the far elements are registered all the same, just later.
      await waitReady(page, '#counter, #list, #card');
      const defines = await page.evaluate(() => window.__defines.map(({ name, frame, task }) => ({ name, frame, task })));
      assert.deepEqual(defines.map((d) => d.name), ['cooperation-counter', 'sister-city-list', 'program-card']);
      const [counter, list, card] = defines;
      assert.ok(counter.task < list.task && list.task < card.task, `three tasks: ${JSON.stringify(defines)}`);
      assert.ok(counter.frame < list.frame && list.frame < card.frame, `a frame between them: ${JSON.stringify(defines)}`);
      assert.equal(await page.$eval('#list', (el) => el.shadowRoot.querySelectorAll('tbody tr').length > 0), true);
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await page.close();
    }
  });
});

describe('a chunk that could not be loaded', () => {
  it('is tried again for a tag added later, after every tag was seen; the element then starts afresh', async () => {
    let refusing = true;
    const counterChunk = (path) => /\/chunks\/cooperation-counter-/.test(path);
    const flaky = await serve(0, { refuse: (path) => refusing && counterChunk(path), delayMs: (path) => (refusing && counterChunk(path) ? 2000 : 0) });
    // Tall enough that the map is in view: every tag seen and the map's parts asked for, the
    // observer has nothing left to wait for, and stops at the next change of the page, which
    // comes before the counter's chunk fails.
    const { page, log } = await open(browser, flaky, `${PAGES}/narrow.html`, { viewport: { width: 1280, height: 5000 } });
    try {
      await waitReady(page, '#card, #list, #map');
      assert.equal(await page.$eval('#counter', (el) => !!el.shadowRoot), false, 'the counter chunk failed too soon for this test');
      await page.evaluate(() => document.body.append(document.createElement('p')));
      await page.waitForFunction(() => document.querySelector('#counter').shadowRoot?.querySelector('[part="unavailable"]'), { timeout: 5000 });
      assert.equal(log.warnings.filter((w) => /^<cooperation-counter>: could not be loaded/.test(w)).length, 1, log.warnings.join('\n'));
      refusing = false;
      await page.evaluate(() => {
        const late = document.createElement('cooperation-counter');
        late.id = 'late';
        late.setAttribute('metric', 'agreements');
        document.querySelector('main').append(late);
      });
      await waitReady(page, '#late, #counter, #counter-en');
      const counter = await page.$eval('#counter', (el) => ({
        line: !!el.shadowRoot.querySelector('[part="unavailable"]'),
        drawn: !!el.shadowRoot.querySelector('.counter [part="value"]'),
        prerendered: el.wasPrerendered,
      }));
      assert.deepEqual(counter, { line: false, drawn: true, prerendered: false });
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
      flaky.server.closeAllConnections();
      await flaky.close();
    }
  });
});

describe('tags found together, one of whose chunks stalls', () => {
  it('registers the others about a second after the first chunk is in, and the slow one when it comes', async () => {
    // The counter page with a card too, from a server that holds the card's chunk back 6 s.
    const STALL_MS = 6000;
    const html = readFileSync(`${PAGES}/autoload-counter.html`, 'utf8').replace(
      '</main>',
      '<program-card id="card" program="c40-hospitals">Program rumah sakit hijau</program-card></main>',
    );
    const slow = await serve(0, {
      pages: { [`/${PAGES}/autoload-stall.html`]: html },
      delayMs: (path) => (/\/chunks\/program-card-[\w-]{6}\.js$/.test(path) ? STALL_MS : 0),
    });
    const { page, log } = await open(browser, slow, `${PAGES}/autoload-stall.html`);
    try {
      const start = await page.evaluate(() => performance.now());
      await waitReady(page, '#counter');
      const counterAt = await page.evaluate(() => performance.now());
      assert.equal(await page.evaluate(() => !!customElements.get('program-card')), false, 'the card is still loading');
      assert.ok(counterAt - start < STALL_MS - 2000, `counter ready after ${Math.round(counterAt - start)} ms, not held back by the card's chunk`);
      await waitReady(page, '#card');
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await page.close();
      await slow.close();
    }
  });
});

describe('a page with only a map (autoload-map.html)', () => {
  it('requests the map, its runtime (with the basemap), Leaflet and what they import in parallel, all straight from the entry, 6 files; the table view after the map is drawn', async () => {
    const { page, log, bundle } = await openRecorded(`${PAGES}/autoload-map.html`);
    try {
      await waitReady(page, '#map');
      await waitMapsDrawn(page);
      assert.equal((await mapDrawing(page, '#map')).markers, LOCATED);
      const table = (r) => /\/chunks\/sister-city-list-/.test(r.path);
      const atOnce = bundle.filter((r) => !table(r));
      const d = depths(atOnce);
      assert.ok(Object.values(d).every((n) => n <= 1), `steps from the entry: ${JSON.stringify(d)}`);
      const direct = ['sister-city-map-define', 'map-runtime', 'leaflet'];
      for (const name of direct) {
        const [r] = chunk(bundle, name);
        assert.ok(r, `${name} requested: ${JSON.stringify(d)}`);
        assert.equal(r.by, ENTRY, `${name} is imported by the entry itself, not after another chunk: ${JSON.stringify(bundle)}`);
      }
      // Each file once, however many modules import it; no more files than an HTTP/1.1 host serves at
      // once (6 connections): the entry, then element, core, data, partners, runtime and Leaflet.
      assert.equal(new Set(bundle.map((r) => r.path)).size, bundle.length, JSON.stringify(bundle.map((r) => r.path)));
      assert.deepEqual(
        atOnce.map((r) => r.path.replace('/dist/cdn/', '').replace(/-[\w-]{6}\.js$/, '')).sort(),
        ['chunks/core', 'chunks/data', 'chunks/leaflet', 'chunks/map-runtime', 'chunks/partners', 'chunks/sister-city-map-define', 'jakarta-global-widgets.js'],
      );
      const starts = direct.map((n) => chunk(bundle, n)[0].at);
      console.log(`# map files requested within ${Math.round(Math.max(...starts) - Math.min(...starts))} ms of each other`);
      // The table view's two files, once the map is drawn (when the page is idle), both
      // requested by the map's chunk at once; then "Show as table" shows the table.
      await page.waitForFunction(() => customElements.get('sister-city-list'), { timeout: 5000 });
      const later = bundle.filter(table);
      assert.deepEqual(later.map((r) => r.path.replace('/dist/cdn/chunks/', '').replace(/-[\w-]{6}\.js$/, '')).sort(), ['sister-city-list', 'sister-city-list-define']);
      const mapChunk = chunk(bundle, 'sister-city-map-define')[0].path;
      assert.deepEqual(later.map((r) => r.by), [mapChunk, mapChunk]);
      const timing = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
      );
      const drawnFrom = Math.max(...timing.filter((r) => /\/chunks\/(leaflet|map-runtime)-/.test(r.path)).map((r) => r.end));
      const tableFrom = Math.min(...timing.filter(table).map((r) => r.start));
      assert.ok(tableFrom > drawnFrom, `the table's files (from ${tableFrom} ms) after the map's (in at ${drawnFrom} ms)`);
      await page.$eval('#map', (el) => el.shadowRoot.querySelector('[part~="toggle"]').click());
      await page.waitForFunction(() => document.querySelector('#map').shadowRoot.querySelector('sister-city-list')?.shadowRoot?.querySelector('tbody tr'), { timeout: 5000 });
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(offServer(log, server), []);
    } finally {
      await page.close();
    }
  });

  it('a map far below the first screen gets its element at once, its runtime and Leaflet once it nears the viewport', async () => {
    const { page, log, bundle } = await openRecorded(`${PAGES}/autoload-far-map.html`);
    try {
      await waitReady(page, '#counter, #map');
      await pause(500);
      assert.equal(chunk(bundle, 'sister-city-map-define').length, 1);
      assert.deepEqual(bundle.filter((r) => /map-runtime|leaflet|basemap/.test(r.path)).map((r) => r.path), []);
      await page.$eval('#map', (el) => el.scrollIntoView());
      await waitMapsDrawn(page);
      // Leaflet comes from the entry; the runtime (with the basemap) too, or
      // from the element, whose observer may run first in the same task (the
      // same 200 px margin): either way no file waits for another.
      assert.equal(chunk(bundle, 'leaflet')[0]?.by, ENTRY, 'leaflet');
      assert.ok([ENTRY, chunk(bundle, 'sister-city-map-define')[0].path].includes(chunk(bundle, 'map-runtime')[0]?.by));
      const d = depths(bundle);
      assert.ok(Object.values(d).every((n) => n <= 2), `depth from the entry: ${JSON.stringify(d)}`);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });
});

describe('tags inside a shadow root', () => {
  it('are not seen by the observer, and are registered by discover(shadowRoot)', async () => {
    const { page, log } = await open(browser, server, `${PAGES}/autoload-counter.html`);
    try {
      await waitReady(page, '#counter');
      await page.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'host';
        const root = host.attachShadow({ mode: 'open' });
        const card = document.createElement('program-card');
        card.setAttribute('program', 'higa');
        root.append(card);
        document.body.append(host);
      });
      await pause(500);
      assert.equal(await page.evaluate(() => !!customElements.get('program-card')), false);
      await page.evaluate(async (entry) => (await import(entry)).discover(document.getElementById('host').shadowRoot), ENTRY);
      await page.waitForFunction(() => document.getElementById('host').shadowRoot.querySelector('program-card').matches(':state(ready)'), { timeout: 10000 });
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await page.close();
    }
  });
});

describe('a map whose tag another build of the same version already defines (an npm build on the page)', () => {
  it('is left to that build: the entry requests neither its chunk nor its runtime and Leaflet, and says nothing', async () => {
    const { page, log, bundle } = await openRecorded(`${PAGES}/autoload-map.html`, {
      beforeLoad: (p) =>
        p.evaluateOnNewDocument((version) => {
          customElements.define('sister-city-map', class extends HTMLElement {
            static version = version;
          });
        }, PKG.version),
    });
    try {
      await page.waitForFunction(() => !!customElements.get('jakarta-global-widgets'));
      await pause(1500);
      assert.deepEqual(bundle.filter((r) => /sister-city-map|map-runtime|leaflet/.test(r.path)).map((r) => r.path), []);
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await page.close();
    }
  });
});
