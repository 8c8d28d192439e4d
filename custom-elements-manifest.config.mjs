// `cem analyze` reads the elements' JSDoc into custom-elements.json, the single
// source of the API tables in README.md and of the React wrappers' event names.
export default {
  globs: ['src/*/*.ts'],
  exclude: [
    'src/core/!(widget-element).ts',
   'src/react/**', 'src/check/**', 'src/ssr/**', 'src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
