// End-to-end: a hostile dataset (test/fixtures/injection.json: markup and
// script payloads in every string field, javascript:/data:/mixed-case/
// leading-space/newline/protocol-relative links, one https link) loaded with
// `src` into every element of the BUILT CDN bundle, on a page WITHOUT a CSP,
// so that any payload turned into markup would run.
//   npx vite build --config vite.cdn.config.ts
//   node --test --test-concurrency=1 test/e2e/injection.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ALL,
  assertBundleBuilt,
  assertBundleRegisters,
  launch,
  offServer,
  open,
  pause,
  ROOT,
  serve,
  waitForRegistration,
  waitMapsDrawn,
  waitReady,
} from './support.mjs';

const FIXTURE = JSON.parse(readFileSync(new URL('test/fixtures/injection.json', ROOT), 'utf8'));
const OK_LINK = 'https://example.org/ok';
const MAP_CREDITS = ['https://leafletjs.com/', 'https://www.naturalearthdata.com/'];
const UNSAFE_SOURCES = FIXTURE.sources.filter((s) => s.url !== OK_LINK).map((s) => s.id);

/** Elements that must not exist in any shadow root, whatever the data says. */
const FORBIDDEN =
  'script, img, iframe, frame, frameset, object, embed, base, meta, link, style, math, body, form, audio, video, source, portal';
/** Attributes that load or navigate. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping'];

const byId = (list, id) => list.find((x) => x.id === id);
const source = (id) => byId(FIXTURE.sources, id);
const note = (id) => byId(FIXTURE.notes, id);
const partner = (id) => byId(FIXTURE.partners, id);

/** The payload strings each element must show as text, in `lang`. */
function expectedTexts(kind, lang, { compact = false } = {}) {
  const metric = FIXTURE.metrics[0];
  const program = FIXTURE.programs[0];
  const publisherIn = ({ publisher }) => (typeof publisher === 'string' ? publisher : publisher[lang]);
  const sourceTexts = (ids) => ids.flatMap((id) => [source(id).title, publisherIn(source(id))]);
  const partnerTexts = (p) => [
    p.name[lang],
    p.country.name[lang],
    ...sourceTexts(p.sources),
    ...(p.notes ?? []).map((id) => note(id).text[lang]),
  ];
  switch (kind) {
    case 'counter':
      return [metric.label[lang], ...sourceTexts(metric.sources), ...metric.notes.map((id) => note(id).text[lang])];
    case 'card':
      return [
        program.title[lang],
        ...(compact ? [] : [program.summary[lang]]),
        program.keyFigure.label[lang],
        ...program.partners.flatMap((id) => [partner(id).name[lang], partner(id).country.name[lang]]),
        ...program.counterparts.map((c) => c[lang]),
        ...sourceTexts(program.sources),
        ...[...program.notes, ...metric.notes].map((id) => note(id).text[lang]),
      ];
    case 'list':
      return [FIXTURE.city.name[lang], ...FIXTURE.partners.flatMap(partnerTexts)];
    case 'map':
      return [
        FIXTURE.city.name[lang],
        ...FIXTURE.partners.map((p) => p.name[lang]), // the marker labels
        ...partnerTexts(partner('xss-partner')), // the open panel
        program.title[lang], // its related programme
      ];
    default:
      throw new Error(kind);
  }
}

let server;
let browser;
let page;
let log;

before(async () => {
  assertBundleBuilt();
  server = await serve();
  browser = await launch();
  await assertBundleRegisters(browser, server);
  ({ page, log } = await open(browser, server, 'test/e2e/pages/injection.html'));
  await waitForRegistration(page);
  await waitReady(page, ALL, { allowError: true });
  await waitMapsDrawn(page, 'sister-city-map[src]');
  // The table view too: the map then nests a <sister-city-list> in its shadow root.
  await page.$$eval('sister-city-map[src]', (maps) =>
    maps.forEach((m) => m.shadowRoot.querySelector('[part~="toggle"]').click()),
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('sister-city-map[src]')].every((m) =>
      m.shadowRoot.querySelector('sister-city-list')?.matches(':state(ready)'),
    ),
  );
  // Give every payload its chance: open every disclosure, hover and focus everything, then wait a little.
  await page.evaluate(() => {
    const visit = (root) => {
      for (const n of root.querySelectorAll('*')) {
        if (n.localName === 'details') n.open = true;
        n.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
        n.dispatchEvent(new FocusEvent('focus'));
        if (n.shadowRoot) visit(n.shadowRoot);
      }
    };
    visit(document);
  });
  await pause(300);
});

after(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

/** Everything the checks need from one element, read in the page (nested shadow roots included). */
function inspect(id) {
  return page.$eval(
    `#${id}`,
    (el, forbidden, urlAttributes) => {
      const roots = [];
      const collect = (root) => {
        roots.push(root);
        for (const n of root.querySelectorAll('*')) if (n.shadowRoot) collect(n.shadowRoot);
      };
      collect(el.shadowRoot);
      const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
      const describe = (n) => `<${n.localName}${[...n.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
      return {
        state: ['loading', 'ready', 'error'].find((s) => el.matches(`:state(${s})`)),
        roots: roots.length,
        text: roots.map((r) => r.textContent).join(' ').replace(/\s+/g, ' '),
        forbidden: roots.flatMap((r) => [...r.querySelectorAll(forbidden)]).map(describe),
        handlers: all.filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).map(describe),
        srcdoc: all.filter((n) => n.hasAttribute('srcdoc')).map(describe),
        badUrls: all.flatMap((n) =>
          urlAttributes
            .filter((name) => n.hasAttribute(name))
            .map((name) => n.getAttribute(name))
            .filter((v) => /^(javascript|data|vbscript):/i.test(v.replace(/[\u0000-\u0020]/g, '')))
            .map((v) => `${n.localName}[${v}]`),
        ),
        // Skip links (`href="#…-end"`) stay on the page: only links that leave it are checked.
        links: all
          .filter((n) => n.localName === 'a' && (n.hasAttribute('href') || n.hasAttribute('xlink:href')))
          .filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'))
          .map((a) => ({
            href: a.getAttribute('href') ?? a.getAttribute('xlink:href'),
            protocol: a.protocol ?? new URL(a.getAttribute('href') ?? a.getAttribute('xlink:href'), document.baseURI).protocol,
            target: a.getAttribute('target'),
            rel: a.getAttribute('rel') ?? '',
          })),
      };
    },
    FORBIDDEN,
    URL_ATTRIBUTES,
  );
}

const norm = (s) => s.replace(/\s+/g, ' ');

const CASES = [
  { id: 'counter-id', kind: 'counter', lang: 'id' },
  { id: 'counter-en', kind: 'counter', lang: 'en' },
  { id: 'card-id', kind: 'card', lang: 'id' },
  { id: 'card-en', kind: 'card', lang: 'en', compact: true },
  { id: 'list-id', kind: 'list', lang: 'id' },
  { id: 'list-en', kind: 'list', lang: 'en' },
  { id: 'map-id', kind: 'map', lang: 'id', map: true },
  { id: 'map-en', kind: 'map', lang: 'en', map: true },
];

describe('a hostile dataset loaded with src', () => {
  it('runs no payload: window.__pwned stays undefined after everything is ready', async () => {
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
    assert.deepEqual(log.exceptions, [], 'uncaught exceptions');
    assert.deepEqual(log.errors, [], 'console errors');
    assert.deepEqual(offServer(log, server), [], 'requests that left 127.0.0.1');
  });

  for (const c of CASES) {
    it(`#${c.id}: no markup, handler or unsafe link from the data, and every payload shown as literal text`, async () => {
      const got = await inspect(c.id);
      assert.equal(got.state, 'ready', `#${c.id} is ${got.state}`);
      assert.deepEqual(got.forbidden, [], 'forbidden elements in the shadow tree');
      assert.deepEqual(got.handlers, [], 'elements with on* attributes');
      assert.deepEqual(got.srcdoc, [], 'srcdoc attributes');
      assert.deepEqual(got.badUrls, [], 'javascript:/data: URLs in attributes');
      for (const link of got.links) {
        assert.ok(['https:', 'http:'].includes(link.protocol), `link with protocol ${link.protocol}: ${link.href}`);
      }
      const hrefs = [...new Set(got.links.map((l) => l.href))].sort();
      assert.deepEqual(hrefs, (c.map ? [OK_LINK, ...MAP_CREDITS] : [OK_LINK]).sort(), 'the only links are the https source (and the map credits)');
      for (const link of got.links) {
        assert.equal(link.target, '_blank');
        assert.deepEqual(link.rel.split(/\s+/).sort(), ['noopener', 'noreferrer']);
      }
      const missing = expectedTexts(c.kind, c.lang, c).filter((s) => !got.text.includes(norm(s)));
      assert.deepEqual(missing, [], `payloads not shown as literal text in #${c.id}`);
      if (c.map) {
        // The nested table view got the same treatment.
        assert.equal(got.roots, 2, 'the map nests the list in its table view');
        const listMissing = expectedTexts('list', c.lang).filter((s) => !got.text.includes(norm(s)));
        assert.deepEqual(listMissing, [], 'payloads missing from the nested table');
      }
    });
  }

  it('echoes payloads from attributes as text too (error messages under debug, label, caption, heading)', async () => {
    const counter = await inspect('counter-attr');
    assert.equal(counter.state, 'error');
    assert.ok(counter.text.includes('<img src=x onerror="window.__pwned=1">'), counter.text);
    const labelled = await inspect('counter-label');
    assert.equal(labelled.state, 'ready');
    assert.ok(labelled.text.includes('<script>window.__pwned=1</script>'), labelled.text);
    assert.ok(labelled.text.includes(`<iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>`), labelled.text);
    const card = await inspect('card-attr');
    assert.equal(card.state, 'error');
    assert.ok(card.text.includes('"><svg onload=window.__pwned=1>'), card.text);
    for (const got of [counter, labelled, card]) {
      assert.deepEqual([got.forbidden, got.handlers, got.badUrls], [[], [], []]);
    }
    const map = await inspect('map-attr');
    assert.equal(map.state, 'ready');
    assert.ok(map.text.includes('<img src=x onerror=window.__pwned=1>'), 'heading shown as text');
    assert.deepEqual([map.forbidden, map.handlers, map.badUrls], [[], [], []]);
    const tiles = log.warnings.filter((w) => w.startsWith('<sister-city-map>: tiles "javascript:'));
    assert.equal(tiles.length, 1, 'the javascript: tile template is refused with one warning');
  });

  it('drops every non-http(s) link with ONE warning naming the sources', () => {
    const dropped = log.warnings.filter((w) => w.includes('links of'));
    assert.equal(dropped.length, 1, JSON.stringify(dropped));
    assert.ok(dropped[0].includes('injection.json'), dropped[0]);
    for (const id of UNSAFE_SOURCES) {
      const place = `source #${FIXTURE.sources.findIndex((s) => s.id === id) + 1} (${id})`;
      assert.ok(dropped[0].includes(place), `${place} in: ${dropped[0]}`);
    }
    assert.equal(typeof FIXTURE.sources.find((s) => s.id === 'S-ok'), 'object');
  });

  it('still runs no payload at the end', async () => {
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
  });
});
