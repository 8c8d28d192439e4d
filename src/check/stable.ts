/**
 * A dataset as text in a stable shape (two-space indent, fields in the order
 * of the bundled file, unknown fields after them in their own order), so a
 * diff of two versions shows only what changed; and a short "what changed"
 * list between two datasets, by item id.
 */
import type { Lang } from '../core/types.js';
import { FIELD_ORDER } from './check.js';
import { itemLabel } from './messages.js';
import type { Section } from './check.js';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which field order applies to the object at `key` inside an object of kind `kind`. */
function childKind(kind: string, key: string): string {
  if (kind === 'root') return ['city', 'metrics', 'partners', 'programs', 'sources', 'notes'].includes(key) ? key : 'text';
  if (key === 'country') return 'country';
  if (key === 'keyFigure') return 'keyFigure';
  return 'text';
}

function ordered(value: unknown, kind: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, kind));
  if (!isObject(value)) return value;
  const order = FIELD_ORDER[kind] ?? [];
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, ordered(value[k], childKind(kind, k))]));
}

/** The dataset as pretty-printed JSON with a stable key order and a final line end. */
export function stableJson(data: unknown): string {
  return `${JSON.stringify(ordered(data, 'root'), null, 2)}\n`;
}

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  section: Section | undefined;
  /** Position from 1 in the new file (in the old one for `removed`). */
  position?: number;
  itemId?: string;
  /** Changed fields, for `changed` (top-level fields of the item, or of the file). */
  fields: string[];
}

const SECTIONS: Section[] = ['metrics', 'partners', 'programs', 'sources', 'notes'];
const same = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

/** What changed from `before` to `after`: items added, removed or changed (matched by id), and the file's own fields. */
export function diffDatasets(before: unknown, after: unknown): Change[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const changes: Change[] = [];
  const own = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !SECTIONS.includes(k as Section) && k !== 'city');
  const fileFields = own.filter((k) => !same(b[k], a[k]));
  if (fileFields.length) changes.push({ kind: 'changed', section: undefined, fields: fileFields });
  if (!same(b.city, a.city)) {
    const bc = isObject(b.city) ? b.city : {};
    const ac = isObject(a.city) ? a.city : {};
    const fields = [...new Set([...Object.keys(bc), ...Object.keys(ac)])].filter((k) => !same(bc[k], ac[k]));
    changes.push({ kind: 'changed', section: 'city', fields });
  }
  for (const section of SECTIONS) {
    const list = (o: Raw): Raw[] => (Array.isArray(o[section]) ? (o[section] as unknown[]).filter(isObject) : []);
    const old = new Map(list(b).map((item, i) => [String(item.id), { item, i }]));
    const now = list(a);
    now.forEach((item, i) => {
      const prev = old.get(String(item.id));
      const at = { section, position: i + 1, itemId: String(item.id) };
      if (!prev) return changes.push({ kind: 'added', ...at, fields: [] });
      const fields = [...new Set([...Object.keys(prev.item), ...Object.keys(item)])].filter((k) => !same(prev.item[k], item[k]));
      if (fields.length) changes.push({ kind: 'changed', ...at, fields });
    });
    const ids = new Set(now.map((item) => String(item.id)));
    for (const [id, { i }] of old) {
      if (!ids.has(id)) changes.push({ kind: 'removed', section, position: i + 1, itemId: id, fields: [] });
    }
  }
  return changes;
}

/** One line per change: `Mitra ke-24 (busan): ditambahkan`, `Angka ke-2 (sister-cities): diubah: value`. */
export function formatChange(c: Change, lang: Lang): string {
  const label = itemLabel(c, lang);
  const what =
    c.kind === 'added'
      ? lang === 'id' ? 'ditambahkan' : 'added'
      : c.kind === 'removed'
        ? lang === 'id' ? 'dihapus' : 'removed'
        : `${lang === 'id' ? 'diubah' : 'changed'}: ${c.fields.join(', ')}`;
  return `${label}: ${what}`;
}
