// The programs some end-to-end tests need besides Node and Chromium: php-cli
// and Debian's WordPress (test/e2e/wordpress/), gettext's msgfmt (to compare
// the plugin's .mo files with it). A test whose program is missing is
// skipped, saying which and the apt-get line that installs it, except when
// JGW_REQUIRE_ENGINES=1 or CI is set (.ci/run installs them all), as in
// engines.test.mjs: then it fails, saying why.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const REQUIRED = process.env.JGW_REQUIRE_ENGINES === '1' || Boolean(process.env.CI);
export const WP_DIR = process.env.WP_DIR ?? '/usr/share/wordpress';

/** Whether `command` is an executable file in a folder of $PATH. */
export function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why PHP cannot run here, or null. */
export function phpMissing() {
  return onPath('php') ? null : 'php is missing: apt-get install php-cli wordpress';
}

/** Why WordPress (php-cli and Debian's wordpress, its `files` under WP_DIR) cannot run here, or null. */
export function wordpressMissing(files = ['wp-includes/shortcodes.php', 'wp-includes/pomo/mo.php']) {
  const lost = files.find((f) => !existsSync(join(WP_DIR, f)));
  return phpMissing() ?? (lost ? `WordPress is missing (no ${join(WP_DIR, lost)}): apt-get install php-cli wordpress, or set WP_DIR` : null);
}

/** Why msgfmt cannot run here, or null. */
export function msgfmtMissing() {
  return onPath('msgfmt') ? null : 'msgfmt is missing: apt-get install gettext';
}

const told = new Set();

/**
 * node:test options for a test or suite that needs what `missing` (a reason, or null) names:
 * skipped with that reason, unless REQUIRED. The test itself calls requireTool(missing) first.
 */
export function needs(missing) {
  if (!missing || REQUIRED) return {};
  if (!told.has(missing)) console.log(`# skipped: ${missing} (JGW_REQUIRE_ENGINES=1 makes this fail)`);
  told.add(missing);
  return { skip: missing };
}

/** Throws when `missing` is a reason: the program is required here (CI or JGW_REQUIRE_ENGINES=1). */
export function requireTool(missing) {
  if (missing) throw new Error(`required here (CI or JGW_REQUIRE_ENGINES=1): ${missing}`);
}
