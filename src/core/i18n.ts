import type { Lang } from './types.js';

/** The language used when none is given or the given one is not supported. */
export const DEFAULT_LANG: Lang = 'id';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en' };

/** The BCP 47 locale that `Intl` uses for a language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * Maps a `lang` attribute value to a supported language: `en`, `en-GB` → `en`;
 * `id`, `id-ID` and the legacy `in` → `id`. Anything else → null.
 */
export function normalizeLang(value: string | null | undefined): Lang | null {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'en') return 'en';
  if (base === 'id' || base === 'in') return 'id';
  return null;
}

/** The nearest `lang` attribute on `el` or an ancestor, crossing shadow roots. */
function nearestLangAttribute(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return value; // lang="" means "unknown": keep looking up
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return null;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const warnedLangs = new Set<string>();

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's,
 * else `<html lang>`, else Indonesian. An unsupported language falls back to
 * Indonesian, with one console warning per page for each such value.
 */
export function resolveLang(el: HTMLElement): Lang {
  const start = el.parentElement ?? hostOf(el);
  const value =
    el.lang ||
    (start && nearestLangAttribute(start)) ||
    el.ownerDocument?.documentElement.getAttribute('lang') ||
    '';
  if (!value) return DEFAULT_LANG;
  const lang = normalizeLang(value);
  if (lang) return lang;
  if (!warnedLangs.has(value)) {
    warnedLangs.add(value);
    console.warn(
      `<${el.localName}>: language "${value}" is not supported (only "id" and "en"); showing Indonesian.`,
    );
  }
  return DEFAULT_LANG;
}

type StringValue = string | ((...args: never[]) => string);

/**
 * A string table in both languages, declared as
 * `const xIndonesian = {…}; export const xStrings: Bilingual<typeof xIndonesian> = { id: xIndonesian, en: {…} }`:
 * the English table must carry exactly the keys (and function signatures) of
 * the Indonesian one. A type, not a function, so that no call ships.
 */
export type Bilingual<T extends Record<string, StringValue>> = Record<Lang, T> & {
  en: { [K in keyof T]: T[K] };
};

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a language, with cached `Intl.NumberFormat`s.
 *
 * Fast path: a whole number from 0 to 999 (or any whole number without
 * grouping, such as a year) comes out of `Intl` for `id-ID` and `en` as its
 * plain digits, so it is written directly. That spares a page whose figures
 * are all small the first `Intl.NumberFormat`, which loads locale data and
 * costs tens of milliseconds on a slow phone. A test keeps the two paths equal.
 */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  if (Number.isInteger(value) && 1 / value > 0) {
    const keys = Object.keys(options);
    const plain =
      (keys.length === 0 && value < 1000) ||
      (keys.length === 1 && options.useGrouping === false && value < 1e15);
    if (plain) return String(value);
  }
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

// Dates are written from month-name tables, without `Intl` (see dates.ts).
export { formatDate, ISO_DATE } from './dates.js';

/** A year as readers write it: no grouping separator (2024, not 2.024). */
export function formatYear(year: number, lang: Lang): string {
  return formatNumber(year, lang, { useGrouping: false });
}

const coreIndonesian = {
  loading: 'Memuat data…',
  errorTitle: 'Data tidak dapat ditampilkan',
  unavailable: 'Data ini belum dapat ditampilkan.',
  errorNetwork: 'Berkas data tidak dapat dimuat. Periksa koneksi atau alamat berkas.',
  sources: 'Sumber',
  opensInNewTab: '(membuka tab baru)',
};

/**
 * Strings shared by every element. Element-specific strings live beside the
 * element; the partners' labels (kinds, regions, confidence, an unknown
 * year, a note), which only the list and the map show, in `partners.ts`; the
 * wording of what is wrong with a `src` file, with the code that finds it, in
 * `remote.ts`.
 */
export const coreStrings: Bilingual<typeof coreIndonesian> = {
  id: coreIndonesian,
  en: {
    loading: 'Loading data…',
    errorTitle: 'The data cannot be shown',
    unavailable: 'This data cannot be shown at the moment.',
    errorNetwork: 'The data file could not be loaded. Check the connection or the file address.',
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
  },
};
