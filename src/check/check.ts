/**
 * The data checker for people: every problem of a dataset file at once, each
 * with a code, the values it names, where it is (the section, the item's
 * position counted from 1, its id, the field) and whether it stops the file
 * (error) or only deserves a look (warning). `formatProblem` turns one into
 * a sentence in Indonesian or English. Pure functions, no DOM, no Node API:
 * the CLI (`npx jakarta-global-widgets check`) and the editor page share it.
 *
 * What it shares with the widgets' validator (src/core/validate.ts): the
 * region list (core/partners.ts), the link rule (core/url.ts) and, as a last
 * step, the validator itself: a file with no error here is run through
 * `checkDataset`, and anything it still rejects is reported, so "no errors"
 * always means "the widgets accept it". The validator stops at the first
 * problem and speaks English to developers; the rules here are written again
 * to find every problem, in the schema's stricter terms (lower-case ids, ISO
 * dates, at least one source per figure, coordinates required).
 */
import { REGIONS } from '../core/partners.js';
import { credentialed } from '../core/remote.js';
import { safeUrl } from '../core/url.js';
import { checkDataset, isCalendarDate, LANGUAGE_TAG } from '../core/validate.js';
import { findSyntaxError, invisibleCode, positionOf } from '../core/json-syntax.js';
import countryBoxes from './country-boxes.json';

export type Severity = 'error' | 'warning';

/** The lists of a dataset whose items are named by position, plus the home city. */
export type Section = 'city' | 'metrics' | 'partners' | 'programs' | 'sources' | 'notes';

export type ProblemCode =
  // errors
  | 'json-syntax'
  | 'not-object'
  | 'schema-version'
  | 'missing'
  | 'not-text'
  | 'not-number'
  | 'not-year'
  | 'not-list'
  | 'not-boolean'
  | 'not-translations'
  | 'translation-missing'
  | 'enum'
  | 'id-format'
  | 'country-code'
  | 'date'
  | 'url'
  | 'language-tag'
  | 'no-sources'
  | 'coordinates'
  | 'no-coordinates'
  | 'coordinate-empty'
  | 'end-before-start'
  | 'duplicate-id'
  | 'duplicate-key'
  | 'unknown-ref'
  | 'validator'
  // warnings
  | 'one-source'
  | 'no-year'
  | 'year-differs'
  | 'future-year'
  | 'future-date'
  | 'zero-coordinates'
  | 'outside-country'
  | 'point-thousands'
  | 'not-whole'
  | 'negative'
  | 'key-figure-mismatch'
  | 'list-count-mismatch'
  | 'unused-source'
  | 'unused-note'
  | 'direction-mark'
  | 'unknown-field';

export type Params = Record<string, string | number | boolean | null>;

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Field path with list indexes from 0, as the validator names it: `partners[23].sources[0]` ("" for the whole file). */
  path: string;
  /** The list the item belongs to (or `city`); absent for the file's own fields. */
  section?: Section;
  /** The item's position in its list, counted from 1. */
  position?: number;
  /** The item's id, when it has a usable one. */
  itemId?: string;
  /** The field inside the item (or the file), e.g. `sources[0]`, `name.en`. */
  field: string;
  /** What the message names (values, ids, positions). */
  params: Params;
  /** For `json-syntax`: where the text stops being JSON, from 1. */
  line?: number;
  column?: number;
}

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** The parsed value, when the text is JSON. */
  value?: unknown;
}

type Raw = Record<string, unknown>;

interface Item {
  section?: Section;
  position?: number;
  itemId?: string;
  /** Path of the item: `partners[3]`, `city`, or "" for the file. */
  base: string;
}

const KINDS = ['sister-city', 'sister-state', 'sister-province', 'friendship-city'];
const CONFIDENCES = ['high', 'medium', 'low'];
const SECTORS = ['governance', 'environment', 'education', 'health', 'diplomacy', 'planning'];
const SOURCE_KINDS = ['primary', 'news', 'secondary'];
const LANGS = ['id', 'en'] as const;

/** The schema's id rules: lower case for items, any case for sources and references to them. */
const LOWER_ID = /^[a-z0-9][a-z0-9-]*$/;
const ANY_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The fields of each kind of object, in the order the bundled file writes them (also the stable key order of `stableJson`). */
export const FIELD_ORDER: Record<string, readonly string[]> = {
  root: ['$schema', 'schemaVersion', 'id', 'title', 'asOf', 'city', 'metrics', 'partners', 'programs', 'sources', 'notes'],
  city: ['id', 'name', 'country', 'lat', 'lon', 'sources'],
  country: ['code', 'name'],
  metrics: ['id', 'value', 'label', 'year', 'sources', 'notes'],
  partners: ['id', 'name', 'country', 'region', 'kind', 'since', 'lat', 'lon', 'confidence', 'sources', 'locationSources', 'notes'],
  programs: ['id', 'title', 'summary', 'sector', 'partners', 'counterparts', 'keyFigure', 'year', 'endYear', 'sources', 'notes'],
  keyFigure: ['value', 'label', 'metric', 'atLeast'],
  sources: ['id', 'title', 'lang', 'publisher', 'url', 'date', 'kind'],
  notes: ['id', 'text', 'sources'],
  text: ['id', 'en'],
};
const KNOWN = FIELD_ORDER;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isYear = (v: unknown): v is number => isNumber(v) && Number.isInteger(v) && v >= 1000 && v <= 9999;
const join = (base: string, field: string): string => (!base ? field : field.startsWith('[') ? base + field : `${base}.${field}`);
/**
 * A figure with what may be thousands separators: `1.115`, `12.000`,
 * `1.234.567` (a spreadsheet or a reader set to Indonesian), `1,115`,
 * `1,234,567` (set to English) or `1 200`, `12 000` (a space, as typesetting and
 * word processors group digits, also a no-break or thin one). Read as they stand they would be 1.115 or 12
 * (a `,` is read as a decimal comma), a thousand times too small if thousands
 * were meant. A leading 0 (`0.125`) cannot be a thousands group, and a
 * decimal with other than three digits after the sign (`1,5`, `2.75`) is read
 * as a decimal. For counts only: a coordinate such as 39.905 or -6,175 has
 * three decimals.
 */
export const THOUSANDS = /^-?[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:,\d{3})+|(?:[ \u00a0\u2009\u202f]\d{3})+)$/;

/** Latitude and longitude pasted into one field ("-6.2, 106.8", "-6.2;106.8", "-6.2 106.8"); not a decimal comma ("-6,175"). */
const PAIR = /^-?\d+(?:\.\d+)?(?:\s*;\s*|\s*,\s+|\s+)-?\d+(?:\.\d+)?$|^-?\d+\.\d+,-?\d+(?:\.\d+)?$/;

/**
 * A number written as text with a decimal comma, as Indonesian writes it ("-6,175", "37,56"): the
 * number to write instead (`decimal`), since "without quotes" alone would lead to `37,56`, which
 * JSON cannot read at all.
 */
const decimalComma = (v: unknown): { decimal?: string } =>
  typeof v === 'string' && /^-?\d+,\d+$/.test(v.trim()) ? { decimal: v.trim().replace(',', '.') } : {};

/** A value as the message quotes it. */
// (A number as JavaScript writes it: JSON would write a figure too large to hold, 1e400, as null.)
const shown = (v: unknown): string => (v === undefined ? '—' : typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));

/**
 * Latin letters that are not a base letter with a mark, so that NFKD leaves them whole: written
 * as people write them in ASCII (`Łódź` → `lodz`, `Straßburg` → `strassburg`), not dropped.
 */
const LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ł: 'l', ø: 'o', ŧ: 't', ß: 'ss', þ: 'th', æ: 'ae', œ: 'oe' };

/** A lower-case id made from a text (the data editor's new items, the checker's suggestions). */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (ch) => LETTERS[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

class Checker {
  readonly problems: Problem[] = [];

  report(severity: Severity, code: ProblemCode, item: Item, field: string, params: Params = {}): void {
    const problem: Problem = { severity, code, path: join(item.base, field), field, params };
    if (item.section) problem.section = item.section;
    if (item.position !== undefined) problem.position = item.position;
    if (item.itemId !== undefined) problem.itemId = item.itemId;
    this.problems.push(problem);
  }

  error(code: ProblemCode, item: Item, field: string, params: Params = {}): void {
    this.report('error', code, item, field, params);
  }

  warn(code: ProblemCode, item: Item, field: string, params: Params = {}): void {
    this.report('warning', code, item, field, params);
  }

  unknownFields(item: Item, o: Raw, known: readonly string[], prefix = ''): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.warn('unknown-field', item, prefix + key, { field: prefix + key });
    }
  }

  /** A required non-empty text. */
  text(item: Item, o: Raw, key: string, prefix = ''): void {
    const field = prefix + key;
    if (o[key] === undefined) this.error('missing', item, field, { field });
    else if (!isText(o[key])) this.error('not-text', item, field, { field });
    else this.marks(item, o[key], field);
  }

  /** A required text in both languages. */
  translations(item: Item, value: unknown, field: string): void {
    if (value === undefined) return this.error('missing', item, field, { field });
    if (!isObject(value)) return this.error('not-translations', item, field, { field });
    for (const lang of LANGS) {
      if (!isText(value[lang])) this.error('translation-missing', item, `${field}.${lang}`, { field, lang });
      else this.marks(item, value[lang], `${field}.${lang}`);
    }
    this.unknownFields(item, value, KNOWN.text, `${field}.`);
  }

  /**
   * An invisible direction control (U+202A–U+202E, U+2066–U+2069: pasted from
   * a right-to-left text, or planted) left in a text: it turns the text after
   * it around, the widgets' own words included ("Zero…, Saudi Arabia" shown
   * as "…aibarA iduaS ,").
   */
  marks(item: Item, text: string, field: string): void {
    const mark = /[\u202a-\u202e\u2066-\u2069]/.exec(text)?.[0];
    if (mark) this.warn('direction-mark', item, field, { field, code: invisibleCode(mark)! });
  }

  /**
   * A figure (`value`, `keyFigure.value`), a number: one written as text with
   * thousands separators ("12.000", "1,115", as typed in the data editor) is
   * named as such, with the number to write.
   */
  figure(item: Item, v: unknown, field: string): void {
    if (v === undefined) return this.error('missing', item, field, { field });
    if (isNumber(v)) return;
    const grouped = typeof v === 'string' && THOUSANDS.test(v.trim());
    this.error('not-number', item, field, {
      field,
      value: shown(v),
      ...(grouped ? { thousands: Number(v.replace(/[.,\s]/g, '')) } : decimalComma(v)),
    });
  }

  /**
   * A year at `key`: `required`; `optional` (absent, or a year); or `nullable`
   * (also `null`, "not known", as the schema allows for a partner's `since`).
   */
  year(item: Item, o: Raw, key: string, presence: 'required' | 'optional' | 'nullable'): void {
    const v = o[key];
    if (v === undefined || (v === null && presence === 'nullable')) {
      if (presence === 'required') this.error('missing', item, key, { field: key });
      return;
    }
    // `"endYear": null` for "none" (as `"since": null` says "not known"): the widgets refuse it.
    // `"since": ""` for "not known": the schema's word for it is null.
    if (!isYear(v)) {
      this.error('not-year', item, key, {
        field: key,
        value: shown(v),
        ...(v === null && presence === 'optional' && { removable: true }),
        ...(v === '' && presence === 'nullable' && { unknown: true }),
      });
    }
  }

  oneOf(item: Item, o: Raw, key: string, allowed: readonly string[], required = true): void {
    const v = o[key];
    if (v === undefined) {
      if (required) this.error('missing', item, key, { field: key });
      return;
    }
    if (typeof v === 'string' && allowed.includes(v)) return;
    const near = typeof v === 'string' ? allowed.find((a) => a === slug(v)) : undefined;
    this.error('enum', item, key, { field: key, value: shown(v), allowed: allowed.join(', '), suggestion: near ?? null });
  }

  id(item: Item, o: Raw, rule: RegExp): void {
    const v = o.id;
    if (v === undefined) return this.error('missing', item, 'id', { field: 'id' });
    if (typeof v !== 'string' || !rule.test(v)) {
      const suggestion = typeof v === 'string' ? slug(v) : '';
      this.error('id-format', item, 'id', {
        value: shown(v),
        lower: rule === LOWER_ID,
        suggestion: suggestion && rule.test(suggestion) ? suggestion : null,
      });
    }
  }

  /** A list of ids (references); `min` 1 for sources that must name at least one. */
  idList(item: Item, o: Raw, key: string, options: { required?: boolean; min?: number; rule?: RegExp } = {}): void {
    const v = o[key];
    if (v === undefined) {
      if (options.required) this.error(options.min ? 'no-sources' : 'missing', item, key, { field: key });
      return;
    }
    if (!Array.isArray(v)) return this.error('not-list', item, key, { field: key });
    if (options.min && v.length < options.min) this.error('no-sources', item, key, { field: key });
    v.forEach((ref, i) => {
      if (typeof ref !== 'string' || !(options.rule ?? ANY_ID).test(ref)) {
        this.error('id-format', item, `${key}[${i}]`, { value: shown(ref), lower: options.rule === LOWER_ID, suggestion: null });
      }
    });
  }

  country(item: Item, value: unknown): void {
    if (value === undefined) return this.error('missing', item, 'country', { field: 'country' });
    if (!isObject(value)) return this.error('not-object', item, 'country', { field: 'country' });
    if (value.code === undefined) this.error('missing', item, 'country.code', { field: 'country.code' });
    else if (typeof value.code !== 'string' || !/^[A-Z]{2}$/.test(value.code)) {
      const upper = typeof value.code === 'string' ? value.code.trim().toUpperCase() : '';
      this.error('country-code', item, 'country.code', {
        value: shown(value.code),
        suggestion: /^[A-Z]{2}$/.test(upper) ? upper : null,
      });
    }
    this.translations(item, value.name, 'country.name');
    this.unknownFields(item, value, KNOWN.country, 'country.');
  }

  /** Coordinates: required numbers in range (the validator nulls a partner's bad pair, and the map then skips it). */
  coordinates(item: Item, o: Raw): void {
    const { lat, lon } = o;
    const empty = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (empty(lat) && empty(lon)) return this.error('no-coordinates', item, 'lat', {});
    // Each of the two said at once: an empty one as not filled in, any other as not a number.
    for (const [key, v] of [['lat', lat], ['lon', lon]] as const) {
      if (empty(v)) this.error('coordinate-empty', item, key, { field: key });
      else if (!isNumber(v)) {
        const pair = typeof v === 'string' && PAIR.test(v.trim());
        this.error('not-number', item, key, { field: key, value: shown(v), ...(pair ? { pair: true } : decimalComma(v)) });
      }
    }
    if (!isNumber(lat) || !isNumber(lon)) return;
    const inRange = (v: number, max: number): boolean => Math.abs(v) <= max;
    // 0, 0 is open sea off West Africa: a pair left at zero, not a place.
    if (lat === 0 && lon === 0) return this.warn('zero-coordinates', item, 'lat', {});
    if (inRange(lat, 90) && inRange(lon, 180)) return this.inCountry(item, o, lat, lon);
    // Swapped, if the pair read the other way round is a place, and in its country where that is known
    // (Islamabad's lat 95, lon 73.04 is a typo: lat 73.04, lon 95 is in the Arctic, not in Pakistan).
    const swapped = inRange(lon, 90) && inRange(lat, 180) && insideCountry(o, lon, lat) !== false;
    this.error('coordinates', item, inRange(lat, 90) ? 'lon' : 'lat', { lat, lon, swapped });
  }

  /**
   * A place far outside its country (more than MARGIN° beyond the box of the country's outlines): a
   * typo, a sign left out, or latitude and longitude swapped while both stay in range (Rotterdam,
   * lat 51.9, lon 4.5, written lat 4.5, lon 51.9, is in the Indian Ocean). Countries the 1:110m
   * outlines leave out (Singapore, small island states) are not checked.
   */
  inCountry(item: Item, o: Raw, lat: number, lon: number): void {
    if (insideCountry(o, lat, lon) !== false) return;
    const country = o.country as Raw;
    const code = country.code as string;
    const names = isObject(country.name) ? country.name : {};
    this.warn('outside-country', item, 'lat', {
      lat,
      lon,
      code,
      nameId: isText(names.id) ? names.id : code,
      nameEn: isText(names.en) ? names.en : code,
      swapped: insideCountry(o, lon, lat) === true,
      margin: MARGIN,
    });
  }
}

/**
 * Whether a place lies within MARGIN° of the box of its partner's country's outlines; undefined
 * where the country has none (no or a wrong code; Singapore and small island states, which the
 * 1:110m outlines leave out).
 */
function insideCountry(o: Raw, lat: number, lon: number): boolean | undefined {
  const country = isObject(o.country) ? o.country : undefined;
  const code = country && isText(country.code) ? country.code : '';
  // Own keys only: a code such as "__proto__" or "constructor" (an error of its own) is no country.
  const box = Object.hasOwn(BOXES, code) ? BOXES[code] : undefined;
  if (!box) return undefined;
  const [west, south, east, north] = box;
  // Longitudes compared one turn either way too: a box may end past 180° (Fiji, 177.2°…180.3°).
  return (
    lat >= south - MARGIN &&
    lat <= north + MARGIN &&
    [lon, lon - 360, lon + 360].some((x) => x >= west - MARGIN && x <= east + MARGIN)
  );
}

/** [west, south, east, north] in degrees by alpha-2 code, as scripts/build-basemap.mjs writes them. */
const BOXES = countryBoxes.boxes as unknown as Record<string, [number, number, number, number] | undefined>;

/** How far outside its country's outlines (in degrees, beyond their box) a place may lie: coasts and islands the 1:110m outlines simplify away. */
const MARGIN = 2;

const SECTION_ORDER: (Section | undefined)[] = [undefined, 'city', 'metrics', 'partners', 'programs', 'sources', 'notes'];

/** Checks a parsed value; problems come in file order (the file's own fields, the city, then each list). */
export function checkValue(raw: unknown): Problem[] {
  const c = new Checker();
  const root: Item = { base: '' };
  if (!isObject(raw)) {
    c.error('not-object', root, '', { field: '' });
    return c.problems;
  }
  if (raw.schemaVersion !== 1) {
    c.error('schema-version', root, 'schemaVersion', raw.schemaVersion === undefined ? { missing: true } : { value: shown(raw.schemaVersion) });
  }
  c.id(root, raw, LOWER_ID);
  c.translations(root, raw.title, 'title');
  if (raw.asOf === undefined) c.error('missing', root, 'asOf', { field: 'asOf' });
  else if (!isCalendarDate(raw.asOf, false)) c.error('date', root, 'asOf', { field: 'asOf', value: shown(raw.asOf), partial: false });
  c.unknownFields(root, raw, KNOWN.root);

  // The home city.
  if (raw.city === undefined) c.error('missing', root, 'city', { field: 'city' });
  else if (!isObject(raw.city)) c.error('not-object', root, 'city', { field: 'city' });
  else {
    const o = raw.city;
    const item: Item = { section: 'city', base: 'city', itemId: isText(o.id) ? o.id : undefined };
    c.id(item, o, LOWER_ID);
    c.translations(item, o.name, 'name');
    c.country(item, o.country);
    c.coordinates(item, o);
    c.idList(item, o, 'sources', { required: true, min: 1 });
    c.unknownFields(item, o, KNOWN.city);
  }

  /**
   * Lists that could not be read (missing, or not a list): what refers to them, counts them or is
   * cited only from them is not judged, so one mistake is one message, not dozens ("partners": {}
   * made every programme's partner unknown and every source only partners cite unused).
   */
  const unreadable = new Set<Section>();
  /** The items of a list, with their position and id, after the list itself is checked. */
  const items = (section: Section): { item: Item; o: Raw }[] => {
    const list = raw[section];
    if (list === undefined) {
      unreadable.add(section);
      c.error('missing', root, section, { field: section });
      return [];
    }
    if (!Array.isArray(list)) {
      unreadable.add(section);
      c.error('not-list', root, section, { field: section });
      return [];
    }
    const out: { item: Item; o: Raw }[] = [];
    list.forEach((o: unknown, i) => {
      const item: Item = { section, position: i + 1, base: `${section}[${i}]` };
      if (!isObject(o)) return c.error('not-object', item, '', { field: '' });
      if (isText(o.id)) item.itemId = o.id;
      out.push({ item, o });
    });
    return out;
  };

  const metrics = items('metrics');
  for (const { item, o } of metrics) {
    c.id(item, o, LOWER_ID);
    c.figure(item, o.value, 'value');
    c.translations(item, o.label, 'label');
    c.year(item, o, 'year', 'required');
    c.idList(item, o, 'sources', { required: true, min: 1 });
    c.idList(item, o, 'notes');
    c.unknownFields(item, o, KNOWN.metrics);
  }

  const partners = items('partners');
  for (const { item, o } of partners) {
    c.id(item, o, LOWER_ID);
    c.translations(item, o.name, 'name');
    c.country(item, o.country);
    c.oneOf(item, o, 'region', REGIONS);
    c.oneOf(item, o, 'kind', KINDS);
    c.year(item, o, 'since', 'nullable');
    c.coordinates(item, o);
    c.oneOf(item, o, 'confidence', CONFIDENCES);
    c.idList(item, o, 'sources', { required: true, min: 1 });
    c.idList(item, o, 'locationSources');
    c.idList(item, o, 'notes');
    c.unknownFields(item, o, KNOWN.partners);
  }

  const programs = items('programs');
  for (const { item, o } of programs) {
    c.id(item, o, LOWER_ID);
    c.translations(item, o.title, 'title');
    c.translations(item, o.summary, 'summary');
    c.oneOf(item, o, 'sector', SECTORS);
    c.idList(item, o, 'partners', { required: true, rule: LOWER_ID });
    if (o.counterparts !== undefined) {
      if (!Array.isArray(o.counterparts)) c.error('not-list', item, 'counterparts', { field: 'counterparts' });
      else o.counterparts.forEach((t, i) => c.translations(item, t, `counterparts[${i}]`));
    }
    const k = o.keyFigure;
    if (k === undefined) c.error('missing', item, 'keyFigure', { field: 'keyFigure' });
    else if (!isObject(k)) c.error('not-object', item, 'keyFigure', { field: 'keyFigure' });
    else {
      c.figure(item, k.value, 'keyFigure.value');
      c.translations(item, k.label, 'keyFigure.label');
      if (k.metric !== undefined && (typeof k.metric !== 'string' || !LOWER_ID.test(k.metric))) {
        c.error('id-format', item, 'keyFigure.metric', { value: shown(k.metric), lower: true, suggestion: null });
      }
      if (k.atLeast !== undefined && typeof k.atLeast !== 'boolean') c.error('not-boolean', item, 'keyFigure.atLeast', { field: 'keyFigure.atLeast' });
      c.unknownFields(item, k, KNOWN.keyFigure, 'keyFigure.');
    }
    c.year(item, o, 'year', 'required');
    c.year(item, o, 'endYear', 'optional');
    if (isYear(o.year) && isYear(o.endYear) && o.endYear < o.year) {
      c.error('end-before-start', item, 'endYear', { year: o.year, endYear: o.endYear });
    }
    c.idList(item, o, 'sources', { required: true, min: 1 });
    c.idList(item, o, 'notes');
    c.unknownFields(item, o, KNOWN.programs);
  }

  const sources = items('sources');
  for (const { item, o } of sources) {
    c.id(item, o, ANY_ID);
    c.text(item, o, 'title');
    if (isObject(o.publisher)) c.translations(item, o.publisher, 'publisher');
    else c.text(item, o, 'publisher');
    if (o.url === undefined) c.error('missing', item, 'url', { field: 'url' });
    // Spaces around a link are dropped, as the widgets drop them (the URL parser does).
    else if (typeof o.url !== 'string' || !/^https?:\/\//i.test(o.url.trim()) || !safeUrl(o.url)) c.error('url', item, 'url', { value: shown(o.url) });
    else if (credentialed(safeUrl(o.url))) c.error('url', item, 'url', { value: shown(o.url), credentials: true });
    if (o.date !== undefined && !isCalendarDate(o.date, true)) {
      c.error('date', item, 'date', { field: 'date', value: shown(o.date), partial: true });
    }
    if (o.lang !== undefined && (typeof o.lang !== 'string' || !LANGUAGE_TAG.test(o.lang))) {
      const lower = typeof o.lang === 'string' ? o.lang.replace(/^[A-Za-z]+/, (l) => l.toLowerCase()) : '';
      c.error('language-tag', item, 'lang', { value: shown(o.lang), suggestion: LANGUAGE_TAG.test(lower) ? lower : null });
    }
    c.oneOf(item, o, 'kind', SOURCE_KINDS, false);
    c.unknownFields(item, o, KNOWN.sources);
  }

  const notes = items('notes');
  for (const { item, o } of notes) {
    c.id(item, o, ANY_ID);
    c.translations(item, o.text, 'text');
    c.idList(item, o, 'sources', { required: true, min: 1 });
    c.unknownFields(item, o, KNOWN.notes);
  }

  // Ids: unique within each list, and every reference known.
  const index = (list: { item: Item; o: Raw }[]): Map<string, Item> => {
    const seen = new Map<string, Item>();
    for (const { item, o } of list) {
      if (typeof o.id !== 'string') continue;
      const first = seen.get(o.id);
      if (first) c.error('duplicate-id', item, 'id', { id: o.id, firstPosition: first.position ?? 0 });
      else seen.set(o.id, item);
    }
    return seen;
  };
  const known = {
    sources: index(sources),
    notes: index(notes),
    partners: index(partners),
    metrics: index(metrics),
  };
  index(programs);
  const cited = { sources: new Set<string>(), notes: new Set<string>() };
  const refs = (item: Item, o: Raw, key: string, target: keyof typeof known): void => {
    const list = o[key];
    if (!Array.isArray(list)) return;
    list.forEach((ref, i) => {
      if (typeof ref !== 'string') return;
      if (target === 'sources' || target === 'notes') cited[target].add(ref);
      if (!known[target].has(ref) && !unreadable.has(target)) c.error('unknown-ref', item, `${key}[${i}]`, { ref, target });
    });
  };
  if (isObject(raw.city)) refs({ section: 'city', base: 'city', itemId: isText(raw.city.id) ? raw.city.id : undefined }, raw.city, 'sources', 'sources');
  for (const list of [metrics, partners, programs, notes]) {
    for (const { item, o } of list) {
      refs(item, o, 'sources', 'sources');
      refs(item, o, 'notes', 'notes');
    }
  }
  for (const { item, o } of partners) refs(item, o, 'locationSources', 'sources');
  for (const { item, o } of programs) {
    refs(item, o, 'partners', 'partners');
    const k = o.keyFigure;
    if (isObject(k) && typeof k.metric === 'string' && LOWER_ID.test(k.metric) && !known.metrics.has(k.metric) && !unreadable.has('metrics')) {
      c.error('unknown-ref', item, 'keyFigure.metric', { ref: k.metric, target: 'metrics' });
    }
  }

  // Warnings: what a reader could notice, though the widgets show it.
  const datasetYear = isCalendarDate(raw.asOf, false) ? Number(raw.asOf.slice(0, 4)) : undefined;
  /** A year after the file's own ("asOf"): for an agreement or a figure, a typo. */
  const future = (item: Item, o: Raw, key: string): void => {
    if (datasetYear !== undefined && isYear(o[key]) && o[key] > datasetYear) c.warn('future-year', item, key, { field: key, year: o[key], datasetYear });
  };
  /** A count that is negative or not whole: in JSON the point is a decimal point, so "1.115" is not one thousand one hundred and fifteen. */
  const count = (item: Item, value: unknown, field: string): void => {
    if (!isNumber(value) || (Number.isInteger(value) && value >= 0)) return;
    const thousands = Math.round(value * 1000);
    const asThousands = value > 0 && value < 1000 && Math.abs(value * 1000 - thousands) < 1e-6 && !Number.isInteger(value * 100);
    c.warn(value < 0 ? 'negative' : 'not-whole', item, field, { field, value, ...(asThousands ? { thousands } : {}) });
  };
  for (const { item, o } of metrics) {
    if (Array.isArray(o.sources) && o.sources.length === 1) c.warn('one-source', item, 'sources', {});
    count(item, o.value, 'value');
    if (datasetYear !== undefined && isYear(o.year) && o.year !== datasetYear) {
      if (o.year > datasetYear) future(item, o, 'year');
      else c.warn('year-differs', item, 'year', { year: o.year, datasetYear });
    }
  }
  // The figures that count the partner list itself, which the list and the map count again ("24
  // partners in 21 countries") beside a counter showing the figure: a partner added or removed
  // without them makes the page contradict itself.
  const countries = new Set(partners.map(({ o }) => (isObject(o.country) ? o.country.code : undefined)).filter(Boolean));
  const counted: Record<string, [number, 'partners' | 'countries']> = {
    'sister-cities': [partners.length, 'partners'],
    'partner-countries': [countries.size, 'countries'],
  };
  for (const { item, o } of metrics) {
    const count = typeof o.id === 'string' && Object.hasOwn(counted, o.id) ? counted[o.id] : undefined;
    if (count && isNumber(o.value) && o.value !== count[0] && !unreadable.has('partners')) {
      c.warn('list-count-mismatch', item, 'value', { value: o.value, counted: count[0], what: count[1] });
    }
  }
  for (const { item, o } of partners) {
    if (o.since === null || o.since === undefined) c.warn('no-year', item, 'since', {});
    future(item, o, 'since');
  }
  // (A programme may start after the file's year: a plan such as a grand design for 2025–2045.)
  for (const { item, o } of programs) if (isObject(o.keyFigure)) count(item, o.keyFigure.value, 'keyFigure.value');
  for (const { item, o } of programs) {
    const k = o.keyFigure;
    if (!isObject(k) || typeof k.metric !== 'string' || !isNumber(k.value)) continue;
    const m = metrics.find((x) => x.o.id === k.metric)?.o;
    if (!m || !isNumber(m.value)) continue;
    const agrees = k.atLeast === true ? k.value <= m.value : k.value === m.value;
    if (!agrees) {
      c.warn('key-figure-mismatch', item, 'keyFigure.value', { value: k.value, metric: k.metric, metricValue: m.value, atLeast: k.atLeast === true });
    }
  }
  // A source published after today (the day of the check): a typo in its date.
  const today = new Date().toISOString().slice(0, 10);
  // Unused only if every list that may cite it could be read.
  const citing = ['metrics', 'partners', 'programs', 'notes'].every((section) => !unreadable.has(section as Section));
  for (const { item, o } of sources) {
    if (citing && typeof o.id === 'string' && !cited.sources.has(o.id)) c.warn('unused-source', item, 'id', {});
    if (isCalendarDate(o.date, true) && o.date > today.slice(0, o.date.length)) c.warn('future-date', item, 'date', { field: 'date', value: shown(o.date), today });
  }
  for (const { item, o } of notes) {
    if (citing && typeof o.id === 'string' && !cited.notes.has(o.id)) c.warn('unused-note', item, 'id', {});
  }

  // The last word is the widgets' own validator: no error here must mean the widgets accept the file.
  if (!c.problems.some((p) => p.severity === 'error')) {
    try {
      checkDataset(structuredClone(raw));
    } catch (error) {
      const path = (error as { detail?: { path?: string } }).detail?.path ?? '';
      // A field the checker already spoke about (e.g. a programme figure that disagrees with its
      // metric: a warning here, replaced by the metric's value in the widgets) is not reported twice.
      if (!c.problems.some((p) => p.path === path)) c.error('validator', root, path, { message: (error as Error).message });
    }
  }

  const order = (p: Problem): number => SECTION_ORDER.indexOf(p.section);
  return c.problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => order(a.p) - order(b.p) || (a.p.position ?? 0) - (b.p.position ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Checks a file's text: JSON syntax first (with line and column), then the dataset. A leading BOM is allowed. */
export function checkText(text: string): CheckResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const at = findSyntaxError(body) ?? { line: 1, column: 1, found: body[0] ?? '' };
    // An empty file (or white space only) has no place to name: the file itself.
    const place = body.trim() ? { line: at.line, column: at.column } : {};
    const problem: Problem = {
      severity: 'error',
      code: 'json-syntax',
      path: '',
      field: '',
      params: { found: at.found, ...(at.closing ? { closing: at.closing } : {}), ...(body.trim() ? {} : { empty: true }) },
      ...place,
    };
    return { problems: [problem], errors: 1, warnings: 0 };
  }
  return { ...summarize([...duplicateKeys(body), ...checkValue(value), ...pointThousands(body)]), value };
}

/** The problems found in a file's text, not in its value (line and column given): shown when a file is opened. */
export const TEXT_CODES: readonly ProblemCode[] = ['duplicate-key', 'point-thousands'];

/**
 * A key written twice in one object (`"value": 115,` added above `"value": 102,`
 * instead of an edit): `JSON.parse` keeps the last without a word, so the
 * parsed value cannot show it. `text` is valid JSON.
 */
function duplicateKeys(text: string): Problem[] {
  const out: Problem[] = [];
  // One entry per open object or array: the keys seen in an object, with where each was first written.
  const open: (Map<string, number> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') open.push(new Map());
    else if (ch === '[') open.push(null);
    else if (ch === '}' || ch === ']') open.pop();
    else if (ch === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = open[open.length - 1];
      let next = i + 1;
      while (' \t\n\r'.includes(text[next])) next++;
      if (!keys || text[next] !== ':') continue; // a value, not a key
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const first = keys.get(key);
      if (first === undefined) {
        keys.set(key, start);
        continue;
      }
      const was = positionOf(text, first);
      const { line, column } = positionOf(text, start);
      out.push({
        severity: 'error',
        code: 'duplicate-key',
        path: '',
        field: key,
        params: { key, firstLine: was.line, firstColumn: was.column },
        line,
        column,
      });
    }
  }
  return out;
}

/**
 * A figure written with a point between groups of three zeros, `"value": 12.000`:
 * JSON reads it as 12, where an Indonesian writer may mean twelve thousand.
 * Only the text shows it (the parsed value is a whole number like any other).
 */
function pointThousands(text: string): Problem[] {
  const out: Problem[] = [];
  for (const m of text.matchAll(/"value"\s*:\s*(-?\d{1,3}(?:\.000)+)(?![\d.eE])/g)) {
    const literal = m[1];
    const { line, column } = positionOf(text, m.index! + m[0].length - literal.length);
    out.push({
      severity: 'warning',
      code: 'point-thousands',
      path: '',
      field: 'value',
      params: { literal, value: Number(literal), thousands: Number(literal.replace(/\./g, '')) },
      line,
      column,
    });
  }
  return out;
}

/** Counts of errors and warnings. */
export function summarize(problems: Problem[]): CheckResult {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors };
}

/** The CLI's exit code: 0 nothing to say, 1 warnings only, 2 errors. */
export function exitCode(problems: readonly Problem[]): 0 | 1 | 2 {
  if (problems.some((p) => p.severity === 'error')) return 2;
  return problems.length ? 1 : 0;
}
