/**
 * The world regions of the dataset, and the `region` filter that the table
 * and the map share, so both always agree on what "Europe" means.
 */
import type { Partner } from './types.js';

/** The regions a partner can belong to (the dataset's `partners[].region`). */
export const REGIONS = ['asia', 'europe', 'americas', 'africa', 'oceania'] as const;

export type Region = (typeof REGIONS)[number];

/** The values of the `region` filter: every region, plus `all` (first, the default). */
export const REGION_FILTERS = ['all', ...REGIONS] as const;

/** A value of the `region` filter. */
export type RegionFilter = (typeof REGION_FILTERS)[number];

/** True when `value` is one of `REGION_FILTERS` (`all` included). */
export function isRegion(value: unknown): value is RegionFilter {
  return typeof value === 'string' && (REGION_FILTERS as readonly string[]).includes(value);
}

/**
 * The partners in `region`, in their original order, as a new array.
 * `all` (and, defensively, any value that is not a region) keeps every partner.
 */
export function filterByRegion(partners: readonly Partner[], region: RegionFilter): Partner[] {
  if (region === 'all' || !isRegion(region)) return [...partners];
  return partners.filter((p) => p.region === region);
}
