/**
 * The vector world basemap shipped with the library: Natural Earth 1:110m
 * countries, preprocessed by `scripts/build-basemap.mjs` into
 * `basemap-data.json` (TopoJSON, ISO 3166-1 alpha-2 codes as feature ids).
 * Both the data and `topojson-client` are loaded lazily, with Leaflet, so the
 * element's first paint does not pay for them; the map makes no request to a
 * third party.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadOnce } from '../core/load-once.js';
import { unwrapTo } from './geo.js';

/** A country outline; `id` is its ISO 3166-1 alpha-2 code (absent for a few disputed areas). */
export type CountryFeature = Feature<Polygon | MultiPolygon, Record<string, never>> & { id?: string };

export interface Basemap {
  countries: CountryFeature[];
}

/** Where the basemap's credit links to. */
export const BASEMAP_CREDIT_URL = 'https://www.naturalearthdata.com/';

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from
 * 180° to -180° and back; drawn as it is, it would stretch across the whole
 * map. Its longitudes are made continuous (Fiji: 177°…182°), and the ring is
 * then moved by 360° if that brings its middle back within ±180°.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let previous = ring[0]?.[0] ?? 0;
  let sum = 0;
  const out = ring.map(([lon, lat]) => {
    previous = unwrapTo(lon, previous);
    sum += previous;
    return [previous, lat];
  });
  const shift = -360 * Math.round(sum / Math.max(1, out.length) / 360);
  return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

function unwrapGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
}

/** The basemap as GeoJSON, converted once per page. A failed load is forgotten, so a later call retries. */
export const loadBasemap = loadOnce((): Promise<Basemap> =>
    Promise.all([import('./basemap-data.json'), import('topojson-client')]).then(([data, topojson]) => {
      const topology = data.default as unknown as Topology<{ countries: GeometryCollection }>;
      const collection = topojson.feature(topology, topology.objects.countries) as FeatureCollection<
        Polygon | MultiPolygon,
        Record<string, never>
      >;
      return {
        countries: collection.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })) as CountryFeature[],
      };
    }),
);
