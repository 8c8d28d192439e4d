// End-to-end robustness of the BUILT CDN bundle (dist/cdn/) in real host
// pages (test/e2e/pages/): strict CSP, hostile host CSS, the bundle loaded
// twice and in two versions, a host with its own global Leaflet, a page
// that adds to Object.prototype, a right-to-left page, a 320 px phone, and a
// host that keeps moving the elements around. No page may request anything off 127.0.0.1.
//   npx vite build --config vite.cdn.config.ts
//   node --test --test-concurrency=1 test/e2e/robustness.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALL,
  assertQuiet,
  assertBundleBuilt,
  assertBundleRegisters,
  DATA,
  launch,
  LOCATED,
  mapDrawing,
  offServer,
  open,
  pause,
  PKG,
  ROOT,
  serve,
  TAGS,
  waitForRegistration,
  waitMapsDrawn,
  waitReady,
} from './support.mjs';

const PAGES = 'test/e2e/pages';
const OTHER_VERSION = '0.0.0-other';

let server;
let browser;

before(async () => {
  assertBundleBuilt();
  // The neutral page without its doctype (quirks mode), served from memory so that the two stay the same page.
  const neutral = readFileSync(`${PAGES}/neutral.html`, 'utf8');
  if (!neutral.startsWith('<!doctype html>\n')) throw new Error('neutral.html no longer starts with its doctype');
  server = await serve(0, { pages: { [`/${PAGES}/quirks.html`]: neutral.slice('<!doctype html>\n'.length) } });
  browser = await launch();
  await assertBundleRegisters(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and waits until the bundle has registered the elements. */
async function openFixture(name, options) {
  const { page, log } = await open(browser, server, `${PAGES}/${name}`, options);
  await waitForRegistration(page);
  return { page, log };
}

/** Clicks Tokyo's marker on #map: the `sister-city-select` event's id, and whether its panel shows Tokyo. */
function chooseTokyo(page) {
  return page.$eval('#map', async (el) => {
    const got = new Promise((r) => el.addEventListener('sister-city-select', (e) => r(e.detail.id), { once: true }));
    el.shadowRoot.querySelector('.marker--partner[data-id="tokyo"]').click();
    const id = await Promise.race([got, new Promise((r) => setTimeout(() => r('no event'), 2000))]);
    await el.updateComplete;
    return { id, panel: el.shadowRoot.querySelector('[part~="panel"]')?.textContent.includes('Tokyo') };
  });
}

/** Event listeners on window, document and <html>, by type (through the DevTools protocol). */
async function globalListeners(page) {
  const cdp = await page.createCDPSession();
  try {
    const out = {};
    for (const expression of ['window', 'document', 'document.documentElement']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      out[expression] = listeners.map((l) => l.type).sort().join(' ');
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Width checks of every element (nested shadow roots included) and of the page. */
function overflowReport(page, selector) {
  return page.evaluate((sel) => {
    const root = document.documentElement;
    return {
      page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
      elements: [...document.querySelectorAll(sel)].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.id,
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          left: r.left,
          right: r.right,
        };
      }),
    };
  }, selector);
}

function assertNoOverflow(report, viewportWidth) {
  assert.ok(
    report.page.scrollWidth <= viewportWidth,
    `the page scrolls sideways: scrollWidth ${report.page.scrollWidth} > ${viewportWidth}`,
  );
  for (const el of report.elements) {
    assert.ok(el.scrollWidth <= el.clientWidth, `#${el.id}: content ${el.scrollWidth}px wider than its ${el.clientWidth}px box`);
    assert.ok(el.left >= -0.5 && el.right <= viewportWidth + 0.5, `#${el.id} sticks out of the viewport (${el.left}…${el.right})`);
  }
}

describe('strict CSP (strict.csp.html)', () => {
  let page, log;
  before(async () => {
    ({ page, log } = await openFixture('strict.csp.html'));
    await waitReady(page, ALL);
    await waitMapsDrawn(page);
  });
  after(() => page?.close());

  it('is really served with the strict policy', () => {
    assert.match(log.headers['content-security-policy'] ?? '', /script-src 'self'; style-src 'self'/);
  });

  it('renders every element ready, the src dataset and its validator chunk included', async () => {
    const states = await page.$$eval(ALL, (els) => els.map((el) => [el.id, el.matches(':state(ready)')]));
    assert.equal(states.length, 7);
    for (const [id, ready] of states) assert.ok(ready, `#${id} is not ready`);
    // The src dataset came through connect-src 'self', its validator chunk through script-src 'self'.
    const mini = JSON.parse(readFileSync(new URL('test/fixtures/mini.json', ROOT), 'utf8'));
    assert.equal(
      await page.$eval('#list-src', (el) => el.shadowRoot.querySelectorAll('[part~="row"]').length),
      mini.partners.length,
    );
    assert.ok(log.requests.some((u) => /\/dist\/cdn\/chunks\/remote-[\w-]+\.js$/.test(u)), 'the validator chunk was loaded');
  });

  it('"Download the data" saves the table\'s partners as a CSV file under the policy (a real download)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jgw-download-'));
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      await page.$eval('#list', (el) => el.shadowRoot.querySelector('a[part="download"]').scrollIntoView({ block: 'center' }));
      const link = await page.evaluateHandle(() => document.querySelector('#list').shadowRoot.querySelector('a[part="download"]'));
      await link.click();
      const file = join(dir, 'jakarta-sister-cities.csv');
      const deadline = Date.now() + 10000;
      while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(existsSync(file), `downloaded: ${readdirSync(dir).join(', ') || 'nothing'}`);
      const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines[0].split(';')[0], 'id');
      const asia = DATA.partners.filter((p) => p.region === 'asia').map((p) => p.id).sort();
      assert.deepEqual(lines.slice(1).map((l) => l.split(';')[0]).sort(), asia);
      await cdp.detach();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('violates nothing (no securitypolicyviolation event, no CSP report on the console), logs and throws nothing, stays on 127.0.0.1', async () => {
    await assertQuiet(log, server);
  });

  it('draws both maps (lazy chunks, basemap, markers, Leaflet CSS) under the policy', async () => {
    for (const id of ['#map', '#map-en']) {
      const drawn = await mapDrawing(page, id);
      assert.equal(drawn.containers, 1, `${id}: one Leaflet container`);
      assert.ok(drawn.land > 100, `${id}: basemap country paths drawn (${drawn.land})`);
      assert.ok(drawn.landVisible, `${id}: basemap visible`);
      assert.equal(drawn.markers, LOCATED, `${id}: partner markers`);
      assert.equal(drawn.home, 1, `${id}: Jakarta's marker`);
      assert.ok(drawn.paneAbsolute, `${id}: Leaflet's CSS applies in the shadow root`);
      assert.ok(drawn.width > 300 && drawn.height > 150, `${id}: map box ${drawn.width}×${drawn.height}`);
    }
    // `height="420px"` reaches the map box through CSSOM (allowed), not a style attribute (blocked).
    assert.equal(await page.$eval('#map', (el) => el.shadowRoot.querySelector('.stage').getBoundingClientRect().height), 420);
    const chunks = log.requests.filter((u) => u.includes('/dist/cdn/chunks/')).map((u) => new URL(u).pathname);
    assert.ok(chunks.length >= 2, `lazy chunks loaded from /dist/cdn/chunks/: ${chunks.join(', ')}`);
    assert.ok(await page.$eval('#map', (el) => !!el.shadowRoot.querySelector('[part~="panel"]')), 'the selected partner panel is open');
  });
});

/**
 * Scrolls each element (by id; `id part` for one of its shadow parts, e.g. the map's stage) 30px
 * under the page's sticky `.masthead` and checks that the header, not the element, is what a
 * reader sees and clicks there: our z-indexes stay inside.
 */
async function assertHeaderOnTop(page, ids) {
  for (const target of ids) {
    const [id, part] = target.split(' ');
    const hit = await page.evaluate(async (elId, partName) => {
      const host = document.getElementById(elId);
      const el = partName ? host.shadowRoot.querySelector(`[part~="${partName}"]`) : host;
      const header = document.querySelector('.masthead');
      // Scroll so that the element's top is 30px under the top of the viewport, i.e. under the header.
      window.scrollBy(0, el.getBoundingClientRect().top - 30);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const h = header.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const y = Math.round((Math.max(h.top, r.top) + h.bottom) / 2);
      const xs = [0.05, 0.25, 0.5, 0.75, 0.95].map((f) => Math.round(r.left + f * r.width));
      return {
        headerTop: h.top,
        elementTop: r.top,
        underHeader: xs.map((x) => {
          const at = document.elementFromPoint(x, y);
          return at === header || header.contains(at) ? 'header' : `${at?.localName}#${at?.id}`;
        }),
        below: document.elementFromPoint(Math.round(r.left + r.width / 2), Math.round(h.bottom + 20))?.id,
      };
    }, id, part);
    assert.equal(hit.headerTop, 0, 'the header sticks to the top');
    assert.ok(hit.elementTop < 60, `#${id} is scrolled under the header (top ${hit.elementTop})`);
    assert.deepEqual([...new Set(hit.underHeader)], ['header'], `#${id} paints over the sticky header: ${hit.underHeader}`);
    assert.equal(hit.below, id, `#${id} is right under the header`);
  }
}

describe('hostile host CSS (hostile-css.html against neutral.html)', () => {
  const shots = {};
  let hostile;

  /** Sizes and fonts of each element and of everything in its shadow tree (Leaflet's panes aside). */
  function fingerprint(page, selector) {
    return page.evaluate((sel) => {
      const out = {};
      for (const el of document.querySelectorAll(sel)) {
        const nodes = [];
        const walk = (root) => {
          for (const n of root.querySelectorAll('*')) {
            if (n.closest('.leaflet-container')) continue;
            const r = n.getBoundingClientRect();
            const cs = getComputedStyle(n);
            const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/)[0]}` : '';
            nodes.push(
              [
                `${n.localName}${cls}`,
                Math.round(r.width),
                Math.round(r.height),
                cs.fontSize,
                cs.fontFamily,
                cs.fontWeight,
                cs.fontStyle,
                cs.lineHeight,
                cs.textAlign,
                cs.textTransform,
                cs.letterSpacing,
                cs.whiteSpace,
                cs.color,
              ].join(' | '),
            );
            if (n.shadowRoot) walk(n.shadowRoot);
          }
        };
        walk(el.shadowRoot);
        const r = el.getBoundingClientRect();
        out[el.id] = { width: r.width, height: r.height, nodes };
      }
      return out;
    }, selector);
  }

  before(async () => {
    for (const name of ['neutral.html', 'hostile-css.html', 'quirks.html']) {
      const opened = await openFixture(name, { reducedMotion: true });
      await waitReady(opened.page, ALL);
      await waitMapsDrawn(opened.page);
      await opened.page.evaluate(() => window.scrollTo(0, 0));
      // The page's `* { transition: all 0.3s }` may still be running on a host (see the test below).
      await opened.page.waitForFunction(() => document.getAnimations().length === 0, { timeout: 5000 });
      shots[name] = await fingerprint(opened.page, ALL);
      if (name === 'hostile-css.html') hostile = opened;
      else if (name === 'quirks.html') {
        assert.equal(await opened.page.evaluate(() => document.compatMode), 'BackCompat');
        await assertQuiet(opened.log, server);
        await opened.page.close();
      } else {
        await assertQuiet(opened.log, server);
        await opened.page.close();
      }
    }
  });
  after(() => hostile?.page.close());

  it('the hostile stylesheet is really applied to the page', async () => {
    const body = await hostile.page.evaluate(() => {
      const cs = getComputedStyle(document.body);
      return { font: cs.fontSize, align: cs.textAlign, root: getComputedStyle(document.documentElement).fontSize };
    });
    assert.deepEqual(body, { font: '30px', align: 'center', root: '10px' });
  });

  /** Every element of `page`'s shots has the neutral page's size and the same shadow nodes (`where`: how the page differs). */
  function assertSameAsNeutral(page, where) {
    const neutral = shots['neutral.html'];
    const other = shots[page];
    assert.deepEqual(Object.keys(other).sort(), Object.keys(neutral).sort());
    for (const id of Object.keys(neutral)) {
      const a = neutral[id];
      const b = other[id];
      assert.ok(
        Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5,
        `#${id}: ${a.width}×${a.height} on the neutral page, ${b.width}×${b.height} ${where}`,
      );
      assert.equal(b.nodes.length, a.nodes.length, `#${id}: same number of shadow nodes`);
      const i = a.nodes.findIndex((n, k) => n !== b.nodes[k]);
      assert.equal(i, -1, `#${id}: node ${i} differs\n  neutral: ${a.nodes[i]}\n  ${where}: ${b.nodes[i]}`);
    }
  }

  it('every element has the same size, fonts and layout as on the neutral page', () => {
    assertSameAsNeutral('hostile-css.html', 'under hostile CSS');
  });

  // An old portal page without `<!doctype html>`: in quirks mode a percentage height with an auto-height
  // parent resolves against the viewport (the card was as tall as the window, its text running over the
  // article on a phone), and the UA's quirks sheet resets a table's colour and line height.
  it('a page without a doctype (quirks mode) lays every element out as the neutral page does', () => {
    assertSameAsNeutral('quirks.html', 'in quirks mode');
  });

  it('the sticky header paints above the map (and the other elements)', async () => {
    await assertHeaderOnTop(hostile.page, ['map', 'list', 'card']);
  });

  it('logs nothing and requests nothing off 127.0.0.1', async () => {
    await assertQuiet(hostile.log, server);
  });

  it("the page's `* { transition: all }` does not animate the elements as they upgrade after the first paint", async () => {
    // The bundle arrives 400 ms late (a slow CDN), so the page has painted the
    // not-yet-upgraded tags with its own font before the elements take over.
    const slow = await serve(0, { delayMs: (path) => (path === '/dist/cdn/jakarta-global-widgets.js' ? 400 : 0) });
    const { page, log } = await open(browser, slow, `${PAGES}/hostile-css.html`, {
      beforeLoad: (p) =>
        p.evaluateOnNewDocument((tags) => {
          window.__hostTransitions = [];
          document.addEventListener(
            'transitionrun',
            (e) => {
              const target = e.composedPath()[0];
              if (tags.includes(target.localName)) window.__hostTransitions.push(`<${target.localName}> ${e.propertyName}`);
            },
            true,
          );
        }, TAGS),
    });
    try {
      await waitForRegistration(page);
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      const transitions = [...new Set(await page.evaluate(() => window.__hostTransitions))];
      assert.deepEqual(transitions, [], 'host-page transitions ran on our elements');
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(offServer(log, slow), []);
    } finally {
      await page.close();
      await slow.close();
    }
  });
});

describe('a page without a doctype (quirks mode), its files missing (quirks-fallback.html)', () => {
  it('shows each fallback text in the box the element reserves, not as tall as the window', async () => {
    const { page, log } = await openFixture('quirks-fallback.html', { viewport: { width: 375, height: 700 } });
    try {
      await waitReady(page, ALL, { allowError: true });
      const boxes = await page.evaluate(() => ({
        mode: document.compatMode,
        ...Object.fromEntries(
          ['counter', 'card', 'list'].map((id) => {
            const el = document.getElementById(id);
            return [id, [el.matches(':state(error)'), el.getBoundingClientRect().height, el.shadowRoot.querySelector('.state').getBoundingClientRect().height]];
          }),
        ),
      }));
      // (--jgw-counter-min-height 10.5em, --jgw-card-min-height 240px, --jgw-list-min-height 320px)
      assert.deepEqual(boxes, { mode: 'BackCompat', counter: [true, 168, 168], card: [true, 240, 240], list: [true, 320, 320] });
      assert.equal(log.exceptions.length, 0, log.exceptions.join('\n'));
    } finally {
      await page.close();
    }
  });
});

describe('a reset that unsets every element, "all: unset" (unset-reset.html)', () => {
  // The reset reaches our hosts (a page's normal declaration beats ":host"): they become inline
  // and static. The shadow trees still lay out, and our stacking stays inside (isolation is
  // the one layout property :host holds with !important; display stays the embedder's).
  let opened;
  before(async () => {
    opened = await openFixture('unset-reset.html', { reducedMotion: true });
    await waitReady(opened.page, ALL);
    await waitMapsDrawn(opened.page);
  });
  after(() => opened?.page.close());

  it('is really applied to our hosts', async () => {
    const host = await opened.page.evaluate(() => {
      const cs = getComputedStyle(document.getElementById('map'));
      return { display: cs.display, position: cs.position, isolation: cs.isolation };
    });
    assert.deepEqual(host, { display: 'inline', position: 'static', isolation: 'isolate' });
  });

  it("the site's sticky header (z-index 1) paints above the map's open panel and controls, and the other elements", async () => {
    const panel = await opened.page.evaluate(() => !!document.getElementById('map').shadowRoot.querySelector('.panel'));
    assert.ok(panel, "Seoul's panel is open");
    await assertHeaderOnTop(opened.page, ['map map', 'map', 'list', 'card']);
  });

  it('shows every element with its data, and logs nothing', async () => {
    const expected = { counter: '102', card: '27', list: 'Seoul' };
    const shown = await opened.page.evaluate(
      (figures) => Object.entries(figures).filter(([id, text]) => !document.getElementById(id).shadowRoot.textContent.includes(text)),
      expected,
    );
    assert.deepEqual(shown, [], 'each element shows its data');
    await assertQuiet(opened.log, server);
  });
});

describe('bundle loaded twice, same version (twice.html)', () => {
  it('evaluates both copies, keeps one registration, throws and warns nothing', async () => {
    const { page, log } = await openFixture('twice.html');
    try {
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      // Two module records (two URLs), both fetched; a failed one would be in log.failed.
      const bundles = log.requests.filter((u) => u.includes('/dist/cdn/jakarta-global-widgets.js'));
      assert.deepEqual(bundles.map((u) => new URL(u).search).sort(), ['', '?copy=2']);
      const versions = await page.evaluate((tags) => tags.map((t) => customElements.get(t)?.version), TAGS);
      assert.deepEqual(versions, TAGS.map(() => PKG.version));
      assert.equal((await mapDrawing(page, '#map')).markers, LOCATED);
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('a tag the page itself already defines (taken-tag.html)', () => {
  it('is left to the page, with one warning saying another script defines it (not a version of ours); the other tags work', async () => {
    const { page, log } = await open(browser, server, `${PAGES}/taken-tag.html`);
    try {
      await waitReady(page, '#counter, #list');
      assert.equal(await page.$eval('#card', (el) => el.dataset.owner), 'page');
      assert.deepEqual(log.warnings, [
        `<program-card>: already defined by another script; jakarta-global-widgets ${PKG.version} leaves it.`,
      ]);
      assert.ok(!log.requests.some((u) => /\/chunks\/program-card-/.test(u)), 'the card’s chunk is not loaded');
      await assertQuiet(log, server, { warnings: false });
    } finally {
      await page.close();
    }
  });
});

describe('two different versions on one page (two-versions.html)', () => {
  let otherTags;
  let page;
  let log;

  before(async () => {
    // A second copy of the bundle, built from the same sources and config with another version.
    const { build } = await import('vite');
    await build({
      root: fileURLToPath(ROOT),
      configFile: fileURLToPath(new URL('vite.cdn.config.ts', ROOT)),
      define: { __JGW_VERSION__: JSON.stringify(OTHER_VERSION) },
      build: { outDir: `${PAGES}/tmp/other`, emptyOutDir: true, sourcemap: false },
      logLevel: 'silent',
    });
    // What the other copy registers on a page of its own.
    mkdirSync(new URL(`${PAGES}/tmp/`, ROOT), { recursive: true });
    writeFileSync(
      new URL(`${PAGES}/tmp/other-alone.html`, ROOT),
      '<!doctype html><link rel="icon" href="data:,"><cooperation-counter></cooperation-counter>' +
        '<program-card program="asn-new-york"></program-card><sister-city-list></sister-city-list><sister-city-map></sister-city-map>' +
        '<script type="module" src="other/jakarta-global-widgets.js"></script>\n',
    );
    const alone = await open(browser, server, `${PAGES}/tmp/other-alone.html`);
    await alone.page
      .waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10000 }, TAGS)
      .catch(() => {});
    otherTags = await alone.page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    await alone.page.close();
    ({ page, log } = await openFixture('two-versions.html'));
    await waitReady(page, ALL);
    await waitMapsDrawn(page);
  });
  after(async () => {
    await page?.close();
    // The second copy is a build output: leave no bundle behind in the tree.
    rmSync(new URL(`${PAGES}/tmp/other`, ROOT), { recursive: true, force: true });
    rmSync(new URL(`${PAGES}/tmp/other-alone.html`, ROOT), { force: true });
  });

  it(`the ${OTHER_VERSION} copy registers all four elements on a page of its own`, () => {
    assert.deepEqual(otherTags, TAGS);
  });

  it('both copies load; the elements work; nothing is thrown or requested off 127.0.0.1', async () => {
    assert.ok(log.requests.some((u) => u.endsWith('/tmp/other/jakarta-global-widgets.js')));
    assert.equal((await mapDrawing(page, '#map')).markers, LOCATED);
    // Interaction still works: sort the list from its column button.
    const sorted = await page.$eval('#list', async (el) => {
      el.shadowRoot.querySelector('button[data-sort="year"]').click();
      await el.updateComplete;
      return [el.sort, el.getAttribute('sort')];
    });
    assert.deepEqual(sorted, ['year', 'year']);
    await assertQuiet(log, server, { warnings: false });
  });

  it(`the first copy (${PKG.version}) keeps every tag`, async () => {
    const versions = await page.evaluate((t) => t.map((tag) => customElements.get(tag).version), TAGS);
    assert.deepEqual(Object.fromEntries(TAGS.map((t, i) => [t, versions[i]])), Object.fromEntries(TAGS.map((t) => [t, PKG.version])));
  });

  it('exactly one warning per tag of ours on the page, naming both versions, and no other', () => {
    // The second copy's loader sees that another version claimed the page: it
    // loads no chunk at all and warns once for each of the four tags it finds.
    for (const tag of TAGS) {
      const mine = log.warnings.filter((w) => w.startsWith(`<${tag}>:`));
      assert.equal(mine.length, 1, `one warning for <${tag}>, got ${JSON.stringify(mine)}`);
      assert.ok(mine[0].includes(PKG.version) && mine[0].includes(OTHER_VERSION), `names both versions: ${mine[0]}`);
    }
    assert.equal(log.warnings.length, TAGS.length, `no other warning: ${JSON.stringify(log.warnings)}`);
    const theirs = log.requests.filter((u) => u.includes('/tmp/other/chunks/'));
    assert.deepEqual(theirs, [], 'the second copy loads no chunk');
  });

  it(`the first copy keeps every tag even when its own chunks arrive after the other copy's`, async () => {
    // The same page from a server that is slow for dist/cdn/chunks/ only (a
    // busy CDN next to the site's own copy).
    const slow = await serve(0, { delayMs: (path) => (path.startsWith('/dist/cdn/chunks/') ? 400 : 0) });
    const opened = await open(browser, slow, `${PAGES}/two-versions.html`);
    try {
      await waitForRegistration(opened.page);
      await waitReady(opened.page, ALL);
      const versions = await opened.page.evaluate((t) => t.map((tag) => customElements.get(tag).version), TAGS);
      assert.deepEqual(Object.fromEntries(TAGS.map((t, i) => [t, versions[i]])), Object.fromEntries(TAGS.map((t) => [t, PKG.version])));
      assert.deepEqual(opened.log.exceptions, []);
      assert.deepEqual(offServer(opened.log, slow), []);
    } finally {
      await opened.page.close();
      await slow.close();
    }
  });
});

describe('a page whose scripts add to Object.prototype (polluted-prototype.html)', () => {
  it('draws the maps (with raster tiles too), which work by pointer and keyboard, and shows the other elements, saying nothing', async () => {
    const { page, log } = await open(browser, server, `${PAGES}/polluted-prototype.html`, { viewport: { width: 1024, height: 900 } });
    // Puppeteer's own waitForFunction fails on such a page ("Waiting failed"): this test waits in the page.
    const until = (fn, arg) =>
      page.evaluate(
        (body, a) =>
          new Promise((resolve, reject) => {
            const test = new Function('a', `return (${body})(a)`);
            const start = performance.now();
            const tick = () => (test(a) ? resolve() : performance.now() - start > 10000 ? reject(new Error(`not within 10 s: ${body}`)) : setTimeout(tick, 50));
            tick();
          }),
        fn.toString(),
        arg,
      );
    try {
      await until((sel) => [...document.querySelectorAll(sel)].every((el) => el.matches(':state(ready)')), ALL);
      await waitMapsDrawn(page);
      // The map itself, not its table in its place (a failed draw falls back to the table, with a warning).
      const drawn = await mapDrawing(page, '#map');
      assert.equal(drawn.markers, LOCATED);
      assert.ok(drawn.land > 100 && drawn.landVisible, `basemap drawn: ${JSON.stringify(drawn)}`);
      // Leaflet's events: a marker's click opens its panel; the zoom control zooms; a drag pans.
      await page.$eval('#map', (el) => el.scrollIntoView({ block: 'center' }));
      const selected = await chooseTokyo(page);
      assert.deepEqual(selected, { id: 'tokyo', panel: true });
      const pane = () => page.$eval('#map', (el) => el.shadowRoot.querySelector('.leaflet-map-pane').style.transform);
      // The distance on screen between two markers: it doubles with each zoom level.
      const spread = () =>
        page.$eval('#map', (el) => {
          const [a, b] = ['tokyo', 'berlin'].map((id) => el.shadowRoot.querySelector(`.marker--partner[data-id="${id}"]`).getBoundingClientRect());
          return Math.hypot(a.x - b.x, a.y - b.y);
        });
      await pause(800); // the map's move to the chosen partner ends
      const spreadBefore = await spread();
      await page.$eval('#map', (el) => el.shadowRoot.querySelector('.controls button').click());
      await pause(600);
      const ratio = (await spread()) / spreadBefore;
      assert.ok(Math.abs(ratio - 2) < 0.05, `the zoom control zooms in one level (markers ${ratio.toFixed(2)}× as far apart)`);
      const box = await page.$eval('#map', (el) => {
        const r = el.shadowRoot.querySelector('.leaflet-container').getBoundingClientRect();
        return { x: r.left + r.width / 3, y: r.top + r.height / 2 };
      });
      const before = await pane();
      await page.mouse.move(box.x, box.y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + 20 * i, box.y + 8 * i);
      await page.mouse.up();
      await pause(300);
      assert.notEqual(await pane(), before, 'a drag pans the map');
      // By keyboard: Enter on a focused marker chooses it.
      const keyed = page.$eval('#map', (el) => new Promise((r) => el.addEventListener('sister-city-select', (e) => r(e.detail.id), { once: true })));
      await page.$eval('#map', (el) => el.shadowRoot.querySelector('.marker--partner[data-id="berlin"]').focus());
      await page.keyboard.press('Enter');
      assert.equal(await keyed, 'berlin');
      // The map with raster tiles: Leaflet's tile layer draws them.
      const tiles = await page.$eval('#tiled', (el) => [...el.shadowRoot.querySelectorAll('img.leaflet-tile-loaded')].length);
      assert.ok(tiles > 0, `${tiles} tiles drawn`);
      // The table sorts by year; the counter ends on its value; the card shows its figure.
      const sorted = await page.$eval('#list', async (el) => {
        el.shadowRoot.querySelector('button[data-sort="year"]').click();
        await el.updateComplete;
        const header = el.shadowRoot.querySelector('button[data-sort="year"]').closest('th').getAttribute('aria-sort');
        const years = [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => parseInt(tr.cells[3].textContent, 10));
        return { header, rows: years.length, years: years.filter(Number.isFinite) };
      });
      assert.equal(sorted.header, 'ascending');
      assert.equal(sorted.rows, DATA.partners.length);
      assert.deepEqual(sorted.years, [...sorted.years].sort((a, b) => a - b), 'rows in the order of their years');
      assert.ok(sorted.years.length > 15, `${sorted.years.length} years read`);
      const agreements = DATA.metrics.find((m) => m.id === 'agreements').value;
      await page.$eval('#counter', (el) => el.scrollIntoView()); // it counts up once in view
      await until((value) => document.querySelector('#counter').shadowRoot.querySelector('.value__now')?.textContent === value, String(agreements));
      assert.match(await page.$eval('#card', (el) => el.shadowRoot.textContent), /27/);
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('host page with its own global Leaflet 1.x map (host-leaflet.html)', () => {
  it('leaves window.L and the host map alone, and draws ours', async () => {
    const { page, log } = await openFixture('host-leaflet.html');
    try {
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      const drawn = await mapDrawing(page, '#map');
      assert.equal(drawn.markers, LOCATED);
      assert.ok(drawn.land > 100 && drawn.paneAbsolute);
      const host = await page.evaluate(() => {
        const map = window.__hostMap;
        const sameL = window.L === window.__hostL;
        map.setView([10, 20], 4, { animate: false });
        const after = map.getCenter();
        map.setZoom(6, { animate: false });
        const zoom = map.getZoom();
        map.panBy([200, 0], { animate: false });
        const panned = map.getCenter();
        return {
          sameL,
          version: window.L.version,
          hostVersion: window.__hostLeafletVersion,
          center: [after.lat, after.lng],
          zoom,
          pannedEast: panned.lng > after.lng,
          markerOnMap: map.hasLayer(window.__hostMarker),
          hostPanes: document.querySelectorAll('#host-map .leaflet-pane').length,
          newGlobals: Object.keys(window).filter((k) => !window.__globalsBefore.includes(k)),
        };
      });
      assert.ok(host.sameL, 'window.L is still the host page’s Leaflet');
      assert.equal(host.version, host.hostVersion);
      assert.ok(Math.abs(host.center[0] - 10) < 1e-6 && Math.abs(host.center[1] - 20) < 1e-6, `host map centre ${host.center}`);
      assert.equal(host.zoom, 6);
      assert.ok(host.pannedEast, 'the host map pans');
      assert.ok(host.markerOnMap && host.hostPanes > 3);
      // Our bundle adds no global of its own (Lit's version registries aside).
      const ours = host.newGlobals.filter(
        (k) => !/^(lit|reactiveElement)\w*$/.test(k) && !/^(puppeteer_|__aria)/.test(k) && k !== '__globalsBefore',
      );
      assert.deepEqual(ours, [], 'globals added by the bundle');
      // Ours still reacts: zoom in with its own button.
      const zoomed = await page.$eval('#map', async (el) => {
        const before = el.shadowRoot.querySelector('.leaflet-map-pane').style.transform;
        el.shadowRoot.querySelector('.controls button').click();
        await new Promise((r) => setTimeout(r, 400));
        return before !== el.shadowRoot.querySelector('.leaflet-map-pane').style.transform ||
          el.shadowRoot.querySelector('.leaflet-proxy, .leaflet-zoom-animated') !== null;
      });
      assert.ok(zoomed, 'our map zooms with its own control');
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('a map added after the page loaded (late-map.html)', () => {
  it('loads no Leaflet or basemap until a map is in the page, then registers and draws it', async () => {
    const { page, log } = await open(browser, server, `${PAGES}/late-map.html`);
    try {
      await waitReady(page, 'cooperation-counter, sister-city-list');
      await pause(300); // time for any eager map loading to show up
      // Leaflet, and the map's runtime, which carries the basemap
      const mapChunk = (u) => /\/chunks\/(leaflet|map-runtime)-/.test(u);
      assert.deepEqual(log.requests.filter(mapChunk), [], 'map chunks loaded by a page without a map');
      await page.evaluate(() => {
        const map = document.createElement('sister-city-map');
        map.id = 'map';
        map.setAttribute('region', 'oceania');
        document.getElementById('column').append(map);
      });
      await waitForRegistration(page);
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      const drawn = await mapDrawing(page, '#map');
      const oceania = DATA.partners.filter((p) => p.region === 'oceania' && Number.isFinite(p.lat)).length;
      assert.equal(drawn.markers, oceania);
      // Zoomed in on Oceania: Leaflet leaves the paths far outside the view empty.
      assert.ok(drawn.land > 5 && drawn.landVisible, `basemap drawn: ${JSON.stringify(drawn)}`);
      assert.equal(log.requests.filter(mapChunk).length, 2, 'Leaflet and the runtime with the basemap were loaded for the new map, once each');
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('removing the map while Leaflet is still moving it (churn.html)', () => {
  for (const [name, gesture] of [
    ['just after the reader flings it (drag inertia)', 'fling'],
    ['during a keyboard pan', 'key'],
  ]) {
    it(`${name}: nothing is thrown`, async () => {
      const { page, log } = await openFixture('churn.html');
      try {
        await waitReady(page, ALL);
        await waitMapsDrawn(page);
        if (gesture === 'fling') {
          // A quick swipe, one move per frame (as a mouse reports it), released
          // while moving; the host removes the map in the same task (a link
          // followed, a route change). Leaflet then coasts on with inertia.
          await page.$eval('#map', async (el) => {
            const container = el.shadowRoot.querySelector('.leaflet-container');
            const r = container.getBoundingClientRect();
            let x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            const fire = (type, target) =>
              target.dispatchEvent(
                new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1 }),
              );
            fire('mousedown', container);
            for (let i = 0; i < 4; i++) {
              await new Promise((f) => requestAnimationFrame(f));
              x -= 40;
              fire('mousemove', container);
            }
            fire('mouseup', container);
            el.remove();
          });
        } else {
          await page.$eval('#map', (el) => el.shadowRoot.querySelector('.leaflet-container').focus());
          await page.keyboard.press('ArrowRight');
          await page.$eval('#map', (el) => el.remove());
        }
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        assert.equal(await page.$('#map'), null, 'the map was removed');
        await assertQuiet(log, server);
      } finally {
        await page.close();
      }
    });
  }
});

describe('maps in a closed accordion and a hidden tab (hidden.html)', () => {
  it('wait without a size, then draw at their real size once shown', async () => {
    const { page, log } = await openFixture('hidden.html');
    try {
      await waitReady(page, ALL);
      // Hidden: no map is created in a 0×0 box, and `ready` stays pending.
      const pending = await page.evaluate(async () => {
        const settled = (el) => Promise.race([el.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('pending'), 300))]);
        return Promise.all(['map-accordion', 'map-tab'].map((id) => settled(document.getElementById(id))));
      });
      assert.deepEqual(pending, ['pending', 'pending']);
      await page.evaluate(() => {
        document.getElementById('accordion').open = true;
        document.getElementById('tab').hidden = false;
      });
      await waitMapsDrawn(page);
      for (const id of ['#map-accordion', '#map-tab']) {
        const drawn = await mapDrawing(page, id);
        const stage = await page.$eval(id, (el) => {
          const r = el.shadowRoot.querySelector('.stage').getBoundingClientRect();
          const box = el.shadowRoot.querySelector('.leaflet-container').getBoundingClientRect();
          const markers = [...el.shadowRoot.querySelectorAll('.marker--partner')].map((m) => m.getBoundingClientRect());
          const inside = markers.filter((m) => m.left >= box.left - 12 && m.right <= box.right + 12 && m.top >= box.top - 12 && m.bottom <= box.bottom + 12);
          return { width: r.width, height: r.height, inside: inside.length };
        });
        assert.ok(Math.abs(drawn.width - stage.width) <= 2 && Math.abs(drawn.height - stage.height) <= 2, `${id}: Leaflet box ${drawn.width}×${drawn.height} in a ${stage.width}×${stage.height} stage`);
        assert.ok(drawn.landVisible, `${id}: basemap visible`);
        assert.ok(stage.inside >= Math.min(drawn.markers, 3), `${id}: markers inside the map box (${stage.inside} of ${drawn.markers})`);
      }
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('right-to-left host page (rtl.html)', () => {
  it('renders the elements left-to-right, inside their boxes', async () => {
    const { page, log } = await openFixture('rtl.html');
    try {
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      const dirs = await page.evaluate((sel) => {
        const out = { page: getComputedStyle(document.body).direction, rtlNodes: [], titles: [] };
        for (const el of document.querySelectorAll(sel)) {
          const walk = (root) => {
            for (const n of root.querySelectorAll('*')) {
              if (getComputedStyle(n).direction !== 'ltr') out.rtlNodes.push(`#${el.id} ${n.localName}.${n.className}`);
              if (n.shadowRoot) walk(n.shadowRoot);
            }
          };
          if (getComputedStyle(el).direction !== 'ltr') out.rtlNodes.push(`#${el.id}`);
          walk(el.shadowRoot);
          // The first line of text starts at the left edge, as in an LTR page.
          const first = el.shadowRoot.querySelector('.title, .value, .caption__text');
          if (first) {
            const range = document.createRange();
            range.selectNodeContents(first);
            const r = range.getClientRects()[0];
            const host = el.getBoundingClientRect();
            out.titles.push({ id: el.id, fromLeft: r.left - host.left, fromRight: host.right - r.right });
          }
        }
        return out;
      }, ALL);
      assert.equal(dirs.page, 'rtl');
      assert.deepEqual(dirs.rtlNodes, [], 'nodes laid out right-to-left');
      for (const title of dirs.titles) {
        assert.ok(title.fromLeft < 40 && title.fromLeft < title.fromRight, `#${title.id}: text starts at the left (${JSON.stringify(title)})`);
      }
      assertNoOverflow(await overflowReport(page, ALL), 1024);
      const drawn = await mapDrawing(page, '#map');
      assert.equal(drawn.markers, LOCATED);
      assert.ok(drawn.landVisible);
      const inside = await page.$eval('#map', (el) => {
        const box = el.shadowRoot.querySelector('.leaflet-container').getBoundingClientRect();
        const home = el.shadowRoot.querySelector('.marker--home').getBoundingClientRect();
        return home.left >= box.left && home.right <= box.right && home.top >= box.top && home.bottom <= box.bottom;
      });
      assert.ok(inside, "Jakarta's marker is inside the map box");
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('320 px wide phone (narrow.html)', () => {
  it('nothing is wider than the screen, in every view of the map', async () => {
    const viewport = { width: 320, height: 700 };
    const { page, log } = await openFixture('narrow.html', { viewport });
    try {
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      assertNoOverflow(await overflowReport(page, ALL), 320);
      // Open every disclosure (sources, notes): still no overflow.
      await page.evaluate((sel) => {
        for (const el of document.querySelectorAll(sel)) for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
      }, ALL);
      assertNoOverflow(await overflowReport(page, ALL), 320);
      assert.ok(await page.$eval('#map', (el) => !!el.shadowRoot.querySelector('[part~="panel"]')), 'panel open');
      // The table view, with the list nested in the map.
      await page.$eval('#map', (el) => el.shadowRoot.querySelector('[part~="toggle"]').click());
      await page.waitForFunction(() => {
        const list = document.querySelector('#map').shadowRoot.querySelector('sister-city-list');
        return list?.matches(':state(ready)');
      });
      assertNoOverflow(await overflowReport(page, ALL), 320);
      const nested = await page.$eval('#map', (el) => {
        const list = el.shadowRoot.querySelector('sister-city-list');
        return { scrollWidth: list.scrollWidth, clientWidth: list.clientWidth, rows: list.shadowRoot.querySelectorAll('[part~="row"]').length };
      });
      assert.ok(nested.scrollWidth <= nested.clientWidth, `nested list overflows: ${JSON.stringify(nested)}`);
      assert.equal(nested.rows, DATA.partners.length);
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe("a reader's text spacing, WCAG 1.4.12 (narrow.html with and without text-spacing.css, 320 px)", () => {
  /** The spacings of the card's summary and the counter's label, in px, and every box that cuts its content. */
  const spacingReport = (page) =>
    page.evaluate((sel) => {
      const text = (el, part) => {
        const cs = getComputedStyle(el.shadowRoot.querySelector(`[part~="${part}"]`));
        return { letter: parseFloat(cs.letterSpacing) || 0, word: parseFloat(cs.wordSpacing) || 0 };
      };
      const cut = [];
      const walk = (root, where) => {
        for (const e of root.querySelectorAll('*')) {
          if (e.shadowRoot) walk(e.shadowRoot, `${where} > ${e.localName}`);
          if (e.closest('.leaflet-container') || e.clientWidth <= 1) continue; // the map's own panes; visually hidden text
          const cs = getComputedStyle(e);
          const hides = (v) => v === 'hidden' || v === 'clip';
          if ((hides(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(cs.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
            cut.push(`${where} ${e.localName}.${e.className}: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`);
          }
        }
      };
      for (const el of document.querySelectorAll(sel)) walk(el.shadowRoot, `#${el.id}`);
      return {
        card: text(document.querySelector('#card'), 'summary'),
        counter: text(document.querySelector('#counter'), 'label'),
        cut,
        page: document.documentElement.scrollWidth,
      };
    }, ALL);

  it('the spacings reach the text inside the elements, and no box cuts its content', async () => {
    const viewport = { width: 320, height: 700 };
    /** Opens a page (one at a time: a page in the background gets no frames), every disclosure open. */
    const settle = async (spacing) => {
      const opened = await openFixture('narrow.html', { viewport });
      // Added as a reader's tool adds it: to the page as it is, after it has loaded.
      if (spacing) await opened.page.addStyleTag({ url: `${server.url}/${PAGES}/text-spacing.css` });
      await waitReady(opened.page, ALL);
      await waitMapsDrawn(opened.page);
      await opened.page.evaluate((sel) => {
        for (const el of document.querySelectorAll(sel)) for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
      }, ALL);
      return opened;
    };
    const plain = await settle(false);
    const before = await spacingReport(plain.page);
    await plain.page.close();
    // Without the tool, the elements' own spacing (the control: the checks below can fail).
    assert.deepEqual([before.card.letter, before.card.word, before.counter.letter], [0, 0, 0]);
    const { page, log } = await settle(true);
    try {
      const after = await spacingReport(page);
      // With it: 0.12em and 0.16em of the host's 16 px, inherited. (Line heights: the texts that
      // set their own keep it, 1.35 to 1.55; the tool's 1.5 reaches only those that inherit.)
      for (const t of [after.card, after.counter]) {
        assert.ok(Math.abs(t.letter - 0.12 * 16) < 0.01, `letter spacing ${t.letter}px`);
        assert.ok(Math.abs(t.word - 0.16 * 16) < 0.01, `word spacing ${t.word}px`);
      }
      assert.deepEqual(after.cut, [], 'content cut by its box');
      assert.equal(after.page, 320, 'the page scrolls sideways');
      // The table view of the map too.
      await page.$eval('#map', (el) => el.shadowRoot.querySelector('[part~="toggle"]').click());
      await page.waitForFunction(() => document.querySelector('#map').shadowRoot.querySelector('sister-city-list')?.matches(':state(ready)'));
      const table = await spacingReport(page);
      assert.deepEqual(table.cut, [], 'content cut by its box, table view');
      assert.equal(table.page, 320);
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('a host that removes, re-adds and moves the elements (churn.html)', () => {
  it('survives 30 cycles: no exception, every element ready, the map draws again where it lands', async () => {
    const { page, log } = await openFixture('churn.html');
    try {
      // Start churning at once, while the data and (for the map) Leaflet are still loading.
      await page.evaluate(async (cycles) => {
        const a = document.getElementById('a');
        const b = document.getElementById('b');
        const els = ['counter', 'card', 'list', 'map'].map((id) => document.getElementById(id));
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        for (let i = 0; i < cycles; i++) {
          const target = i % 2 ? b : a;
          if (i % 3 === 0) {
            // Removed for a frame, then put back.
            for (const el of els) el.remove();
            await frame();
            target.append(...els);
          } else if (i % 3 === 1) {
            // Moved in one go (disconnected and reconnected in the same task), in reverse order.
            target.append(...[...els].reverse());
          } else {
            // Removed, a task later re-added inside a new wrapper.
            for (const el of els) el.remove();
            await new Promise((r) => setTimeout(r, 5));
            const wrapper = document.createElement('div');
            target.append(wrapper);
            wrapper.append(...els);
          }
          await frame();
        }
        // Finally into the second column, in page order.
        b.replaceChildren(...els);
        a.replaceChildren();
      }, 30);
      await waitReady(page, ALL);
      const where = await page.$$eval(ALL, (els) => els.map((el) => el.parentElement.id));
      assert.deepEqual([...new Set(where)], ['b']);
      await waitMapsDrawn(page);
      const drawn = await mapDrawing(page, '#map');
      assert.equal(drawn.containers, 1, 'exactly one Leaflet map (none left over from earlier cycles)');
      assert.equal(await page.$eval('#map', (el) => el.shadowRoot.querySelectorAll('.map').length), 1);
      assert.ok(drawn.land > 100 && drawn.landVisible, 'basemap drawn');
      assert.equal(drawn.markers, LOCATED);
      // And it still works: choosing a partner opens its panel and fires the event.
      const selected = await chooseTokyo(page);
      assert.deepEqual(selected, { id: 'tokyo', panel: true });
      // The counter ends on its final value.
      const agreements = DATA.metrics.find((m) => m.id === 'agreements').value;
      await page.waitForFunction(
        (value) => document.querySelector('#counter').shadowRoot.querySelector('.value__now')?.textContent === value,
        { timeout: 5000 },
        String(agreements),
      );
      // No listener left behind on window or document: the same count after one more
      // full add / draw / remove cycle as after the first removal.
      const removeAll = () =>
        page.evaluate(async () => {
          for (const id of ['counter', 'card', 'list', 'map']) document.getElementById(id).remove();
          await new Promise((r) => setTimeout(r, 50));
        });
      const stash = await page.evaluateHandle(() => ['counter', 'card', 'list', 'map'].map((id) => document.getElementById(id)));
      await removeAll();
      const first = await globalListeners(page);
      for (let i = 0; i < 3; i++) {
        await page.evaluate((els) => document.getElementById('a').append(...els), stash);
        await waitReady(page, ALL);
        await waitMapsDrawn(page);
        // A real press on the map (Leaflet installs some handlers only then) and a key that pans it.
        const box = await page.$eval('#map', (el) => {
          const r = el.shadowRoot.querySelector('.leaflet-container').getBoundingClientRect();
          return { x: r.left + 30, y: r.top + r.height / 2 };
        });
        await page.mouse.click(box.x, box.y);
        await page.keyboard.press('ArrowRight');
        await page.evaluate((els) => els.forEach((el) => el.remove()), stash);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      }
      assert.deepEqual(await globalListeners(page), first, 'window/document listeners after 3 more cycles');
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});
