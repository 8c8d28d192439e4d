import { defineConfig } from 'vite';
import { sharedConfig, TARGET } from '../vite.shared.ts';

/** The "one file" reference of the benchmark (bench/one-file.ts): one module, no code splitting. */
const shared = sharedConfig();

export default defineConfig({
  define: shared.define,
  plugins: shared.plugins,
  logLevel: 'error',
  build: {
    target: TARGET,
    outDir: 'bench/.build/one-file',
    emptyOutDir: true,
    lib: { entry: { 'one-file': 'bench/one-file.ts' }, formats: ['es'] },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
