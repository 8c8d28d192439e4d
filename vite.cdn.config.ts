import { defineConfig } from 'vite';
import { sharedConfig, TARGET } from './vite.shared';

/**
 * The self-contained CDN bundle for `<script type="module">`: Lit and the
 * dataset included; Leaflet, the basemap and the map element in chunks that
 * load lazily, relative to the script's own URL, only when a map is on the page.
 */
export default defineConfig({
  ...sharedConfig(),
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
