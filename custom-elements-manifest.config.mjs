import { posix } from 'node:path';

// `cem analyze` reads the elements' JSDoc into custom-elements.json, the single
// source of the API tables in README.md and of the React wrappers' event names.
export default {
  globs: ['src/*/*.ts'],
  exclude: [
    'src/core/!(widget-element).ts',
   'src/react/**', 'src/check/**', 'src/ssr/**', 'src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The elements declare their reactive properties in `static properties`; the analyzer takes
      // every entry there for an attribute, `state: true` ones too. Those are the private fields:
      // internal state, no attribute, not part of the API.
      name: 'private-state-has-no-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            for (const m of decl.members ?? []) if (hidden.has(m.name)) delete m.attribute;
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          }
        }
      },
    },
    {
      // The package ships no sources: each module is named by the declaration file built from it
      // (dist/types/, with the same JSDoc), which an editor's "go to definition" can open.
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer names a module `src/x.ts`, a superclass `/src/x.js`, a re-export `./x.js`.
        const shipped = (value, from) => {
          const source = /^\.\.?\//.test(value) ? posix.join(posix.dirname(from), value) : value.replace(/^\//, '');
          return source.replace(/^src\/(.*)\.[jt]s$/, 'dist/types/$1.d.ts');
        };
        const visit = (node, from) => {
          if (Array.isArray(node)) node.forEach((item) => visit(item, from));
          else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
              if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value, from);
              else visit(value, from);
            }
          }
        };
        for (const module of customElementsManifest.modules) visit(module, module.path);
      },
    },
    {
      // The analyzer lists modules in the order its file globbing returns
      // them, which varies between runs: sorted by path, the committed file
      // changes only when the API does.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
