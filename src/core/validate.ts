/**
 * Runtime validation of a dataset, small enough to ship to every reader (no
 * schema engine, no `eval`, so it runs under a strict CSP). It checks what the
 * widgets rely on and names the field path of the first problem. It is
 * deliberately a little more lenient than `data/schema.json` in two places,
 * so one bad value does not blank every widget:
 * - a partner's missing or out-of-range coordinates become null (the map skips
 *   the partner, the table still lists it);
 * - a metric whose value is not a number becomes NaN (the counter explains
 *   the problem for that figure; the other widgets keep working).
 * Unknown properties are ignored and not carried over.
 *
 * Only files loaded through `src` are validated here (this module is loaded
 * on demand); the bundled dataset is checked by the test suite instead.
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

const KINDS: readonly PartnerKind[] = ['sister-city', 'sister-state', 'sister-province', 'friendship-city'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const SECTORS: readonly Sector[] = ['governance', 'environment', 'education', 'health', 'diplomacy', 'planning'];
const SOURCE_KINDS: readonly NonNullable<Source['kind']>[] = ['primary', 'news', 'secondary'];

type Raw = Record<string, unknown>;

/** The URL of the file being checked, named by the errors. */
let checking: string | undefined;

function fail(path: string, problem: string): never {
  throw new DatasetError('invalid', `${path}: ${problem}`, { url: checking, path });
}

function object(value: unknown, path: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Raw;
}

function array<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'must be a non-empty string');
  return value;
}

function number(value: unknown, path: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a number');
  if (value < min || value > max) fail(path, `must be between ${min} and ${max}`);
  return value;
}

function year(value: unknown, path: string): number {
  const y = number(value, path, 1000, 9999);
  if (!Number.isInteger(y)) fail(path, 'must be a whole year');
  return y;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) fail(path, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
function id(value: unknown, path: string): string {
  const s = string(value, path);
  if (!ID.test(s)) fail(path, 'must be letters, digits and hyphens');
  return s;
}

function text(value: unknown, path: string): LocalizedText {
  const o = object(value, path);
  return { id: string(o.id, `${path}.id`), en: string(o.en, `${path}.en`) };
}

function country(value: unknown, path: string): Country {
  const o = object(value, path);
  const code = string(o.code, `${path}.code`);
  if (!/^[A-Z]{2}$/.test(code)) fail(`${path}.code`, 'must be an ISO 3166-1 alpha-2 code');
  return { code, name: text(o.name, `${path}.name`) };
}

const optional = <T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T | undefined =>
  value === undefined ? undefined : read(value, path);

const ids = (value: unknown, path: string): string[] => array(value, path, id);

/** A coordinate pair, or nulls when missing or out of range. */
function coordinates(o: Raw): { lat: number | null; lon: number | null } {
  const { lat, lon } = o;
  const ok =
    typeof lat === 'number' && typeof lon === 'number' &&
    Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return ok ? { lat, lon } : { lat: null, lon: null };
}

function metric(value: unknown, path: string): Metric {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    value: typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : NaN,
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
    ...coordinates(o),
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
function languageTag(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    fail(path, 'must be a language tag such as id or en');
  }
  return value;
}

function source(value: unknown, path: string): Source {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    title: string(o.title, `${path}.title`),
    lang: optional(o.lang, `${path}.lang`, languageTag),
    publisher: string(o.publisher, `${path}.publisher`),
    url: string(o.url, `${path}.url`),
    date: optional(o.date, `${path}.date`, string),
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

/** Fails on a repeated id in a list. */
function unique(items: { id: string }[], path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) fail(`${path}[${i}].id`, `"${item.id}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}

function references(list: string[] | undefined, known: Set<string>, path: string, what: string): void {
  list?.forEach((ref, i) => {
    if (!known.has(ref)) fail(`${path}[${i}]`, `unknown ${what} "${ref}"`);
  });
}

/**
 * Checks a parsed JSON value (from `url`, when it comes from a file) against
 * the dataset format and returns a clean, typed copy. Throws a `DatasetError`
 * with code `invalid` naming the field path. (The public, asynchronous
 * `validateDataset` of dataset.ts loads this module and calls it.)
 */
export function checkDataset(raw: unknown, url?: string): Dataset {
  checking = url;
  const o = object(raw, '(root)');
  if (o.schemaVersion !== 1) fail('schemaVersion', 'must be 1');
  const data: Dataset = {
    schemaVersion: 1,
    id: id(o.id, 'id'),
    title: text(o.title, 'title'),
    asOf: string(o.asOf, 'asOf'),
    city: home(o.city, 'city'),
    metrics: array(o.metrics, 'metrics', metric),
    partners: array(o.partners, 'partners', partner),
    programs: array(o.programs, 'programs', program),
    sources: array(o.sources, 'sources', source),
    notes: array(o.notes, 'notes', note),
  };
  const sourceIds = unique(data.sources, 'sources');
  const noteIds = unique(data.notes, 'notes');
  const partnerIds = unique(data.partners, 'partners');
  const metricIds = unique(data.metrics, 'metrics');
  unique(data.programs, 'programs');
  references(data.city.sources, sourceIds, 'city.sources', 'source');
  data.notes.forEach((n, i) => references(n.sources, sourceIds, `notes[${i}].sources`, 'source'));
  for (const [key, list] of [['metrics', data.metrics], ['partners', data.partners], ['programs', data.programs]] as const) {
    list.forEach((item, i) => {
      references(item.sources, sourceIds, `${key}[${i}].sources`, 'source');
      references(item.notes, noteIds, `${key}[${i}].notes`, 'note');
    });
  }
  data.partners.forEach((p, i) => references(p.locationSources, sourceIds, `partners[${i}].locationSources`, 'source'));
  data.programs.forEach((p, i) => {
    references(p.partners, partnerIds, `programs[${i}].partners`, 'partner');
    const m = p.keyFigure.metric;
    if (m !== undefined && !metricIds.has(m)) fail(`programs[${i}].keyFigure.metric`, `unknown metric "${m}"`);
  });
  return data;
}
