import { defineElement } from '../core/define.js';
import { SisterCityMap } from './sister-city-map.js';

// The map's "Show as table" view embeds <sister-city-list>, which the map
// imports (and registers) itself when it needs it.
defineElement('sister-city-map', SisterCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-map': SisterCityMap;
  }
}

export { SisterCityMap };
