import type { Plugin } from 'vite';
import { guardForIn, HELPER, HELPER_SOURCE } from './guard-for-in.mjs';
import { patchDependency } from './patch-dependency.ts';

/**
 * A host page that adds an enumerable property to `Object.prototype`
 * (`Object.prototype.foo = …`: old plugin scripts, polyfills, a library's
 * bug) is seen by every `for … in` loop that does not check its keys. Two
 * kinds of such loops stopped the map from drawing on such a page:
 *
 * - Rolldown's `__exportAll` builds the namespace object the map's lazy half
 *   is imported through: `for (var name in all) defineProperty(…, { get:
 *   all[name] })`. A polluted key whose value is no function makes
 *   `defineProperty` throw while the chunk is evaluated.
 * - Leaflet's 45 `for … in` loops: its events (`map.on({ … })` reached
 *   `this._events.foo.push`, the polluted function), its layers, panes,
 *   options and tiles.
 *
 * These patches give each loop the check it lacks (Leaflet's: scripts/guard-for-in.mjs): the runtime's keeps only
 * the object's own keys (an object literal of getters); Leaflet's skip a key
 * only when the object inherits it from `Object.prototype` itself, where no
 * built-in property is enumerable. Every other key runs as Leaflet wrote it:
 * a position's inherited `coords` getters, an option inherited from a
 * class's defaults (even one whose name a page also put on
 * `Object.prototype`). Only the loops are hardened: a page that puts a
 * property descriptor's own names there (`value`, `get`, `set`) breaks
 * `Object.defineProperty` everywhere, the browser's own callers included.
 */
const LEAFLET_SOURCE = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js(\?|$)/;

export function prototypePollution(): Plugin[] {
  return [
    patchDependency(
      'jgw-runtime-own-keys',
      /^\0rolldown\/runtime\.js$/,
      [
        {
          what: "Rolldown's namespace helper loop (__exportAll)",
          find: 'for (var name in all) {',
          replace: 'for (var name in all) if (Object.prototype.hasOwnProperty.call(all, name)) {',
        },
      ],
      'scripts/prototype-pollution.ts',
    ),
    {
      name: 'jgw-leaflet-polluted-keys',
      enforce: 'pre',
      resolveId: (id) => (id === HELPER ? `\0${HELPER}` : null),
      load: (id) => (id === `\0${HELPER}` ? HELPER_SOURCE : null),
      transform(code, id) {
        if (!LEAFLET_SOURCE.test(id) || !/\bin\b/.test(code)) return null;
        return guardForIn(code, id);
      },
    },
  ];
}
