import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type * as Ssr from './src/ssr/index.ts';
import { sharedConfig, SOURCEMAP } from './vite.shared.ts';

/**
 * After the SSR build: each element's shadow-root stylesheet as a file,
 * `dist/cdn/ssr/<tag>.css`, linked by prerendered embeds for pages with a
 * strict CSP (`renderWidget(…, { stylesheetBase })`). Written from the built
 * module itself, so it is exactly the CSS the element adopts in the browser.
 */
function ssrStylesheets(): Plugin {
  return {
    name: 'jgw-ssr-stylesheets',
    async closeBundle() {
      const ssr = (await import(pathToFileURL(resolve('dist/ssr/index.js')).href)) as typeof Ssr;
      mkdirSync('dist/cdn/ssr', { recursive: true });
      for (const tag of ssr.SSR_TAGS) {
        writeFileSync(`dist/cdn/ssr/${tag}.css`, `${ssr.stylesheetText(tag)}\n`);
      }
    },
  };
}

/**
 * The server never draws a map, so Leaflet is left out of the SSR module:
 * `src/sister-city-map/leaflet.ts` is built as an empty module. (The build
 * is one file, so the map runtime's lazy `import()` of it is inlined, and
 * Leaflet's source modules would be imported, and evaluated, when the SSR
 * module is: Node cannot even resolve them, they import without extensions.)
 */
function noLeaflet(): Plugin {
  return {
    name: 'jgw-ssr-no-leaflet',
    enforce: 'pre',
    load: (id) => (/[\\/]src[\\/]sister-city-map[\\/]leaflet\.ts$/.test(id) ? 'export {};' : null),
  };
}

/**
 * `jakarta-global-widgets/ssr` (Node only): `renderWidget()` with
 * `@lit-labs/ssr`, built into `dist/ssr/` (after the CDN build, whose folder
 * receives the stylesheets). Lit and its DOM shim stay imports (Node
 * resolves their `node` builds), shared with a site's own Lit SSR (Eleventy's
 * plugin renders our tags with its `@lit-labs/ssr`). `@lit-labs/ssr`'s
 * renderer, with parse5, is built in: as a dependency it made every
 * install of the package 25 packages (28 MB) instead of 11 (15 MB), most
 * of the difference for its module loader and `node-fetch`, which
 * `renderWidget` does not use.
 */
const shared = sharedConfig();

export default defineConfig({
  define: shared.define,
  plugins: [...shared.plugins, noLeaflet(), ssrStylesheets()],
  ssr: { noExternal: ['@lit-labs/ssr', '@lit-labs/ssr-client', '@parse5/tools', 'parse5', 'entities'] },
  build: {
    ssr: 'src/ssr/index.ts',
    target: 'node20',
    outDir: 'dist/ssr',
    emptyOutDir: true,
    sourcemap: SOURCEMAP,
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'index.js', codeSplitting: false },
      external: [/^lit($|\/)/, /^@lit-labs\/ssr-dom-shim($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/],
    },
  },
});
