import { defineElement } from '../core/define.js';
import { SisterCityList } from '../sister-city-list/sister-city-list.js';
import { SisterCityMap } from './sister-city-map.js';

// The map's "Show as table" view embeds <sister-city-list>, so this entry
// registers it too (the guard makes that a no-op when it already is). It is a
// call, not a bare `import '../sister-city-list/define.js'`, which bundlers
// may drop under the package's `sideEffects` list.
defineElement('sister-city-list', SisterCityList);
defineElement('sister-city-map', SisterCityMap);

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-map': SisterCityMap;
  }
}

export { SisterCityMap };
