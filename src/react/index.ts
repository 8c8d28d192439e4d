/**
 * React wrappers (`jakarta-global-widgets/react`): the four elements'.
 * Importing this module registers all four, and a bundler keeps all four
 * (a page with one counter then ships the card, the table and the map's
 * element too); one element's wrapper alone is
 * `jakarta-global-widgets/react/cooperation-counter` (…`/program-card`,
 * `/sister-city-list`, `/sister-city-map`).
 *
 *   import { CooperationCounter } from 'jakarta-global-widgets/react';
 *   <CooperationCounter metric="agreements" lang="en" />
 *
 * How props reach the elements: see wrap.ts. The built files start with
 * `'use client'` (vite.config.ts): the wrappers use React's hooks, so in a
 * framework with server components they are client components.
 */
export { CooperationCounter } from './cooperation-counter.js';
export { ProgramCard } from './program-card.js';
export { SisterCityList } from './sister-city-list.js';
export { SisterCityMap } from './sister-city-map.js';
