import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { sharedConfig, TARGET } from './vite.shared';

/**
 * `jakarta-global-widgets.css` next to the script: the space each element
 * reserves until it is defined (src/reserve.css, measured and written by
 * `node scripts/reserve-css.mjs`). The embed code links it, so snippets carry
 * no `style` attribute (strict CSP).
 */
function reserveStylesheet(): Plugin {
  return {
    name: 'jgw-reserve-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'jakarta-global-widgets.css', source: readFileSync('src/reserve.css', 'utf8') });
    },
  };
}

/**
 * The self-contained CDN bundle for `<script type="module">`: Lit and the
 * dataset included; Leaflet, the basemap and the map element in chunks that
 * load lazily, relative to the script's own URL, only when a map is on the page.
 */
const shared = sharedConfig();

export default defineConfig({
  define: shared.define,
  plugins: [...shared.plugins, reserveStylesheet()],
  build: {
    target: TARGET,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: { 'jakarta-global-widgets': 'src/cdn.ts' }, formats: ['es'] },
    rolldownOptions: {
      // Lets the bundler merge code shared with the lazy map chunks into the
      // main file instead of splitting it into extra files on the critical path.
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
