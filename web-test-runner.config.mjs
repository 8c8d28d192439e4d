import { readFile } from 'node:fs/promises';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { cssInline, cjsBundle, jsonModules } from './test/support/wtr-plugins.mjs';
import { CHROME_ARGS, CHROME_PATH } from './test/support/chromium.mjs';


export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // axe runs and map drawing take seconds on a slow or busy machine (2 cores shared): a generous
  // per-test timeout; tests that wait for something bound their own waits.
  testFramework: { config: { timeout: 30000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS },
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
    a11ySnapshotPlugin(),
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
