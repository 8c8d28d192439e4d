// Prerendered embeds in a browser: HTML written by renderWidget() (dist/ssr/)
// with Declarative Shadow DOM, shown with no script at all, upgraded in place
// by the CDN entry with no layout shift and no duplicated content, and, with
// the stylesheets linked (stylesheetBase), under the strict CSP header with
// no violation.
//   npm run build
//   node --test --test-concurrency=1 test/e2e/ssr.test.mjs
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderWidget } from '../../dist/ssr/index.js';
import { assertBundleBuilt, BUNDLE, DATA, launch, open, recordShifts, serve, shiftsOf, waitForRegistration, waitReady } from './support.mjs';

const WIDGETS = [
  ['cooperation-counter', { metric: 'agreements', lang: 'id' }],
  ['program-card', { program: 'asn-new-york', lang: 'en' }],
  ['sister-city-list', { region: 'europe', lang: 'id' }],
  ['sister-city-map', { lang: 'en' }],
];

const agreements = DATA.metrics.find((m) => m.id === 'agreements');
const asnNewYork = DATA.programs.find((p) => p.id === 'asn-new-york');

/** A host page: the embed's script (unless `script` is false) and each widget prerendered, a paragraph after each one. */
async function page({ stylesheetBase, script = true, reserve = false } = {}) {
  const widgets = await Promise.all(
    WIDGETS.map(async ([tag, attrs], i) => `${(await renderWidget(tag, attrs, { stylesheetBase })).replace(`<${tag} `, `<${tag} id="w${i}" `)}\n<p id="after${i}">after ${i}</p>`),
  );
  return (
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>prerendered</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/test/e2e/pages/page.css"></head><body><main class="column">\n` +
    // The reservation stylesheet of script embeds is not needed by prerendered ones; a page with both has it.
    (reserve ? `<link rel="stylesheet" href="/dist/cdn/jakarta-global-widgets.css">\n` : '') +
    (script ? `<script type="module" src="${BUNDLE}"></script>\n` : '') +
    `${widgets.join('\n')}\n</main></body></html>`
  );
}

let server;
let browser;
const pages = {};
const ENTRY_DELAY_MS = 600;
/** The entry's delay now (a test that needs the entry at once sets it to 0 for its page). */
let entryDelayMs = ENTRY_DELAY_MS;

before(async () => {
  assertBundleBuilt();
  pages['/ssr/inline.html'] = await page();
  pages['/ssr/linked.csp.html'] = await page({ stylesheetBase: '/dist/cdn/' });
  pages['/ssr/inline.csp.html'] = pages['/ssr/inline.html'];
  // As another Lit SSR host writes it (no animation attribute): the client still does not count up a prerendered counter.
  pages['/ssr/counting.html'] = pages['/ssr/inline.html'].replace(' animation="none"', '');
  pages['/ssr/linked.tt.csp.html'] = pages['/ssr/linked.csp.html'];
  pages['/ssr/linked-reserve.csp.html'] = await page({ stylesheetBase: '/dist/cdn/', reserve: true });
  // A figure whose own label is shorter than the dataset's: the reservation (measured for the dataset's label) is taller than the content.
  pages['/ssr/reserve-mismatch.html'] =
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>reserve</title>` +
    `<link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/cdn/jakarta-global-widgets.css"></head><body>` +
    `<script type="module" src="${BUNDLE}"></script>` +
    `${await renderWidget('cooperation-counter', { metric: 'partner-countries', label: 'x' })}<p id="after">after</p></body></html>`;
  pages['/ssr/nojs.html'] = await page({ script: false });
  pages['/ssr/counter-only.html'] =
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>counter</title><link rel="icon" href="data:,"></head><body>` +
    `<script type="module" src="${BUNDLE}"></script>${await renderWidget('cooperation-counter', { metric: 'agreements' })}</body></html>`;
  // A prerendered counter and, found with it, a card as the script embed writes it (not prerendered).
  pages['/ssr/mixed.html'] = pages['/ssr/inline.html'].replace(/<program-card[\s\S]*?<\/program-card>/, '<program-card id="w1" program="asn-new-york" lang="en"></program-card>');
  server = await serve(0, {
    pages, // those named *.csp.html are sent with the strict policy (scripts/serve.mjs)
    // The entry arrives after the prerendered page has been painted, so the upgrade is seen (and measured) by the reader.
    delayMs: (path) => (path === BUNDLE ? entryDelayMs : 0),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Layout shifts, recorded from the start (buffered), and when the first element was defined. */
/** The layout shifts (`shiftsOf`), and when the counter's tag was defined (`__definedAt`). */
const recordShiftsAndUpgrade = async (p) => {
  await recordShifts(p);
  await p.evaluateOnNewDocument(() => {
    customElements.whenDefined('cooperation-counter').then(() => (window.__definedAt = performance.now()));
  });
};

/** What each prerendered widget shows (read in its shadow root), and the boxes of the widgets and the paragraphs after them. */
function snapshot(p) {
  return p.evaluate(() => {
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.top * 100) / 100, Math.round(r.height * 100) / 100];
    };
    const [counter, card, list, map] = [0, 1, 2, 3].map((i) => document.getElementById(`w${i}`));
    const value = counter.shadowRoot?.querySelector('.value__now');
    return {
      defined: [counter, card, list, map].map((el) => !!customElements.get(el.localName)),
      langs: [counter, card, list, map].map((el) => el.getAttribute('lang')),
      counterValue: text(value),
      counterValueVisible: !!value?.checkVisibility() && value.getBoundingClientRect().height > 20,
      counterLabel: text(counter.shadowRoot?.querySelector('.label')),
      counterLinks: [...(counter.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => [a.protocol, a.target, a.rel]),
      counterFigures: counter.shadowRoot?.querySelectorAll('.counter').length,
      cardTitle: text(card.shadowRoot?.querySelector('h3')),
      cardLang: card.shadowRoot?.querySelector('article')?.getAttribute('lang'),
      cardLabelledBy: text(card.shadowRoot?.getElementById(card.shadowRoot?.querySelector('article')?.getAttribute('aria-labelledby') ?? '')),
      cardArticles: card.shadowRoot?.querySelectorAll('article').length,
      listCaption: text(list.shadowRoot?.querySelector('caption .caption__text')),
      listRows: list.shadowRoot?.querySelectorAll('tbody tr').length,
      listTables: list.shadowRoot?.querySelectorAll('table').length,
      mapHeading: text(map.shadowRoot?.querySelector('h2')),
      mapTableRows: map.shadowRoot?.querySelector('sister-city-list')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0,
      mapFrames: map.shadowRoot?.querySelectorAll('.frame').length,
      styleNodes: [counter, card, list, map].map((el) => el.shadowRoot?.querySelectorAll('style, link').length),
      boxes: [0, 1, 2, 3].flatMap((i) => [box(document.getElementById(`w${i}`)), box(document.getElementById(`after${i}`))]),
    };
  });
}

const europe = DATA.partners.filter((p) => p.region === 'europe').length;

describe('prerendered embeds without JavaScript', () => {
  for (const [name, path] of [['inline styles', '/ssr/nojs.html'], ['linked stylesheets', '/ssr/linked.csp.html']]) {
    it(`shows the final content, links, lang and labels with scripts disabled (${name})`, async () => {
      const { page: p, log } = await open(browser, server, path.slice(1), { beforeLoad: (pg) => pg.setJavaScriptEnabled(false) });
      try {
        const s = await snapshot(p);
        assert.deepEqual(s.defined, [false, false, false, false], 'no element is defined: no script ran');
        assert.deepEqual(s.langs, ['id', 'en', 'id', 'en']);
        assert.equal(s.counterValue, String(agreements.value));
        assert.ok(s.counterValueVisible, 'the figure is visible and styled (3em)');
        assert.equal(s.counterLabel, agreements.label.id);
        assert.ok(s.counterLinks.length > 0);
        for (const [protocol, target, rel] of s.counterLinks) {
          assert.match(protocol, /^https?:$/);
          assert.equal(target, '_blank');
          assert.equal(rel, 'noopener noreferrer');
        }
        assert.equal(s.cardTitle, asnNewYork.title.en);
        assert.equal(s.cardLang, 'en');
        assert.equal(s.cardLabelledBy, asnNewYork.title.en, 'aria-labelledby names the title');
        assert.equal(s.listRows, europe);
        assert.match(s.listCaption, new RegExp(`${europe} mitra`));
        assert.equal(s.mapHeading, 'Jakarta’s sister cities');
        assert.equal(s.mapTableRows, DATA.partners.length, 'the map box holds the partners table');
        assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
      } finally {
        await p.close();
      }
    });
  }
});

describe('prerendered embeds with a slow stylesheet', () => {
  it('a linked shadow stylesheet that arrives late moves nothing (no script)', async () => {
    const card = await renderWidget('program-card', { program: 'asn-new-york' }, { stylesheetBase: '/dist/cdn/' });
    const html =
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>slow</title>` +
      `<link rel="icon" href="data:,"></head><body><p>before</p>${card}<p id="after">after</p></body></html>`;
    const slow = await serve(0, { pages: { '/slow.html': html }, delayMs: (path) => (path === '/dist/cdn/ssr/program-card.css' ? 1500 : 0) });
    const { page: p } = await open(browser, slow, 'slow.html', { beforeLoad: recordShiftsAndUpgrade });
    try {
      // styled once its stylesheet arrived
      await p.waitForFunction(
        () => getComputedStyle(document.querySelector('program-card').shadowRoot.querySelector('article')).borderTopStyle === 'solid',
        { timeout: 10000 },
      );
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await shiftsOf(p), []);
    } finally {
      await p.close();
      await slow.close();
    }
  });
});

describe('prerendered embeds upgrade in place', () => {
  const cases = [
    ['inline styles', '/ssr/inline.html'],
    ['linked stylesheets under the strict CSP header', '/ssr/linked.csp.html'],
    ['linked stylesheets, strict CSP, the page also has the reservation stylesheet', '/ssr/linked-reserve.csp.html'],
  ];
  for (const [name, path] of cases) {
    for (const width of [375, 1280]) {
      it(`${name}, ${width} px: no layout shift, no duplicated content, no violation`, async () => {
        const { page: p, log } = await open(browser, server, path.slice(1), {
          viewport: { width, height: 900 },
          beforeLoad: recordShiftsAndUpgrade,
        });
        try {
          await waitForRegistration(p);
          await waitReady(p, 'cooperation-counter, program-card, sister-city-list, sister-city-map');
          await p.evaluate(async () => {
            await Promise.all([...document.querySelectorAll('cooperation-counter, program-card, sister-city-list, sister-city-map')].map((el) => el.updateComplete));
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          });
          const s = await snapshot(p);
          assert.deepEqual(s.defined, [true, true, true, true]);
          assert.equal(s.counterValue, String(agreements.value), 'the counter stays on its final figure');
          assert.equal(s.counterFigures, 1);
          assert.equal(s.cardArticles, 1);
          assert.equal(s.listTables, 1);
          assert.equal(s.mapFrames, 1);
          assert.deepEqual(s.styleNodes, [0, 0, 0, 0], 'the prerendered <style>/<link> went with the prerendered content');
          const [fcp, definedAt] = await p.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime, window.__definedAt]);
          assert.ok(fcp > 0 && fcp < definedAt, `the prerendered page was painted (${fcp} ms) before the upgrade (${definedAt} ms)`);
          const shifts = await shiftsOf(p);
          assert.deepEqual(shifts, [], `layout shifts at ${width} px`);
          assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
          assert.deepEqual(log.exceptions, []);
          assert.deepEqual(log.warnings, []);
        } finally {
          await p.close();
        }
      });
    }
  }

  it('the counter does not count up from 0 after the prerender, nor flash another figure (even without animation="none")', async () => {
    const { page: p } = await open(browser, server, 'ssr/counting.html', {
      beforeLoad: (pg) =>
        pg.evaluateOnNewDocument(() => {
          window.__seen = new Set();
          const watch = () => {
            const v = document.getElementById('w0')?.shadowRoot?.querySelector('.value__now')?.textContent;
            if (v !== undefined) window.__seen.add(v.trim());
            requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        }),
    });
    try {
      await waitReady(p, 'cooperation-counter');
      await new Promise((r) => setTimeout(r, 1500)); // longer than a count-up
      assert.deepEqual(await p.evaluate(() => [...window.__seen]), [String(agreements.value)]);
    } finally {
      await p.close();
    }
  });

  it('a reservation taller than the prerendered content does not hold the box (nothing moves at the upgrade)', async () => {
    const { page: p } = await open(browser, server, 'ssr/reserve-mismatch.html', { viewport: { width: 375, height: 800 }, beforeLoad: recordShiftsAndUpgrade });
    try {
      const before = await p.$eval('#after', (el) => el.getBoundingClientRect().top);
      await waitReady(p, 'cooperation-counter');
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const [fcp, definedAt] = await p.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0]?.startTime, window.__definedAt]);
      assert.ok(fcp > 0 && fcp < definedAt, 'painted before the upgrade');
      assert.equal(await p.$eval('#after', (el) => el.getBoundingClientRect().top), before);
      assert.deepEqual(await shiftsOf(p), []);
    } finally {
      await p.close();
    }
  });

  it('linked stylesheets under Trusted Types (require-trusted-types-for): upgraded, no violation', async () => {
    const { page: p, log } = await open(browser, server, 'ssr/linked.tt.csp.html');
    try {
      await waitForRegistration(p);
      await waitReady(p, 'cooperation-counter, program-card, sister-city-list, sister-city-map');
      const s = await snapshot(p);
      assert.deepEqual([s.counterFigures, s.cardArticles, s.listTables, s.mapFrames], [1, 1, 1, 1]);
      assert.deepEqual(await log.csp(), []);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await p.close();
    }
  });

  it('inline styles under the strict CSP header: blocked, as documented (use stylesheetBase)', async () => {
    const { page: p, log } = await open(browser, server, 'ssr/inline.csp.html');
    try {
      const violations = await log.csp();
      assert.ok(violations.some((v) => v.startsWith('style-src')), `style-src violations: ${JSON.stringify(violations)}`);
    } finally {
      await p.close();
    }
  });
});

describe('prerendered embeds upgraded after the first frame', () => {
  /** Holds back every requestAnimationFrame callback until the test calls `__release()`: the page's first frame, under control. */
  const holdFrames = (pg) =>
    pg.evaluateOnNewDocument(() => {
      const raf = window.requestAnimationFrame.bind(window);
      window.__held = [];
      window.requestAnimationFrame = (callback) => window.__held.push(callback);
      window.__release = () => {
        window.requestAnimationFrame = raf;
        for (const callback of window.__held.splice(0)) callback(performance.now());
      };
    });
  // The entry at once: these tests hold the page's frames themselves.
  beforeEach(() => (entryDelayMs = 0));
  afterEach(() => (entryDelayMs = ENTRY_DELAY_MS));
  const defined = (p) => p.evaluate(() => ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].map((tag) => !!customElements.get(tag)));

  it('loads and registers prerendered counters, cards, tables and maps only after a frame, so their upgrade does not delay the first paint', async () => {
    const requested = [];
    const { page: p, log } = await open(browser, server, 'ssr/inline.html', {
      beforeLoad: async (pg) => {
        await holdFrames(pg);
        pg.on('request', (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    try {
      await p.waitForFunction(() => !!customElements.get('jakarta-global-widgets'), { polling: 50 }); // the entry has run
      await new Promise((r) => setTimeout(r, 1000)); // time enough for every chunk, were it asked for
      assert.deepEqual(await defined(p), [false, false, false, false]);
      assert.deepEqual(requested.filter((path) => /\/chunks\//.test(path)), [], 'no chunk asked for before the frame');
      assert.ok((await p.evaluate(() => window.__held.length)) >= 1, 'the entry waits for a frame');
      await p.evaluate(() => window.__release());
      await waitForRegistration(p);
      await waitReady(p, 'cooperation-counter, program-card, sister-city-list, sister-city-map');
      const s = await snapshot(p);
      assert.equal(s.counterValue, String(agreements.value));
      assert.deepEqual([s.counterFigures, s.cardArticles, s.listTables, s.mapFrames], [1, 1, 1, 1]);
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await p.close();
    }
  });

  it('queues no frame for nodes the page adds later without a tag of ours', async () => {
    const { page: p } = await open(browser, server, 'ssr/counter-only.html', { beforeLoad: holdFrames });
    try {
      await p.waitForFunction(() => !!customElements.get('jakarta-global-widgets'), { polling: 50 });
      assert.equal(await p.evaluate(() => window.__held.length), 1, 'one frame asked for, by the prerendered counter');
      for (let i = 0; i < 3; i++) {
        await p.evaluate(() => document.body.append(document.createElement('p')));
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(await p.evaluate(() => window.__held.length), 1, 'none more for three batches of other nodes');
    } finally {
      await p.close();
    }
  });

  it('registers at once when an element found with them is not prerendered (a script embed beside them), frames held or not', async () => {
    const { page: p, log } = await open(browser, server, 'ssr/mixed.html', { beforeLoad: holdFrames });
    try {
      await waitForRegistration(p);
      assert.deepEqual(await defined(p), [true, true, true, true]);
      await waitReady(p, 'program-card');
      assert.equal(await p.evaluate(() => document.getElementById('w1').shadowRoot.querySelector('h3')?.textContent.trim()), asnNewYork.title.en);
      assert.deepEqual(log.exceptions, []);
    } finally {
      await p.close();
    }
  });
});
