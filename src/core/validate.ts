/**
 * Runtime validation of a dataset, small enough to ship to every reader (no
 * schema engine, no `eval`, so it runs under a strict CSP). It checks what the
 * widgets rely on and reports every problem as data (see problems.ts): a code
 * and its parameters, the field, and the list item counted from 1 with its id.
 *
 * `inspectDataset` keeps what is usable: an invalid item of a list (a metric,
 * partner, programme, source or note) is skipped and the rest is kept; a
 * reference to a skipped item is dropped (the skipped item was reported
 * already); a reference to an id that is nowhere in the file skips the item
 * that makes it. A few values are replaced instead of skipping their item:
 * - a partner's missing or out-of-range coordinates become null (the map skips
 *   the partner, the table still lists it);
 * - a metric whose value is not a number becomes NaN (its counters show the
 *   fallback; the other widgets keep working);
 * - a programme's key figure that names a metric takes the metric's value
 *   (one source of truth); a different value in the file is reported;
 * - a source's date that is not on the calendar is left out.
 * Only what the file cannot be read without is fatal: the root, `schemaVersion`,
 * `id`, `title`, `asOf`, `city`, and the five lists being lists.
 *
 * `checkDataset` is the strict form (the test suite checks the bundled dataset
 * with it): any problem throws. Unknown properties are ignored and not carried
 * over.
 *
 * Only files loaded through `src` are validated at runtime (this module is
 * loaded on demand); the bundled dataset is checked by the test suite instead.
 */
import type {
  Confidence,
  Country,
  Dataset,
  HomeCity,
  KeyFigure,
  LocalizedText,
  Metric,
  Note,
  Partner,
  PartnerKind,
  Program,
  Sector,
  Source,
} from './types.js';
import { DatasetError } from './dataset-error.js';
import { REGIONS } from './partners.js';
import { formatProblem, type DatasetProblem, type ListName, type ProblemCode, type ProblemEffect, type ProblemParams } from './problems.js';

export { formatProblem, type DatasetProblem } from './problems.js';

const KINDS: readonly PartnerKind[] = ['sister-city', 'sister-state', 'sister-province', 'friendship-city'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const SECTORS: readonly Sector[] = ['governance', 'environment', 'education', 'health', 'diplomacy', 'planning'];
const SOURCE_KINDS: readonly NonNullable<Source['kind']>[] = ['primary', 'news', 'secondary'];
const LISTS: readonly ListName[] = ['metrics', 'partners', 'programs', 'sources', 'notes'];

type Raw = Record<string, unknown>;

/** A problem found while reading a value; caught by the item (skipped) or the file (fatal). */
class Invalid {
  constructor(
    readonly path: string,
    readonly code: ProblemCode,
    readonly params: ProblemParams,
  ) {}
}

function fail(path: string, code: ProblemCode, params: ProblemParams = {}): never {
  throw new Invalid(path, code, params);
}

/** A value as a short quotation for a message. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  // (A number as JavaScript writes it: JSON would write a figure too large to hold, 1e400, as null.)
  const json = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/**
 * The `found` of a message that begins with the value (`"Asia" is not one of …`): a text in quotes,
 * any other value as JSON writes it (`5`, `null`), and none when the field is missing, which the
 * message then says (`missing: must be one of …`) rather than showing a value nobody wrote.
 */
const foundOrMissing = (value: unknown): { found?: string } => (value === undefined ? {} : { found: shown(value) });

/** Replaced values of the item being read, kept only if the item is. */
let replaced: Invalid[] = [];

/** An object; at `path` '', the file itself. */
function object(value: unknown, path: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'not-object', path ? {} : { file: 1 });
  return value as Raw;
}

function array<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'not-array');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'not-text');
  return value;
}

function number(value: unknown, path: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'not-number', { found: shown(value) });
  if (value < min || value > max) fail(path, 'out-of-range', { min, max, found: value });
  return value;
}

function year(value: unknown, path: string): number {
  const y = number(value, path, 1000, 9999);
  if (!Number.isInteger(y)) fail(path, 'not-whole-year', { found: y });
  return y;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const suggestion = allowed.find((a) => a === lower);
    fail(path, 'not-one-of', {
      ...foundOrMissing(value),
      allowed: allowed.join(', '),
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return value as T;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
function id(value: unknown, path: string): string {
  const s = string(value, path);
  if (!ID.test(s)) fail(path, 'bad-id', { found: shown(s) });
  return s;
}

function text(value: unknown, path: string): LocalizedText {
  const o = object(value, path);
  return { id: string(o.id, `${path}.id`), en: string(o.en, `${path}.en`) };
}

/** A name as one string, or a text in both languages. */
function nameOrText(value: unknown, path: string): string | LocalizedText {
  return typeof value === 'object' && value !== null ? text(value, path) : string(value, path);
}

function country(value: unknown, path: string): Country {
  const o = object(value, path);
  const code = string(o.code, `${path}.code`);
  if (!/^[A-Z]{2}$/.test(code)) fail(`${path}.code`, 'bad-country-code', { found: shown(code) });
  return { code, name: text(o.name, `${path}.name`) };
}

/**
 * An ISO date that is on the calendar: `YYYY-MM-DD`, or with `partial` also
 * `YYYY-MM` and `YYYY` (no 2025-13-01, no 2025-02-30, which `Date` would
 * quietly turn into other days).
 */
export function isCalendarDate(value: unknown, partial: boolean): value is string {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value) : null;
  if (!m || (!partial && !m[3])) return false;
  const [, y, month, day] = m.map(Number);
  if (m[2] && (month < 1 || month > 12)) return false;
  return !m[3] || (day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate());
}

function date(value: unknown, path: string, partial: boolean): string {
  if (!isCalendarDate(value, partial)) fail(path, 'bad-date', { found: shown(value), partial: partial ? 1 : 0 });
  return value;
}

/** A source's date: one that is not on the calendar is left out (reported), the source kept. */
function sourceDate(value: unknown, path: string): string | undefined {
  if (value === undefined || isCalendarDate(value, true)) return value;
  replaced.push(new Invalid(path, 'bad-date', { found: shown(value), partial: 1 }));
  return undefined;
}

const optional = <T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T | undefined =>
  value === undefined ? undefined : read(value, path);

const ids = (value: unknown, path: string): string[] => array(value, path, id);

/**
 * A coordinate pair, or nulls (reported) when missing or out of range. The
 * first bad one is named with what it holds: a number in quotes is not
 * "missing", as the checker says too.
 */
function coordinates(o: Raw, path: string): { lat: number | null; lon: number | null } {
  const { lat, lon } = o;
  const ok = (v: unknown, max: number): v is number => typeof v === 'number' && Math.abs(v) <= max;
  if (ok(lat, 90) && ok(lon, 180)) return { lat, lon };
  const [key, found, max] = ok(lat, 90) ? ['lon', lon, 180] : ['lat', lat, 90];
  replaced.push(new Invalid(`${path}.${key}`, 'no-coordinates', found === undefined || found === null ? {} : { found: shown(found), max }));
  return { lat: null, lon: null };
}

function metric(value: unknown, path: string): Metric {
  const o = object(value, path);
  let v = NaN;
  if (typeof o.value === 'number' && Number.isFinite(o.value)) v = o.value;
  else replaced.push(new Invalid(`${path}.value`, 'not-number', { found: shown(o.value) }));
  return {
    id: id(o.id, `${path}.id`),
    value: v,
    label: text(o.label, `${path}.label`),
    year: year(o.year, `${path}.year`),
    sources: ids(o.sources, `${path}.sources`),
    notes: optional(o.notes, `${path}.notes`, ids),
  };
}

function home(value: unknown, path: string): HomeCity {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    name: text(o.name, `${path}.name`),
    country: country(o.country, `${path}.country`),
    lat: number(o.lat, `${path}.lat`, -90, 90),
    lon: number(o.lon, `${path}.lon`, -180, 180),
    sources: ids(o.sources, `${path}.sources`),
  };
}

function partner(value: unknown, path: string): Partner {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    name: text(o.name, `${path}.name`),
    country: country(o.country, `${path}.country`),
    region: oneOf(o.region, `${path}.region`, REGIONS),
    kind: oneOf(o.kind, `${path}.kind`, KINDS),
    since: o.since === null || o.since === undefined ? null : year(o.since, `${path}.since`),
    ...coordinates(o, path),
    confidence: oneOf(o.confidence, `${path}.confidence`, CONFIDENCES),
    sources: ids(o.sources, `${path}.sources`),
    locationSources: optional(o.locationSources, `${path}.locationSources`, ids),
    notes: optional(o.notes, `${path}.notes`, ids),
  };
}

function keyFigure(value: unknown, path: string): KeyFigure {
  const o = object(value, path);
  return {
    value: number(o.value, `${path}.value`),
    label: text(o.label, `${path}.label`),
    metric: optional(o.metric, `${path}.metric`, id),
    atLeast: o.atLeast === true ? true : undefined,
  };
}

function program(value: unknown, path: string): Program {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    title: text(o.title, `${path}.title`),
    summary: text(o.summary, `${path}.summary`),
    sector: oneOf(o.sector, `${path}.sector`, SECTORS),
    partners: ids(o.partners, `${path}.partners`),
    counterparts: optional(o.counterparts, `${path}.counterparts`, (v, p) => array(v, p, text)),
    keyFigure: keyFigure(o.keyFigure, `${path}.keyFigure`),
    year: year(o.year, `${path}.year`),
    endYear: optional(o.endYear, `${path}.endYear`, year),
    sources: ids(o.sources, `${path}.sources`),
    notes: optional(o.notes, `${path}.notes`, ids),
  };
}

/** A BCP 47 language tag such as `id`, `en` or `zh-Hant` (the shape the schema asks for). */
/** A source's `lang`: a BCP 47 tag, its language subtag in lower case (`ja`, `zh-Hant`, `pt-BR`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function languageTag(value: unknown, path: string): string {
  if (typeof value !== 'string' || !LANGUAGE_TAG.test(value)) {
    fail(path, 'bad-language-tag', foundOrMissing(value));
  }
  return value;
}

function source(value: unknown, path: string): Source {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    title: string(o.title, `${path}.title`),
    lang: optional(o.lang, `${path}.lang`, languageTag),
    publisher: nameOrText(o.publisher, `${path}.publisher`),
    url: string(o.url, `${path}.url`),
    date: sourceDate(o.date, `${path}.date`),
    kind: optional(o.kind, `${path}.kind`, (v, p) => oneOf(v, p, SOURCE_KINDS)),
  };
}

function note(value: unknown, path: string): Note {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    text: text(o.text, `${path}.text`),
    sources: ids(o.sources, `${path}.sources`),
  };
}

/** What a dataset file gave: the usable part (undefined when nothing is) and every problem, in file order per list. */
export interface Inspection {
  data: Dataset | undefined;
  problems: DatasetProblem[];
}

const ITEM_PATH = /^(metrics|partners|programs|sources|notes)\[(\d+)\](?:\.(.*))?$/;

/**
 * Checks a parsed JSON value against the dataset format and returns a clean,
 * typed copy of what is usable, with every problem found (see the top of this
 * file for what is skipped, replaced or fatal). Never throws.
 */
export function inspectDataset(raw: unknown): Inspection {
  const problems: DatasetProblem[] = [];
  const rawLists = (typeof raw === 'object' && raw !== null ? raw : {}) as Raw;

  const report = (invalid: Invalid, effect: ProblemEffect): void => {
    const m = ITEM_PATH.exec(invalid.path);
    const base = { code: invalid.code, params: invalid.params, effect, path: invalid.path };
    if (!m) {
      problems.push({ ...base, field: invalid.path });
      return;
    }
    const list = m[1] as ListName;
    const index = Number(m[2]);
    const itemId = (rawLists[list] as Raw[] | undefined)?.[index]?.id;
    problems.push({
      ...base,
      item: { list, position: index + 1, ...(typeof itemId === 'string' && itemId.trim() ? { id: itemId } : {}) },
      field: m[3] ?? '',
    });
  };

  /** Ids that appear in each list of the file, valid or not: a reference to one of those that was skipped is only dropped. */
  const present = {} as Record<ListName, Set<string>>;
  const valid = {} as Record<ListName, Set<string>>;
  for (const name of LISTS) {
    const value = rawLists[name];
    present[name] = new Set(
      Array.isArray(value) ? value.map((v) => (v as Raw | null)?.id).filter((v): v is string => typeof v === 'string') : [],
    );
    valid[name] = new Set();
  }

  /** A list of references, without those to skipped items; one to an id nowhere in the file fails. */
  function refs(list: string[], path: string, to: ListName): string[];
  function refs(list: string[] | undefined, path: string, to: ListName): string[] | undefined;
  function refs(list: string[] | undefined, path: string, to: ListName): string[] | undefined {
    list?.forEach((ref, i) => {
      if (!valid[to].has(ref) && !present[to].has(ref)) fail(`${path}[${i}]`, 'unknown-reference', { list: to, ref });
    });
    return list?.filter((ref) => valid[to].has(ref));
  }

  /** Reads the items of a list one by one, skipping (and reporting) those that fail. */
  function list<T extends { id: string }>(
    o: Raw,
    name: ListName,
    read: (v: unknown, p: string) => T,
    link: (item: T, path: string) => void,
  ): T[] {
    const value = o[name];
    if (!Array.isArray(value)) fail(name, 'not-array');
    const kept: T[] = [];
    const first = new Map<string, number>();
    value.forEach((v, i) => {
      const path = `${name}[${i}]`;
      replaced = [];
      try {
        const item = read(v, path);
        const earlier = first.get(item.id);
        if (earlier !== undefined) fail(`${path}.id`, 'duplicate-id', { id: item.id, first: earlier });
        link(item, path);
        first.set(item.id, i + 1);
        valid[name].add(item.id);
        kept.push(item);
        for (const r of replaced) report(r, 'replaced');
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        report(error, 'skipped');
      }
    });
    return kept;
  }

  try {
    const o = object(raw, '');
    if (o.schemaVersion !== 1) fail('schemaVersion', 'schema-version', { found: shown(o.schemaVersion) });
    const head = { id: id(o.id, 'id'), title: text(o.title, 'title'), asOf: date(o.asOf, 'asOf', false) };
    const city = home(o.city, 'city');
    for (const name of LISTS) if (!Array.isArray(o[name])) fail(name, 'not-array');
    const sources = list(o, 'sources', source, () => undefined);
    city.sources = refs(city.sources, 'city.sources', 'sources');
    const notes = list(o, 'notes', note, (n, p) => {
      n.sources = refs(n.sources, `${p}.sources`, 'sources');
    });
    const cited = (item: { sources: string[]; notes?: string[] }, p: string): void => {
      item.sources = refs(item.sources, `${p}.sources`, 'sources');
      item.notes = refs(item.notes, `${p}.notes`, 'notes');
    };
    const metrics = list(o, 'metrics', metric, cited);
    const partners = list(o, 'partners', partner, (item, p) => {
      cited(item, p);
      item.locationSources = refs(item.locationSources, `${p}.locationSources`, 'sources');
    });
    const programs = list(o, 'programs', program, (item, p) => {
      cited(item, p);
      item.partners = refs(item.partners, `${p}.partners`, 'partners');
      const figure = item.keyFigure;
      if (figure.metric === undefined) return;
      refs([figure.metric], `${p}.keyFigure.metric`, 'metrics');
      const m = metrics.find((x) => x.id === figure.metric);
      if (!m) {
        figure.metric = undefined; // the metric was skipped: the card keeps its own value
      } else if (!Number.isNaN(m.value) && !(figure.atLeast ? figure.value <= m.value : figure.value === m.value)) {
        // "At least 100" agrees with a figure of 150, and stays as its own sources have it.
        replaced.push(
          new Invalid(`${p}.keyFigure.value`, 'figure-mismatch', { found: figure.value, metric: m.id, expected: m.value }),
        );
        figure.value = m.value;
      }
    });
    const data: Dataset = { schemaVersion: 1, ...head, city, metrics, partners, programs, sources, notes };
    return { data, problems };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    report(error, 'fatal');
    return { data: undefined, problems };
  }
}

/**
 * The strict form: returns the dataset only when the file has no problem at
 * all, and otherwise throws a `DatasetError` (code `invalid`) naming the field
 * path of the first problem, with every problem in `problems`.
 */
export function checkDataset(raw: unknown, url?: string): Dataset {
  const { data, problems } = inspectDataset(raw);
  const first = problems.find((p) => p.effect === 'fatal') ?? problems[0];
  if (!data || first) throw invalidError(first!, problems, url);
  return data;
}

/** The `DatasetError` for a file whose problems include `first`. */
export function invalidError(first: DatasetProblem, problems: DatasetProblem[], url?: string): DatasetError {
  return new DatasetError('invalid', formatProblem(first), { url, path: first.path }, problems);
}
