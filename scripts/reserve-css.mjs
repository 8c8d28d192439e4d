#!/usr/bin/env node
// Writes src/reserve.css, the stylesheet the CDN build ships as
// dist/cdn/jakarta-global-widgets.css, and src/reserve/<tag>.css, the same
// for one tag, shipped as dist/cdn/reserve/<tag>.css (what the gallery's
// embed code links, one per element): the height each element takes once
// drawn, reserved while its tag is not yet defined (`:not(:defined)`) and,
// once defined, while its data loads (`:state(loading)`: a `src` file still
// on its way), so a page that links it does not shift when the script
// arrives, nor when the file does. CSP-safe: no inline style in the embed code.
//
// The heights are measured on the built CDN bundle (run `npm run build`
// first), in Chromium, for every element width from MIN to MAX px, for each
// element and variant the gallery offers with the bundled dataset (metric,
// programme and variant, region; map height or aspect ratio), in Indonesian
// and English. Each element is its own size container (`container-type:
// inline-size` while undefined), so the reservation follows the width of the
// column it is in, not the viewport's; a map with `aspect-ratio` reserves its
// box in `cqi`. Free texts (label, caption, heading) and other fonts than the
// measuring browser's may still differ.
//   node scripts/reserve-css.mjs          rewrite src/reserve.css and src/reserve/*.css
//   node scripts/reserve-css.mjs --check  fail when one is out of date
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../test/e2e/browser.mjs';

const ROOT = new URL('..', import.meta.url);
const OUT = new URL('src/reserve.css', ROOT);
const TAG_DIR = new URL('src/reserve/', ROOT);
const DATA = JSON.parse(readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8'));
export const MIN = 280;
export const MAX = 1400;
/** Heights within this many px of a band's first one stay in the band (layout rounds to 1/64 px). */
const TOLERANCE = 0.75;

const LANGS = ['id', 'en'];
const REGIONS = ['all', ...new Set(DATA.partners.map((p) => p.region))].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));

/**
 * `[tag, attributes, selector, ratio, base, margin]`: the selector matches the same tags (defaults
 * included); `ratio` is the map box's height per px of width. A configuration measured against
 * another has `base`, that one's index, and `margin`, the side of the reserved height its
 * difference goes in: `bottom` for what `no-download` takes away, `top` for what a map's region
 * adds; `selector` is then that margin's rule (see `stylesheet`).
 */
export function configs() {
  const out = [];
  const is = (name, value, dflt) => (value === dflt ? `:is([${name}="${value}"],:not([${name}]))` : `[${name}="${value}"]`);
  const langSel = (lang) => (lang === 'en' ? ':lang(en)' : ':not(:lang(en))');
  for (const lang of LANGS) {
    for (const m of DATA.metrics) {
      out.push(['cooperation-counter', { metric: m.id, lang }, `cooperation-counter${is('metric', m.id, 'agreements')}${langSel(lang)}`, 0]);
    }
    for (const p of DATA.programs) {
      for (const variant of ['full', 'compact']) {
        const v = variant === 'compact' ? '[variant="compact"]' : ':not([variant="compact"])';
        out.push(['program-card', { program: p.id, variant, lang }, `program-card${is('program', p.id, 'c40-hospitals')}${v}${langSel(lang)}`, 0]);
      }
    }
    for (const region of REGIONS) {
      for (const controls of [true, false]) {
        const sel = `sister-city-list${is('region', region, 'all')}${controls ? ':not([no-controls])' : '[no-controls]'}${langSel(lang)}`;
        out.push(['sister-city-list', controls ? { region, lang } : { region, 'no-controls': '', lang }, sel, 0]);
      }
    }
    for (const height of ['', '320px', '420px', '560px']) {
      const sel = height ? `[height="${height}"]` : ':not([height]):not([aspect-ratio])';
      out.push(['sister-city-map', height ? { height, lang } : { lang }, `sister-city-map${sel}${langSel(lang)}`, 0]);
    }
    for (const ratio of ['16/9', '4/3', '1/1']) {
      const [w, h] = ratio.split('/').map(Number);
      out.push(['sister-city-map', { 'aspect-ratio': ratio, lang }, `sister-city-map[aspect-ratio="${ratio}"]:not([height])${langSel(lang)}`, h / w]);
    }
  }
  // A map's region changes the lines above and below its box (its summary, the download link's
  // count), not the box: what it adds to the height (or takes from it) is a margin above the
  // reserved height, by width, one per region and language, measured at two sizes that must agree.
  const mapOf = (attrs) => out.findIndex(([tag, a]) => tag === 'sister-city-map' && JSON.stringify(a) === JSON.stringify(attrs));
  for (const lang of LANGS) {
    for (const region of REGIONS.filter((r) => r !== 'all')) {
      for (const size of [{}, { 'aspect-ratio': '16/9' }]) {
        const base = mapOf({ ...size, lang });
        out.push(['sister-city-map', { ...size, region, lang }, `sister-city-map[region="${region}"]${langSel(lang)}`, out[base][3], base, 'top']);
      }
    }
  }
  // `no-download` takes the download link's line away: its height depends on the width (beside the
  // controls when they fit on one line, under them when not), on the language and, for a table, on
  // `no-controls` and the region (its rows' layout); for a map, on the region (the link's count),
  // but not on its size. Its rule is a negative margin under the reserved height, by width: one per
  // table configuration, one per language and region for the map (every map size is measured too,
  // to check that; a region's rule is written only where it differs from the language's), and the
  // field test checks them all.
  for (let i = out.length - 1; i >= 0; i--) {
    const [tag, attrs, selector, ratio] = out[i];
    if (tag === 'sister-city-list') out.push([tag, { ...attrs, 'no-download': '' }, `${selector}[no-download]`, ratio, i, 'bottom']);
    if (tag === 'sister-city-map') {
      const region = attrs.region ? `[region="${attrs.region}"]` : '';
      out.push([tag, { ...attrs, 'no-download': '' }, `${tag}[no-download]${region}${langSel(attrs.lang)}`, ratio, i, 'bottom']);
    }
  }
  return out;
}

/** Heights by width, measured in the page, per config. */
async function measure() {
  const server = await serve();
  const browser = await launch();
  const dir = new URL('test/e2e/pages/tmp/', ROOT);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`reserve-${process.pid}.html`, dir);
  writeFileSync(
    file,
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>measure</title><link rel="icon" href="data:,">' +
      '<script type="module" src="/dist/cdn/jakarta-global-widgets.js"></script></head><body><div id="box"></div>' +
      // The autoloader registers the tags it finds: one of each, out of the way.
      '<div hidden><cooperation-counter></cooperation-counter><program-card></program-card>' +
      '<sister-city-list></sister-city-list><sister-city-map></sister-city-map></div></body></html>',
  );
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: MAX + 100, height: 900 });
    await page.goto(`${server.url}/test/e2e/pages/tmp/${fileURLToPath(file).split('/').pop()}`);
    await page.waitForFunction(
      () => ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].every((t) => customElements.get(t)),
      { timeout: 20000 },
    );
    const list = configs();
    const heights = await page.evaluate(
      async (list, min, max) => {
        document.body.style.margin = '0';
        const box = document.getElementById('box');
        const out = [];
        for (const [tag, attrs] of list) {
          box.replaceChildren();
          box.style.width = `${max}px`;
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          // A table's content, without its minimum height (which the sheet gives the waiting table).
          if (tag === 'sister-city-list') el.style.setProperty('--jgw-list-min-height', '0px');
          el.setAttribute('animation', 'none');
          box.append(el);
          await customElements.whenDefined(tag);
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          const hs = [];
          for (let w = min; w <= max; w++) {
            box.style.width = `${w}px`;
            hs.push(el.getBoundingClientRect().height);
          }
          out.push(hs);
        }
        return out;
      },
      list,
      MIN,
      MAX,
    );
    return list.map((c, i) => ({ tag: c[0], selector: c[2], ratio: c[3], base: c[4], margin: c[5], heights: heights[i] }));
  } finally {
    rmSync(file, { force: true });
    await browser.close();
    await server.close();
  }
}

const px = (n) => `${Math.round(n * 100) / 100}px`;

/**
 * Not drawn yet: undefined, or defined and waiting for its data (a `src` file). `:is()` forgives a
 * browser without custom states (it keeps `:not(:defined)`), and weighs what `:not(:defined)` did.
 */
const WAITING = ':is(:not(:defined),:state(loading))';

export const TAGS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'];

/**
 * The stylesheet from the measurements, for `tags`: every tag (`src/reserve.css`, shipped as
 * `jakarta-global-widgets.css`), or one (`src/reserve/<tag>.css`, shipped as `reserve/<tag>.css`,
 * which the gallery's embed code links: a page with one counter does not parse the card's rules).
 */
function stylesheet(measured, tags = TAGS) {
  const ours = (selector) => tags.some((t) => selector.startsWith(t));
  // Not `[hidden]`: this rule's display would beat the browser's `[hidden] { display: none }`.
  const undef = tags.map((t) => `${t}${WAITING}:not([hidden])`).join(',');
  const lines = [
    // The element's own font size (its `:host`'s) while it waits: a page's margin or padding in `em`
    // on it (`.entry-content > * { margin: 2em 0 }`) then measures the same before and after.
    `${undef}{display:flow-root;container-type:inline-size;font-size:var(--jgw-font-size,medium)}`,
    // A table or a map pads its box in the dark theme (0.75em: 12px at the base size the heights are
    // measured at), or as `--jgw-*-padding` says: the same padding while it waits, so the container's
    // width, which picks the band below, is its content's, as the element's own is once drawn. A
    // table's minimum height holds its padding, as the element's does (its heights are measured
    // without that minimum, which is then the waiting element's own).
    ...['list', 'map'].filter((k) => tags.includes(`sister-city-${k}`)).flatMap((k) => {
      const t = `sister-city-${k}`;
      const dark = (theme) => `${t}[theme="${theme}"]${WAITING}{padding:var(--jgw-${k}-padding,12px)}`;
      const floor = k === 'list' ? ';box-sizing:border-box;min-height:var(--jgw-list-min-height,320px)' : '';
      return [`${t}${WAITING}{padding:var(--jgw-${k}-padding)${floor}}`, dark('dark'), `@media (prefers-color-scheme:dark){${dark('auto')}}`];
    }),
    `:is(${tags.join(',')})${WAITING}::before{content:"";float:left;width:0}`,
    // Elements and variants not measured (other attributes): the element's own minimum.
    ...[
      `cooperation-counter${WAITING}::before{height:168px}`,
      `program-card${WAITING}::before{height:240px}`,
      `program-card[variant="compact"]${WAITING}::before{height:160px}`,
      `sister-city-list${WAITING}::before{height:320px}`,
      `sister-city-map${WAITING}::before{height:544px}`,
    ].filter(ours),
  ];
  // What `no-download` takes away (`bottom`) and what a map's region adds (`top`), by width, once
  // per group; every configuration of the group must have measured the same.
  const groups = new Map();
  for (const m of measured.filter((m) => m.base !== undefined)) {
    const line = m.heights.map((h, i) => h - measured[m.base].heights[i]);
    const first = groups.get(m.selector);
    if (!first) groups.set(m.selector, { margin: m.margin, line });
    else if (line.some((v, i) => Math.abs(v - first.line[i]) > TOLERANCE)) {
      throw new Error(`${m.selector}: the height it ${m.margin === 'top' ? 'adds' : 'takes away'} differs between configurations; measure them apart`);
    }
  }
  for (const [selector, { margin, line }] of [...groups].filter(([selector]) => ours(selector))) {
    // A map's region that changes nothing, or takes the same download line away as its language's
    // rule (which its selector would otherwise override with the same values), needs no rule.
    const mapRegion = selector.startsWith('sister-city-map') && selector.includes('[region=');
    const general = mapRegion && margin === 'bottom' ? groups.get(selector.replace(/\[region="[a-z]+"\]/, '')).line : undefined;
    const unneeded = margin === 'top' ? line.every((v) => Math.abs(v) <= TOLERANCE) : general?.every((v, i) => Math.abs(v - line[i]) <= TOLERANCE);
    if (!unneeded) rules(selector, line, (v) => `margin-${margin}:${px(v)}`);
  }
  for (const { selector, ratio, heights, base } of measured) {
    if (base !== undefined || !ours(selector)) continue;
    const height = (v) => (ratio ? `calc(${px(v)} + ${Math.round(ratio * 1e4) / 100}cqi)` : px(v));
    rules(selector, heights.map((h, i) => h - ratio * (MIN + i)), (v) => `height:${height(v)}`);
  }
  // Only where scripts run: with JavaScript off, the text inside each tag is all there is, shown at
  // its own height, not at the top of a reserved box that would never fill.
  return [
    '/* jakarta-global-widgets: space reserved for each element until it has drawn its data (its script, then a `src` file).',
    '   Generated by scripts/reserve-css.mjs from measurements of the built elements; do not edit. */',
    '@media (scripting:enabled){',
    ...lines,
    '}\n',
  ].join('\n');

  /** The rule of `selector`'s `::before` whose `declaration(value)` follows `values` (one per width from MIN), in bands. */
  function rules(selector, values, declaration) {
    const bands = [];
    for (let i = 0; i < values.length; i++) {
      const last = bands.at(-1);
      if (last && Math.abs(values[i] - last.value) <= TOLERANCE) last.to = MIN + i;
      else bands.push({ from: MIN + i, to: MIN + i, value: values[i] });
    }
    const sel = `${selector}${WAITING}`;
    // One band: a flat rule, which a browser without CSS nesting still reads.
    if (bands.length === 1) {
      lines.push(`${sel}::before{${declaration(bands[0].value)}}`);
      return;
    }
    // The selector once, its bands nested (CSS nesting): written out in each band, it was parsed
    // ~800 times, and the sheet took 36–46 ms to parse at 4× CPU on every page that links it; nested,
    // half that (docs/performance.md, "The reservation stylesheet, nested, and measured in the bench").
    const nested = bands.map((b, i) => {
      const q = i === 0 ? `(width<${b.to + 1}px)` : i === bands.length - 1 ? `(width>=${b.from}px)` : `(${b.from}px<=width<${b.to + 1}px)`;
      return `@container ${q}{&::before{${declaration(b.value)}}}`;
    });
    lines.push(`${sel}{${nested.join('')}}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const measured = await measure();
  // src/reserve.css, every tag's rules; src/reserve/<tag>.css, each tag's alone.
  const sheets = [[OUT, stylesheet(measured)], ...TAGS.map((t) => [new URL(`${t}.css`, TAG_DIR), stylesheet(measured, [t])])];
  const name = (url) => fileURLToPath(url).slice(fileURLToPath(ROOT).length);
  if (process.argv.includes('--check')) {
    const stale = sheets.filter(([url, css]) => {
      try {
        return readFileSync(url, 'utf8') !== css;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`${stale.map(([url]) => name(url)).join(', ')}: out of date: run \`node scripts/reserve-css.mjs\` (after \`npm run build\`).`);
      process.exit(1);
    }
    console.log(`src/reserve.css and src/reserve/*.css are up to date`);
  } else {
    mkdirSync(TAG_DIR, { recursive: true });
    for (const [url, css] of sheets) {
      writeFileSync(url, css);
      console.log(`${name(url)}: ${css.split('\n').length - 1} lines, ${css.length} bytes`);
    }
  }
}
