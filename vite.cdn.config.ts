import { basename, dirname } from 'node:path';
import { defineConfig } from 'vite';
import { parallelImports } from './scripts/parallel-imports';
import { sharedConfig, TARGET } from './vite.shared';

/**
 * The self-contained CDN bundle for `<script type="module">`: a small
 * autoloader entry (`src/cdn.ts`) that imports, relative to its own URL, the
 * chunk of each tag found in the page. Lit, the core and the dataset are
 * shared chunks of their own; Leaflet, the basemap and the map's runtime load
 * only for a map.
 */
export default defineConfig({
  define: sharedConfig().define,
  plugins: [...sharedConfig().plugins, parallelImports()],
  build: {
    target: TARGET,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: { 'jakarta-global-widgets': 'src/cdn.ts' }, formats: ['es'] },
    rolldownOptions: {
      // The entry shares no module with the chunks (they never import it back).
      preserveEntrySignatures: 'strict',
      output: {
        minify: true,
        // An element's chunk is named after its folder: chunks/program-card-define-….js.
        chunkFileNames: (chunk) =>
          chunk.name === 'define' && chunk.facadeModuleId
            ? `chunks/${basename(dirname(chunk.facadeModuleId))}-define-[hash].js`
            : 'chunks/[name]-[hash].js',
        // Shared chunks with stable names, each requested once by every element that needs it.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/, priority: 3 },
            { name: 'data', test: /[\\/]data[\\/]jakarta-2024\.json$/, priority: 2 },
            { name: 'core', test: /[\\/]src[\\/]core[\\/](?!remote|validate)/, priority: 1 },
          ],
        },
      },
    },
  },
});
