import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { sharedConfig, SOURCEMAP, TARGET } from './vite.shared.ts';

/** One entry per element folder that has a `define.ts`, plus the index. */
const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

export default defineConfig({
  ...sharedConfig(),
  build: {
    target: TARGET,
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: SOURCEMAP,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        react: 'src/react/index.ts',
        // One element's React wrapper alone (jakarta-global-widgets/react/cooperation-counter…).
        ...Object.fromEntries(elements.filter((name) => existsSync(`src/react/${name}.ts`)).map((name) => [`react/${name}`, `src/react/${name}.ts`])),
        ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Bundler users dedupe these. Leaflet is not among them: its module is
      // patched at build time (no `innerHTML` at load, for Trusted Types) and
      // bundled into the map's lazy chunk, its CSS inlined into our code.
      external: [/^lit($|\/)/, /^@lit\/react($|\/)/, /^react($|\/)/],
      output: {
        // The React wrappers use hooks: in a framework with server components (Next.js's App
        // Router) they are client components. Written here, not in the module, whose directives
        // a bundler does not promise to keep.
        banner: (chunk) => (chunk.isEntry && /^react(\/|$)/.test(chunk.name) ? "'use client';" : ''),
      },
    },
  },
});
