/**
 * The scene the map draws for a dataset, a region and a language: which
 * partners can be drawn, their great-circle arcs from the home city, the
 * countries to tint and the bounds to fit. Pure geometry, no Leaflet: the
 * adapter (`leaflet-adapter.ts`) draws a `Scene`.
 */
import type { Dataset, Lang, Partner } from '../core/types.js';
import { filterByRegion, hasCoordinates, type RegionFilter } from '../core/partners.js';
import { boundsOf, greatCircle, isValidCoordinate, padBounds, type Bounds, type LatLon } from './geo.js';

const ARC_SEGMENTS = 64;

/** A partner as the map draws it: longitude unwrapped to the end of its arc. */
export interface ScenePartner {
  id: string;
  /** Accessible name of the marker (the city). */
  name: string;
  lat: number;
  lon: number;
  /** Great-circle points from the home city, longitudes continuous. */
  arc: LatLon[];
}

export interface Scene {
  home: { name: string; lat: number; lon: number };
  partners: ScenePartner[];
  /** ISO 3166-1 alpha-2 codes of the countries to tint. */
  tinted: ReadonlySet<string>;
}

/**
 * A partner the map can draw. `src` datasets are validated (bad coordinates
 * become null); the bundled one is checked by the test suite, and checked
 * again here so that a bad value can never throw inside Leaflet.
 */
export function located(p: Partner): p is Partner & { lat: number; lon: number } {
  return hasCoordinates(p) && isValidCoordinate(p.lat, p.lon);
}

/** Ids of the partners the map cannot draw. */
export function unlocatedIds(data: Dataset): string[] {
  return data.partners.filter((p) => !located(p)).map((p) => p.id);
}

/** Great-circle arcs from the home city, computed once per dataset. */
const arcCache = new WeakMap<Dataset, Map<string, LatLon[]>>();

function arcOf(data: Dataset, partner: Partner & { lat: number; lon: number }): LatLon[] {
  let arcs = arcCache.get(data);
  if (!arcs) arcCache.set(data, (arcs = new Map()));
  let arc = arcs.get(partner.id);
  if (!arc) {
    arc = greatCircle([data.city.lat, data.city.lon], [partner.lat, partner.lon], ARC_SEGMENTS);
    arcs.set(partner.id, arc);
  }
  return arc;
}

/**
 * Markers, arcs, tinted countries and the bounds to fit (markers and home), for a region. Each
 * partner sits where its arc ends (Los Angeles at 241.6°, east of Jakarta).
 * Markers come west to east, which is also their Tab order.
 */
export function buildScene(data: Dataset, region: RegionFilter, lang: Lang): Scene & { bounds: Bounds } {
  const home: LatLon = [data.city.lat, data.city.lon];
  const shown = filterByRegion(data.partners, region).filter(located);
  const partners: ScenePartner[] = shown.map((p) => {
    const arc = arcOf(data, p);
    const [lat, lon] = arc[arc.length - 1];
    return { id: p.id, name: p.name[lang], lat, lon, arc };
  });
  partners.sort((a, b) => a.lon - b.lon || a.lat - b.lat);
  // The markers and the home city, not the arcs: the view is fitted to what
  // a reader looks for, with room in pixels (see the adapter's fitBounds).
  const bounds = padBounds(boundsOf([home, ...partners.map((p): LatLon => [p.lat, p.lon])])!, 0, 4);
  return {
    home: { name: data.city.name[lang], lat: home[0], lon: home[1] },
    partners,
    tinted: new Set(shown.map((p) => p.country.code)),
    bounds,
  };
}
