import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyCssTemplates, stripLeafletImages } from './scripts/minify-css-templates';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** One entry per element folder that has a `define.ts`, plus the index. */
const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

export default defineConfig({
  define: { __JGW_VERSION__: JSON.stringify(pkg.version) },
  plugins: [minifyCssTemplates(), stripLeafletImages()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        react: 'src/react/index.ts',
        ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Bundler users dedupe these; `?inline` CSS is inlined into our code.
      external: [
        /^lit($|\/)/,
        /^@lit\/react($|\/)/,
        /^react($|\/)/,
        /^leaflet($|\/(?!.*\.css\?inline$))/,
        /^topojson-client($|\/)/,
      ],
    },
  },
});
