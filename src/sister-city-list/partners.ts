/**
 * Pure helpers over the partners of a dataset: region filter, sorting,
 * source / note / programme lookups and the coordinate check. No DOM, no
 * side effects; `<sister-city-list>` and `<sister-city-map>` both use them, so
 * the table and the map always agree on what "Europe" or "sorted by year" means.
 */
import { localeOf } from '../core/i18n.js';
import type { Dataset, Lang, Note, Partner, Program, Region, Source } from '../core/types.js';

/** The values of the `region` filter: every dataset region, plus `all` (first, the default). */
export const REGIONS = ['all', 'asia', 'europe', 'americas', 'africa', 'oceania'] as const satisfies readonly (
  | Region
  | 'all'
)[];

/** A value of the `region` filter. */
export type RegionFilter = (typeof REGIONS)[number];

/** The columns a partner list can be sorted by (the first is the default). */
export const SORT_KEYS = ['name', 'country', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort directions (the first is the default). */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** True when `value` is one of `REGIONS` (`all` included). */
export function isRegion(value: unknown): value is RegionFilter {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** True when `value` is one of `SORT_KEYS`. */
export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}

/** True when `value` is one of `SORT_ORDERS`. */
export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORT_ORDERS as readonly string[]).includes(value);
}

/**
 * The partners in `region`, in their original order, as a new array.
 * `all` (and, defensively, any value that is not a region) keeps every partner.
 */
export function filterByRegion(partners: readonly Partner[], region: RegionFilter): Partner[] {
  if (region === 'all' || !isRegion(region)) return [...partners];
  return partners.filter((p) => p.region === region);
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

/** Anything that cites sources: a partner, programme, metric, note or the home city. */
export interface Cited {
  sources: readonly string[];
}

const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map(sources.map((s) => [s.id, s]));
    sourceIndexes.set(sources, index);
  }
  return index;
}

/**
 * The `Source` objects an item cites, in the item's order. Ids that the
 * dataset does not define are skipped (a validated dataset has none).
 */
export function sourcesOf(item: Cited, data: Pick<Dataset, 'sources'>): Source[] {
  const index = sourceIndex(data.sources);
  return item.sources.flatMap((id) => index.get(id) ?? []);
}

/**
 * The `Note` objects an item refers to, in the item's order (none when it has
 * no `notes`). Unknown ids are skipped.
 */
export function notesOf(item: { notes?: readonly string[] }, data: Pick<Dataset, 'notes'>): Note[] {
  if (!item.notes?.length) return [];
  return item.notes.flatMap((id) => data.notes.find((n) => n.id === id) ?? []);
}

/** The programmes that name the partner `partnerId`, in dataset order. */
export function programsOfPartner(partnerId: string, data: Pick<Dataset, 'programs'>): Program[] {
  return data.programs.filter((p) => p.partners.includes(partnerId));
}

/** A partner whose position is known. */
export type LocatedPartner = Partner & { lat: number; lon: number };

/** True when the partner has both coordinates (the map skips the others; the table lists all). */
export function hasCoordinates(partner: Partner): partner is LocatedPartner {
  return partner.lat !== null && partner.lon !== null;
}
