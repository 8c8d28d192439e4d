#!/usr/bin/env node
// Size budgets, gzip -9, on real Vite builds. Prints every size; fails when a
// budget is exceeded. `npm test` runs it after the build.
//
// The bundled dataset (every figure with its sources and notes, ~14 KiB gzip,
// shipped in two parts: scripts/data-parts.mjs) is data, not code: it is
// measured on its own lines with its own budget, and the code budgets are
// measured on builds where it is replaced by a stub.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KiB = 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KiB).toFixed(1).padStart(6)} KiB`;

const tmp = mkdtempSync(join(tmpdir(), 'jgw-size-'));
const stub = join(tmp, 'stub-dataset.json');
writeFileSync(stub, '{}');
const withoutData = { alias: [{ find: /^.*\/data\/jakarta-2024\.json(\?part=\w+)?$/, replacement: stub }] };

/** Builds with a config, returns { file → { code, dynamic imports, static imports } } from the manifest-less output. */
async function viteBuild(configFile, outDir, overrides = {}) {
  await build({
    configFile,
    logLevel: 'silent',
    ...overrides,
    // As shipped: with the config's hidden source maps (beside the files, not pointed at by them, and
    // not counted).
    build: { outDir, emptyOutDir: true, write: true, ...(overrides.build ?? {}) },
  });
  return outDir;
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && f.endsWith('.js'));
}

/** gzip size of `entry` plus every chunk it imports statically, recursively. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(join(file, '..', m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

const sum = (list) => list.reduce((a, f) => a + gz(readFileSync(f)), 0);
const rows = [];
/**
 * `budget` is enforced. `target`, when given, is the issue's goal where the
 * code does not meet it yet: printed as missed, with the budget as a ceiling
 * that stops it from growing.
 */
const check = (what, bytes, budget, target) =>
  rows.push({ what, bytes, budget, target, ok: budget == null || bytes <= budget });

// 1. The CDN bundle: an autoloader entry, one chunk per element, shared
// chunks (Lit, core, dataset), the map's lazy half. Built twice: with the
// dataset (what a page downloads) and with a stub (the code alone).
const cdn = await viteBuild('vite.cdn.config.ts', join(tmp, 'cdn'), { resolve: withoutData });
const cdnData = await viteBuild('vite.cdn.config.ts', join(tmp, 'cdn-data'));
const ENTRY = 'jakarta-global-widgets.js';
const chunkOf = (dir, name) => {
  const found = files(join(dir, 'chunks')).filter((f) => new RegExp(`[\\\\/]${name}-[\\w-]{6}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`size: expected one chunk named ${name} in ${dir}, found ${found.length}`);
  return found[0];
};
/** The chunk the loader imports for each tag (src/cdn.ts): the element's class, the table's facade, the map's define module. */
const ELEMENT_CHUNK = {
  'cooperation-counter': 'cooperation-counter',
  'program-card': 'program-card',
  'sister-city-list': 'sister-city-list-element',
  'sister-city-map': 'sister-city-map-define',
};
/** Every file a page with `tags` downloads: the entry, the core chunk it requests beside the first element, each tag's chunks with what they import. */
function page(dir, tags) {
  const roots = [join(dir, ENTRY), chunkOf(dir, 'core')];
  for (const tag of tags) {
    roots.push(chunkOf(dir, ELEMENT_CHUNK[tag]));
    if (tag === 'sister-city-map') for (const lazy of ['map-runtime', 'leaflet']) roots.push(chunkOf(dir, lazy));
  }
  return [...new Set(roots.flatMap(staticClosure))];
}
check('CDN entry (the autoloader)', gz(readFileSync(join(cdn, ENTRY))), 4 * KiB);
// Lit without its directives (about 6 KiB) and our core (5.5 KiB, 0.13 of it the prerendered embeds'
// upgrade path; hydration would be 2.1 KiB), one chunk since every element needs both (vite.cdn.config.ts).
check('shared chunk: Lit and core (code)', gz(readFileSync(chunkOf(cdn, 'core'))), 13.25 * KiB);
// The reservation stylesheets: each tag's (src/reserve/<tag>.css, shipped as reserve/<tag>.css), which
// the embed code links, one per element; and every tag's in one (src/reserve.css, shipped as
// jakarta-global-widgets.css), for pages that link one sheet for all. A page parses what it links, and
// each grows with every width band and option.
check('reservation stylesheet, every tag (jakarta-global-widgets.css)', gz(readFileSync('src/reserve.css')), 10 * KiB);
for (const tag of Object.keys(ELEMENT_CHUNK)) {
  check(`reservation stylesheet, ${tag} alone (linked by its embed code)`, gz(readFileSync(`src/reserve/${tag}.css`)), tag === 'program-card' ? 6.5 * KiB : 3 * KiB);
}
// A browser opens 6 connections to an HTTP/1.1 host: a page's files beyond the entry, requested at
// once, must fit in them, or the 7th waits a whole round trip.
const mapPageFiles = page(cdnData, ['sister-city-map']).filter((f) => !f.endsWith(ENTRY));
rows.push({ what: `files a map page requests at once after the entry (≤ 6): ${mapPageFiles.map((f) => relative(cdnData, f)).join(', ')}`, count: mapPageFiles.length, ok: mapPageFiles.length <= 6 });
// The map's runtime and Leaflet load only when the map nears the viewport: its element's chunk must not
// import them statically (a module the element shares with the runtime would end up in the runtime's chunk).
const eagerMapParts = staticClosure(chunkOf(cdnData, ELEMENT_CHUNK['sister-city-map']))
  .filter((f) => /[\\/](map-runtime|leaflet)-[\w-]{6}\.js$/.test(f));
if (eagerMapParts.length) {
  rows.push({ what: `the map's element chunk imports ${eagerMapParts.map((f) => relative(cdnData, f)).join(', ')} statically`, bytes: 0, budget: 0, ok: false });
}
const counterPage = page(cdnData, ['cooperation-counter']);
check(
  `page with only a counter, data included (${counterPage.length} files)`,
  sum(counterPage),
  // Ceiling 21.5 KiB (was 26): the dataset's core part, the city and the metrics with what they cite,
  // is 4.7 KiB of it (the programmes load with a card, the partners with a list or a map:
  // scripts/data-parts.mjs); the 20 KiB target stays, reported as missed.
  21.5 * KiB,
  20 * KiB,
);
// Neither the partners nor the programmes travel to a page with only counters; on a card's page,
// only the partners a programme names (a card shows their names).
const dataset = JSON.parse(readFileSync('data/jakarta-2024.json', 'utf8'));
const named = new Set(dataset.programs.flatMap((p) => p.partners ?? []));
const idKeys = (items) => items.map((item) => `"id":"${item.id}"`);
const unnamed = idKeys(dataset.partners.filter((p) => !named.has(p.id)));
const has = (keys) => (f) => keys.some((key) => readFileSync(f, 'utf8').includes(key));
const hasPartners = has(unnamed);
for (const [what, keys, files] of [
  ["the partners' data on a counter-only page", idKeys(dataset.partners), counterPage],
  // (by a field only programmes have: a metric may share a programme's id)
  ["the programmes' data on a counter-only page", ['"keyFigure":'], counterPage],
  ["the data of partners no programme names on a card's page", unnamed, page(cdnData, ['program-card'])],
]) {
  const found = files.filter(has(keys));
  if (found.length) rows.push({ what: `${what}, in ${found.map((f) => relative(cdnData, f)).join(', ')}`, bytes: 0, budget: 0, ok: false });
}
// Nor the table's own code: Lit's `repeat` (with lit-html/directive.js, whose PartType table is the mark) travels with the table.
const directiveOnCounterPage = counterPage.filter((f) => readFileSync(f, 'utf8').includes('CHILD:2'));
if (directiveOnCounterPage.length) {
  rows.push({ what: `a Lit directive on a counter-only page, in ${directiveOnCounterPage.map((f) => relative(cdnData, f)).join(', ')}`, bytes: 0, budget: 0, ok: false });
}
// Nor what only a page with `src` needs (the loader of other files, its UTF-8 rule, the validator, its messages, the
// JSON syntax scanner): they live in src/core/ but not in the core chunk (vite.cdn.config.ts says which).
const SRC_ONLY = /src\/core\/(remote|encoding|validate|problems|json-syntax)\.ts$/;
const srcOnlyOnCounterPage = counterPage.flatMap((f) =>
  existsSync(`${f}.map`)
    ? JSON.parse(readFileSync(`${f}.map`, 'utf8')).sources.filter((m) => SRC_ONLY.test(m)).map((m) => `${m.replace(/.*src\//, 'src/')} in ${relative(cdnData, f)}`)
    : [],
);
if (!counterPage.some((f) => existsSync(`${f}.map`))) rows.push({ what: 'source maps of the counter-only page (to check its modules)', bytes: 0, budget: 0, ok: false });
if (srcOnlyOnCounterPage.length) {
  rows.push({ what: `code only a page with src needs, on a counter-only page: ${srcOnlyOnCounterPage.join(', ')}`, bytes: 0, budget: 0, ok: false });
}
if (!page(cdnData, ['sister-city-list']).some(hasPartners)) {
  rows.push({ what: "the partners' data missing from a list page", bytes: 0, budget: 0, ok: false });
}
check('data: core part (every page)', gz(readFileSync(chunkOf(cdnData, 'data'))), null);
check('page with only a counter, code only', sum(page(cdn, ['cooperation-counter'])), 18 * KiB);
const base = page(cdn, []);
for (const tag of ['cooperation-counter', 'program-card', 'sister-city-list']) {
  check(`  ${tag}: its own chunks beyond entry + Lit + core`, sum(page(cdn, [tag]).filter((f) => !base.includes(f))), null);
}
const noMap = page(cdn, ['cooperation-counter', 'program-card', 'sister-city-list']);
// 26 KiB since the table's "Download the data" link (0.5 KiB; the CSV writer itself loads on demand);
// 26.5 since what the table shares with the map (partners' data, download and skip links) is a chunk
// of its own, which the map loads before drawing, without the table (0.4 KiB of compression lost);
// 27 since the notes on the list (the disclosure under the table and the map's summary, its strings
// and styles, in that shared chunk) and the sources of every note shown (0.4 KiB with both).
check('page with counter, card and table, code only', sum(noMap), 27 * KiB);
const mapPage = page(cdn, ['sister-city-map']);
const mapFiles = mapPage.filter((f) => !noMap.includes(f));
// 70 KiB since Leaflet is built from the parts the map uses (95 before: Leaflet's whole ES module build).
check('map: element, runtime, Leaflet, basemap (only for a map)', sum(mapFiles), 70 * KiB);
// Everything a page with only a map downloads before drawing: what a phone waits for.
check('page with only a map, entry and data included (before the table view)', sum(page(cdnData, ['sister-city-map'])), 96 * KiB);
const everything = page(cdn, ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map']);
const onDemand = files(cdn).filter((f) => !everything.includes(f));
const csvWriter = onDemand.filter((f) => /[\\/]csv-[\w-]+\.js$/.test(f));
const tableView = onDemand.filter((f) => /[\\/]sister-city-list-define-[\w-]+\.js$/.test(f));
const remote = onDemand.filter((f) => !csvWriter.includes(f) && !tableView.includes(f));
const tableOfMap = [...new Set(tableView.flatMap(staticClosure))].filter((f) => !mapPage.includes(f));
check(`the map's table view (once the map is drawn, or when shown): ${tableOfMap.map((f) => relative(cdn, f)).join(', ')}`, sum(tableOfMap), null);
check(`src loader + validator chunk (only with src="…"): ${remote.map((f) => relative(cdn, f)).join(', ')}`, sum(remote), null);
check(`CSV writer (only when a reader downloads the data): ${csvWriter.map((f) => relative(cdn, f)).join(', ')}`, sum(csvWriter), null);

// Leaflet's unused PNGs must not come back as inlined data (see stripLeafletImages).
const inlinedImages = files(cdn).filter((f) => readFileSync(f, 'utf8').includes('data:image/png'));
if (inlinedImages.length) rows.push({ what: `inlined PNG data in ${inlinedImages.map((f) => relative(cdn, f)).join(', ')}`, bytes: 0, budget: 0, ok: false });

// 2. Counter and card entries with Lit, code only (what a bundler user importing one element ships):
// Lit as published, as their bundler has it (scripts/lit-messages.ts shortens it in our own bundle).
process.env.JGW_LIT_AS_PUBLISHED = '1';
for (const [name, entry] of [
  ['cooperation-counter entry + Lit (code)', 'src/cooperation-counter/define.ts'],
  ['program-card entry + Lit (code)', 'src/program-card/define.ts'],
]) {
  const out = await viteBuild('vite.cdn.config.ts', join(tmp, name.split(' ')[0]), {
    resolve: withoutData,
    // This element alone, without the CDN's Lit/core/data chunks: as a
    // bundler would ship it (a plugin, because an inline config would only
    // be merged into the CDN config's entries and chunk groups).
    plugins: [
      {
        name: 'one-element',
        config(config) {
          config.build.lib.entry = { entry };
          config.build.rolldownOptions.output.codeSplitting = true;
        },
      },
    ],
  });
  // Ceiling 14 KiB (was 13): fallback content and the debug box for bad data, `el.data`, one heading
  // rule and the shared source link came in; the 10 KiB target stays, reported as missed.
  check(name, sum(staticClosure(join(out, 'entry.js'))), 14 * KiB, 10 * KiB);
}
delete process.env.JGW_LIT_AS_PUBLISHED;

// 3. The dataset, as shipped inside the bundle (minified JSON).
const data = JSON.stringify(JSON.parse(readFileSync('data/jakarta-2024.json', 'utf8')));
check('bundled dataset, whole (data)', gz(Buffer.from(data)), 15 * KiB);

// 4. The files as shipped in dist/cdn (data included), for the record.
const shipped = [];
try {
  for (const f of files('dist/cdn').sort()) shipped.push([relative('dist/cdn', f), gz(readFileSync(f))]);
} catch {
  shipped.push(['dist/cdn not built (run `npm run build`)', 0]);
}
rmSync(tmp, { recursive: true, force: true });

console.log('size budgets (gzip -9):');
for (const r of rows) {
  // Against a target, in bytes too: a margin of a few bytes reads as 0.0 KiB.
  const missed = !r.target
    ? ''
    : r.bytes > r.target
      ? `  (target ${fmt(r.target).trim()} missed by ${fmt(r.bytes - r.target).trim()}: ${r.bytes} bytes)`
      : `  (target ${fmt(r.target).trim()} met: ${r.bytes} bytes, ${r.target - r.bytes} to spare)`;
  if (r.count != null) {
    console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${String(r.count).padStart(6)} files      ${r.what}`);
    continue;
  }
  console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${fmt(r.bytes)}${r.budget ? ` / ${fmt(r.budget).trim()}` : '            '}  ${r.what}${missed}`);
}
console.log('shipped files (gzip -9):');
for (const [what, bytes] of shipped) console.log(`       ${fmt(bytes)}  ${what}`);
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`size: ${over.length} budget(s) exceeded.`);
  process.exit(1);
}
