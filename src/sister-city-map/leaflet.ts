/**
 * The part of Leaflet 1.9 that the map uses, imported from Leaflet's own
 * source modules (its package ships them beside the bundles) rather than its
 * whole ES module build, which a bundler cannot trim: every layer, control
 * and handler in it registers itself when the module is evaluated.
 *
 * What the map leaves out: the controls (ours are buttons in the shadow DOM),
 * popups and tooltips, GeoJSON, vector layers and their renderers (the
 * map's lines are drawn in an SVG overlay of its own, see `basemap.ts`),
 * image and video overlays other than SVG, the other projections, and the
 * box-zoom, keyboard and tap-hold handlers (all three are off in
 * `createMapView`). The tile layer, for maps whose embedder sets `tiles`,
 * stays in: as a file of its own it would save a default map about 4 KiB
 * more, at the cost of a chunk that both files share, or of a tile map's
 * files loaded one after the other.
 *
 * Measured (gzip -9, in the CDN build): 41.6 KiB for Leaflet's ES module
 * build, 23.7 KiB for this (27.4 KiB with the vector layers and the SVG
 * renderer, before the map drew its lines itself).
 *
 * Only `./leaflet-adapter.ts` imports this module (lazily): it stays the one
 * module that calls Leaflet. A Leaflet upgrade is checked by the map's tests,
 * and `scripts/leaflet-patches.ts` fails the build if the source it
 * patches has changed.
 */
import { createMap } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';

export { createMap as map };
export { toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { toPoint as point } from 'leaflet/src/geometry/Point.js';
export { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { svgOverlay } from 'leaflet/src/layer/SVGOverlay.js';
export { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { marker } from 'leaflet/src/layer/marker/Marker.js';
export { divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { restoreOutline } from 'leaflet/src/dom/DomUtil.js';
