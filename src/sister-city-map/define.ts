import { defineElement } from '../core/define.js';
// The map's "Show as table" view embeds the list.
import '../sister-city-list/define.js';
import { SisterCityMap } from './sister-city-map.js';

defineElement('sister-city-map', SisterCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-map': SisterCityMap;
  }
}

export { SisterCityMap };
