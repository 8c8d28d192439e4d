// End-to-end: every element in every host-page scenario of the built gallery
// (dist-demo/scenarios/), in headless Chromium. Needs `npm run build && npm run build:demo`.
//   node --test test/e2e/scenarios.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve, waitForWidgets } from './browser.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const data = JSON.parse(readFileSync(new URL('../../data/jakarta-2024.json', import.meta.url), 'utf8'));
const TAGS = 'cooperation-counter, program-card, sister-city-list, sister-city-map';

/** Height each element reserves before it renders (px, at the default 16px font size). */
const RESERVED = { 'cooperation-counter': 152, 'program-card': 160, 'sister-city-list': 320, 'sister-city-map': 160 };

const SCENARIOS = [
  { name: 'news-article', width: 1024 },
  { name: 'news-article', width: 360 },
  { name: 'government-portal', width: 1024, csp: true },
  { name: 'government-portal', width: 375, csp: true },
  { name: 'dark-mode', width: 1024, dark: true },
  { name: 'rtl', width: 1024 },
  { name: 'loaded-twice', width: 1024 },
];

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(new URL('../../dist-demo/scenarios/news-article.html', import.meta.url)) &&
      existsSync(new URL('../../dist-demo/cdn/jakarta-global-widgets.js', import.meta.url)),
    'dist-demo/ is missing or incomplete: run `npm run build && npm run build:demo` first',
  );
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a scenario, records `sister-city-map-ready` events, and waits until every element has rendered. */
async function openScenario({ name, width, dark }) {
  const { page, log } = await openPage(browser, `${server.url}/dist-demo/scenarios/${name}.html`, {
    viewport: { width, height: 800 },
    beforeLoad: async (p) => {
      if (dark) await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await p.evaluateOnNewDocument(() => {
        window.__mapsReady = [];
        document.addEventListener('sister-city-map-ready', (e) => window.__mapsReady.push(e.detail));
      });
    },
  });
  await waitForWidgets(page, TAGS).catch(async (error) => {
    const states = await page.evaluate((tags) =>
      [...document.querySelectorAll(tags)].map((el) =>
        `<${el.localName}> ${customElements.get(el.localName) ? (el.matches(':state(loading)') ? 'still loading' : 'rendered') : 'not defined'}`,
      ), TAGS);
    throw new Error(`${error.message}: ${states.join(', ')}; errors: ${JSON.stringify(log.errors)}`);
  });
  // Maps load Leaflet when they come near the viewport: bring each one there.
  const maps = await page.$$('sister-city-map');
  for (const [i, map] of maps.entries()) {
    await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((n) => window.__mapsReady.length > n, { timeout: 15000 }, i);
  }
  return { page, log };
}

/** What the test checks about each element, read in the page. */
function describeElements(page) {
  return page.evaluate((tags) => {
    const root = document.documentElement;
    return [...document.querySelectorAll(tags)].map((el) => {
      const rect = el.getBoundingClientRect();
      const parent = el.parentElement.getBoundingClientRect();
      const lang = el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang');
      return {
        tag: el.localName,
        attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        lang,
        ready: el.matches(':state(ready)'),
        error: el.matches(':state(error)'),
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        finalValue: el.shadowRoot?.querySelector('.value__final')?.textContent ?? null,
        rows: el.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0,
        leaflet: !!el.shadowRoot?.querySelector('.leaflet-container'),
        width: rect.width,
        height: rect.height,
        overflowsParent: rect.left < parent.left - 1 || rect.right > parent.right + 1,
        overflowsViewport: rect.left < -1 || rect.right > root.clientWidth + 1,
        scrollsSideways: el.scrollWidth > el.clientWidth + 1,
        colorScheme: getComputedStyle(el).colorScheme,
      };
    });
  }, TAGS);
}

function format(value, lang) {
  return new Intl.NumberFormat(lang === 'en' ? 'en' : 'id-ID').format(value);
}

for (const scenario of SCENARIOS) {
  describe(`scenario ${scenario.name} at ${scenario.width}px`, () => {
    let page;
    let log;
    let elements;

    before(async () => {
      ({ page, log } = await openScenario(scenario));
      elements = await describeElements(page);
    });
    after(() => page?.close());

    it('has all four elements, each showing its data', () => {
      assert.deepEqual(
        [...new Set(elements.map((e) => e.tag))].sort(),
        ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'],
      );
      for (const el of elements) {
        assert.ok(el.ready && !el.error, `${el.tag} ${JSON.stringify(el.attrs)} is not ready`);
        const lang = el.lang === 'en' ? 'en' : 'id';
        if (el.tag === 'cooperation-counter') {
          const metric = data.metrics.find((m) => m.id === (el.attrs.metric || 'agreements'));
          // Computed with the same browser's Intl, compared without its special spaces.
          const expected = format(metric.value, lang);
          assert.equal(el.finalValue?.replace(/[\u00a0\u202f]/g, ' '), expected.replace(/[\u00a0\u202f]/g, ' '));
          assert.ok(el.text.includes(metric.label[lang]), `counter shows "${metric.label[lang]}"`);
        }
        if (el.tag === 'program-card') {
          const program = data.programs.find((p) => p.id === el.attrs.program);
          assert.ok(el.text.includes(program.title[lang]), `card shows "${program.title[lang]}"`);
        }
        if (el.tag === 'sister-city-list') {
          const region = el.attrs.region || 'all';
          const expected = data.partners.filter((p) => region === 'all' || p.region === region).length;
          assert.equal(el.rows, expected, `list of ${region} has ${expected} rows`);
          if (region === 'all') assert.equal(el.rows, 23);
        }
        if (el.tag === 'sister-city-map') assert.ok(el.leaflet, 'the map drew its Leaflet map');
      }
    });

    it('fires sister-city-map-ready with every partner that has coordinates', async () => {
      const ready = await page.evaluate(() => window.__mapsReady);
      const located = data.partners.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number').length;
      assert.ok(ready.length >= 1);
      for (const detail of ready) assert.ok(detail.partners > 0 && detail.partners <= located, JSON.stringify(detail));
    });

    it("keeps every marker's dot clear of the map's zoom controls", async () => {
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('sister-city-map')].flatMap((map) => {
          const root = map.shadowRoot;
          const c = root.querySelector('.controls')?.getBoundingClientRect();
          if (!c) return [`${map.outerHTML.slice(0, 80)}: no controls`];
          return [...root.querySelectorAll('.leaflet-marker-icon')].flatMap((marker) => {
            const d = marker.querySelector('.marker__dot')?.getBoundingClientRect();
            const under = d && d.left < c.right && d.right > c.left && d.top < c.bottom && d.bottom > c.top;
            return under ? [`${marker.getAttribute('aria-label') ?? marker.textContent.trim()} (${map.getAttribute('region') ?? 'all'})`] : [];
          });
        }),
      );
      assert.deepEqual(hidden, [], 'markers under the zoom controls');
    });

    it('sizes every element inside its column, with no sideways overflow', async () => {
      for (const el of elements) {
        const where = `${el.tag} ${JSON.stringify(el.attrs)}`;
        assert.ok(el.width >= 200, `${where} is ${el.width}px wide`);
        assert.ok(el.height >= RESERVED[el.tag] - 1, `${where} is ${el.height}px tall`);
        assert.equal(el.overflowsParent, false, `${where} overflows its container`);
        assert.equal(el.overflowsViewport, false, `${where} overflows the viewport`);
        assert.equal(el.scrollsSideways, false, `${where} has content wider than itself`);
      }
      const page_ = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      assert.ok(page_.scroll <= page_.client, `the page scrolls sideways (${page_.scroll} > ${page_.client})`);
    });

    it('logs no error or warning, throws nothing, violates no CSP and requests nothing off 127.0.0.1', async () => {
      // Chromium reports some violations (e.g. a style attribute set inside a
      // shadow root) only on the console, not to the document's listener.
      const cspOnConsole = log.errors.filter((e) => /Content Security Policy/.test(e));
      assert.deepEqual(cspOnConsole, [], 'CSP violations on the console');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(await log.csp(), []);
      const outside = log.requests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:'));
      assert.deepEqual(outside, []);
    });

    it('passes axe on the whole page, the host page and our elements together (heading order too)', async () => {
      // The scenarios are the pages embedders copy: an element's heading must
      // fit the host page's outline (a card after the page's h1 takes
      // heading-level="2").
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    });

    it("names its elements' files ahead (modulepreload, as the embed code does): each one requested, once", async () => {
      // (The page's own bundled script may carry the bundler's hints for its own modules: not ours.)
      const hinted = await page.$$eval('link[rel="modulepreload"][href*="/cdn/chunks/"]', (links) => links.map((l) => l.href));
      const chunks = log.requests.filter((u) => /\/cdn\/chunks\/[^/]+\.js$/.test(u));
      assert.ok(hinted.length >= 8, `${hinted.length} hints: the four elements' own chunks, core, data and partners`);
      assert.equal(new Set(hinted).size, hinted.length, 'each file named once');
      assert.equal(new Set(chunks).size, chunks.length, `no chunk requested twice: ${chunks.join(', ')}`);
      for (const h of hinted) assert.ok(chunks.includes(h), `${h} is hinted, and requested`);
    });

    if (scenario.dark) {
      it('draws every element in its dark theme', () => {
        for (const el of elements) assert.equal(el.colorScheme, 'dark', `${el.tag} theme=${el.attrs.theme}`);
      });
    }

    if (scenario.name === 'rtl') {
      it('keeps the page right-to-left and the elements left-to-right', async () => {
        const dirs = await page.evaluate(() => ({
          page: getComputedStyle(document.body).direction,
          elements: [...document.querySelectorAll('cooperation-counter, program-card, sister-city-list, sister-city-map')].map(
            (el) => getComputedStyle(el).direction,
          ),
        }));
        assert.equal(dirs.page, 'rtl');
        assert.deepEqual([...new Set(dirs.elements)], ['ltr']);
      });
    }

    if (scenario.name === 'loaded-twice') {
      it('really evaluates the bundle from two URLs', () => {
        const bundles = log.requests.filter((url) => /\/cdn\/jakarta-global-widgets\.js(\?|$)/.test(url));
        assert.deepEqual(bundles.map((u) => new URL(u).search).sort(), ['', '?copy=2']);
      });
    }

    if (scenario.csp) {
      it('runs under the strict policy, which is enforced', async () => {
        const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
        assert.equal(
          policy,
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
        );
        // The listener sees violations: an inline script is refused and reported.
        const probe = await page.evaluate(async () => {
          const seen = new Promise((resolve) =>
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.body.append(script);
          return { directive: await seen, ran: window.__inlineRan === true };
        });
        assert.equal(probe.ran, false);
        assert.match(probe.directive, /^script-src/);
      });
    }
  });
}
