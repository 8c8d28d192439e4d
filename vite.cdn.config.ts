import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { litPolicy } from './scripts/lit-policy.ts';
import { parallelImports, type TagModules } from './scripts/parallel-imports.ts';
import { sharedConfig, SOURCEMAP, TARGET } from './vite.shared.ts';

/**
 * `jakarta-global-widgets.css` next to the script: the space each element
 * reserves until it is defined (src/reserve.css, measured and written by
 * `node scripts/reserve-css.mjs`), and `reserve/<tag>.css`, each tag's rules
 * alone (src/reserve/), which the gallery's embed code links, one per element:
 * a counter's page parses 4 KB of rules, not the card's and the table's 73.
 * Snippets carry no `style` attribute (strict CSP).
 */
function reserveStylesheet(): Plugin {
  return {
    name: 'jgw-reserve-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'jakarta-global-widgets.css', source: readFileSync('src/reserve.css', 'utf8') });
      for (const tag of Object.keys(PRELOAD_TAGS)) {
        this.emitFile({ type: 'asset', fileName: `reserve/${tag}.css`, source: readFileSync(`src/reserve/${tag}.css`, 'utf8') });
      }
    },
  };
}

/**
 * The licences beside the files (`LICENSE`, `THIRD-PARTY-NOTICES.txt`): the minified chunks keep no
 * comment, and the folder is what a site uploads (the kit, the WordPress plugin copy it whole).
 */
function licences(): Plugin {
  return {
    name: 'jgw-licences',
    generateBundle() {
      for (const fileName of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName, 'utf8') });
      }
    },
  };
}

/**
 * The self-contained CDN bundle for `<script type="module">`: a small
 * autoloader entry (`src/cdn.ts`) that imports, relative to its own URL, the
 * chunk of each tag found in the page. Lit, the core and the dataset are
 * shared chunks of their own; Leaflet, the basemap and the map's runtime load
 * only for a map.
 */
const shared = sharedConfig();

/**
 * What src/cdn.ts imports for each tag (its `ELEMENTS` and, for the map, `mapParts`), by module:
 * written into `preload.json` as each tag's files, for the embed codes' `modulepreload` hints. The
 * gallery's e2e test checks that a pasted embed code requests exactly these files.
 */
const PRELOAD_TAGS: TagModules = {
  'cooperation-counter': { now: ['cooperation-counter/cooperation-counter'] },
  'program-card': { now: ['program-card/program-card'] },
  'sister-city-list': { now: ['sister-city-list/element'] },
  'sister-city-map': { now: ['sister-city-map/define'], near: ['sister-city-map/map-runtime', 'sister-city-map/leaflet'] },
};

export default defineConfig({
  define: shared.define,
  // Its own copy of Lit creates a Trusted Types policy of the library's name (scripts/lit-policy.ts).
  plugins: [...shared.plugins, litPolicy(), parallelImports(PRELOAD_TAGS), reserveStylesheet(), licences()],
  build: {
    target: TARGET,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: SOURCEMAP,
    lib: { entry: { 'jakarta-global-widgets': 'src/cdn.ts' }, formats: ['es'] },
    rolldownOptions: {
      // The entry shares no module with the chunks (they never import it back).
      preserveEntrySignatures: 'strict',
      output: {
        minify: true,
        // No `/* @__PURE__ */` annotations: they are for bundlers, and no bundler reads these files
        // (~60 bytes gzip on a counter-only page). The npm build keeps them.
        comments: { legal: false, annotation: false, jsdoc: false },
        // An element's chunk is named after its module (chunks/program-card-….js); the map's, and the
        // table's small facade for the loader, after their folder (chunks/sister-city-map-define-….js).
        chunkFileNames: (chunk) =>
          (chunk.name === 'define' || chunk.name === 'element') && chunk.facadeModuleId
            ? `chunks/${basename(dirname(chunk.facadeModuleId))}-${chunk.name}-[hash:6].js`
            : 'chunks/[name]-[hash:6].js',
        // Shared chunks with stable names, each requested once by every element that needs it. Few
        // files: on an HTTP/1.1 host a browser opens 6 connections per host, and a 7th file waits for
        // a free one (a whole round trip on a phone: on emulated Fast 3G, Leaflet and the basemap,
        // 7th and 8th, started ~1 s after the others). So Lit and our core, which every element
        // needs, are one chunk, and the map's runtime carries the basemap: a map page asks for 6
        // files at once (element, core, data, partners, runtime, Leaflet). Leaflet stays a file of its
        // own, whose name changes only with Leaflet's version.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              // Not Lit's directives (only the table uses one, `repeat`: it goes to the table's chunk), nor
              // the map's chunk-loading message: a counter-only page does not load them.
              // (Our src/core/, not Leaflet's.)
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!.*directive)|^(?!.*node_modules).*[\\/]src[\\/]core[\\/](?!remote|encoding|validate|problems|json-syntax|partners|programs-data|chunk-error)/,
              priority: 4,
            },
            // The bundled dataset's core part (scripts/data-parts.mjs): the city and the metrics. Its
            // programmes part (imported by the card alone, with src/core/programs-data.ts, which the core
            // group leaves out) goes into the card's chunk, and its partners part into the chunk the list
            // and the map share, so a page with only counters loads neither.
            { name: 'data', test: /[\\/]data[\\/]jakarta-2024\.json\?part=core$/, priority: 5 },
            // What the list and the map share: the partners' data and labels, the download and skip links, and the
            // notes on the list. The map
            // loads it at once; the table itself it loads only when shown (or once drawn, when idle).
            {
              name: 'partners',
              test: /[\\/]src[\\/]core[\\/]partners(-data)?\.ts$|[\\/]data[\\/]jakarta-2024\.json\?part=partners$|[\\/]src[\\/]sister-city-list[\\/](download|skip-link|about-list)\.ts$/,
              priority: 3,
            },
            // The table, with Lit's `repeat`. Named, so that nothing of it is left to the map's runtime below
            // (the table would then import the runtime). The loader imports the table's class through its
            // facade (src/sister-city-list/element.ts), outside the group: importing a module inside a group
            // makes rolldown build its namespace with a runtime helper, which became a file of its own.
            { name: 'sister-city-list', test: /[\\/]src[\\/]sister-city-list[\\/](?!define|element)/, priority: 2 },
            // Last, so that it takes in only what the groups above left (a group takes its modules' dependencies).
            {
              name: 'map-runtime',
              test: /[\\/]src[\\/]sister-city-map[\\/](map-runtime\.ts|basemap-data\.json)$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
