/**
 * React wrappers (`jakarta-global-widgets/react`), made with `@lit/react`:
 * properties pass through as properties, and our events as typed callbacks.
 * Importing this module registers the elements.
 *
 *   import { CooperationCounter } from 'jakarta-global-widgets/react';
 *   <CooperationCounter metric="agreements" lang="en" />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../index.js';
import { CooperationCounter as CooperationCounterElement } from '../cooperation-counter/cooperation-counter.js';
import { ProgramCard as ProgramCardElement } from '../program-card/program-card.js';
import {
  SisterCityList as SisterCityListElement,
  type SisterCityListSortDetail,
} from '../sister-city-list/sister-city-list.js';
import {
  SisterCityMap as SisterCityMapElement,
  type SisterCityMapReadyDetail,
  type SisterCitySelectDetail,
} from '../sister-city-map/sister-city-map.js';

export const CooperationCounter = createComponent({
  react: React,
  tagName: 'cooperation-counter',
  elementClass: CooperationCounterElement,
  displayName: 'CooperationCounter',
});

export const ProgramCard = createComponent({
  react: React,
  tagName: 'program-card',
  elementClass: ProgramCardElement,
  displayName: 'ProgramCard',
});

export const SisterCityList = createComponent({
  react: React,
  tagName: 'sister-city-list',
  elementClass: SisterCityListElement,
  displayName: 'SisterCityList',
  events: {
    onSort: 'sister-city-list-sort' as EventName<CustomEvent<SisterCityListSortDetail>>,
  },
});

export const SisterCityMap = createComponent({
  react: React,
  tagName: 'sister-city-map',
  elementClass: SisterCityMapElement,
  displayName: 'SisterCityMap',
  events: {
    onSelect: 'sister-city-select' as EventName<CustomEvent<SisterCitySelectDetail>>,
    onReady: 'sister-city-map-ready' as EventName<CustomEvent<SisterCityMapReadyDetail>>,
  },
});
