declare const __JGW_VERSION__: string | undefined;

/** The library's version, injected at build time (`vite.config.ts`, the test runner). */
export const VERSION: string = typeof __JGW_VERSION__ === 'string' ? __JGW_VERSION__ : '0.0.0-dev';
