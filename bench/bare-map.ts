/**
 * Benchmark baseline: the same basemap, markers and arcs as <sister-city-map>,
 * drawn with Leaflet directly — no Lit, no custom element, no shadow DOM.
 * Bundled by bench/run.mjs with esbuild into bench/.build/bare-map.js.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import data from '../data/jakarta-2024.json';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { greatCircle, unwrapTo, type LatLon } from '../src/sister-city-map/geo.js';

declare global {
  interface Window {
    __bareMapDrawn?: boolean;
  }
}

const container = document.getElementById('map')!;
const map = L.map(container, { zoomControl: true, scrollWheelZoom: false, worldCopyJump: false }).setView([10, 100], 2);
const home: LatLon = [data.city.lat, data.city.lon];
const partnerCodes = new Set(data.partners.map((p) => p.country.code));

/**
 * The same outlines as the element's basemap, the naive way: TopoJSON
 * (written next to this file by scripts/build-basemap.mjs) decoded in the
 * page, rings crossing the antimeridian made continuous, then L.geoJSON
 * projects and clips every point.
 */
function unwrapRing(ring: Position[]): Position[] {
  let previous = ring[0][0];
  let sum = 0;
  const out = ring.map(([lon, lat]) => {
    previous = unwrapTo(lon, previous);
    sum += previous;
    return [previous, lat];
  });
  const shift = -360 * Math.round(sum / out.length / 360);
  return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

async function loadBasemap() {
  const topology = (await import('./basemap-topology.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  for (const f of collection.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
    else g.coordinates = g.coordinates.map((polygon) => polygon.map(unwrapRing));
  }
  return collection;
}

loadBasemap().then((basemap) => {
  L.geoJSON(basemap, {
    style: (f) => ({
      color: '#8c959f',
      weight: 0.5,
      fillColor: partnerCodes.has(String((f as { id?: string }).id)) ? '#f4c7c3' : '#e6e8eb',
      fillOpacity: 1,
    }),
    interactive: false,
  }).addTo(map);
  const points: LatLon[] = [home];
  for (const p of data.partners) {
    const arc = greatCircle(home, [p.lat, p.lon]);
    L.polyline(arc, { color: '#b3261e', weight: 1.5, opacity: 0.7, interactive: false }).addTo(map);
    const end = arc[arc.length - 1];
    const at: LatLon = [p.lat, unwrapTo(p.lon, end[1])];
    L.marker(at, {
      icon: L.divIcon({ className: 'dot', iconSize: [12, 12] }),
      title: p.name.en,
      alt: p.name.en,
      keyboard: true,
    }).addTo(map);
    points.push(at);
  }
  L.marker(home, { icon: L.divIcon({ className: 'dot home', iconSize: [16, 16] }), title: 'Jakarta' }).addTo(map);
  map.fitBounds(L.latLngBounds(points), { padding: [16, 16], animate: false });
  requestAnimationFrame(() => (window.__bareMapDrawn = true));
});
