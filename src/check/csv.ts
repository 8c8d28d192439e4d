/**
 * Figures (`metrics`) and partners as CSV, so the bureau can work in a
 * spreadsheet, and back. The format:
 * - UTF-8 with a byte-order mark, so Excel and LibreOffice read Indonesian and
 *   other non-ASCII names right;
 * - `;` between cells: Excel set to Indonesian (and most European locales)
 *   uses the comma as its decimal sign and so expects `;` as the list
 *   separator; a comma-separated file would open as one column there;
 * - CRLF line ends, cells quoted with `"` when they hold `;`, `"`, a line end
 *   or edge spaces (RFC 4180 quoting);
 * - one row per item, one column per field, both languages side by side
 *   (`label_id`, `label_en`); lists of ids (sources, notes) space-separated;
 * - numbers with a `.` decimal point (a `,` is also read on import); a
 *   figure written with thousands separators (`1.115`, `1,115`, `12.000`) is
 *   not read, as it may mean either 1115 or 1.115;
 * - a text cell that a spreadsheet would run as a formula (first character
 *   `=`, `+`, `-`, `@`) is written after a `'`, taken off again on import;
 * - a file whose cells are separated by `,` or a tab is named as such once.
 * Rows are numbered as the spreadsheet numbers them: the header is row 1.
 */
import type { Dataset, Metric, Partner } from '../core/types.js';
import type { Lang } from '../core/types.js';
import { THOUSANDS } from './check.js';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export type CsvKind = 'metrics' | 'partners';

export const CSV_COLUMNS: Record<CsvKind, readonly string[]> = {
  metrics: ['id', 'value', 'year', 'label_id', 'label_en', 'sources', 'notes'],
  partners: [
    'id', 'name_id', 'name_en', 'country_code', 'country_id', 'country_en', 'region', 'kind', 'since',
    'lat', 'lon', 'confidence', 'sources', 'locationSources', 'notes',
  ],
};

export interface CsvProblem {
  code:
    | 'csv-quote'
    | 'csv-column'
    | 'csv-number'
    | 'csv-year'
    | 'csv-empty'
    | 'csv-width'
    | 'csv-thousands'
    | 'csv-separator';
  /** Spreadsheet row (the header is row 1). */
  row: number;
  column?: string;
  /** The row's id, when it has one. */
  itemId?: string;
  /** The cell as written; for `csv-separator`, the separator found (`,` or a tab). */
  value?: string;
}

/**
 * The separator a header row was written with when it is not `;`: `,` or a
 * tab, when splitting on it finds more of the expected columns than `;`
 * does, or a one-cell header holding a `,` or a tab.
 */
function otherSeparator(kind: CsvKind, text: string, header: readonly string[]): string | undefined {
  const found = (names: readonly string[]): number => CSV_COLUMNS[kind].filter((c) => names.includes(c)).length;
  const own = found(header.map((h) => h.trim()));
  for (const separator of [',', '\t']) {
    const names = (parseCsv(text, separator).rows[0] ?? []).map((h) => h.trim());
    if (found(names) > own) return separator;
  }
  if (header.length === 1) return ['\t', ','].find((separator) => header[0].includes(separator));
  return undefined;
}

const cell = (value: string): string =>
  /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A text cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage
 * return first: "CSV injection") is written after a `'`, which spreadsheets read as "text follows";
 * so is one that already starts with `'`s before such a sign, so that reading strips exactly one.
 * Numbers are written as they are: `-6.175` stays a number.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const text = (v: string): string => (FORMULA.test(v) ? `'${v}` : v);
const untext = (v: string): string => (FORMULA.test(v) && v.startsWith("'") ? v.slice(1) : v);
const NUMBERS = new Set(['value', 'year', 'since', 'lat', 'lon']);

const num = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const list = (v: readonly string[] | undefined): string => (v ?? []).join(' ');

function rows(kind: CsvKind, data: Pick<Dataset, 'metrics' | 'partners'>): string[][] {
  if (kind === 'metrics') {
    return data.metrics.map((m) => [m.id, num(m.value), num(m.year), m.label.id, m.label.en, list(m.sources), list(m.notes)]);
  }
  return data.partners.map((p) => [
    p.id, p.name.id, p.name.en, p.country.code, p.country.name.id, p.country.name.en, p.region, p.kind, num(p.since),
    num(p.lat), num(p.lon), p.confidence, list(p.sources), list(p.locationSources), list(p.notes),
  ]);
}

/** The figures or the partners of a dataset as CSV text (with its BOM). */
export function toCsv(kind: CsvKind, data: Pick<Dataset, 'metrics' | 'partners'>): string {
  const columns = CSV_COLUMNS[kind];
  const body = rows(kind, data).map((r) => r.map((v, i) => (NUMBERS.has(columns[i]) ? v : text(v))));
  const lines = [columns, ...body].map((r) => r.map(cell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Splits CSV text into rows of cells (RFC 4180, `;`-separated); an open quote at the end is reported.
 * Empty lines are left out, unless `keepEmpty` (then each row's index is its place in the file).
 */
export function parseCsv(text: string, separator = CSV_SEPARATOR, keepEmpty = false): { rows: string[][]; openQuoteRow?: number } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      line++;
      rowStart = line;
    } else field += ch;
  }
  if (quoted) return { rows: out, openQuoteRow: rowStart };
  if (field !== '' || row.length) {
    row.push(field);
    out.push(row);
  }
  return { rows: keepEmpty ? out : out.filter((r) => !(r.length === 1 && r[0] === '')) };
}

export interface CsvImport<T> {
  items: T[];
  problems: CsvProblem[];
}

/**
 * Reads figures or partners from CSV. Cells are checked for what the CSV
 * itself can get wrong (missing columns, numbers, years, empty ids); the
 * merged dataset then goes through the checker for the rest (references,
 * enums, translations).
 */
export function fromCsv(kind: 'metrics', text: string): CsvImport<Metric>;
export function fromCsv(kind: 'partners', text: string): CsvImport<Partner>;
export function fromCsv(kind: CsvKind, text: string): CsvImport<Metric | Partner> {
  const problems: CsvProblem[] = [];
  const parsed = parseCsv(text, CSV_SEPARATOR, true);
  if (parsed.openQuoteRow !== undefined) {
    return { items: [], problems: [{ code: 'csv-quote', row: parsed.openQuoteRow }] };
  }
  // A row with no cell filled is no item: an empty line, or the ";;;;" rows a spreadsheet writes
  // below the data when cells there were once formatted. Rows keep their numbers in the file.
  const empty = (cells: string[]): boolean => cells.every((c) => c.trim() === '');
  const first = Math.max(0, parsed.rows.findIndex((cells) => !empty(cells)));
  const header = parsed.rows[first] ?? [];
  const body = parsed.rows.slice(first + 1);
  const names = header.map((h) => h.trim());
  const missing = CSV_COLUMNS[kind].filter((c) => !names.includes(c));
  const separator = missing.length ? otherSeparator(kind, text, header) : undefined;
  if (separator !== undefined) return { items: [], problems: [{ code: 'csv-separator', row: 1, value: separator }] };
  if (missing.length) return { items: [], problems: missing.map((column) => ({ code: 'csv-column', row: 1, column })) };
  const items: (Metric | Partner)[] = [];
  body.forEach((cells, i) => {
    if (empty(cells)) return;
    const row = first + i + 2;
    const get = (column: string): string => {
      const v = (cells[names.indexOf(column)] ?? '').trim();
      return NUMBERS.has(column) ? v : untext(v);
    };
    const itemId = get('id') || undefined;
    if (cells.length !== names.length) problems.push({ code: 'csv-width', row, itemId, value: String(cells.length) });
    const report = (code: CsvProblem['code'], column: string, value?: string): void => {
      problems.push({ code, row, column, itemId, value });
    };
    const required = (column: string): string => {
      const v = get(column);
      if (!v) report('csv-empty', column);
      return v;
    };
    const number = (column: string, opts: { optional?: boolean; year?: boolean; count?: boolean } = {}): number | null => {
      const v = get(column);
      if (!v) {
        if (!opts.optional) report('csv-empty', column);
        return null;
      }
      // Only for a count: a coordinate such as 39.905 or -6,175 has three decimals.
      if (opts.count && THOUSANDS.test(v)) {
        report('csv-thousands', column, v);
        return null;
      }
      const n = Number(v.includes('.') ? v : v.replace(',', '.'));
      if (!Number.isFinite(n) || (opts.year && (!Number.isInteger(n) || n < 1000 || n > 9999))) {
        report(opts.year ? 'csv-year' : 'csv-number', column, v);
        return null;
      }
      return n;
    };
    const ids = (column: string): string[] => get(column).split(/[\s,]+/).filter(Boolean);
    const optionalIds = (column: string): { [k: string]: string[] } => {
      const v = ids(column);
      return v.length ? { [column]: v } : {};
    };
    if (kind === 'metrics') {
      items.push({
        id: required('id'),
        value: number('value', { count: true }) ?? NaN,
        label: { id: required('label_id'), en: required('label_en') },
        year: number('year', { year: true }) ?? NaN,
        sources: ids('sources'),
        ...optionalIds('notes'),
      });
    } else {
      items.push({
        id: required('id'),
        name: { id: required('name_id'), en: required('name_en') },
        country: { code: required('country_code'), name: { id: required('country_id'), en: required('country_en') } },
        region: required('region') as Partner['region'],
        kind: required('kind') as Partner['kind'],
        since: number('since', { optional: true, year: true }),
        lat: number('lat'),
        lon: number('lon'),
        confidence: required('confidence') as Partner['confidence'],
        sources: ids('sources'),
        ...optionalIds('locationSources'),
        ...optionalIds('notes'),
      });
    }
  });
  return { items, problems };
}

/** A CSV problem as one sentence: `Baris 5 (busan): kolom "lat" harus berupa angka, bukan "abc"`. */
export function formatCsvProblem(p: CsvProblem, lang: Lang): string {
  const where = lang === 'id' ? `Baris ${p.row}` : `Row ${p.row}`;
  const head = p.itemId ? `${where} (${p.itemId})` : where;
  const id = lang === 'id';
  switch (p.code) {
    case 'csv-quote':
      return `${head}: ${id ? 'tanda kutip " dibuka tetapi tidak ditutup' : 'a quote " is opened and never closed'}`;
    case 'csv-column':
      return `${head}: ${id ? `kolom "${p.column}" tidak ada di baris judul` : `the header has no "${p.column}" column`}`;
    case 'csv-width':
      return `${head}: ${id ? `baris ini memiliki ${p.value} sel, tidak sama dengan baris judul (pemisahnya ";"?)` : `this row has ${p.value} cells, unlike the header (is the separator ";"?)`}`;
    case 'csv-empty':
      return `${head}: ${id ? `kolom "${p.column}" kosong` : `"${p.column}" is empty`}`;
    case 'csv-thousands': {
      const whole = (p.value ?? '').replace(/[.,\s]/g, '');
      const mark = p.value?.includes(',') ? 'koma' : p.value?.includes('.') ? 'titik' : 'spasi';
      return `${head}: ${id ? `kolom "${p.column}" berisi "${p.value}", yang mungkin memakai pemisah ribuan: tulis ${whole} tanpa ${mark} pemisah ribuan` : `"${p.column}" is "${p.value}", which may have a thousands separator: write ${whole} without a thousands separator`}`;
    }
    case 'csv-separator': {
      const tab = p.value === '\t';
      const found = id ? (tab ? 'tab' : `"${p.value}" (koma)`) : tab ? 'tabs' : `"${p.value}" (commas)`;
      return `${head}: ${
        id
          ? `sel dipisah dengan ${found}, padahal pemisahnya harus ";" (titik koma); simpan ulang dengan pemisah ";": di LibreOffice, "Simpan Sebagai", jenis "Teks CSV", centang "Edit filter settings", lalu pemisah bidang ";"; di Excel, pemisahnya mengikuti "Pemisah daftar" (List separator) di pengaturan wilayah Windows`
          : `the cells are separated by ${found}, but the separator must be ";" (semicolon); save again with ";": in LibreOffice, "Save As", type "Text CSV", tick "Edit filter settings", then field delimiter ";"; in Excel, the separator follows the "List separator" in the Windows region settings`
      }`;
    }
    case 'csv-year':
      return `${head}: ${id ? `kolom "${p.column}" harus tahun empat angka, bukan "${p.value}"` : `"${p.column}" must be a four-digit year, not "${p.value}"`}`;
    default:
      return `${head}: ${id ? `kolom "${p.column}" harus berupa angka, bukan "${p.value}"` : `"${p.column}" must be a number, not "${p.value}"`}`;
  }
}
