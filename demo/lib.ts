/**
 * The library as the demo pages load it: `src/index.ts` (which registers all
 * four elements), built by Vite together with the page.
 */
export * from '../src/index.js';
