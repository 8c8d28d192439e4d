// The `for … in` check of scripts/prototype-pollution.ts, in plain JavaScript so that the build
// test can run it in Node.
import MagicString from 'magic-string';
import { parseSync, Visitor } from 'vite';

/** The id of the module that holds `polluted()`, the check each guarded loop calls. */
export const HELPER = 'virtual:jgw-polluted-key';

/**
 * The helper module's source: `polluted(o, k)` is true only when `o` inherits `k` from
 * `Object.prototype` itself, where no built-in property is enumerable. An inherited key that an
 * object nearer in `o`'s chain owns (a class's default option of the same name) is not.
 */
export const HELPER_SOURCE =
  'const { hasOwnProperty, propertyIsEnumerable } = Object.prototype;\n' +
  '/** A key a `for … in` loop over `o` met only because a page added it to Object.prototype. */\n' +
  'export const polluted = (o, k) => {\n' +
  '  if (hasOwnProperty.call(o, k) || !propertyIsEnumerable.call(Object.prototype, k)) return false;\n' +
  '  let p = Object.getPrototypeOf(o);\n' +
  '  while (p !== null && p !== Object.prototype && !hasOwnProperty.call(p, k)) p = Object.getPrototypeOf(p);\n' +
  '  return p === Object.prototype;\n' +
  '};\n';

/**
 * `code` with each `for (key in object)` loop's body behind `if (!__jgwPolluted(object, key))`,
 * found in its syntax tree (so no formatting, comment or string can hide a loop or fake one), and
 * its source map; null when it has no such loop. A loop whose object is not a plain property read
 * (read once more by the check) or whose key is not a name fails the build, naming the file.
 */
export function guardForIn(code, id) {
  const { program, errors } = parseSync(id, code);
  if (errors.length) throw new Error(`guard-for-in: ${id} does not parse: ${errors[0].message}`);
  const out = new MagicString(code);
  const fail = (what, at) => {
    throw new Error(`guard-for-in: ${what} at ${id}:${code.slice(0, at).split('\n').length}; update scripts/guard-for-in.mjs`);
  };
  /** A read with no side effect: a name, `this`, or a property of one (`this._tiles`, `obj[eventsKey]`). */
  const plainRead = (n) =>
    n.type === 'Identifier' ||
    n.type === 'ThisExpression' ||
    (n.type === 'MemberExpression' && plainRead(n.object) && (!n.computed || plainRead(n.property)));
  new Visitor({
    ForInStatement(node) {
      const key = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left;
      if (key.type !== 'Identifier') fail('a for … in loop whose key is not a name', node.start);
      if (!plainRead(node.right)) fail('a for … in loop over something other than a property read', node.start);
      out.appendLeft(node.body.start, `if (!__jgwPolluted(${code.slice(node.right.start, node.right.end)}, ${key.name})) `);
    },
  }).visit(program);
  if (!out.hasChanged()) return null;
  // The import goes last (imports are hoisted), so that the module's lines keep their numbers.
  out.append(`\nimport { polluted as __jgwPolluted } from '${HELPER}';\n`);
  return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
}
