// Which files an embed code names ahead with `<link rel="modulepreload">`, from one tag's lists in
// the CDN bundle's `preload.json` (written by scripts/parallel-imports.ts): its `now` files and, for
// a tag drawn at once (`loading="eager"`), its lazy half `near` first (the largest files: on an
// HTTP/1.1 host the browser fetches six at a time, and the set is in soonest that way). Files in
// `named` (those the page has already hinted) are left out. Shared by the gallery's embed codes
// (demo/embed-code.ts), the host-page scenarios (vite.demo.config.ts), the kit's READ-ME
// (scripts/kit.mjs) and the benchmark's hinted pages (bench/run.mjs); the WordPress plugin's PHP
// (integrations/wordpress/includes/render.php) follows the same rule.

/**
 * @param {{ now: readonly string[]; near?: readonly string[] } | undefined} lists
 * @param {{ eager?: boolean; named?: ReadonlySet<string> }} [options]
 * @returns {string[]}
 */
export function hintedFiles(lists, { eager = false, named = new Set() } = {}) {
  if (!lists) return [];
  return [...new Set([...(eager ? (lists.near ?? []) : []), ...lists.now])].filter((f) => !named.has(f));
}
