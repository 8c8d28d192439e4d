// Field conditions of a hardened government portal (issue 13), on the BUILT
// CDN bundle (dist/cdn/):
// - Trusted Types: a page sent with the strict CSP plus
//   `require-trusted-types-for 'script'`, with `trusted-types
//   jakarta-global-widgets`, with no `trusted-types` directive, beside a page's
//   own Lit, and with our policy not allowed.
// - Size reservation: with each tag's dist/cdn/reserve/<tag>.css linked (as
//   the gallery's embed code links them), every element and variant keeps,
//   once drawn, the height its tag had before the script ran (320, 375, 680
//   and 1280 px wide), and the page records no layout shift (CLS 0), under
//   the strict CSP; while a `src` file loads, with every tag's sheet in one,
//   dist/cdn/jakarta-global-widgets.css.
// - The self-host kit: dist/kit/*.zip unpacked into a blank static site,
//   served with the CSP its READ-ME documents, renders all four elements.
//   npm run build
//   node --test --test-concurrency=1 test/e2e/field.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { configs } from '../../scripts/reserve-css.mjs';
import { STRICT_CSP, TRUSTED_TYPES_CSP } from '../../scripts/serve.mjs';
import { openPage } from './browser.mjs';
import {
  ALL,
  assertQuiet,
  assertBundleBuilt,
  BUNDLE,
  cspConsoleErrors,
  launch,
  LOCATED,
  mapDrawing,
  open,
  readZip,
  recordShifts,
  ROOT,
  serve,
  shiftsOf,
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

describe('Leaflet patched for Trusted Types in both builds', () => {
  for (const dir of ['dist/cdn/chunks/', 'dist/']) {
    it(`${dir}: Leaflet is bundled without its innerHTML feature tests`, () => {
      const files = readdirSync(new URL(dir, ROOT)).filter((f) => /^leaflet-[\w-]{6,8}\.js$/.test(f)); // (the CDN build names its chunks with 6 characters of hash, the npm build with 8)
      assert.equal(files.length, 1, `one Leaflet chunk in ${dir}`);
      const code = readFileSync(new URL(dir + files[0], ROOT), 'utf8');
      assert.match(code, /_leaflet_id/, 'it is Leaflet');
      assert.doesNotMatch(code, /innerHTML\s*=\s*["'`]<svg\/>/);
      assert.doesNotMatch(code, /innerHTML\s*=\s*["'`]<v:shape/);
    });
  }
});

describe("Lit's unreachable css messages shortened where we bundle Lit (scripts/lit-messages.ts)", () => {
  it('dist/cdn/chunks: no file ships them, and the one css tag has the short ones; dist/ leaves Lit to the bundler', () => {
    const read = (dir) => readdirSync(new URL(dir, ROOT)).filter((f) => f.endsWith('.js')).map((f) => readFileSync(new URL(dir + f, ROOT), 'utf8'));
    const cdn = read('dist/cdn/chunks/');
    assert.equal(cdn.filter((c) => c.includes('adoptedStyleSheets')).length, 1, 'Lit in one chunk');
    assert.equal(cdn.filter((c) => c.includes('unsafeCSS')).length, 0);
    assert.equal(cdn.filter((c) => /[`"]css: [`"]\+/.test(c)).length, 1, 'the css tag, shortened');
    assert.equal(read('dist/').filter((c) => c.includes('adoptedStyleSheets')).length, 0, 'the package imports lit');
  });
});

// The same page under two policies: only the library's documented policy name
// allowed, and no `trusted-types` directive at all (any policy name allowed,
// every HTML sink still needs a trusted value).
const POLICIES = [
  { name: 'only the jakarta-global-widgets policy allowed', csp: TRUSTED_TYPES_CSP, tail: /require-trusted-types-for 'script'; trusted-types jakarta-global-widgets$/ },
  { name: 'no trusted-types directive', csp: `${STRICT_CSP}; require-trusted-types-for 'script'`, tail: /require-trusted-types-for 'script'$/ },
];

for (const policy of POLICIES) {
  describe(`Trusted Types enforced, ${policy.name} (trusted-types.tt.csp.html)`, () => {
    let page, log, ttServer;
    before(async () => {
      ttServer = await serve(0, { headers: (path) => (path.endsWith('.tt.csp.html') ? { 'content-security-policy': policy.csp } : {}) });
      ({ page, log } = await open(browser, ttServer, `${PAGES}/trusted-types.tt.csp.html`));
      await waitForRegistration(page);
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
    });
    after(async () => {
      await page?.close();
      await ttServer?.close();
    });

    it('is really served with Trusted Types enforced', () => {
      const csp = log.headers['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'; style-src 'self'/);
      assert.match(csp, policy.tail);
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
      assert.ok(log.requests.some((u) => /\/dist\/cdn\/chunks\/leaflet-[\w-]{6}\.js$/.test(u)), 'the Leaflet chunk was loaded');
    });

    it('violates nothing, logs and throws nothing', async () => {
      await assertQuiet(log, ttServer);
    });
  });
}

// The bundle's own copy of Lit creates its policy under the library's name (scripts/lit-policy.ts):
// Lit's `lit-html` can be created once per page, so a page whose own components use Lit kept it
// and none of our elements loaded, or ours took it and the page's components could not load.
describe("Trusted Types on a page whose own components use Lit (Lit's lit-html policy and ours)", () => {
  const HOST_LIT_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html jakarta-global-widgets`;
  let ttServer;
  before(async () => {
    ttServer = await serve(0, { headers: (path) => (path.endsWith('.tt.csp.html') ? { 'content-security-policy': HOST_LIT_CSP } : {}) });
  });
  after(() => ttServer?.close());

  it('the bundle creates the jakarta-global-widgets policy, not lit-html', () => {
    const core = readdirSync(new URL('dist/cdn/chunks/', ROOT)).filter((f) => /^core-[\w-]{6}\.js$/.test(f));
    assert.equal(core.length, 1);
    const code = readFileSync(new URL(`dist/cdn/chunks/${core[0]}`, ROOT), 'utf8');
    assert.deepEqual(code.match(/createPolicy\(.{24}/g), ['createPolicy(`jakarta-global-widgets`']);
  });

  it('the page’s Lit first: its lit-html policy made, and all four elements ready, the map drawn, nothing violated', async () => {
    // The page's own Lit, as any Lit, Shoelace or Material Web build does when it is evaluated, before ours.
    const hostLit = (p) =>
      p.evaluateOnNewDocument(() => {
        window.__hostPolicy = window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s }).name;
      });
    const { page, log } = await open(browser, ttServer, `${PAGES}/trusted-types.tt.csp.html`, { beforeLoad: hostLit });
    try {
      assert.equal(await page.evaluate(() => window.__hostPolicy), 'lit-html');
      await waitForRegistration(page);
      await waitReady(page, ALL);
      await waitMapsDrawn(page);
      assert.equal((await mapDrawing(page, '#map')).markers, LOCATED);
      await assertQuiet(log, ttServer);
    } finally {
      await page.close();
    }
  });

  it('the page’s Lit after ours: its lit-html policy can still be made', async () => {
    const { page, log } = await open(browser, ttServer, `${PAGES}/trusted-types.tt.csp.html`);
    try {
      await waitReady(page, ALL);
      const made = await page.evaluate(() => {
        try {
          return window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s }).name;
        } catch (error) {
          return String(error);
        }
      });
      assert.equal(made, 'lit-html');
      await assertQuiet(log, ttServer);
    } finally {
      await page.close();
    }
  });
});

describe('Trusted Types with our policy not allowed (trusted-types of the page’s own only)', () => {
  let page, log, ttServer;
  before(async () => {
    const csp = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types portal`;
    ttServer = await serve(0, { headers: (path) => (path.endsWith('.tt.csp.html') ? { 'content-security-policy': csp } : {}) });
    ({ page, log } = await open(browser, ttServer, `${PAGES}/trusted-types.tt.csp.html`));
    await page.waitForFunction(
      (tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('[part="unavailable"]')),
      { timeout: 10000 },
      ALL,
    );
  });
  after(async () => {
    await page?.close();
    await ttServer?.close();
  });

  it('each element says it could not be loaded, above the text inside its tag; nothing uncaught', async () => {
    const lines = await page.$$eval(ALL, (els) => els.map((el) => el.shadowRoot.querySelector('[part="unavailable"]').textContent));
    assert.deepEqual(lines, [
      'Konten ini tidak dapat dimuat.',
      'Konten ini tidak dapat dimuat.',
      'This content could not be loaded.',
      'This content could not be loaded.',
      'Peta tidak dapat dimuat.',
    ]);
    assert.deepEqual(log.exceptions, []);
  });

  it('one console warning per tag names the policy to allow (not a missing upload)', () => {
    const ours = log.warnings.filter((w) => /^<[a-z-]+>/.test(w));
    assert.deepEqual(ours.map((w) => w.slice(0, w.indexOf('>') + 1)).sort(), TAGS.map((t) => `<${t}>`).sort());
    for (const warning of ours) {
      assert.match(warning, /^<[a-z-]+>: could not be loaded \(.*createPolicy.*jakarta-global-widgets/);
      assert.match(warning, /Allow trusted-types jakarta-global-widgets in the page's CSP\.$/);
      assert.doesNotMatch(warning, /Upload/);
    }
  });
});

describe('size reservation by the shipped stylesheet (CLS 0)', () => {
  // 412: a common phone, whose 396 px column put a map's region and no-download between two bands.
  const WIDTHS = [320, 375, 412, 680, 1280];
  // The measured configurations, and tables and maps in the dark theme, which pad their box (the
  // sheet pads them while they wait, so their band is their content's width): one of each kind.
  const measured = configs();
  const dark = ['sister-city-list', 'sister-city-map'].flatMap((tag) =>
    measured
      .filter(([t, attrs], i, all) => t === tag && all.findIndex(([t2, a2]) => t2 === tag && Object.keys(a2).join() === Object.keys(attrs).join()) === i)
      .map(([t, attrs, selector, ratio]) => [t, { ...attrs, theme: 'dark' }, selector, ratio]),
  );
  const CONFIGS = [...measured, ...dark];
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
        `<title>reservation</title><link rel="icon" href="data:,">${TAGS.map((t) => `<link rel="stylesheet" href="/dist/cdn/reserve/${t}.css">`).join('')}` +
        `<link rel="stylesheet" href="/test/e2e/pages/reserve.css"></head><body>\n${tags.join('\n')}\n</body></html>`,
    );
  });
  after(() => rmSync(new URL(name, dir), { force: true }));

  for (const width of WIDTHS) {
    it(`keeps every element's reserved height and records no layout shift at ${width} px`, async () => {
      const { page, log } = await open(browser, server, `test/e2e/pages/tmp/${name}`, {
        viewport: { width, height: 900 },
        beforeLoad: recordShifts,
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
        const cls = (await shiftsOf(page)).reduce((sum, shift) => sum + shift.value, 0);
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

describe('size reservation while a src file loads, and for a hidden element', () => {
  // The same stylesheet keeps an element's box while its data file is on its way
  // (`:state(loading)`), not only until its tag is defined.
  const SLOW = '/data/jakarta-2024.json';
  const page = (body, script = `<script type="module" src="${BUNDLE}"></script>`) =>
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>reservation with src</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/cdn/jakarta-global-widgets.css">` +
    `<link rel="stylesheet" href="/test/e2e/pages/reserve.css">${script}</head><body>\n${body}\n</body></html>`;
  let slow;
  before(async () => {
    slow = await serve(0, {
      pages: {
        '/src.html': page(
          `<cooperation-counter id="c" metric="sister-cities" src="${SLOW}">23 kota</cooperation-counter><p>after the counter</p>` +
            `<program-card id="p" program="higa" variant="compact" src="${SLOW}">HIGA</program-card><p>after the card</p>` +
            `<sister-city-list id="l" region="europe" src="${SLOW}"></sister-city-list><p>after the table</p>`,
        ),
        // A theme's article: larger text, and margins in em on every child (WordPress themes do both).
        '/em.html': page(
          '<style>body{font:24px/1.6 Georgia,serif;margin:0}.entry>*{margin:2em 0;padding:0 0 1em}</style><div class="entry">' +
            '<p>before</p><cooperation-counter id="c" metric="agreements">102 kerja sama</cooperation-counter>' +
            '<program-card id="p" program="higa" variant="compact">HIGA</program-card><p id="after">after</p></div>',
        ),
        // The script is added by the test, once the page without it is measured.
        '/hidden.html': page('<cooperation-counter hidden>102</cooperation-counter><program-card hidden program="higa"></program-card><p id="first">first</p>', ''),
      },
      // The repository's own copy of the bundled file, sent 1.5 s late by this server only.
      delayMs: (path) => (path === SLOW ? 1500 : 0),
    });
  });
  after(() => slow?.close());

  it('keeps each box from before the script until the file has come (1.5 s late), with no layout shift', async () => {
    const { page: tab, log } = await open(browser, slow, 'src.html', { viewport: { width: 600, height: 900 }, beforeLoad: recordShifts });
    try {
      const heights = () => tab.$$eval('#c, #p, #l', (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
      await waitForRegistration(tab);
      await tab.waitForFunction(() => document.querySelector('#l').matches(':state(loading)'));
      const loading = await heights();
      await waitReady(tab, '#c, #p, #l');
      const drawn = await heights();
      assert.deepEqual(loading, drawn, 'heights while the file loads, and once drawn');
      assert.ok(drawn[2] > 500, `the table of Europe's partners is drawn (${drawn[2]} px), taller than its 320 px minimum`);
      assert.equal((await shiftsOf(tab)).reduce((sum, shift) => sum + shift.value, 0), 0, 'cumulative layout shift');
      assert.deepEqual(log.exceptions, []);
    } finally {
      await tab.close();
    }
  });

  it('keeps a page’s margins in em on the element the same before and after it is drawn (its own font size while it waits)', async () => {
    // Its :host sets its font size (16 px): the page's 2em margin was 48 px while it waited, then 32.
    const { page: tab, log } = await open(browser, slow, 'em.html', { viewport: { width: 375, height: 800 }, beforeLoad: recordShifts });
    try {
      const boxes = () =>
        tab.$$eval('#c, #p', (els) => els.map((el) => [getComputedStyle(el).marginTop, getComputedStyle(el).paddingBottom, Math.round(el.getBoundingClientRect().height)]));
      const waiting = await boxes();
      await waitReady(tab, '#c, #p');
      assert.deepEqual(waiting, await boxes());
      assert.deepEqual(waiting.map(([margin, padding]) => [margin, padding]), [['32px', '16px'], ['32px', '16px']]);
      assert.equal((await shiftsOf(tab)).reduce((sum, shift) => sum + shift.value, 0), 0, 'cumulative layout shift');
      assert.deepEqual(log.exceptions, []);
    } finally {
      await tab.close();
    }
  });

  it('reserves nothing with JavaScript off: the text inside each tag is shown at its own height', async () => {
    const tab = await browser.newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      await tab.setViewport({ width: 375, height: 800 });
      await tab.goto(`${slow.url}/em.html`);
      const [counter, card] = await tab.$$eval('#c, #p', (els) => els.map((el) => el.getBoundingClientRect().height));
      // One line of the page's text and its padding each (a reserved counter is 168 px, a compact card 160 at least).
      assert.ok(counter > 10 && counter < 80 && card > 10 && card < 80, `${counter}, ${card}`);
    } finally {
      await tab.close();
    }
  });

  it('reserves nothing for a hidden element', async () => {
    const { page: tab } = await open(browser, slow, 'hidden.html', { viewport: { width: 600, height: 900 } });
    try {
      const before = await tab.$eval('#first', (p) => p.getBoundingClientRect().top);
      await tab.addScriptTag({ url: `${slow.url}${BUNDLE}`, type: 'module' });
      await waitForRegistration(tab);
      await tab.waitForFunction(() => [...document.querySelectorAll('[hidden]')].every((el) => el.matches(':state(ready)')));
      const after = await tab.$eval('#first', (p) => p.getBoundingClientRect().top);
      assert.deepEqual([before, after], [0, 0], 'the paragraph stays at the top, before and after the script');
    } finally {
      await tab.close();
    }
  });
});

describe('self-host kit (dist/kit/*.zip) in a blank static site', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
  let site;
  let files;

  before(async () => {
    files = readZip(readFileSync(new URL(`dist/kit/jakarta-global-widgets-${pkg.version}.zip`, ROOT)));
    const readMe = files.get('BACA-SAYA_READ-ME.txt').toString('utf8');
    // The policy lines and the embed code, as the READ-ME gives them.
    const policy = readMe.match(/^ {5}(script-src .*)$/m)[1].trim();
    const snippet = readMe.split('ENGLISH')[0].match(/^ {5}<link[\s\S]*?<\/cooperation-counter>$/m)[0].replace(/^ +/gm, '');
    const page =
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Situs</title><link rel="icon" href="data:,"></head><body>\n` +
      `${snippet}\n<program-card program="jeju"></program-card>\n<sister-city-list region="asia"></sister-city-list>\n` +
      `<sister-city-map loading="eager" height="320px"></sister-city-map>\n</body></html>`;
    // A blank static site: the unpacked folder under /widgets/, the page at /, the READ-ME's policy on every response.
    const csp = `default-src 'none'; ${policy}; base-uri 'self'; object-src 'none'`;
    site = await new Promise((resolve) => {
      const httpServer = createServer((req, res) => {
        const path = new URL(req.url, 'http://x').pathname;
        const body = path === '/' ? Buffer.from(page) : path.startsWith('/widgets/') ? files.get(path.slice('/widgets/'.length)) : undefined;
        if (!body) return void res.writeHead(404).end();
        const type = path === '/' ? 'text/html' : path.endsWith('.css') ? 'text/css' : 'text/javascript';
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': csp }).end(body);
      });
      httpServer.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${httpServer.address().port}`, close: () => new Promise((r) => httpServer.close(r)) }));
    });
  });
  after(() => site?.close());

  it('holds the whole cdn/ folder (chunks and reservation sheets included, no source maps) and the READ-ME in both languages', () => {
    const names = [...files.keys()];
    assert.ok(names.includes('cdn/jakarta-global-widgets.js') && names.includes('cdn/jakarta-global-widgets.css'));
    for (const tag of TAGS) assert.ok(names.includes(`cdn/reserve/${tag}.css`), `${tag}'s reservation stylesheet`);
    assert.ok(names.some((n) => /^cdn\/chunks\/leaflet-[\w-]{6}\.js$/.test(n)), 'the map chunks');
    assert.ok(!names.some((n) => n.endsWith('.map')), 'no source maps');
    const readMe = files.get('BACA-SAYA_READ-ME.txt').toString('utf8');
    assert.match(readMe, /BAHASA INDONESIA[\s\S]*Unggah folder "cdn"[\s\S]*ENGLISH[\s\S]*Upload the "cdn" folder/);
    assert.match(readMe, /trusted-types jakarta-global-widgets/);
    assert.doesNotMatch(readMe, /lit-html/);
    // Next year's file: where it goes and how it is checked, in both languages.
    assert.match(readMe, /4\. Angka tahun berikutnya[\s\S]*src="\/data\/jakarta-2025\.json"[\s\S]*4\. Next year's figures[\s\S]*check jakarta-2025\.json --lang en/);
  });

  it('renders all four elements under the documented CSP, with no violation', async () => {
    const { page, log } = await openPage(browser, `${site.url}/`, { viewport: { width: 800, height: 900 } });
    try {
      await waitReady(page, ALL, { timeout: 20000 });
      await page.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container path.land'), {
        timeout: 20000,
      });
      // The card's own :host style (a column flex box), so its styles were applied under the policy.
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('program-card')).display), 'flex');
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(await log.csp(), [], 'securitypolicyviolation events');
      assert.ok(log.requests.every((u) => u.startsWith(site.url) || u.startsWith('data:')), 'nothing from elsewhere');
      // The READ-ME's modulepreload lines name the counter's files of this build: each requested once.
      const hinted = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.href));
      const chunks = log.requests.filter((u) => /\/widgets\/cdn\/chunks\/[^/]+\.js$/.test(u));
      assert.equal(hinted.length, 3, 'the counter, the core and the data');
      assert.equal(new Set(chunks).size, chunks.length, `no chunk requested twice: ${chunks.join(', ')}`);
      for (const h of hinted) assert.ok(chunks.includes(h), `${h} is hinted, and requested`);
    } finally {
      await page.close();
    }
  });
});
