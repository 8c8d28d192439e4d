/**
 * Keeps `https:`/`http:` URLs (normalized); anything else becomes "". White
 * space around the link is dropped, as the URL parser drops it; white space
 * inside it (a link broken by a word processor or a PDF, "https:// example.org")
 * makes it "": browsers would quietly encode it as %20, a dead link, where
 * Node's parser refuses it, and the checker must say the same everywhere.
 */
export function safeUrl(value: string): string {
  try {
    return /^\s*https?:\S*\s*$/i.test(value) ? new URL(value).href : '';
  } catch {
    return '';
  }
}
