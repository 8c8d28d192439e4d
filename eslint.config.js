// Lints TypeScript, Lit templates (eslint-plugin-lit) and custom-element
// practice (eslint-plugin-wc). Part of `npm test`.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'dist-wordpress/', 'node_modules/', 'coverage/', 'bench-results/', 'lh/', 'bench/.build/', 'bench/.before/', 'test/e2e/pages/tmp/'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests (.only).' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'Data is rendered as text, never as HTML.' },
      ],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-html': 'error',
      // Elements are registered through defineElement(), the version-aware guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
