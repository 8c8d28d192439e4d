/**
 * The React wrapper of `<sister-city-map>` alone
 * (`jakarta-global-widgets/react/sister-city-map`): importing it registers
 * that element only (see wrap.ts for how props reach it). `onSelect` and
 * `onReady` are its events.
 */
import type { EventName } from '@lit/react';
import '../sister-city-map/define.js';
import {
  SisterCityMap as SisterCityMapElement,
  type SisterCityMapReadyDetail,
  type SisterCitySelectDetail,
} from '../sister-city-map/sister-city-map.js';
import { wrap } from './wrap.js';

export const SisterCityMap = wrap<
  SisterCityMapElement,
  {
    onSelect: EventName<CustomEvent<SisterCitySelectDetail>>;
    onReady: EventName<CustomEvent<SisterCityMapReadyDetail>>;
  }
>('sister-city-map', SisterCityMapElement, 'SisterCityMap', {
  onSelect: 'sister-city-select' as EventName<CustomEvent<SisterCitySelectDetail>>,
  onReady: 'sister-city-map-ready' as EventName<CustomEvent<SisterCityMapReadyDetail>>,
});
