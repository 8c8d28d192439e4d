import { readFile } from 'node:fs/promises';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cssInline, cjsBundle, jsonModules } from './test/support/wtr-plugins.mjs';

// Debian's Chromium by default; CHROME_PATH points elsewhere. Running as root
// (CI, our machines) needs --no-sandbox.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const asRoot = process.getuid?.() === 0;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...(asRoot || process.env.CI ? ['--no-sandbox'] : []),
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [
    // `/__slow?ms=N` answers the mini dataset after N ms (loader timeout tests).
    async function slow(context, next) {
      if (context.path !== '/__slow') return next();
      await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 1000)));
      context.type = 'application/json';
      context.body = await readFile('test/fixtures/mini.json', 'utf8');
    },
  ],
  plugins: [
    cssInline(),
    jsonModules(),
    cjsBundle(['ajv/dist/2020.js']),
    esbuildPlugin({
      ts: true,
      tsconfig: './tsconfig.json',
      target: 'es2022',
      define: { __JGW_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-test') },
    }),
  ],
};
