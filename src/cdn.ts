/**
 * The entry of the CDN bundle (`dist/cdn/jakarta-global-widgets.js`).
 *
 * Counter, card and table register at once. The map — its element, Leaflet
 * and the basemap — is a set of chunks loaded relative to this script's own
 * URL only when a `<sister-city-map>` is in the document (now, or once one is
 * added): a page without a map never downloads them. Until then the tag shows
 * the fallback content inside it. When another copy of the library was
 * loaded first, that copy keeps every tag, the map included.
 *
 * When the map's chunks cannot be loaded (only this file uploaded, offline,
 * blocked), the tag becomes a localized line and the table view of the same
 * partners, and the console names the missing file: no uncaught rejection.
 */
import './cooperation-counter/define.js';
import './program-card/define.js';
import './sister-city-list/define.js';
import { CooperationCounter } from './cooperation-counter/cooperation-counter.js';
import { chunkFailure } from './core/chunk-error.js';
import { defineElement } from './core/define.js';
import { SisterCityMapUnavailable } from './sister-city-map/map-unavailable.js';

export { CooperationCounter };
export { ProgramCard } from './program-card/program-card.js';
export { SisterCityList } from './sister-city-list/sister-city-list.js';
export { VERSION } from './core/version.js';
export { defineElement };
export { loadDataset, validateDataset, bundledDataset, DatasetError } from './core/dataset.js';
export { WidgetElement } from './core/widget-element.js';

const MAP = 'sister-city-map';

/**
 * Loads and registers the map (once); resolves with its class. When its files
 * cannot be loaded, registers the table fallback instead (one warning) and
 * resolves with that.
 */
export function loadMap(): Promise<CustomElementConstructor> {
  return import('./sister-city-map/define.js').then(
    (m) => m.SisterCityMap,
    (error: unknown) => {
      if (!customElements.get(MAP)) console.warn(`<${MAP}>: the map cannot be shown: ${chunkFailure(error)} Showing its table instead.`);
      return defineElement(MAP, SisterCityMapUnavailable);
    },
  );
}

/**
 * Whether this copy of the library owns the page's tags. When another copy
 * (another version) was loaded first, it keeps every tag, the map included:
 * this copy must not race it to register the map when a map appears.
 */
function ownsPage(): boolean {
  return customElements.get('cooperation-counter') === CooperationCounter;
}

function watchForMap(): void {
  if (customElements.get(MAP) || !ownsPage()) return;
  if (document.querySelector(MAP)) {
    void loadMap();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.querySelector(MAP)) return;
    observer.disconnect();
    void loadMap();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

watchForMap();
