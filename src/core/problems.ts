/**
 * What can be wrong with a dataset file, as data: a code, its parameters, the
 * field, and the list item it is in (counted from 1, with its id). The loader
 * writes them to the console (in English); a checker for people can format
 * the same problems in Indonesian or English with `formatProblem`.
 *
 * This module is loaded on demand with the validator (only pages that use
 * `src` download it).
 */
import type { Lang } from './types.js';

export type ProblemCode =
  | 'http'
  | 'network'
  | 'timeout'
  | 'encoding'
  | 'json-syntax'
  | 'not-object'
  | 'not-array'
  | 'not-text'
  | 'not-number'
  | 'out-of-range'
  | 'not-whole-year'
  | 'bad-date'
  | 'not-one-of'
  | 'bad-id'
  | 'bad-country-code'
  | 'bad-language-tag'
  | 'schema-version'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'no-coordinates'
  | 'figure-mismatch';

/**
 * What became of the problem: `fatal` (the file cannot be used at all),
 * `skipped` (the list item is left out, the rest is shown), `replaced` (the
 * item is kept with this one value replaced: a metric's value by NaN, a
 * partner's coordinates by null, a programme figure's value by its metric's,
 * a source's date by none).
 */
export type ProblemEffect = 'fatal' | 'skipped' | 'replaced';

/** The lists of a dataset whose items are checked (and skipped) one by one. */
export type ListName = 'metrics' | 'partners' | 'programs' | 'sources' | 'notes';

export type ProblemParams = Record<string, string | number>;

export interface DatasetProblem {
  code: ProblemCode;
  params: ProblemParams;
  effect: ProblemEffect;
  /** JSON path from the file's root, list indexes from 0 (for machines): `partners[23].region`. */
  path: string;
  /** The list item the problem is in: its list, its position counted from 1, its id when it has a usable one. */
  item?: { list: ListName; position: number; id?: string };
  /** The field inside `item` (or `path` when not in a list), e.g. `name.en`; empty for the item itself. */
  field: string;
}

const ITEM: Record<Lang, Record<ListName, string>> = {
  en: { metrics: 'metric', partners: 'partner', programs: 'programme', sources: 'source', notes: 'note' },
  id: { metrics: 'angka', partners: 'mitra', programs: 'program', sources: 'sumber', notes: 'catatan' },
};

/** Whether a value the validator shows (as JSON) was written as a text, in quotes. */
const quoted = (shown: unknown): boolean => String(shown).startsWith('"');

type Messages = { [C in ProblemCode]: (p: ProblemParams) => string };

const MESSAGES: Record<Lang, Messages> = {
  en: {
    http: (p) => `the file was not found or cannot be accessed (HTTP ${p.status})`,
    network: (p) => `the file could not be fetched (${p.reason})`,
    timeout: (p) => `the file did not arrive within ${p.ms} ms`,
    encoding: (p) =>
      p.encoding
        ? `the file is saved as ${p.encoding}, not UTF-8: save it again as UTF-8`
        : 'the file is not UTF-8, so letters such as "ü" or "é" would be garbled: save it again as UTF-8',
    'json-syntax': (p) => `JSON syntax error at line ${p.line}, column ${p.column}: ${p.reason}`,
    'not-object': (p) => (p.file ? 'the data must be an object { … }' : 'must be an object'),
    'not-array': () => 'must be a list',
    'not-text': () => 'must be a non-empty text',
    'not-number': (p) => `must be a number (found ${p.found})`,
    'out-of-range': (p) => `must be between ${p.min} and ${p.max} (found ${p.found})`,
    'not-whole-year': (p) => `must be a whole year (found ${p.found})`,
    'bad-date': (p) => `must be a date on the calendar, YYYY-MM-DD${p.partial ? ', YYYY-MM or YYYY' : ''} (found ${p.found})${p.partial ? '; the date is left out' : ''}`,
    'not-one-of': (p) =>
      `${p.found ? `${p.found} is not` : 'missing: must be'} one of ${p.allowed}${p.suggestion ? ` (did you mean "${p.suggestion}"? case matters)` : ''}`,
    'bad-id': (p) => `${p.found} must be letters, digits and hyphens only`,
    'bad-country-code': (p) => `${p.found} must be a two-letter ISO 3166-1 code in capitals, e.g. "KR"`,
    'bad-language-tag': (p) => `${p.found ?? 'missing:'} must be a language tag such as "id" or "en"`,
    'schema-version': (p) => `must be 1 (found ${p.found})`,
    'duplicate-id': (p) => `id "${p.id}" is already used by item #${p.first} of the list`,
    'unknown-reference': (p) => `${ITEM.en[p.list as ListName] ?? p.list} "${p.ref}" is not in the file's ${p.list} list`,
    'no-coordinates': (p) =>
      `${p.found ? `must be a number from -${p.max} to ${p.max}${quoted(p.found) ? ', without quotes' : ''} (found ${p.found})` : 'lat/lon missing'} (the map leaves the partner out; the table lists it)`,
    'figure-mismatch': (p) =>
      `value ${p.found} disagrees with metric "${p.metric}" (${p.expected}); the card shows the metric's ${p.expected}`,
  },
  id: {
    http: (p) => `berkas tidak ditemukan atau tidak dapat diakses (HTTP ${p.status})`,
    network: (p) => `berkas tidak dapat diambil (${p.reason})`,
    timeout: (p) => `berkas tidak tiba dalam ${p.ms} ms`,
    encoding: (p) =>
      p.encoding
        ? `berkas tersimpan sebagai ${p.encoding}, bukan UTF-8: simpan ulang sebagai UTF-8`
        : 'berkas bukan UTF-8, sehingga huruf seperti "ü" atau "é" akan rusak: simpan ulang sebagai UTF-8',
    'json-syntax': (p) => `kesalahan sintaks JSON di baris ${p.line}, kolom ${p.column}: ${p.reason}`,
    'not-object': (p) => (p.file ? 'data harus berupa objek { … }' : 'harus berupa objek'),
    'not-array': () => 'harus berupa daftar',
    'not-text': () => 'harus berupa teks yang tidak kosong',
    'not-number': (p) => `harus berupa angka (tertulis ${p.found})`,
    'out-of-range': (p) => `harus antara ${p.min} dan ${p.max} (tertulis ${p.found})`,
    'not-whole-year': (p) => `harus berupa tahun bulat (tertulis ${p.found})`,
    'bad-date': (p) => `harus tanggal yang ada di kalender, TTTT-BB-HH${p.partial ? ', TTTT-BB atau TTTT' : ''} (tertulis ${p.found})${p.partial ? '; tanggalnya tidak ditampilkan' : ''}`,
    'not-one-of': (p) =>
      `${p.found ? `${p.found} bukan` : 'tidak ada: harus'} salah satu dari ${p.allowed}${p.suggestion ? ` (maksudnya "${p.suggestion}"? huruf besar/kecil berpengaruh)` : ''}`,
    'bad-id': (p) => `${p.found} hanya boleh berisi huruf, angka, dan tanda hubung`,
    'bad-country-code': (p) => `${p.found} harus berupa kode ISO 3166-1 dua huruf kapital, mis. "KR"`,
    'bad-language-tag': (p) => `${p.found ?? 'tidak ada:'} harus berupa kode bahasa seperti "id" atau "en"`,
    'schema-version': (p) => `harus 1 (tertulis ${p.found})`,
    'duplicate-id': (p) => `id "${p.id}" sudah dipakai oleh butir ke-${p.first} daftar ini`,
    'unknown-reference': (p) => {
      const list = ITEM.id[p.list as ListName] ?? p.list;
      return `${list} "${p.ref}" tidak ada di daftar ${list} berkas ini`;
    },
    'no-coordinates': (p) =>
      `${p.found ? `harus berupa angka dari -${p.max} sampai ${p.max}${quoted(p.found) ? ', tanpa tanda kutip' : ''} (tertulis ${p.found})` : 'lat/lon tidak ada'} (peta tidak menampilkan mitra ini; tabel tetap mencantumkannya)`,
    'figure-mismatch': (p) =>
      `nilai ${p.found} tidak sama dengan angka "${p.metric}" (${p.expected}); kartu menampilkan ${p.expected} dari angka tersebut`,
  },
};

// A replaced value's message says what became of it (a date left out, a partner off the map), but a
// metric's: its value alone is replaced (by NaN), which the counters that show it cannot show.
const EFFECT: Record<Lang, Record<ProblemEffect, (item: string) => string>> = {
  en: {
    fatal: () => '',
    skipped: (item) => `; ${item} skipped`,
    replaced: (item) => (item === ITEM.en.metrics ? '; counters of this metric show the text inside their tag' : ''),
  },
  id: {
    fatal: () => '',
    skipped: (item) => `; ${item} dilewati`,
    replaced: (item) => (item === ITEM.id.metrics ? '; penghitung angka ini menampilkan teks di dalam tagnya' : ''),
  },
};

/** An item as people count: "partner #24 (busan)" / "mitra ke-24 (busan)". */
export function itemName(item: NonNullable<DatasetProblem['item']>, lang: Lang): string {
  const kind = ITEM[lang][item.list];
  const at = lang === 'id' ? `${kind} ke-${item.position}` : `${kind} #${item.position}`;
  return item.id ? `${at} (${item.id})` : at;
}

/** A field path with list positions counted from 1: `sources[2]` → `sources #3`. */
export function fieldName(field: string): string {
  return field.replace(/\[(\d+)\]/g, (_, i: string) => ` #${Number(i) + 1}`);
}

/** Where a problem is, as people count: "partner #24 (busan), region" / "mitra ke-24 (busan), region". */
export function problemPlace(problem: DatasetProblem, lang: Lang): string {
  return [problem.item ? itemName(problem.item, lang) : '', fieldName(problem.field)].filter(Boolean).join(', ');
}

/** One sentence for a problem: where, what, and what became of it. */
export function formatProblem(problem: DatasetProblem, lang: Lang = 'en'): string {
  const where = problemPlace(problem, lang);
  const what = MESSAGES[lang][problem.code](problem.params);
  const effect = problem.item ? EFFECT[lang][problem.effect](ITEM[lang][problem.item.list]) : '';
  return `${where ? `${where}: ` : ''}${what}${effect}`;
}
