import { defineElement } from '../core/define.js';
import { SisterCityList } from './sister-city-list.js';

// A class can be registered under one name only. A site that registered this one under its own
// (`SisterCityList.define('jakarta-list')`) still gets the map's table view, which embeds
// <sister-city-list>: the tag is then given to a subclass.
// (`getName`: Chromium 117, Firefox 116, Safari 17; before them, the old way: one warning, no table.)
const renamed = 'getName' in customElements && !!customElements.getName(SisterCityList);
defineElement('sister-city-list', renamed ? class extends SisterCityList {} : SisterCityList);

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-list': SisterCityList;
  }
}

export { SisterCityList };
