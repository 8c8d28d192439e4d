// Shared helpers of the robustness, injection and accessibility suites: they
// load the BUILT CDN bundle (dist/cdn/) in the host pages under
// test/e2e/pages/, served on 127.0.0.1 by scripts/serve.mjs.
//
// JGW_CDN_DIR=<repo-relative dir> runs the same pages against another build
// of the bundle (e.g. a local build into test/e2e/pages/tmp/): requests for
// /dist/cdn/… are then answered from that directory, invisibly to the page
// (import.meta.url and the lazy chunks keep their /dist/cdn/ URLs).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { launch, openPage, recordShifts, serve, shiftsOf } from './browser.mjs';

export { launch, recordShifts, serve, shiftsOf };

export const ROOT = new URL('../../', import.meta.url);
export const PKG = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
export const DATA = JSON.parse(readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8'));

export const CDN_DIR = (process.env.JGW_CDN_DIR ?? 'dist/cdn').replace(/^\/+|\/+$/g, '');
export const BUNDLE = '/dist/cdn/jakarta-global-widgets.js';

export const TAGS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'];
export const ALL = TAGS.join(', ');

/** Partners the map can draw (valid coordinates). */
export const LOCATED = DATA.partners.filter(
  (p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180,
).length;

/** Fails early, with the command to run, when the bundle has not been built. */
export function assertBundleBuilt() {
  assert.ok(
    existsSync(new URL(`${CDN_DIR}/jakarta-global-widgets.js`, ROOT)),
    `${CDN_DIR}/jakarta-global-widgets.js is missing: run \`npx vite build --config vite.cdn.config.ts\` first`,
  );
}

/**
 * Loads the bundle in a page with one element of each kind (pages/bundle.html;
 * the map may be registered lazily, once a <sister-city-map> is in the page)
 * and fails at once, naming the cause, when it does not register all four:
 * every other check would only time out.
 */
export async function assertBundleRegisters(browser, server) {
  const { page, log } = await open(browser, server, 'test/e2e/pages/bundle.html');
  try {
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 20000, polling: 50 }, TAGS).catch(() => {});
    const missing = await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS);
    assert.deepEqual(
      missing,
      [],
      `${CDN_DIR}/jakarta-global-widgets.js loads (${log.exceptions.length} exceptions) but does not register ${missing.join(', ')}` +
        (log.exceptions.length ? `: ${log.exceptions.join('; ')}` : ''),
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens a fixture page (path relative to the repository root) with the
 * harness's recording (console, exceptions, requests, CSP violations), plus:
 * - every request that does not go to the test server is aborted and kept in
 *   `log.external` (it is also in `log.requests`);
 * - `log.headers` are the response headers of the page itself;
 * - `log.failed` lists the requests that failed or answered HTTP 4xx/5xx;
 * - `sister-city-map-ready` events are collected in `window.__mapReady`;
 * - `reducedMotion: true` emulates `prefers-reduced-motion: reduce`.
 */
export async function open(browser, server, path, { viewport, reducedMotion = false, beforeLoad } = {}) {
  const external = [];
  const failed = [];
  let documentHeaders = {};
  const { page, log } = await openPage(browser, `${server.url}/${path}`, {
    viewport,
    beforeLoad: async (p) => {
      p.on('response', (r) => {
        if (r.request().isNavigationRequest() && r.request().frame() === p.mainFrame()) documentHeaders = r.headers();
        if (r.status() >= 400) failed.push(`HTTP ${r.status()} ${r.url()}`);
      });
      p.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`));
      await p.setRequestInterception(true);
      p.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return void req.continue();
        if (!url.startsWith(`${server.url}/`)) {
          external.push(url);
          return void req.abort('blockedbyclient');
        }
        if (CDN_DIR !== 'dist/cdn' && url.startsWith(`${server.url}/dist/cdn/`)) {
          return void req.continue({ url: url.replace(`${server.url}/dist/cdn/`, `${server.url}/${CDN_DIR}/`) });
        }
        req.continue();
      });
      if (reducedMotion) await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await p.evaluateOnNewDocument(() => {
        window.__mapReady = [];
        document.addEventListener('sister-city-map-ready', (e) => window.__mapReady.push(e.detail));
      });
      await beforeLoad?.(p);
    },
  });
  log.external = external;
  log.stacks = [];
  page.on('pageerror', (err) => log.stacks.push(String(err?.stack ?? err)));
  log.failed = failed;
  log.headers = documentHeaders;
  return { page, log };
}


/**
 * `open`, as on a slow phone: the CPU 4× slower (so a page's module script
 * runs after its first paint), layout shifts recorded from the start
 * (`shiftsOf(page)`), JavaScript off with `javaScript: false`.
 */
export function openSlowCpu(browser, server, path, { width, height = 800, javaScript = true }) {
  return open(browser, server, path, {
    viewport: { width, height },
    beforeLoad: async (p) => {
      if (!javaScript) await p.setJavaScriptEnabled(false);
      const cdp = await p.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await recordShifts(p);
    },
  });
}
/**
 * Waits until the bundle has registered each of the four elements that is in
 * the page (the CDN entry is an autoloader: a tag the page does not use is
 * never loaded).
 */
export async function waitForRegistration(page, timeout = 10000) {
  await page
    .waitForFunction((tags) => tags.every((t) => !document.querySelector(t) || customElements.get(t)), { timeout, polling: 50 }, TAGS)
    .catch(async () => {
      const missing = await page.evaluate((tags) => tags.filter((t) => document.querySelector(t) && !customElements.get(t)), TAGS);
      throw new Error(`the bundle did not register ${missing.join(', ')} within ${timeout} ms`);
    });
}

/**
 * Waits until every element matching `selector` is in `:state(ready)` (or
 * `:state(error)` with `allowError`), and says which ones are not on timeout.
 * A table is ready once its closed disclosures are filled too (it fills them a
 * few rows per idle moment after its first render), so that what a test reads
 * or compares does not depend on how far the filling has gone.
 */
export async function waitReady(page, selector, { timeout = 15000, allowError = false } = {}) {
  const wanted = allowError ? ':state(ready), :state(error)' : ':state(ready)';
  try {
    await page.waitForFunction(
      (sel, want) => {
        const els = [...document.querySelectorAll(sel)];
        const filled = (el) =>
          el.localName !== 'sister-city-list' || [...(el.shadowRoot?.querySelectorAll('tbody details') ?? [])].every((d) => d.querySelector('.sources'));
        return els.length > 0 && els.every((el) => el.matches(want) && filled(el));
      },
      { timeout, polling: 50 },
      selector,
      wanted,
    );
  } catch {
    const states = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)].map((el) => {
          const state = ['loading', 'ready', 'error'].find((s) => el.matches(`:state(${s})`)) ?? 'not upgraded';
          return `${el.localName}#${el.id || '?'}: ${state}`;
        }),
      selector,
    );
    throw new Error(`elements not ${allowError ? 'settled' : 'ready'} after ${timeout} ms: ${states.join('; ')}`);
  }
}

/**
 * Scrolls each map matching `selector` into view (one after the other: a lazy
 * map loads Leaflet when it comes near the viewport) and waits for its `ready`
 * promise.
 */
export async function waitMapsDrawn(page, selector = 'sister-city-map', timeout = 15000) {
  const ids = await page.$$eval(selector, (els) => els.map((el, i) => el.id || `#${i}`));
  for (let i = 0; i < ids.length; i++) {
    const outcome = await page.evaluate(
      async (sel, index, ms) => {
        const el = document.querySelectorAll(sel)[index];
        el.scrollIntoView({ block: 'center' });
        if (!(el.ready instanceof Promise)) return 'no ready promise';
        const timer = new Promise((r) => setTimeout(() => r('timeout'), ms));
        return Promise.race([el.ready.then(() => 'ready'), timer]);
      },
      selector,
      i,
      timeout,
    );
    assert.equal(outcome, 'ready', `map ${ids[i]} was not drawn within ${timeout} ms`);
  }
}

/**
 * What a drawn map shows, read in the page: the vector basemap's country
 * paths (with geometry), the partner markers, the Leaflet container's size,
 * and whether Leaflet's own CSS applies inside the shadow root.
 */
export function mapDrawing(page, selector) {
  return page.$eval(selector, (el) => {
    const root = el.shadowRoot;
    const container = root.querySelector('.leaflet-container');
    const rect = container?.getBoundingClientRect();
    const pane = root.querySelector('.leaflet-map-pane');
    return {
      containers: root.querySelectorAll('.leaflet-container').length,
      land: [...root.querySelectorAll('path.land')].filter((p) => (p.getAttribute('d') ?? '').length > 20).length,
      landVisible: [...root.querySelectorAll('path.land')].some((p) => {
        const r = p.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      }),
      markers: root.querySelectorAll('.marker--partner').length,
      home: root.querySelectorAll('.marker--home').length,
      width: rect?.width ?? 0,
      height: rect?.height ?? 0,
      paneAbsolute: pane ? getComputedStyle(pane).position === 'absolute' : false,
      landFill: root.querySelector('path.land') ? getComputedStyle(root.querySelector('path.land')).fill : null,
    };
  });
}

/** Requests of the page that went (or tried to go) anywhere but the test server. */
export function offServer(log, server) {
  return log.requests.filter(
    (url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/**
 * Console errors that are CSP reports, shortened (Chromium reports some
 * violations only there, e.g. a style attribute set from a script: the hash
 * it names is the SHA-256 of the blocked style text).
 */
export function cspConsoleErrors(log) {
  return log.errors
    .filter((e) => /Content Security Policy|Refused to/i.test(e))
    .map((e) => {
      const what = e.match(/^(.*?) violates/)?.[1] ?? e.slice(0, 80);
      const directive = e.match(/directive '(.*?')'\./)?.[1] ?? '';
      const hash = e.match(/'(sha256-[^']+)'/)?.[1] ?? '';
      return `${what} [${directive}] ${hash}`.trim();
    });
}

/**
 * Nothing thrown, no failed request, no CSP violation (event or console
 * report), no console error (nor warning, unless `warnings: false`), no
 * request off `server`.
 */
export async function assertQuiet(log, server, { warnings = true } = {}) {
  assert.deepEqual(log.exceptions, [], `uncaught exceptions\n${log.stacks.join('\n')}`);
  assert.deepEqual(log.failed, [], 'failed requests');
  assert.deepEqual(cspConsoleErrors(log), [], 'CSP violations reported on the console');
  assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
  assert.deepEqual(log.errors, [], 'console errors');
  if (warnings) assert.deepEqual(log.warnings, [], 'console warnings');
  assert.deepEqual(offServer(log, server), [], 'requests that left 127.0.0.1');
}

/** Resolves after `ms` milliseconds (short settling waits only). */
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** The entries of a zip archive (stored or deflated), from its central directory: Map(name → bytes), CRCs checked. */
export function readZip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'a zip end record');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    assert.equal(buf.readUInt32LE(local), 0x04034b50, `${name}: local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    assert.ok(method === 0 || method === 8, `${name}: stored or deflated`);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    assert.equal(crc32(data), crc, `${name}: CRC`);
    out.set(name, data);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}
