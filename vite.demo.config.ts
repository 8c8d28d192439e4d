import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The demo gallery: `npm start` serves it, `npm run build:demo` builds it into dist-demo/. */
export default defineConfig({
  root: 'demo',
  base: './',
  define: { __JGW_VERSION__: JSON.stringify(pkg.version) },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
