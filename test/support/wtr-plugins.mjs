// Small @web/dev-server plugins so that the test browser loads the source the
// way Vite builds it: `?inline` CSS as a string module, and CommonJS-only test
// tools (ajv) pre-bundled as ESM by esbuild.
import { createRequire } from 'node:module';
import { partOf, splitDataset } from '../../scripts/data-parts.mjs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** `import css from 'pkg/x.css?inline'` → `export default "<css>"`. */
export function cssInline() {
  return {
    name: 'css-inline',
    resolveImport({ source }) {
      if (!source.endsWith('.css?inline') || source.startsWith('.') || source.startsWith('/')) return undefined;
      const file = require.resolve(source.replace(/\?inline$/, ''));
      return `/__css/${encodeURIComponent(file)}?inline`;
    },
    async serve(context) {
      if (context.path.startsWith('/__css/')) {
        const file = decodeURIComponent(context.path.slice('/__css/'.length));
        const css = await readFile(file, 'utf8');
        return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
      }
      if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
        const css = await readFile(new URL(`../..${context.path}`, import.meta.url), 'utf8');
        return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
      }
      return undefined;
    },
  };
}

/**
 * `import data from './x.json'` → a JS module exporting the parsed JSON, as
 * Vite does. Only imports are rewritten (marked `?module`): a `fetch()` of
 * the same file still gets the JSON itself.
 */
export function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (!source.startsWith('.') && !source.startsWith('/')) return undefined;
      if (source.endsWith('.json')) return `${source}?module`;
      // a part of the bundled dataset (scripts/data-parts.mjs): `…/jakarta-2024.json?part=core`
      if (/\.json\?part=\w+$/.test(source)) return `${source}&module`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has('module')) return undefined;
      const json = await readFile(new URL(`../..${context.path}`, import.meta.url), 'utf8');
      const part = context.URL.searchParams.has('part') ? partOf(`${context.path}?part=${context.URL.searchParams.get('part')}`) : undefined;
      const text = part ? JSON.stringify(splitDataset(JSON.parse(json))[part]) : json;
      return { body: `export default JSON.parse(${JSON.stringify(text)});`, type: 'js' };
    },
  };
}

/** CommonJS packages imported by tests, served as one ESM bundle each. */
export function cjsBundle(specifiers) {
  const cache = new Map();
  return {
    name: 'cjs-bundle',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `/__cjs/${encodeURIComponent(source)}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/__cjs/')) return undefined;
      const spec = decodeURIComponent(context.path.slice('/__cjs/'.length, -'.js'.length));
      if (!cache.has(spec)) {
        const result = await build({
          stdin: { contents: `import m from ${JSON.stringify(spec)}; export default m;`, resolveDir: process.cwd() },
          bundle: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent',
        });
        cache.set(spec, result.outputFiles[0].text);
      }
      return { body: cache.get(spec), type: 'js' };
    },
  };
}
