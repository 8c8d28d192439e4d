/**
 * What the table and the map share about partners: the world regions, the
 * `region` filter (so both always agree on what "Europe" means), a partner's
 * programmes, whether it has a position, and the labels of kinds, regions,
 * confidence levels, an unknown year and a note. Pure functions, no DOM. In
 * the CDN build it travels in the chunk the list and the map share, not in
 * the core every page loads.
 */
import type { Bilingual } from './i18n.js';
import type { Dataset, Partner, Program } from './types.js';

const partnerIndonesian = {
  'kind_sister-city': 'Kota kembar',
  'kind_sister-state': 'Negara bagian kembar',
  'kind_sister-province': 'Provinsi kembar',
  'kind_friendship-city': 'Kota sahabat',
  region_all: 'Semua kawasan',
  region_asia: 'Asia',
  region_europe: 'Eropa',
  region_americas: 'Amerika',
  region_africa: 'Afrika',
  region_oceania: 'Oseania',
  confidence_high: 'Tinggi',
  confidence_medium: 'Sedang',
  confidence_low: 'Rendah',
  yearUnknown: 'tahun tidak diketahui',
  note: 'Catatan',
  notes: 'Catatan',
};

/** Labels of a partner's kind, region (and the `all` filter) and confidence level; an unknown year; a note. */
export const partnerStrings: Bilingual<typeof partnerIndonesian> = {
  id: partnerIndonesian,
  en: {
    'kind_sister-city': 'Sister city',
    'kind_sister-state': 'Sister state',
    'kind_sister-province': 'Sister province',
    'kind_friendship-city': 'Friendship city',
    region_all: 'All regions',
    region_asia: 'Asia',
    region_europe: 'Europe',
    region_americas: 'Americas',
    region_africa: 'Africa',
    region_oceania: 'Oceania',
    confidence_high: 'High',
    confidence_medium: 'Medium',
    confidence_low: 'Low',
    yearUnknown: 'year unknown',
    note: 'Note',
    notes: 'Notes',
  },
};

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
