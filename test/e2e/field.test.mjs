// Field conditions of a hardened government portal (issue 13), on the BUILT
// CDN bundle (dist/cdn/):
// - Trusted Types: a page sent with the strict CSP plus
//   `require-trusted-types-for 'script'; trusted-types lit-html`.
//   npm run build
//   node --test --test-concurrency=1 test/e2e/field.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALL,
  assertBundleBuilt,
  cspConsoleErrors,
  launch,
  LOCATED,
  mapDrawing,
  offServer,
  open,
  serve,
  waitForRegistration,
  waitMapsDrawn,
  waitReady,
} from './support.mjs';

const PAGES = 'test/e2e/pages';

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

/** Nothing thrown, no CSP violation (event or console report), no console error, nothing off 127.0.0.1. */
async function assertQuiet(page, log) {
  assert.deepEqual(log.exceptions, [], `uncaught exceptions\n${log.stacks.join('\n')}`);
  assert.deepEqual(log.failed, [], 'failed requests');
  assert.deepEqual(cspConsoleErrors(log), [], 'CSP violations reported on the console');
  assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(offServer(log, server), [], 'requests that left 127.0.0.1');
}

describe('Trusted Types (trusted-types.tt.csp.html)', () => {
  let page, log;
  before(async () => {
    ({ page, log } = await open(browser, server, `${PAGES}/trusted-types.tt.csp.html`));
    await waitForRegistration(page);
    await waitReady(page, ALL);
    await waitMapsDrawn(page);
  });
  after(() => page?.close());

  it('is really served with Trusted Types enforced, only the lit-html policy allowed', () => {
    const csp = log.headers['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'; style-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html$/);
  });

  it('renders all four elements ready', async () => {
    const states = await page.$$eval(ALL, (els) => els.map((el) => [el.id, el.matches(':state(ready)')]));
    assert.equal(states.length, 5);
    for (const [id, ready] of states) assert.ok(ready, `#${id} is not ready`);
  });

  it('draws the map: Leaflet loads and draws without an innerHTML sink', async () => {
    const drawn = await mapDrawing(page, '#map');
    assert.equal(drawn.containers, 1, 'one Leaflet container');
    assert.ok(drawn.land > 100, `basemap country paths drawn (${drawn.land})`);
    assert.equal(drawn.markers, LOCATED, 'partner markers');
    assert.equal(drawn.home, 1, "Jakarta's marker");
    assert.ok(drawn.paneAbsolute, "Leaflet's CSS applies in the shadow root");
    assert.ok(log.requests.some((u) => /\/dist\/cdn\/chunks\/leaflet-src\.esm-[\w-]+\.js$/.test(u)), 'the Leaflet chunk was loaded');
  });

  it('violates nothing, logs and throws nothing', async () => {
    await assertQuiet(page, log);
  });
});
