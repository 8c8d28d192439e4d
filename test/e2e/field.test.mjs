// Field conditions of a hardened government portal (issue 13), on the BUILT
// CDN bundle (dist/cdn/):
// - Trusted Types: a page sent with the strict CSP plus
//   `require-trusted-types-for 'script'; trusted-types lit-html`.
// - Size reservation: with dist/cdn/jakarta-global-widgets.css linked, every
//   element and variant keeps, once drawn, the height its tag had before the
//   script ran (320, 375, 680 and 1280 px wide), and the page records no
//   layout shift (CLS 0), under the strict CSP.
//   npm run build
//   node --test --test-concurrency=1 test/e2e/field.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { configs } from '../../scripts/reserve-css.mjs';
import {
  ALL,
  assertBundleBuilt,
  BUNDLE,
  cspConsoleErrors,
  launch,
  LOCATED,
  mapDrawing,
  offServer,
  open,
  ROOT,
  serve,
  TAGS,
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

describe('size reservation by the shipped stylesheet (CLS 0)', () => {
  const WIDTHS = [320, 375, 680, 1280];
  const CONFIGS = configs();
  const dir = new URL('test/e2e/pages/tmp/', ROOT);
  const name = `reserve-${process.pid}.csp.html`;

  before(() => {
    mkdirSync(dir, { recursive: true });
    // Each element as a snippet would write it, fallback text inside, no style
    // attribute; a paragraph after each one, which a wrong reservation moves.
    // The script is added by the test, after the reserved heights are read.
    const tags = CONFIGS.map(([tag, attrs], i) => {
      const a = Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      return `<${tag} id="e${i}"${a}>Fallback text ${i}</${tag}>\n<p>after ${i}</p>`;
    });
    writeFileSync(
      new URL(name, dir),
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>reservation</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/cdn/jakarta-global-widgets.css">` +
        `<link rel="stylesheet" href="/test/e2e/pages/reserve.css"></head><body>\n${tags.join('\n')}\n</body></html>`,
    );
  });
  after(() => rmSync(new URL(name, dir), { force: true }));

  for (const width of WIDTHS) {
    it(`keeps every element's reserved height and records no layout shift at ${width} px`, async () => {
      const { page, log } = await open(browser, server, `test/e2e/pages/tmp/${name}`, {
        viewport: { width, height: 900 },
        beforeLoad: (p) =>
          p.evaluateOnNewDocument(() => {
            window.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
            }).observe({ type: 'layout-shift', buffered: true });
          }),
      });
      try {
        const reserved = await page.$$eval(TAGS.join(','), (els) => els.map((el) => [el.id, el.getBoundingClientRect().height]));
        assert.equal(reserved.length, CONFIGS.length);
        await page.addScriptTag({ url: `${server.url}${BUNDLE}`, type: 'module' });
        await waitForRegistration(page);
        await waitReady(page, 'cooperation-counter, program-card, sister-city-list');
        await page.evaluate(async () => {
          await Promise.all([...document.querySelectorAll('sister-city-map')].map((m) => m.updateComplete));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        });
        const drawn = new Map(await page.$$eval(TAGS.join(','), (els) => els.map((el) => [el.id, el.getBoundingClientRect().height])));
        const wrong = reserved
          .filter(([id, h]) => Math.abs(drawn.get(id) - h) > 1)
          .map(([id, h]) => {
            const [tag, attrs] = CONFIGS[Number(id.slice(1))];
            return `${tag} ${JSON.stringify(attrs)}: reserved ${h.toFixed(2)}, drawn ${drawn.get(id).toFixed(2)}`;
          });
        assert.deepEqual(wrong, [], `reserved heights that differ from the drawn ones at ${width} px`);
        const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
        assert.equal(cls, 0, `cumulative layout shift at ${width} px`);
        assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
        assert.deepEqual(cspConsoleErrors(log), [], 'CSP violations reported on the console');
        assert.deepEqual(log.exceptions, [], 'uncaught exceptions');
      } finally {
        await page.close();
      }
    });
  }
});
