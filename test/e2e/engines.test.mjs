// The essential end-to-end checks in the three engines readers use: Chromium
// (Debian's chromium), Firefox (Debian's firefox-esr, driven by puppeteer-core
// over WebDriver BiDi) and WebKit, Safari's engine (Debian's
// webkit2gtk-driver: WebKitWebDriver and the MiniBrowser, on Xvfb, through
// the small client in webdriver.mjs). One page, test/e2e/pages/engines.csp.html,
// served with the strict CSP header, loads the BUILT CDN bundle (with the
// embed code's modulepreload hints, as the gallery writes them); the page's
// own probe (engines-probe.js) records errors, warnings, CSP violations,
// layout shifts and selections the same way in every engine.
//
// Per engine: the four elements render their data; the map draws its
// basemap, Jakarta and every partner; a marker is selected by keyboard (Tab,
// Enter) and by a tap; at 375 × 667 the page does not scroll sideways, every
// element fits and a tap selects; nothing is thrown, logged or blocked; no
// box moves once the elements are defined (and Chromium's CLS is 0).
//
// An engine whose browser is not installed is skipped, saying why, except
// when JGW_REQUIRE_ENGINES=1 or CI is set (.ci/run installs all three): then
// it fails. JGW_ENGINES=firefox,webkit runs only the engines named.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { launch, serve } from './browser.mjs';
import { CHROME_PATH } from '../support/chromium.mjs';
import { assertBundleBuilt, DATA, LOCATED } from './support.mjs';
import { launchWebKit, webkitMissing } from './webdriver.mjs';
import { REQUIRED } from './tools.mjs';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGE = 'test/e2e/pages/engines.csp.html';
const PHONE_FRAME = 'test/e2e/pages/phone-frame.html';
const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1024, height: 768 };
const ASIA = DATA.partners.filter((p) => p.region === 'asia').length;

// Firefox: no traffic beyond the test server (puppeteer's own prefs already
// turn off updates, telemetry and safe browsing).
const FIREFOX_PREFS = {
  'services.settings.server': 'http://127.0.0.1:9/',
  'messaging-system.rsexperimentloader.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.region.network.url': '',
  'geo.provider.network.url': '',
  'browser.topsites.contile.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.newtabpage.enabled': false,
};

/** The engine API of the tests, over a puppeteer page (Chromium over CDP, Firefox over BiDi). */
async function puppeteerEngine(name) {
  const browser =
    name === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        })
      : await launch();
  const thrown = [];
  let page = null;
  let frame = null;
  let viewport = null;
  return {
    name,
    version: await browser.version(),
    thrown,
    async setViewport(width, height, { touch = false } = {}) {
      viewport = { width, height, hasTouch: touch };
      await page?.setViewport(viewport);
      return { width, height };
    },
    // Each load in a new tab (Firefox, after a tap on the map, never reported
    // the next navigation's load event in the same tab).
    async goto(url) {
      await page?.close();
      page = await browser.newPage();
      page.on('pageerror', (err) => thrown.push(String(err?.message ?? err)));
      if (viewport) await page.setViewport(viewport);
      frame = page.mainFrame();
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => frame.evaluate(fn, ...args),
    press: (key) => page.keyboard.press(key),
    async tap(x, y) {
      await page.touchscreen.tap(x, y);
      return 'touch';
    },
    async frame(index) {
      frame = index === null ? page.mainFrame() : page.mainFrame().childFrames()[index];
    },
    close: () => browser.close(),
  };
}

const ENGINES = [
  {
    name: 'chromium',
    missing: () => (existsSync(CHROME_PATH) ? null : `${CHROME_PATH} is missing (Debian package chromium)`),
    launch: () => puppeteerEngine('chromium'),
  },
  {
    name: 'firefox',
    missing: () => (existsSync(FIREFOX_PATH) ? null : `${FIREFOX_PATH} is missing (Debian package firefox-esr)`),
    launch: () => puppeteerEngine('firefox'),
  },
  {
    name: 'webkit',
    missing: webkitMissing,
    launch: async () => ({ ...(await launchWebKit()), thrown: [] }),
  },
];

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(...args)` in the page until it returns a truthy value (an object with `ok`: until `ok`); fails with `what` and the last value. */
async function waitFor(engine, what, timeout, fn, ...args) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await engine.evaluate(fn, ...args);
    if (last && !(typeof last === 'object' && 'ok' in last && !last.ok)) return last;
    if (Date.now() > deadline) throw new Error(`${engine.name}: ${what} not within ${timeout} ms (${JSON.stringify(last)})`);
    await pause(150);
  }
}

// ---- functions run in the page (each engine serializes them) ----

function states() {
  const els = [...document.querySelectorAll('cooperation-counter, program-card, sister-city-list, sister-city-map')];
  const list = els.map((el) => `${el.id}:${['ready', 'error', 'loading'].find((s) => el.matches(`:state(${s})`)) ?? 'not upgraded'}`);
  return { ok: els.length === 4 && list.every((s) => s.endsWith(':ready')), list };
}

function scrollMapIntoView() {
  document.getElementById('map').scrollIntoView({ block: 'center' });
  return true;
}

function mapDrawn() {
  const root = document.getElementById('map').shadowRoot;
  const markers = root.querySelectorAll('.marker--partner').length;
  return { ok: markers > 0 && window.__probe.mapsReady > 0, markers, ready: window.__probe.mapsReady };
}

function rendered() {
  const text = (id) => (document.getElementById(id).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const map = document.getElementById('map').shadowRoot;
  const list = document.getElementById('list').shadowRoot;
  const card = document.getElementById('card').shadowRoot;
  const heading = card.querySelector('h2, h3, h4, h5, h6, [role="heading"]');
  const land = [...map.querySelectorAll('path.land')];
  const box = map.querySelector('.stage')?.getBoundingClientRect();
  return {
    counter: text('counter'),
    cardHeading: heading?.textContent.trim() ?? '',
    cardText: text('card').length,
    rows: list.querySelectorAll('[part~="row"]').length,
    markers: map.querySelectorAll('.marker--partner').length,
    home: map.querySelectorAll('.marker--home').length,
    land: land.filter((p) => (p.getAttribute('d') ?? '').length > 20).length,
    landVisible: land.some((p) => {
      const r = p.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    }),
    mapBox: box ? [Math.round(box.width), Math.round(box.height)] : null,
  };
}

/** The element focused, through shadow roots: a marker's id, or a description. */
function deepFocus() {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return { marker: null, what: 'nothing' };
  const marker = a.closest('.marker--partner');
  return { marker: marker?.dataset.id ?? null, what: `${a.localName}.${[...a.classList].slice(0, 3).join('.')}` };
}

/**
 * A partner marker, at rest, whose centre inside the viewport really hits it:
 * its id and centre, once two reads 250 ms apart agree (a selection pans the
 * map, animated).
 */
async function markerToTap(engine) {
  const deadline = Date.now() + 8000;
  let last = await engine.evaluate(tappableMarker);
  for (;;) {
    await pause(250);
    const now = await engine.evaluate(tappableMarker);
    if (last.ok && now.ok && now.id === last.id && now.x === last.x && now.y === last.y) return now;
    if (Date.now() > deadline) throw new Error(`${engine.name}: no marker at rest to tap within 8000 ms (${JSON.stringify(now)})`);
    last = now;
  }
}

/** A partner marker whose centre, inside the viewport, really hits it; its id and centre. */
function tappableMarker() {
  const root = document.getElementById('map').shadowRoot;
  for (const m of root.querySelectorAll('.marker--partner')) {
    const r = m.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 8 || y < 8 || x > innerWidth - 8 || y > innerHeight - 8) continue;
    if (root.elementFromPoint(x, y)?.closest('.marker--partner') === m) return { ok: true, id: m.dataset.id, x, y };
  }
  return { ok: false, markers: root.querySelectorAll('.marker--partner').length };
}

function selects() {
  return window.__probe.selects;
}

function phoneLayout() {
  const els = [...document.querySelectorAll('cooperation-counter, program-card, sister-city-list, sister-city-map')];
  return {
    innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    boxes: els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.id, left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), height: Math.round(r.height) };
    }),
  };
}

/** Lets late shifts be recorded, stops the probe's frame loop, returns what it saw. */
async function settledProbe(engine) {
  await pause(500);
  return engine.evaluate(() => {
    const p = window.__probe;
    p.stopWatch();
    return { errors: p.errors, warnings: p.warnings, csp: p.csp, cls: p.cls, moves: p.moves, preUpgradeMoves: p.preUpgradeMoves, frames: p.frames };
  });
}

function assertQuiet(engine, probe, where) {
  assert.deepEqual([...probe.errors, ...engine.thrown], [], `${engine.name} ${where}: errors`);
  assert.deepEqual(probe.warnings, [], `${engine.name} ${where}: console warnings`);
  assert.deepEqual(probe.csp, [], `${engine.name} ${where}: CSP violations`);
}

function assertNoShift(engine, probe, where) {
  assert.ok(probe.frames > 2, `${engine.name} ${where}: the probe saw frames (${probe.frames})`);
  assert.deepEqual(probe.moves, [], `${engine.name} ${where}: boxes moved once the elements were defined`);
  if (probe.cls !== null) assert.equal(probe.cls, 0, `${engine.name} ${where}: cumulative layout shift`);
}

assertBundleBuilt();

/**
 * The page with the embed code's `modulepreload` hints (with SRI, as the gallery writes them) for its
 * four tags, before the first: every engine then takes the chunks from its module map. Served from
 * memory at the file's own path.
 */
function pageWithHints() {
  const lists = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8')).tags;
  const files = [...new Set(['cooperation-counter', 'program-card', 'sister-city-map', 'sister-city-list'].flatMap((t) => lists[t].now))];
  const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${f}`)).digest('base64')}`;
  const links = files.map((f) => `<link rel="modulepreload" href="/dist/cdn/${f}" integrity="${sri(f)}" crossorigin="anonymous">\n      `).join('');
  const html = readFileSync(PAGE, 'utf8');
  assert.ok(html.includes('<cooperation-counter'), `${PAGE}: no counter to put the hints before`);
  return html.replace('<cooperation-counter', `${links}<cooperation-counter`);
}

// Its name ends in .csp.html: scripts/serve.mjs sends the strict policy with it.
const server = await serve(0, { pages: { [`/${PAGE}`]: pageWithHints() } });
after(() => server.close());

// JGW_ENGINES=firefox,webkit runs only those (when working on one engine).
const only = process.env.JGW_ENGINES?.split(',').map((s) => s.trim());

for (const spec of ENGINES.filter((e) => !only || only.includes(e.name))) {
  const missing = spec.missing();
  if (missing && !REQUIRED) console.log(`# engines: ${spec.name} skipped: ${missing}`);
  describe(spec.name, { skip: missing && !REQUIRED ? missing : false, timeout: 180000 }, () => {
    let engine;
    let desktop;

    before(async () => {
      if (missing) throw new Error(`${spec.name} is required here (CI or JGW_REQUIRE_ENGINES=1): ${missing}`);
      engine = await spec.launch();
      console.log(`# engines: ${spec.name}: ${engine.version}`);
      const vp = await engine.setViewport(DESKTOP.width, DESKTOP.height);
      assert.deepEqual(vp, DESKTOP, `${spec.name}: desktop viewport`);
      await engine.goto(`${server.url}/${PAGE}`);
      await waitFor(engine, 'the four elements ready', 20000, states);
      await engine.evaluate(scrollMapIntoView);
      await waitFor(engine, 'the map drawn', 20000, mapDrawn);
      desktop = await engine.evaluate(rendered);
    });
    after(() => engine?.close());

    it('renders the four elements with their data', () => {
      assert.match(desktop.counter, /\d/, 'the counter shows a number');
      assert.ok(desktop.cardHeading.length > 3, `the card has a heading (${desktop.cardHeading})`);
      assert.ok(desktop.cardText > 40, 'the card has text');
      assert.equal(desktop.rows, ASIA, 'the list shows a row per Asian partner');
    });

    it('draws the map: basemap, Jakarta, every partner', () => {
      assert.equal(desktop.markers, LOCATED, 'partner markers');
      assert.equal(desktop.home, 1, "Jakarta's marker");
      assert.ok(desktop.land > 100, `country paths (${desktop.land})`);
      assert.ok(desktop.landVisible, 'the basemap is visible');
      assert.equal(desktop.mapBox?.[1], 420, `the map box is 420 px high (${desktop.mapBox})`);
    });

    it('selects a marker by keyboard: Tab to it, Enter', async () => {
      await engine.evaluate(() => document.getElementById('before-map').focus());
      const path = [];
      let focus;
      for (let i = 0; i < 12; i++) {
        await engine.press('Tab');
        focus = await engine.evaluate(deepFocus);
        path.push(focus.marker ?? focus.what);
        if (focus.marker) break;
      }
      assert.ok(focus.marker, `a marker is reached by Tab (${path.join(' → ')})`);
      const before = (await engine.evaluate(selects)).length;
      await engine.press('Enter');
      const got = await waitFor(engine, 'sister-city-select after Enter', 5000, (n) => window.__probe.selects.length > n && window.__probe.selects, before);
      assert.deepEqual(got.slice(before), [focus.marker], 'Enter selects the focused marker');
    });

    it('selects a marker by tap', async () => {
      await engine.evaluate(scrollMapIntoView);
      await pause(300);
      const target = await markerToTap(engine);
      const before = (await engine.evaluate(selects)).length;
      await engine.tap(target.x, target.y);
      const got = await waitFor(engine, `sister-city-select after a tap on ${target.id}`, 5000, (n) => window.__probe.selects.length > n && window.__probe.selects, before);
      assert.equal(got[before], target.id, 'the tapped marker is selected');
    });

    it('throws, logs and violates nothing; no box moves once the elements are defined', async () => {
      const probe = await settledProbe(engine);
      if (probe.preUpgradeMoves.length) console.log(`# engines: ${spec.name}: before the upgrade: ${probe.preUpgradeMoves.join('; ')}`);
      assertQuiet(engine, probe, 'desktop');
      assertNoShift(engine, probe, 'desktop');
    });

    it('at 375 × 667: no sideways scroll, every element fits, a tap selects, nothing thrown, no shift', async () => {
      // A viewport of the phone's size, or (WebKitGTK's window is at least
      // ~450 px wide) a 375 × 667 iframe at the window's top left.
      const vp = await engine.setViewport(PHONE.width, PHONE.height, { touch: true });
      const framed = vp.width !== PHONE.width;
      if (framed) {
        await engine.setViewport(DESKTOP.width, DESKTOP.height);
        await engine.goto(`${server.url}/${PHONE_FRAME}`);
        await engine.frame(0);
        await waitFor(engine, 'the framed page loaded', 10000, () => document.readyState === 'complete' && window.__probe);
      } else {
        await engine.goto(`${server.url}/${PAGE}?phone`);
      }
      try {
        await waitFor(engine, 'the four elements ready', 20000, states);
        await engine.evaluate(scrollMapIntoView);
        await waitFor(engine, 'the map drawn', 20000, mapDrawn);
        const phone = await engine.evaluate(rendered);
        assert.equal(phone.markers, LOCATED, 'partner markers at 375 px');
        assert.equal(phone.rows, ASIA, 'list rows at 375 px');

        const layout = await engine.evaluate(phoneLayout);
        assert.equal(layout.innerWidth, PHONE.width, 'the viewport is 375 px wide');
        assert.ok(layout.scrollWidth <= layout.innerWidth, `the page scrolls sideways: ${layout.scrollWidth} > ${layout.innerWidth}`);
        for (const b of layout.boxes) {
          assert.ok(b.width > 0 && b.height > 0, `#${b.id} has a box (${b.width}×${b.height})`);
          assert.ok(b.left >= 0 && b.right <= layout.innerWidth, `#${b.id} fits the viewport (${b.left}–${b.right})`);
        }

        const target = await markerToTap(engine);
        const before = (await engine.evaluate(selects)).length;
        await engine.tap(target.x, target.y);
        const got = await waitFor(engine, `sister-city-select after a tap on ${target.id}`, 5000, (n) => window.__probe.selects.length > n && window.__probe.selects, before);
        assert.equal(got[before], target.id, 'the tapped marker is selected');

        const probe = await settledProbe(engine);
        if (probe.preUpgradeMoves.length) console.log(`# engines: ${spec.name} 375 px: before the upgrade: ${probe.preUpgradeMoves.join('; ')}`);
        assertQuiet(engine, probe, '375 px');
        assertNoShift(engine, probe, '375 px');
      } finally {
        if (framed) await engine.frame(null);
      }
    });
  });
}
