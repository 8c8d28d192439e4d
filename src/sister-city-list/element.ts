/**
 * The table's class, for the CDN loader (src/cdn.ts), which registers it
 * together with the other elements found beside it. A module of its own
 * because the class lives in the chunk the table shares with the map: the
 * loader imports this small facade, whose chunk re-exports the class by
 * name, rather than that shared chunk as a whole.
 */
export { SisterCityList } from './sister-city-list.js';
