/**
 * The gallery's pages in each language. The gallery (`index.html`) and the
 * data editor (`data.html`) are written in Indonesian; the build also writes
 * an English copy of each (`index.en.html`, `data.en.html`) whose texts are
 * English in the HTML itself, so a reader who arrives in English sees English
 * on the first paint, with nothing rewritten (and moved) once the script runs.
 * The language switch moves the address to the other copy (no reload), and
 * the links between the pages follow (`data-page="index|data|guide"`; the
 * data-update guide, `guide/*.html`, is written from docs/ by scripts/guide.mjs).
 *
 * The build (vite.demo.config.ts) uses `pageHref` and `translateHtml`, which
 * touch no DOM; the pages use the rest.
 */
import type { Lang } from '../src/core/types.js';
import { escapeHtml } from './escape.js';

export type Page = 'index' | 'data';

/** The address of `page` in `lang`, relative to the gallery's folder (the data-update guide: `guide`). */
export function pageHref(page: Page | 'guide', lang: Lang): string {
  if (page === 'guide') return lang === 'en' ? 'guide/updating-the-data.html' : 'guide/memperbarui-data.html';
  return lang === 'en' ? `${page}.en.html` : `${page}.html`;
}

/**
 * The page's language on load: `?lang=en` or `?lang=id` when given (older
 * links), else the language its HTML is written in.
 */
export function startingLang(search: string, htmlLang: string): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'id') return asked;
  return htmlLang === 'en' ? 'en' : 'id';
}

/** `current` moved to `page` in `lang`: its other query parameters and its fragment kept, `lang` dropped. */
export function addressIn(current: string, page: Page, lang: Lang): string {
  const from = new URL(current);
  const to = new URL(pageHref(page, lang), from);
  from.searchParams.delete('lang');
  to.search = from.search;
  to.hash = from.hash;
  return to.href;
}

/** `current` with the query parameter `name` set to `value`, or removed when `value` is null. */
export function addressWith(current: string, name: string, value: string | null): string {
  const url = new URL(current);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}

/**
 * A page's HTML written in `lang` (build time): `<html lang>`, the title, the
 * meta description, every `data-i18n` element's text from `strings`, the
 * language select's choice, and the `data-page` links. Throws on a
 * `data-i18n` key that `strings` lacks, so a page and its strings cannot drift.
 */
export function translateHtml(
  html: string,
  lang: Lang,
  strings: Record<string, unknown> & { pageTitle: string; pageDescription: string },
): string {
  const text = (key: string): string => {
    const value = strings[key];
    if (typeof value !== 'string') throw new Error(`page-language: no ${lang} string "${key}"`);
    return value;
  };
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(strings.pageTitle)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, (_, a: string, b: string) => `${a}${escapeHtml(strings.pageDescription)}${b}`)
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-i18n="([\w-]+)"[^>]*>)([^<]*)(<\/\2\s*>)/g, (_, open: string, _tag: string, key: string, _old: string, close: string) => `${open}${escapeHtml(text(key))}${close}`)
    .replace(/(<[^>]*\sdata-page="(index|data|guide)"[^>]*>)/g, (tag: string, _all: string, page: Page | 'guide') => tag.replace(/href="[^"]*"/, `href="${pageHref(page, lang)}"`))
    .replace(/<option value="([a-z]+)" lang="\1">/g, (tag: string, value: string) => (value === lang ? tag.replace('>', ' selected>') : tag));
}

/**
 * Shows `page` in `lang` in the address bar (no reload; a reload or a shared
 * link then opens the copy written in that language) and points the links
 * between the pages at their copies in `lang`. The meta description follows.
 */
export function showPageIn(page: Page, lang: Lang, description: string): void {
  const address = addressIn(location.href, page, lang);
  if (address !== location.href) history.replaceState(history.state, '', address);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-page]')) {
    const page = link.dataset.page;
    link.setAttribute('href', pageHref(page === 'data' || page === 'guide' ? page : 'index', lang));
  }
  document.querySelector('meta[name="description"]')?.setAttribute('content', description);
}

/** On load: an older link's `?lang=` moves to the copy of the page in that language (else the address stays as it is). */
export function settleStartingAddress(page: Page, lang: Lang, description: string): void {
  if (new URLSearchParams(location.search).has('lang')) showPageIn(page, lang, description);
}
