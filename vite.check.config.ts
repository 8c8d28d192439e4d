import { defineConfig } from 'vite';
import { sharedConfig, SOURCEMAP, TARGET } from './vite.shared.ts';

/**
 * The data checker as one self-contained module, `dist/check/index.js`, run by
 * the `jakarta-global-widgets` command (bin/) on Node and importable in a
 * browser as `jakarta-global-widgets/check`. Built apart from the library so
 * its imports of core modules do not change how the elements are chunked.
 */
export default defineConfig({
  ...sharedConfig(),
  build: {
    target: TARGET,
    outDir: 'dist/check',
    emptyOutDir: true,
    sourcemap: SOURCEMAP,
    minify: false,
    lib: { entry: { index: 'src/check/index.ts' }, formats: ['es'] },
  },
});
