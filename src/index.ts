/**
 * jakarta-global-widgets: importing this module registers every element
 * (through the version-aware guard) and exports their classes and the core API.
 * This is also the entry of the CDN bundle.
 */
import './cooperation-counter/define.js';
import './program-card/define.js';
import './sister-city-list/define.js';
import './sister-city-map/define.js';

export * from './elements.js';
