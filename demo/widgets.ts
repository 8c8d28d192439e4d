/**
 * What the gallery, the embed-code builder and `embed.html` know about each
 * element: its attributes, the values each may take, and the size it reserves.
 * Pure data and functions, no DOM: unit-tested in test/demo/.
 */
// The bundled dataset's parts, the very modules the elements import (one copy in the page): core
// has the metrics; the partners' part, the partners and the programmes.
import coreJson from '../data/jakarta-2024.json?part=core';
import partnersJson from '../data/jakarta-2024.json?part=partners';
import { REGION_FILTERS } from '../src/core/partners.js';
import type { Dataset } from '../src/core/types.js';

const core = coreJson as Pick<Dataset, 'metrics'>;
const { partners, programs } = partnersJson as Pick<Dataset, 'partners' | 'programs'>;

/** The `type` of the messages in which `embed.html` posts its height; `resize.js` listens for it. */
export const HEIGHT_MESSAGE = 'jakarta-global-widgets:height';

export const WIDGETS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'] as const;
export type WidgetName = (typeof WIDGETS)[number];

/** Attribute values by attribute name; a boolean attribute is `'true'` (present) or `'false'` (absent). */
export type Settings = Record<string, string>;

interface ParamBase {
  /** The attribute (and `embed.html` parameter) name. */
  name: string;
  /** The value the element uses when the attribute is absent; the gallery leaves such attributes out of snippets. */
  default: string;
  /** Always written into snippets, even with the default value (e.g. the metric, the language). */
  always?: boolean;
  /**
   * Accepted by `embed.html`. Ids and enumerations only: free text (`label`,
   * `caption`, `heading`) is not, or anyone could show a sentence of their
   * choosing beside the province's figures, under the gallery's address.
   * Parameters that would load other data or third-party content are not either.
   */
  iframe?: boolean;
  /**
   * Mirrored on the gallery's live element (the default). Not a data file's
   * address: it is the embedding site's, which the gallery cannot load, so
   * the preview keeps the bundled data.
   */
  preview?: false;
}
export interface EnumParam extends ParamBase {
  kind: 'enum';
  values: readonly string[];
}
export interface IntParam extends ParamBase {
  kind: 'int';
  min: number;
  max: number;
}
export interface TextParam extends ParamBase {
  kind: 'text';
  maxLength: number;
  /** An address: typed with a URL keyboard, no spell check. */
  url?: true;
}
export interface BoolParam extends ParamBase {
  kind: 'bool';
}
export interface PatternParam extends ParamBase {
  kind: 'pattern';
  pattern: RegExp;
  /** Suggested values for the gallery's menu. */
  values: readonly string[];
}
export type Param = EnumParam | IntParam | TextParam | BoolParam | PatternParam;

export interface WidgetSpec {
  name: WidgetName;
  params: readonly Param[];
}

export const LANG_VALUES = ['id', 'en'] as const;
export const THEME_VALUES = ['light', 'dark', 'auto'] as const;

export const METRIC_IDS: readonly string[] = core.metrics.map((m) => m.id);
export const PROGRAM_IDS: readonly string[] = programs.map((p) => p.id);
export const PARTNER_IDS: readonly string[] = partners.map((p) => p.id);

const common: readonly Param[] = [
  { name: 'lang', kind: 'enum', values: LANG_VALUES, default: 'id', always: true, iframe: true },
  { name: 'theme', kind: 'enum', values: THEME_VALUES, default: 'light', iframe: true },
  // The address of the site's own data file (e.g. next year's, published by the bureau): script and
  // prerendered embeds only, as `embed.html` shows the bundled data alone.
  { name: 'src', kind: 'text', maxLength: 2048, default: '', url: true, preview: false },
];

/** Short free texts only: they are shown as text, never as HTML, and only in the script embed (not `embed.html`). */
const TEXT_MAX = 160;

export const SPECS: Record<WidgetName, WidgetSpec> = {
  'cooperation-counter': {
    name: 'cooperation-counter',
    params: [
      { name: 'metric', kind: 'enum', values: METRIC_IDS, default: 'agreements', always: true, iframe: true },
      { name: 'animation', kind: 'enum', values: ['count', 'none'], default: 'count', iframe: true },
      { name: 'label', kind: 'text', maxLength: TEXT_MAX, default: '' },
      { name: 'caption', kind: 'text', maxLength: TEXT_MAX, default: '' },
      ...common,
    ],
  },
  'program-card': {
    name: 'program-card',
    params: [
      { name: 'program', kind: 'enum', values: PROGRAM_IDS, default: 'c40-hospitals', always: true, iframe: true },
      { name: 'variant', kind: 'enum', values: ['full', 'compact'], default: 'full', iframe: true },
      { name: 'heading-level', kind: 'int', min: 2, max: 6, default: '3', iframe: true },
      ...common,
    ],
  },
  'sister-city-list': {
    name: 'sister-city-list',
    params: [
      { name: 'region', kind: 'enum', values: REGION_FILTERS, default: 'all', iframe: true },
      { name: 'sort', kind: 'enum', values: ['name', 'country', 'year'], default: 'name', iframe: true },
      { name: 'order', kind: 'enum', values: ['asc', 'desc'], default: 'asc', iframe: true },
      { name: 'selected', kind: 'enum', values: ['', ...PARTNER_IDS], default: '', iframe: true },
      { name: 'caption', kind: 'text', maxLength: TEXT_MAX, default: '' },
      { name: 'no-controls', kind: 'bool', default: 'false', iframe: true },
      { name: 'no-download', kind: 'bool', default: 'false', iframe: true },
      ...common,
    ],
  },
  'sister-city-map': {
    name: 'sister-city-map',
    params: [
      { name: 'region', kind: 'enum', values: REGION_FILTERS, default: 'all', iframe: true },
      { name: 'selected', kind: 'enum', values: ['', ...PARTNER_IDS], default: '', iframe: true },
      { name: 'open', kind: 'bool', default: 'false', iframe: true },
      {
        name: 'height',
        kind: 'pattern',
        pattern: /^$|^[1-9]\d{1,3}px$/,
        values: ['', '320px', '420px', '560px'],
        default: '',
        iframe: true,
      },
      {
        name: 'aspect-ratio',
        kind: 'pattern',
        pattern: /^$|^[1-9]\d{0,2} ?\/ ?[1-9]\d{0,2}$/,
        values: ['', '16/9', '4/3', '1/1'],
        default: '',
        iframe: true,
      },
      { name: 'heading', kind: 'text', maxLength: TEXT_MAX, default: '' },
      { name: 'heading-level', kind: 'int', min: 2, max: 6, default: '2', iframe: true },
      { name: 'loading', kind: 'enum', values: ['lazy', 'eager'], default: 'lazy', iframe: true },
      { name: 'no-download', kind: 'bool', default: 'false', iframe: true },
      ...common,
    ],
  },
};

export function isWidgetName(value: string | null): value is WidgetName {
  return (WIDGETS as readonly string[]).includes(value ?? '');
}

/** The settings a gallery section starts with: every parameter at its default. */
export function defaultSettings(widget: WidgetName): Settings {
  return Object.fromEntries(SPECS[widget].params.map((p) => [p.name, p.default]));
}

/** Whether `value` is allowed for `param`. */
export function isValidValue(param: Param, value: string): boolean {
  switch (param.kind) {
    case 'enum':
      return param.values.includes(value);
    case 'int': {
      if (!/^\d{1,3}$/.test(value)) return false;
      const n = Number(value);
      return n >= param.min && n <= param.max;
    }
    case 'text':
      return value.length <= param.maxLength && !/[\u0000-\u001f\u007f]/.test(value);
    case 'bool':
      return value === '' || value === param.name || value === 'true' || value === 'false';
    case 'pattern':
      return param.pattern.test(value);
  }
}

/**
 * The attributes to write for `settings`: parameters at their default value
 * are left out (unless `always`), a boolean is `''` when on and absent when
 * off, unknown names are ignored. Order follows the spec.
 */
export function attributesFor(widget: WidgetName, settings: Settings): [string, string][] {
  const out: [string, string][] = [];
  for (const param of SPECS[widget].params) {
    const value = settings[param.name] ?? param.default;
    if (param.kind === 'bool') {
      if (value === 'true') out.push([param.name, '']);
      continue;
    }
    if (value === param.default && !param.always) continue;
    // Blank (a space typed into "Replacement label"): left out, as empty, not written as text.
    if (value.trim() === '' && !param.always) continue;
    out.push([param.name, value]);
  }
  return out;
}

/** A problem with `embed.html`'s parameters. */
export type ParamProblem =
  | { code: 'missing-widget' }
  | { code: 'unknown-widget'; value: string }
  | { code: 'unknown-param'; name: string }
  | { code: 'duplicate-param'; name: string }
  | { code: 'bad-value'; name: string; value: string };

export type ParamResult =
  | { ok: true; widget: WidgetName; attributes: [string, string][]; id: string }
  | { ok: false; problems: ParamProblem[] };

/** An id the embedding page may give (`id=…`) to tell its iframes apart in height messages. */
const EMBED_ID = /^[A-Za-z][\w-]{0,63}$/;

/**
 * Validates `embed.html`'s query against the whitelist of the named widget:
 * `widget` is required and must be one of ours; every other parameter must be
 * one the widget accepts in an iframe, given once, with an allowed value.
 * `id` (optional) is echoed in the height messages.
 */
export function parseEmbedParams(query: URLSearchParams): ParamResult {
  const widget = query.get('widget');
  if (widget === null || widget === '') return { ok: false, problems: [{ code: 'missing-widget' }] };
  if (!isWidgetName(widget)) return { ok: false, problems: [{ code: 'unknown-widget', value: widget }] };
  const spec = SPECS[widget];
  const problems: ParamProblem[] = [];
  const settings: Settings = {};
  const seen = new Set<string>();
  let id = widget as string;
  for (const [name, value] of query) {
    if (seen.has(name)) {
      problems.push({ code: 'duplicate-param', name });
      continue;
    }
    seen.add(name);
    if (name === 'widget') continue;
    if (name === 'id') {
      if (EMBED_ID.test(value)) id = value;
      else problems.push({ code: 'bad-value', name, value });
      continue;
    }
    const param = spec.params.find((p) => p.name === name && p.iframe);
    if (!param) {
      problems.push({ code: 'unknown-param', name });
      continue;
    }
    if (!isValidValue(param, value)) {
      problems.push({ code: 'bad-value', name, value });
      continue;
    }
    // `no-controls`, `no-controls=` and `no-controls=true` turn a boolean on.
    settings[name] = param.kind === 'bool' ? String(value !== 'false') : value;
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, widget, attributes: attributesFor(widget, settings), id };
}

/** `embed.html`'s query for `settings` (only the parameters an iframe accepts; defaults left out). */
export function embedQuery(widget: WidgetName, settings: Settings): URLSearchParams {
  const query = new URLSearchParams({ widget });
  const accepted = new Set(SPECS[widget].params.filter((p) => p.iframe).map((p) => p.name));
  for (const [name, value] of attributesFor(widget, settings)) if (accepted.has(name)) query.append(name, value);
  return query;
}
