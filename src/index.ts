/**
 * jakarta-global-widgets: importing this module registers every element
 * (through the version-aware guard) and exports their classes and the core API.
 */
export { VERSION } from './core/version.js';
export { defineElement } from './core/define.js';
export { loadDataset, validateDataset, DatasetError, bundledDataset } from './core/dataset.js';
export type * from './core/types.js';
export { WidgetElement, type Theme, type WidgetEventMap } from './core/widget-element.js';
