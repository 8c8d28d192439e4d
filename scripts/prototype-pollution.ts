import type { Plugin } from 'vite';
import { patchDependency } from './patch-dependency.ts';

/**
 * A host page that adds an enumerable property to `Object.prototype`
 * (`Object.prototype.foo = …`: old plugin scripts, polyfills, a library's
 * bug) is seen by every `for … in` loop that does not check its keys. Two
 * such loops stopped the map from drawing on such a page:
 *
 * - Rolldown's `__exportAll` builds the namespace object the map's lazy half
 *   is imported through: `for (var name in all) defineProperty(…, { get:
 *   all[name] })`. A polluted key whose value is no function makes
 *   `defineProperty` throw while the chunk is evaluated.
 * - Leaflet's 45 `for … in` loops: its events (`map.on({ … })` reached
 *   `this._events.foo.push`, the polluted function), its layers, panes,
 *   options and tiles.
 *
 * These patches give each loop the check it lacks: the runtime's keeps only
 * the object's own keys (an object literal of getters), and Leaflet's skip a
 * key only when it is inherited and enumerable on `Object.prototype`, which
 * no built-in property is (so the loop over a position's inherited `coords`
 * getters, and every other inherited key, still runs as Leaflet wrote it).
 */
const LOOP = /for \((var )?([\w$]+) in ([\w$.[\]]+)\) \{/g;
const ANY_LOOP = /\bfor \((var |let |const )?[\w$]+ in /g;
const HELPER = 'virtual:jgw-polluted-key';

export function prototypePollution(): Plugin[] {
  return [
    patchDependency('jgw-runtime-own-keys', /^\0rolldown\/runtime\.js$/, [
      {
        what: "Rolldown's namespace helper loop (__exportAll)",
        find: 'for (var name in all) {',
        replace: 'for (var name in all) if (Object.prototype.hasOwnProperty.call(all, name)) {',
      },
    ], 'scripts/prototype-pollution.ts'),
    {
      name: 'jgw-leaflet-polluted-keys',
      enforce: 'pre',
      resolveId: (id) => (id === HELPER ? `\0${HELPER}` : null),
      load: (id) =>
        id === `\0${HELPER}`
          ? 'const { hasOwnProperty, propertyIsEnumerable } = Object.prototype;\n' +
            '/** A key a `for … in` loop over `o` met only because a page added it to Object.prototype. */\n' +
            'export const polluted = (o, k) => !hasOwnProperty.call(o, k) && propertyIsEnumerable.call(Object.prototype, k);\n'
          : null,
      transform(code, id) {
        if (!/[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js(\?|$)/.test(id)) return null;
        const loops = code.match(ANY_LOOP)?.length ?? 0;
        if (!loops) return null;
        let patched = 0;
        const out = code.replace(LOOP, (_, v = '', key, obj) => {
          patched += 1;
          return `for (${v}${key} in ${obj}) if (!__jgwPolluted(${obj}, ${key})) {`;
        });
        // A Leaflet upgrade with a loop of another shape fails the build here instead of shipping it unchecked.
        if (patched !== loops) throw new Error(`jgw-leaflet-polluted-keys: ${loops - patched} for … in loop(s) of another shape in ${id}; update scripts/prototype-pollution.ts`);
        // The import goes last (imports are hoisted), so that the module's lines keep their numbers.
        return { code: `${out}\nimport { polluted as __jgwPolluted } from '${HELPER}';\n`, map: null };
      },
    },
  ];
}
