/**
 * The one template for a link that leaves the page (a source, a credit):
 * only `https:`/`http:` URLs (through `safeUrl`), a new tab with
 * `rel="noopener noreferrer"`, and the screen-reader suffix "opens in a new
 * tab" after a separator, so the link's name never runs into it. The
 * separator is a no-break space: an ordinary one at the start of the visually
 * hidden (hence block-level) span is trimmed from its text run (Chromium's
 * name still gets a space by padding the block, a reader that joins the runs
 * does not).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { coreStrings } from './i18n.js';
import type { Lang, Source } from './types.js';
import { safeUrl } from './url.js';

export interface LinkOptions {
  /** `part` of the `<a>`. */
  part?: string;
}

/**
 * `content` as a link to `url` opening in a new tab, or `null` when the URL is
 * not `https:`/`http:` (the caller then shows `content` without a link).
 */
export function externalLink(url: string, content: unknown, lang: Lang, options: LinkOptions = {}): TemplateResult | null {
  const href = safeUrl(url);
  if (!href) return null;
  return html`<a part=${options.part ?? nothing} href=${href} target="_blank"
    rel="noopener noreferrer"
    >${content}<span class="sr-only">\u00a0${coreStrings[lang].opensInNewTab}</span></a
  >`;
}

/** Who published a source, in `lang`: a name as written, or its text in that language. */
export const publisherOf = ({ publisher }: Pick<Source, 'publisher'>, lang: Lang): string =>
  typeof publisher === 'string' ? publisher : publisher[lang];

/** A source as the links show it; `lang` is the language of its title, when known. */
export type LinkedSource = Pick<Source, 'title' | 'url'> & { lang?: string };

/**
 * A source's title (marked with its own `lang` when that differs from the
 * element's), for use as link content or as plain text.
 */
export function sourceTitle(source: LinkedSource, lang: Lang): TemplateResult | string {
  return source.lang && source.lang !== lang ? html`<span lang=${source.lang}>${source.title}</span>` : source.title;
}

/**
 * A source as a link (its title, or `content`), or, when its URL is not
 * allowed, `fallback` (the same content as plain text by default).
 */
export function sourceLink(
  source: LinkedSource,
  lang: Lang,
  options: LinkOptions & { content?: unknown; fallback?: unknown } = {},
): unknown {
  const content = options.content ?? sourceTitle(source, lang);
  return externalLink(source.url, content, lang, options) ?? options.fallback ?? content;
}
