/**
 * The console's words for a lazily loaded file (a "chunk") that could not be
 * fetched: which file, and what to do. On a self-hosted site this is nearly
 * always the `chunks/` folder left out when `dist/cdn/` was uploaded.
 */
export function chunkFailure(error: unknown): string {
  const message = (error as Error | undefined)?.message ?? String(error);
  const file = /(?:https?:|file:|\/)[^\s'"]*\.js/.exec(message)?.[0];
  return (
    `${file ? `the file ${file} could not be loaded` : `a file of the library could not be loaded (${message})`}. ` +
    'Upload the whole dist/cdn/ folder, chunks/ included, next to jakarta-global-widgets.js (not only that file); ' +
    'if it is there, check that the site does not block it (network, Content-Security-Policy script-src).'
  );
}
