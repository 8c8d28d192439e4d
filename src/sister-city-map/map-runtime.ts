/**
 * Everything `<sister-city-map>` needs only once it draws a map, behind the
 * one lazy boundary (`import('./map-runtime.js')` in the lifecycle
 * controller): the Leaflet adapter (which itself imports Leaflet lazily), the
 * basemap data, the scene geometry (`scene.ts`), the map's styles (Leaflet's
 * CSS included) and the templates of what lies on the map (`overlays.ts`).
 */
import { loadLeaflet } from './leaflet-adapter.js';

export { basemap, type Basemap } from './basemap.js';
export { controlsBox } from './controls-box.js';
export { createMapView, loadLeaflet, type MapView } from './leaflet-adapter.js';
export { mapViewStyles } from './map-view.styles.js';
export { renderAttribution, renderControls, renderHint, renderPanel } from './overlays.js';
export { buildScene, unlocatedIds } from './scene.js';

// This module is loaded only when a map is about to be drawn: start fetching
// Leaflet now rather than when the element asks. (The loader shares one
// promise per page and forgets a failure.)
loadLeaflet().catch(() => undefined);
