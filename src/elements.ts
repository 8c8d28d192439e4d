/**
 * The element classes and the core API, without registering any tag: for a
 * site whose tag names clash, which registers the classes under its own names:
 *
 *   import { CooperationCounter, defineElement } from 'jakarta-global-widgets/elements';
 *   defineElement('jakarta-counter', class extends CooperationCounter {});
 */
export { CooperationCounter } from './cooperation-counter/cooperation-counter.js';
export { ProgramCard, type ProgramCardVariant } from './program-card/program-card.js';
export { SisterCityList, type SisterCityListSortDetail } from './sister-city-list/sister-city-list.js';
export {
  SisterCityMap,
  type SisterCitySelectDetail,
  type SisterCityMapReadyDetail,
} from './sister-city-map/sister-city-map.js';
export { VERSION } from './core/version.js';
export { defineElement } from './core/define.js';
export { loadDataset, validateDataset, bundledDataset, DatasetError } from './core/dataset.js';
export type * from './core/types.js';
export type { RegionFilter } from './core/partners.js';
export type { SortKey, SortOrder } from './sister-city-list/sort.js';
export { WidgetElement, type Theme, type WidgetEventMap } from './core/widget-element.js';
