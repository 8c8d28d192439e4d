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

/**
 * The partners sorted, as a new array (the input is not changed).
 * - `name`: by the partner's name in `lang`, with that language's `Intl.Collator`;
 * - `country`: by the country's name in `lang`, same collator;
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
  const collator = collatorOf(lang);
  const direction = order === 'desc' ? -1 : 1;
  const byName = (a: Partner, b: Partner) =>
    collator.compare(a.name[lang], b.name[lang]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const primary = (a: Partner, b: Partner): number => {
    if (sort === 'country') return direction * collator.compare(a.country.name[lang], b.country.name[lang]);
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
