import { defineElement } from '../core/define.js';
import { SisterCityList } from './sister-city-list.js';

defineElement('sister-city-list', SisterCityList);

declare global {
  interface HTMLElementTagNameMap {
    'sister-city-list': SisterCityList;
  }
}

export { SisterCityList };
