/**
 * The React wrapper of `<sister-city-list>` alone
 * (`jakarta-global-widgets/react/sister-city-list`): importing it registers
 * that element only (see wrap.ts for how props reach it). `onSort` is its event.
 */
import type { EventName } from '@lit/react';
import '../sister-city-list/define.js';
import { SisterCityList as SisterCityListElement, type SisterCityListSortDetail } from '../sister-city-list/sister-city-list.js';
import { wrap } from './wrap.js';

export const SisterCityList = wrap<SisterCityListElement, { onSort: EventName<CustomEvent<SisterCityListSortDetail>> }>(
  'sister-city-list',
  SisterCityListElement,
  'SisterCityList',
  { onSort: 'sister-city-list-sort' as EventName<CustomEvent<SisterCityListSortDetail>> },
);
