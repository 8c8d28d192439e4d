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
