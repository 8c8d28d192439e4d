// End-to-end accessibility: axe-core on every element of the BUILT CDN
// bundle in every state (loading, ready, error; light and dark; Indonesian
// and English; disclosures open; the list sorted; the map's placeholder,
// panel and table view), in a real host page (test/e2e/pages/a11y.html).
// axe.run(element) follows open shadow roots, nested ones included.
//   npx vite build --config vite.cdn.config.ts
//   node --test --test-concurrency=1 test/e2e/a11y.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  assertBundleBuilt,
  assertBundleRegisters,
  launch,
  offServer,
  open,
  ROOT,
  serve,
  TAGS,
  waitForRegistration,
  waitMapsDrawn,
  waitReady,
} from './support.mjs';

/**
 * `src` of the elements that must stay in their loading state: the server holds
 * it back for 15 s (the elements give up after 10 s; a longer delay would only
 * keep this process alive after the tests).
 */
const SLOW = '/test/fixtures/mini.json';

let server;
let browser;
let page;
let log;

before(async () => {
  assertBundleBuilt();
  server = await serve(0, { delayMs: (path) => (path === SLOW ? 15_000 : 0) });
  browser = await launch();
  await assertBundleRegisters(browser, server);
  // A tall window, so that axe sees most of each element on screen when it checks colour contrast.
  ({ page, log } = await open(browser, server, 'test/e2e/pages/a11y.html', { viewport: { width: 1024, height: 1600 } }));
  await waitForRegistration(page);
  await page.addScriptTag({ path: fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT)) });
  const settled = TAGS.map((t) => `${t}:not([src="${SLOW}"])`).join(', ');
  await waitReady(page, settled, { allowError: true });
});

after(async () => {
  await page?.close();
  await browser?.close();
  server?.server.closeAllConnections();
  await server?.close();
});

/**
 * Runs axe on one element (scrolled near the top of the window unless
 * `scroll` is false) and returns its violations as readable lines. Text whose
 * colour contrast axe could not decide ("incomplete", e.g. `bgOverlap` next to
 * Leaflet's panes) is measured here instead: its colour against the composed
 * backgrounds under it, against WCAG AA (4.5:1, 3:1 for large text).
 */
async function violations(id, { scroll = true } = {}) {
  return page.evaluate(
    async (elId, doScroll) => {
      const el = document.getElementById(elId);
      if (doScroll) {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -40);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      const result = await window.axe.run(el, { resultTypes: ['violations', 'incomplete'] });
      const lines = result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes
            .slice(0, 6)
            .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''}`)
            .join('\n      ')}`,
      );
      // Colour contrast that axe left undecided, measured by hand.
      const rgba = (c) => {
        const m = c.match(/^rgba?\(([^)]+)\)$/) ?? c.match(/^color\(srgb ([^)]+)\)$/);
        if (!m) return null;
        const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        const scale = c.startsWith('color(') ? 255 : 1;
        return [parts[0] * scale, parts[1] * scale, parts[2] * scale, parts[3] ?? 1];
      };
      const over = (top, below) => top.slice(0, 3).map((v, i) => v * top[3] + below[i] * (1 - top[3])).concat(1);
      const luminance = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const resolve = (target) => {
        let node = document;
        for (const sel of target[0] instanceof Array ? target[0] : target) {
          node = (node.shadowRoot ?? node).querySelector(sel);
          if (!node) return null;
        }
        return node;
      };
      for (const rule of result.incomplete.filter((r) => r.id === 'color-contrast')) {
        for (const n of rule.nodes) {
          const node = resolve(n.target);
          if (!node) {
            lines.push(`color-contrast undecided and not found: ${JSON.stringify(n.target)}`);
            continue;
          }
          const cs = getComputedStyle(node);
          const layers = [];
          for (let e = node; e; e = e.parentElement ?? e.getRootNode().host) {
            const raw = getComputedStyle(e).backgroundColor;
            const bg = rgba(raw);
            if (!bg) {
              lines.push(`color-contrast: cannot read the background ${raw} under ${JSON.stringify(n.target)}`);
              break;
            }
            if (bg[3] > 0) layers.push(bg);
            if (bg[3] === 1) break;
          }
          const background = layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
          const fg = rgba(cs.color);
          if (!fg) {
            lines.push(`color-contrast: cannot read the colour ${cs.color} of ${JSON.stringify(n.target)}`);
            continue;
          }
          const text = over(fg, background);
          const [a, b] = [luminance(text), luminance(background)].sort((x, y) => y - x);
          const ratio = (a + 0.05) / (b + 0.05);
          const size = parseFloat(cs.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
          const needed = large ? 3 : 4.5;
          if (ratio < needed) {
            lines.push(`color-contrast (measured): ${ratio.toFixed(2)}:1 < ${needed}:1 for ${JSON.stringify(n.target)} (${cs.color} on ${background})`);
          }
        }
      }
      return lines;
    },
    id,
    scroll,
  );
}

function state(id) {
  return page.$eval(`#${id}`, (el) => ['loading', 'ready', 'error'].find((s) => el.matches(`:state(${s})`)));
}

async function assertClean(id, expectedState, options) {
  assert.equal(await state(id), expectedState, `#${id} state`);
  const found = await violations(id, options);
  assert.deepEqual(found, [], `axe violations in #${id}:\n    ${found.join('\n    ')}`);
}

describe('axe-core finds nothing, in every state', () => {
  // First, while the server still holds their dataset back (each element gives up after 10 s).
  describe('loading state', () => {
    it('<cooperation-counter>', () => assertClean('counter-loading', 'loading'));
    it('<program-card>', () => assertClean('card-loading', 'loading'));
    it('<sister-city-list>', () => assertClean('list-loading', 'loading'));
    it('<sister-city-map>', () => assertClean('map-loading', 'loading'));
  });

  describe('<cooperation-counter>', () => {
    it('ready, Indonesian', () => assertClean('counter-id', 'ready'));
    it('ready, English, with a caption', () => assertClean('counter-en', 'ready'));
    it('sources and notes disclosure open', async () => {
      await page.$eval('#counter-open', (el) => el.shadowRoot.querySelector('summary').click());
      assert.equal(await page.$eval('#counter-open', (el) => el.shadowRoot.querySelector('details').open), true);
      await assertClean('counter-open', 'ready');
    });
    it('error: src cannot be loaded', () => assertClean('counter-error', 'error'));
    it('error: unknown metric, English', () => assertClean('counter-unknown', 'error'));
    it('dark theme, ready', () => assertClean('counter-dark', 'ready'));
    it('dark theme, English, error', () => assertClean('counter-dark-en-error', 'error'));
  });

  describe('<program-card>', () => {
    it('full, Indonesian', () => assertClean('card-id', 'ready'));
    it('full, English', () => assertClean('card-en', 'ready'));
    it('compact, disclosure closed', () => assertClean('card-compact', 'ready'));
    it('compact, English, disclosure open', async () => {
      await page.$eval('#card-compact-open', (el) => el.shadowRoot.querySelector('summary').click());
      assert.equal(await page.$eval('#card-compact-open', (el) => el.shadowRoot.querySelector('details').open), true);
      await assertClean('card-compact-open', 'ready');
    });
    it('error: src cannot be loaded', () => assertClean('card-error', 'error'));
    it('error: unknown programme, English', () => assertClean('card-unknown', 'error'));
    it('dark theme, full', () => assertClean('card-dark', 'ready'));
    it('dark theme, compact, English', () => assertClean('card-dark-compact-en', 'ready'));
  });

  describe('<sister-city-list>', () => {
    it('ready, Indonesian, all partners, notes open', async () => {
      await page.$eval('#list-id', (el) => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
      await assertClean('list-id', 'ready');
    });
    it('English, one region, a selected partner', () => assertClean('list-en', 'ready'));
    it('sorted by the reader (year, then descending)', async () => {
      const sorted = await page.$eval('#list-sorted', async (el) => {
        const button = () => el.shadowRoot.querySelector('button[data-sort="year"]');
        button().click();
        await el.updateComplete;
        button().click();
        await el.updateComplete;
        button().focus();
        return { sort: el.sort, order: el.order, ariaSort: button().closest('th').getAttribute('aria-sort') };
      });
      assert.deepEqual(sorted, { sort: 'year', order: 'desc', ariaSort: 'descending' });
      await assertClean('list-sorted', 'ready');
    });
    it('error', () => assertClean('list-error', 'error'));
    it('dark theme', () => assertClean('list-dark', 'ready'));
  });

  describe('<sister-city-map>', () => {
    before(async () => {
      // Before any map is drawn (the placeholder test needs the lazy one untouched), draw the others.
      await waitMapsDrawn(page, 'sister-city-map.draw');
    });

    it('placeholder: lazy, far below the fold, Leaflet not loaded for it', async () => {
      const before = await page.$eval('#map-placeholder', (el) => ({
        placeholder: !!el.shadowRoot.querySelector('[part~="placeholder"]'),
        leaflet: !!el.shadowRoot.querySelector('.leaflet-container'),
        top: el.getBoundingClientRect().top + window.scrollY,
      }));
      assert.deepEqual({ placeholder: before.placeholder, leaflet: before.leaflet }, { placeholder: true, leaflet: false });
      assert.ok(before.top > 5000, 'far below the fold');
      // Not scrolled: near the viewport it would start loading Leaflet.
      await assertClean('map-placeholder', 'ready', { scroll: false });
      assert.equal(await page.$eval('#map-placeholder', (el) => !!el.shadowRoot.querySelector('.leaflet-container')), false);
    });
    it('ready, Indonesian', () => assertClean('map-id', 'ready'));
    it('ready, English, one region', () => assertClean('map-en', 'ready'));
    it('panel open after the reader chose a partner', async () => {
      const opened = await page.$eval('#map-panel', async (el) => {
        el.shadowRoot.querySelector('.marker--partner[data-id="seoul"]').click();
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        return {
          selected: el.selected,
          panel: !!el.shadowRoot.querySelector('[part~="panel"]'),
          focus: el.shadowRoot.activeElement?.className ?? null,
        };
      });
      assert.deepEqual(opened, { selected: 'seoul', panel: true, focus: 'panel__title' });
      await assertClean('map-panel', 'ready');
    });
    it('table view (toggled by the reader), English', async () => {
      await showTable('map-table');
      await assertClean('map-table', 'ready');
    });
    it('error', () => assertClean('map-error', 'error'));
    it('dark theme, panel open', async () => {
      assert.ok(await page.$eval('#map-dark', (el) => !!el.shadowRoot.querySelector('[part~="panel"]')));
      await assertClean('map-dark', 'ready');
    });
    it('dark theme, table view, English', async () => {
      await showTable('map-dark-table');
      await assertClean('map-dark-table', 'ready');
    });
  });

  it('the page requested nothing off 127.0.0.1 and threw nothing', () => {
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(offServer(log, server), []);
  });
});

describe('forced colours (Windows High Contrast)', () => {
  it("the counter's Sources disclosure keeps its triangle, which turns when it opens", async () => {
    // (Puppeteer's emulateMediaFeatures refuses this feature; Chromium's protocol takes it.)
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      await page.$eval('#counter-open', (el) => {
        const details = el.shadowRoot.querySelector('details');
        if (!details.open) details.querySelector('summary').click();
      });
      const marker = (id) =>
        page.$eval(`#${id}`, (el) => {
          const summary = el.shadowRoot.querySelector('summary');
          const s = getComputedStyle(summary, '::before');
          return { open: summary.parentElement.open, top: s.borderTopColor, bottom: s.borderBottomColor, side: s.borderLeftColor, turned: s.transform !== 'none' };
        });
      const [closed, opened] = [await marker('counter-id'), await marker('counter-open')];
      for (const m of [closed, opened]) {
        // Transparent above and below: a triangle, not a square.
        assert.equal(m.top, 'rgba(0, 0, 0, 0)');
        assert.equal(m.bottom, 'rgba(0, 0, 0, 0)');
        assert.notEqual(m.side, 'rgba(0, 0, 0, 0)');
      }
      assert.deepEqual([closed.open, closed.turned, opened.open, opened.turned], [false, false, true, true]);
    } finally {
      await cdp.send('Emulation.setEmulatedMedia', { features: [] });
      await cdp.detach();
    }
  });
});

describe("the reader's default font size", () => {
  it('sizes the text of every element (the browser\'s setting, not the page\'s html font size)', async () => {
    // A reader who set 24 px as the browser's default (chrome://settings/fonts) gets 24 px text;
    // the page's own root font size (a11y.html sets none; a page's 62.5 % would not count) does not.
    const cdp = await page.createCDPSession();
    const sizes = () =>
      page.$$eval('#counter-id, #card-id, #list-id, #map-id', (els) =>
        els.map((el) => [el.id, getComputedStyle(el).fontSize, getComputedStyle(el.shadowRoot.querySelector('[part~="label"], [part~="title"], [part~="caption"], [part~="toggle"]')).fontSize]),
      );
    const before = await sizes();
    assert.equal(before.length, 4);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    try {
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '62.5%'));
      const after = await sizes();
      for (const [i, [id, host, inner]] of after.entries()) {
        assert.equal(before[i][1], '16px', `${id} at the default setting`);
        assert.equal(host, '24px', `${id}'s host`);
        // Sizes inside scale with it (they are in em).
        assert.equal(parseFloat(inner) / 24, parseFloat(before[i][2]) / 16, `${id}'s heading or label`);
      }
    } finally {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
      await cdp.detach();
    }
  });
});

/** Every node of the accessibility tree under `handle` (Chromium's, shadow roots included), depth first. */
async function axNodes(handle) {
  const out = [];
  const walk = (n) => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(await page.accessibility.snapshot({ root: handle, interestingOnly: false }));
  return out;
}

describe('what a screen reader is given (Chromium\'s accessibility tree)', () => {
  it("the map's buttons say their name once, its help is its description only, and a deep heading-level keeps the panel's levels", async () => {
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<sister-city-map id="sr-map" heading-level="5" selected="seoul" open loading="eager" style="display:block;width:900px;height:520px"></sister-city-map>',
      ),
    );
    await waitMapsDrawn(page, '#sr-map');
    const map = await page.$('#sr-map');
    const nodes = await axNodes(map);
    const help = await page.$eval('#sr-map', (el) => el.shadowRoot.querySelector('#map-help').textContent.trim());
    assert.ok(help.length > 40, help);
    // Read when the reader reaches the map, not a second time in the page's order.
    assert.deepEqual(
      nodes.filter((n) => n.description === help).map((n) => n.role),
      ['region'],
    );
    assert.equal(nodes.filter((n) => n.name === help || (n.name ?? '').includes(help.slice(0, 30))).length, 0, 'help read as text');
    // Zoom, reset and close: a name, no description repeating it.
    const buttons = nodes.filter((n) => n.role === 'button' && /Perbesar|Perkecil|Kembalikan|Tutup/.test(n.name));
    assert.deepEqual(
      buttons.map((n) => [n.name, n.description ?? '']),
      [
        ['Perbesar peta', ''],
        ['Perkecil peta', ''],
        ['Kembalikan tampilan awal peta', ''],
        ['Tutup detail', ''],
      ],
    );
    // heading-level 5: the map's heading 5, the panel's title 6, its sections 7 (no h7 in HTML: aria-level).
    const headings = nodes.filter((n) => n.role === 'heading').map((n) => [n.level, n.name]);
    assert.deepEqual(headings.slice(0, 2), [
      [5, 'Kota kembar Jakarta'],
      [6, 'Seoul'],
    ]);
    assert.ok(headings.length > 2 && headings.slice(2).every(([level]) => level === 7), JSON.stringify(headings));
    await page.evaluate(() => document.querySelector('#sr-map').remove());
  });
});

async function showTable(id) {
  const shown = await page.$eval(`#${id}`, async (el) => {
    el.shadowRoot.querySelector('[part~="toggle"]').click();
    await el.updateComplete;
    const list = el.shadowRoot.querySelector('sister-city-list');
    await list?.updateComplete;
    return { list: !!list, hidden: el.shadowRoot.querySelector('[part~="table"]')?.hidden };
  });
  assert.deepEqual(shown, { list: true, hidden: false });
  await page.waitForFunction(
    (elId) => document.getElementById(elId).shadowRoot.querySelector('sister-city-list').matches(':state(ready)'),
    {},
    id,
  );
}
