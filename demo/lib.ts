/**
 * The library as the demo pages load it: `src/index.ts`, built by Vite. Every
 * element folder's `define.ts` is imported too, so an element registers here as
 * soon as it lands, whether or not the index already imports it (importing a
 * module twice evaluates it once).
 */
export * from '../src/index.js';

import.meta.glob(['../src/*/define.ts', '!../src/core/**'], { eager: true });
