/**
 * How `<sister-city-list>` sorts its partners. Pure helpers, no DOM. (The
 * region filter and the look-ups that the map shares live in `src/core/`.)
 */
import { localeOf } from '../core/i18n.js';
import type { Lang, Partner } from '../core/types.js';

/** The columns a partner list can be sorted by (the first is the default). */
export const SORT_KEYS = ['name', 'country', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort directions (the first is the default). */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** True when `value` is one of `SORT_KEYS`. */
export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}

/** True when `value` is one of `SORT_ORDERS`. */
export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORT_ORDERS as readonly string[]).includes(value);
}

const collators = new Map<Lang, Intl.Collator>();

/** The cached `Intl.Collator` of a language (`id-ID` or `en`). */
function collatorOf(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(localeOf(lang), { usage: 'sort', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

const folded = new Map<string, string>();

/** Lower case, accents removed: what decides the order at the collator's first level for a–z and spaces. */
function fold(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(text, key);
  }
  return key;
}

const PLAIN = /[a-z ]/;

/**
 * Compares as `Intl.Collator` (both our languages use the root collation)
 * without creating one where the answer is certain: the first character at
 * which the folded texts differ is a letter a–z or a space in both (or one
 * text ends there), so that character decides, in code-unit order. Anything
 * else (digits, punctuation, other scripts, texts that differ only in
 * accents or case) goes to the real collator. Creating the first collator
 * loads the locale's collation data: ~90 ms of a phone's CPU on the table's
 * first paint, for an order these names never need it for.
 */
export function compareText(a: string, b: string, lang: Lang): number {
  if (a === b) return 0;
  const x = fold(a);
  const y = fold(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const cx = x[i];
  const cy = y[i];
  if (x !== y && (cx === undefined || PLAIN.test(cx)) && (cy === undefined || PLAIN.test(cy))) {
    return cx === undefined ? -1 : cy === undefined ? 1 : cx < cy ? -1 : 1;
  }
  return collatorOf(lang).compare(a, b);
}

/**
 * The partners sorted, as a new array (the input is not changed).
 * - `name`: by the partner's name in `lang`, in that language's `Intl.Collator`
 *   order (see `compareText`);
 * - `country`: by the country's name in `lang`, the same way;
 * - `year`: by `since`, numerically; partners whose year is unknown (`null`)
 *   come LAST in both orders.
 *
 * `order` reverses the primary key only: ties (same country, same year) are
 * always broken by name A→Z, then by id, so the result is fully determined.
 */
export function sortPartners(
  partners: readonly Partner[],
  sort: SortKey,
  order: SortOrder,
  lang: Lang,
): Partner[] {
  const direction = order === 'desc' ? -1 : 1;
  const byName = (a: Partner, b: Partner) =>
    compareText(a.name[lang], b.name[lang], lang) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const primary = (a: Partner, b: Partner): number => {
    if (sort === 'country') return direction * compareText(a.country.name[lang], b.country.name[lang], lang);
    if (sort === 'year') {
      if (a.since === null || b.since === null) {
        // Unknown years last, whatever the order.
        return a.since === b.since ? 0 : a.since === null ? 1 : -1;
      }
      return direction * (a.since - b.since);
    }
    return 0;
  };
  return [...partners].sort((a, b) => {
    const first = primary(a, b);
    if (first !== 0) return first;
    return sort === 'name' ? direction * byName(a, b) : byName(a, b);
  });
}
