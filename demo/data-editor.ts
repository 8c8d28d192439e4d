/**
 * The data editor (data.html, "Editor data / Data editor"): open a dataset
 * file (picker or drag and drop) or start from the bundled one, edit it in
 * forms with both languages side by side and ids chosen from lists, see the
 * checker's messages live (each one goes to its field), preview the four
 * elements with the edited data (`el.data = dataset`), and download the
 * file as stable JSON with a "what changed" summary. Everything stays in
 * the browser: the page makes no request of its own (the bundled dataset is
 * part of the script; the basemap is the map's own chunk).
 *
 * The UI is lit-html rendered into the page (light DOM, styled by
 * data-editor.css), so it runs under the gallery's strict CSP: no inline
 * script or style, no style attribute, no markup parsed from strings.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import bundled from '../data/jakarta-2024.json';
import './lib.js';
import {
  checkText,
  checkValue,
  decodeUtf8,
  diffDatasets,
  formatChange,
  formatProblem,
  itemLabel,
  slug,
  stableJson,
  TEXT_CODES,
  type Change,
  type Problem,
  type Section,
} from '../src/check/index.js';
import { THOUSANDS } from '../src/check/check.js';
import { REGIONS } from '../src/core/partners.js';
import type { Basemap } from '../src/sister-city-map/basemap.js';
import {
  countryList,
  pickerContent,
  searchCountries,
  unproject,
  viewAround,
  worldView,
  type CountryEntry,
  type PickerPoint,
  type View,
} from './data-editor-map.js';
import { editorUi, type EditorStrings } from './data-editor-strings.js';
import { settleStartingAddress, showPageIn, startingLang } from './page-language.js';

type Obj = Record<string, unknown>;
type Key = string | number;
type ListSection = Exclude<Section, 'city'>;
type Tab = 'file' | ListSection;

const LISTS: ListSection[] = ['metrics', 'partners', 'programs', 'sources', 'notes'];
const TABS: Tab[] = ['file', ...LISTS];
const KINDS = ['sister-city', 'sister-state', 'sister-province', 'friendship-city'] as const;
const CONFIDENCES = ['high', 'medium', 'low'] as const;
const SECTORS = ['governance', 'environment', 'education', 'health', 'diplomacy', 'planning'] as const;
const SOURCE_KINDS = ['primary', 'news', 'secondary'] as const;
/** How long the checker waits after the last keystroke. */
const CHECK_DELAY = 300;
/** Messages shown at most (the count says how many more). */
const MAX_PROBLEMS = 100;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (o: Obj | null, key: string): Obj[] => (o && Array.isArray(o[key]) ? (o[key] as unknown[]).filter(isObject) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** `partners[23].name.en` → ['partners', 23, 'name', 'en']. */
function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

function getAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const k of parsePath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Key, unknown>)[k];
  }
  return v;
}

/** Sets a value (creating the objects and lists on the way); `undefined` removes the field. */
function setAt(root: Obj, path: string, value: unknown): void {
  const keys = parsePath(path);
  let o: Record<Key, unknown> = root;
  keys.slice(0, -1).forEach((k, i) => {
    if (o[k] === null || typeof o[k] !== 'object') o[k] = typeof keys[i + 1] === 'number' ? [] : {};
    o = o[k] as Record<Key, unknown>;
  });
  const last = keys[keys.length - 1];
  if (value === undefined && !Array.isArray(o)) delete o[last];
  else o[last] = value;
}

/** The id of the control of a field path: `partners[23].name.en` → `f-partners-23-name-en`. */
const fid = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/**
 * A number field's text → the value stored: a number when it reads as one, else the text (the
 * checker names it). In a figure's field (`…value`), "12.000" or "1,115" is kept as typed: read as
 * a decimal it would be 12 or 1.115 without a word, where twelve thousand was meant.
 */
function parseNumber(text: string, empty: 'delete' | 'null', path: string): unknown {
  const t = text.trim();
  if (t === '') return empty === 'null' ? null : undefined;
  if (/(^|\.)value$/.test(path) && THOUSANDS.test(t)) return text;
  const n = Number(t.replace(',', '.'));
  // Not a number (yet): the text as typed, untrimmed, or the field would eat a space being typed.
  return /^-?[0-9]+([.,][0-9]+)?$/.test(t) && Number.isFinite(n) ? n : text;
}

/**
 * What was typed in number fields, by path: shown as typed while it still
 * reads as the value stored, so that "35.10" on the way to "35.105" is not
 * rewritten as "35.1" under the cursor.
 */
const typed = new Map<string, string>();

/** A stable key per item object, for `repeat` and the open/closed state. */
const uids = new WeakMap<object, number>();
let nextUid = 1;
const uid = (o: object): number => {
  let id = uids.get(o);
  if (id === undefined) uids.set(o, (id = nextUid++));
  return id;
};

interface OpenError {
  name: string;
  problem?: Problem;
}

/** An opened file's text, and the encoding it was read in when not UTF-8. */
interface ReadFile {
  text: string;
  encoding?: 'UTF-16' | 'Windows-1252';
}

/**
 * Reads a file as the widgets will (`decodeUtf8`). A file saved otherwise (Notepad's "Unicode" is
 * UTF-16; Excel's and Notepad's "ANSI" on Windows is Windows-1252) is read in its own encoding, and
 * said so: the download is UTF-8, which the checker's advice for such a file counts on.
 * `File.text()` would turn each of its accented letters into "�", silently.
 */
async function readFile(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded;
  if (decoded.encoding === 'UTF-16') return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'UTF-16' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
}

const state = {
  lang: startingLang(location.search, document.documentElement.lang),
  tab: 'metrics' as Tab,
  data: null as Obj | null,
  original: null as unknown,
  /** The opened file's name, or null for the bundled data. */
  fileName: null as string | null,
  openError: null as OpenError | null,
  /**
   * What the opened file's text said that its data cannot (the data then shows it no more): its
   * encoding when not UTF-8, and figures written `12.000` (read as 12). Kept until another opens.
   */
  openNotes: { encoding: undefined as ReadFile['encoding'], problems: [] as Problem[] },
  problems: [] as Problem[],
  changes: [] as Change[],
  checking: false,
  /** The copy the preview elements were given last. */
  preview: undefined as unknown,
  downloadUrl: '',
  counterMetric: 'sister-cities',
  cardProgram: 'jeju',
  basemap: undefined as Basemap | undefined,
  open: new Set<number>(),
  queries: new Map<number, string>(),
  views: new Map<number, View>(),
  /** Partners whose picker zooms to their country after the next render. */
  pendingZoom: new Set<number>(),
  dragging: false,
  /**
   * The items removed, the last one last, until each is brought back or a file is opened: each
   * list offers its last removal back, then the one before it, so a removal undone puts every item
   * where it was.
   */
  removed: [] as Array<{ section: ListSection; index: number; item: unknown; label: string }>,
};
/** Items whose id still follows their name (new ones, until the id is typed). */
const autoId = new WeakSet<object>();

const app = document.getElementById('editor')!;
const langSelect = document.getElementById('ui-lang') as HTMLSelectElement;
const s = (): EditorStrings => editorUi[state.lang];

// ---------------------------------------------------------------- loading

/** The stable JSON last downloaded (nothing is kept in the browser: leaving without it loses the edits). */
let downloaded: string | null = null;

/** True when the data differs from the opened file and from the last download. */
function unsaved(): boolean {
  if (!state.data) return false;
  const now = stableJson(state.data);
  return now !== stableJson(state.original) && now !== downloaded;
}

/** Asks before edits that were not downloaded are replaced; true to go on. */
const mayDiscard = (): boolean => !unsaved() || window.confirm(s().discard);

function load(value: Obj, fileName: string | null, notes: typeof state.openNotes = { encoding: undefined, problems: [] }): void {
  state.original = structuredClone(value);
  state.data = structuredClone(value);
  state.fileName = fileName;
  state.openError = null;
  state.openNotes = notes;
  state.open.clear();
  typed.clear();
  state.queries.clear();
  state.views.clear();
  state.removed = [];
  check();
}

async function openFile(file: File): Promise<void> {
  if (!mayDiscard()) return;
  const { text, encoding } = await readFile(file);
  const result = checkText(text);
  const syntax = result.problems.find((p) => p.code === 'json-syntax');
  if (syntax) state.openError = { name: file.name, problem: syntax };
  else if (!isObject(result.value)) state.openError = { name: file.name };
  else {
    load(result.value, file.name, { encoding, problems: result.problems.filter((p) => TEXT_CODES.includes(p.code)) });
    return focusOpened();
  }
  update();
  document.getElementById('open-error')?.focus();
}

/**
 * Once a file is open, focus goes to the line that says which (read out by a screen reader; Tab
 * goes on into the editor): the page around the button or the file field that opened it is laid
 * out anew, and the focus would fall to the page's start.
 */
function focusOpened(): void {
  document.getElementById('open-status')?.focus();
}

// ---------------------------------------------------------------- checking, preview, download

let timer: ReturnType<typeof setTimeout> | undefined;

/** Runs the checker, refreshes the preview, the "what changed" list and the download link. */
function check(): void {
  clearTimeout(timer);
  state.checking = false;
  const data = state.data;
  if (!data) return update();
  state.problems = checkValue(data);
  state.changes = diffDatasets(state.original, data);
  state.preview = structuredClone(data);
  if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
  state.downloadUrl = URL.createObjectURL(new Blob([stableJson(data)], { type: 'application/json' }));
  update();
}

/** After an edit: the form at once, the checker and preview once typing pauses. */
function changed(): void {
  state.checking = true;
  clearTimeout(timer);
  timer = setTimeout(check, CHECK_DELAY);
  update();
}

const downloadName = (): string => `${slug(str(state.data?.id)) || 'data'}.json`;

// ---------------------------------------------------------------- editing

function onFieldInput(event: Event): void {
  const el = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const path = el.dataset.path;
  if (!path || !state.data) return;
  const type = el.dataset.type ?? 'text';
  let value: unknown = el.value;
  if (type === 'number' || type === 'nullable-number') {
    value = parseNumber(el.value, type === 'number' ? 'delete' : 'null', path);
    typed.set(path, el.value);
  }
  if (type === 'optional') value = el.value === '' ? undefined : el.value;
  else if (type === 'flag') value = (el as HTMLInputElement).checked ? true : undefined;
  else if (type === 'described') {
    // A publisher's name becomes the same text in both languages, to be completed; and back (the Indonesian one kept).
    const current = getAt(state.data, path);
    const name = isObject(current) ? str(current.id) || str(current.en) : str(current);
    value = (el as HTMLInputElement).checked ? { id: name, en: name } : name;
  }
  setAt(state.data, path, value);
  // A new item's id follows its name until the id itself is typed.
  const keys = parsePath(path);
  const item = keys.length > 2 ? (getAt(state.data, `${keys[0]}[${keys[1]}]`) as Obj | undefined) : undefined;
  if (item && autoId.has(item)) {
    if (keys[2] === 'id') autoId.delete(item);
    else if (['name', 'title', 'label'].includes(String(keys[2]))) {
      const t = item[keys[2] as string];
      if (isObject(t)) item.id = slug(str(t.en) || str(t.id));
    }
  }
  changed();
}

function blank(section: ListSection): Obj {
  const year = Number(str(state.data?.asOf).slice(0, 4)) || new Date().getFullYear();
  const text = () => ({ id: '', en: '' });
  switch (section) {
    case 'metrics':
      return { id: '', label: text(), year, sources: [] };
    case 'partners':
      return {
        id: '',
        name: text(),
        country: { code: '', name: text() },
        region: '',
        kind: 'sister-city',
        since: null,
        lat: null,
        lon: null,
        confidence: 'medium',
        sources: [],
      };
    case 'programs':
      return { id: '', title: text(), summary: text(), sector: '', partners: [], keyFigure: { label: text() }, year, sources: [] };
    case 'sources': {
      const used = new Set(listOf(state.data, 'sources').map((o) => o.id));
      let n = listOf(state.data, 'sources').length + 1;
      while (used.has(`S${n}`)) n++;
      return { id: `S${n}`, title: '', publisher: '', url: 'https://' };
    }
    case 'notes':
      return { id: '', text: text(), sources: [] };
  }
}

function addItem(section: ListSection): void {
  if (!state.data) return;
  const item = blank(section);
  if (section !== 'sources' && section !== 'notes') autoId.add(item);
  if (!Array.isArray(state.data[section])) state.data[section] = [];
  const list = state.data[section] as unknown[];
  list.push(item);
  state.open.add(uid(item));
  changed();
  focusField(`${section}[${list.length - 1}].${section === 'sources' ? 'title' : section === 'notes' ? 'id' : section === 'metrics' ? 'label.id' : section === 'partners' ? 'name.id' : 'title.id'}`);
}

/**
 * Removes an item at once (one click, as a form's own button does), and offers to bring it back:
 * what cites it would otherwise need retyping, in both languages, with its sources.
 */
function removeItem(section: ListSection, index: number, label: string): void {
  const list = state.data?.[section];
  if (!Array.isArray(list)) return;
  const [item] = list.splice(index, 1);
  state.removed.push({ section, index, item, label });
  typed.clear();
  changed();
  document.getElementById('undo-remove')?.focus();
}

/** The item last removed from `section`'s list, which its undo button brings back. */
const lastRemoved = (section: ListSection) => state.removed.filter((r) => r.section === section).pop();

/** Puts the item last removed from `section` back where it was, open, with the focus on it. */
function undoRemove(section: ListSection): void {
  const removed = lastRemoved(section);
  const list = state.data?.[section];
  if (!removed || !Array.isArray(list)) return;
  const index = Math.min(removed.index, list.length);
  list.splice(index, 0, removed.item);
  state.open.add(uid(removed.item as object));
  state.removed.splice(state.removed.indexOf(removed), 1);
  typed.clear();
  changed();
  document.getElementById(fid(`${section}[${index}]`))?.focus();
}

function addRef(path: string): void {
  if (!state.data) return;
  const list = getAt(state.data, path);
  const next = Array.isArray(list) ? list.length : 0;
  if (!Array.isArray(list)) setAt(state.data, path, []);
  (getAt(state.data, path) as unknown[]).push('');
  changed();
  focusField(`${path}[${next}]`);
}

function removeRef(path: string, index: number): void {
  const list = state.data && getAt(state.data, path);
  if (!Array.isArray(list)) return;
  list.splice(index, 1);
  changed();
  document.getElementById(`${fid(path)}-add`)?.focus();
}

function applyCountry(partner: Obj, code: string, countries: readonly CountryEntry[]): void {
  const entry = countries.find((c) => c.code === code);
  if (!entry) return;
  partner.country = { code: entry.code, name: { ...entry.name } };
  if (!partner.region && entry.region) partner.region = entry.region;
  const key = uid(partner);
  state.pendingZoom.add(key);
  changed();
}

function pick(event: MouseEvent, partner: Obj): void {
  const svgEl = event.currentTarget as SVGSVGElement;
  const basemap = state.basemap;
  const ctm = svgEl.getScreenCTM();
  if (!basemap || !ctm) return;
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  const { lat, lon } = unproject(basemap, p.x, p.y);
  partner.lat = lat;
  partner.lon = lon;
  changed();
}

/** Zooms the pickers that asked for it to their country (after a render: the box comes from the drawn path). */
function zoomPending(): boolean {
  let any = false;
  for (const key of state.pendingZoom) {
    const map = document.getElementById(`picker-${key}`);
    if (!map || !state.basemap) continue;
    state.pendingZoom.delete(key);
    const path = map.querySelector<SVGPathElement>('path.picker-land--chosen');
    state.views.set(key, path ? viewAround(path.getBBox(), state.basemap) : worldView(state.basemap));
    any = true;
  }
  return any;
}

// ---------------------------------------------------------------- focus from a message

function focusField(path: string): void {
  const section = parsePath(path)[0];
  const tab: Tab = LISTS.includes(section as ListSection) ? (section as ListSection) : 'file';
  if (state.tab !== tab) state.tab = tab;
  // The item's details opens, then the nearest existing control gets the focus.
  const keys = parsePath(path);
  if (typeof keys[1] === 'number') {
    const item = getAt(state.data, `${keys[0]}[${keys[1]}]`);
    if (isObject(item)) state.open.add(uid(item));
  }
  update();
  let candidate = path;
  for (;;) {
    const el = document.getElementById(fid(candidate)) ?? document.getElementById(fid(`${candidate}.id`));
    if (el) {
      const details = el.closest('details');
      if (details && !details.open) details.open = true;
      el.focus();
      el.scrollIntoView({ block: 'center' });
      return;
    }
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    if (cut <= 0) break;
    candidate = candidate.slice(0, cut);
  }
  document.getElementById(`tab-${tab}`)?.focus();
}

// ---------------------------------------------------------------- fields

const langName = (l: 'id' | 'en'): string => (l === 'id' ? s().lang_id : s().lang_en);

function field(path: string, label: string, control: TemplateResult, cls = ''): TemplateResult {
  return html`<div class="field ${cls}"><label for=${fid(path)}>${label}</label>${control}</div>`;
}

function textField(path: string, label: string, opts: { lang?: 'id' | 'en'; multiline?: boolean; optional?: boolean; type?: string } = {}): TemplateResult {
  const v = getAt(state.data, path);
  const value = typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
  const type = opts.optional ? 'optional' : 'text';
  const control = opts.multiline
    ? html`<textarea id=${fid(path)} data-path=${path} data-type=${type} lang=${ifDefined(opts.lang)} rows="4" .value=${live(value)}></textarea>`
    : html`<input id=${fid(path)} type=${opts.type ?? 'text'} data-path=${path} data-type=${type} lang=${ifDefined(opts.lang)} .value=${live(value)} />`;
  return field(path, label, control, opts.multiline ? 'field--wide' : '');
}

/** The same text in both languages, side by side. */
function bilingual(path: string, label: string, multiline = false): TemplateResult {
  return html`<div class="pair">
    ${(['id', 'en'] as const).map((l) => textField(`${path}.${l}`, s().inLang(label, langName(l)), { lang: l, multiline }))}
  </div>`;
}

/**
 * A source's publisher: a name in one field, or, once it says more than a name
 * ("Kompas (archive copy)"), the same text in both languages.
 */
function publisherFields(path: string): TemplateResult {
  const t = s();
  const described = isObject(getAt(state.data, path));
  return html`${described ? bilingual(path, t.f_publisher) : textField(path, t.f_publisher)}
    <div class="row">
      <div class="field field--check">
        <input id=${fid(`${path}.described`)} type="checkbox" data-path=${path} data-type="described" .checked=${live(described)} />
        <label for=${fid(`${path}.described`)}>${t.f_publisherDescribed}</label>
      </div>
    </div>`;
}

/**
 * The languages a source's title may be in: Indonesian, English, and every
 * other one the sources already use (Japanese, Turkish…), named as `Intl`
 * names them in the editor's language.
 */
function sourceLangs(): [string, string][] {
  const t = s();
  const others = [...new Set(listOf(state.data, 'sources').map((o) => str(o.lang)))].filter((l) => l && l !== 'id' && l !== 'en').sort();
  const named = (code: string): string => {
    try {
      return new Intl.DisplayNames([state.lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code; // not a language tag: the checker names it
    }
  };
  return [['id', t.lang_id], ['en', t.lang_en], ...others.map((l): [string, string] => [l, `${named(l)} (${l})`])];
}

function numberField(path: string, label: string, empty: 'delete' | 'null' = 'delete', cls = 'field--short'): TemplateResult {
  const v = getAt(state.data, path);
  const raw = typed.get(path);
  const value = raw !== undefined && parseNumber(raw, empty, path) === v ? raw : v === undefined || v === null ? '' : String(v);
  return field(
    path,
    label,
    html`<input
      id=${fid(path)}
      type="text"
      inputmode="decimal"
      data-path=${path}
      data-type=${empty === 'null' ? 'nullable-number' : 'number'}
      .value=${live(value)}
    />`,
    cls,
  );
}

function selectField(path: string, label: string, options: readonly (readonly [string, string])[], optional = false): TemplateResult {
  const v = str(getAt(state.data, path));
  const known = options.some(([value]) => value === v);
  return field(
    path,
    label,
    html`<select id=${fid(path)} data-path=${path} data-type=${optional ? 'optional' : 'text'}>
      ${optional || !known ? html`<option value="" .selected=${live(v === '')}>${optional ? s().none : s().choose}</option>` : nothing}
      ${!known && v ? html`<option value=${v} .selected=${live(true)}>${s().missingRef(v)}</option>` : nothing}
      ${options.map(([value, text]) => html`<option value=${value} .selected=${live(value === v)}>${text}</option>`)}
    </select>`,
  );
}

/** A list of ids, each chosen from `options`, with add and remove buttons. */
function refList(path: string, label: string, options: readonly (readonly [string, string])[]): TemplateResult {
  const raw = getAt(state.data, path);
  const ids = Array.isArray(raw) ? raw : [];
  const t = s();
  return html`<fieldset class="refs" id=${fid(path)} tabindex="-1">
    <legend>${label}</legend>
    <ol>
      ${ids.map((ref, i) => {
        const p = `${path}[${i}]`;
        const v = str(ref);
        const known = options.some(([value]) => value === v);
        const row = `${label} ${i + 1}`;
        return html`<li>
          <label class="sr-only" for=${fid(p)}>${row}</label>
          <select id=${fid(p)} data-path=${p}>
            ${!known ? html`<option value="" .selected=${live(v === '')}>${t.choose}</option>` : nothing}
            ${!known && v ? html`<option value=${v} .selected=${live(true)}>${t.missingRef(v)}</option>` : nothing}
            ${options.map(([value, text]) => html`<option value=${value} .selected=${live(value === v)}>${text}</option>`)}
          </select>
          <button type="button" class="icon" aria-label=${t.removeRef(row)} title=${t.removeRef(row)} @click=${() => removeRef(path, i)}>
            ×
          </button>
        </li>`;
      })}
    </ol>
    <button type="button" id=${`${fid(path)}-add`} class="small" @click=${() => addRef(path)}>+ ${t.addRef}</button>
  </fieldset>`;
}

// ---------------------------------------------------------------- option lists

interface Options {
  sources: [string, string][];
  notes: [string, string][];
  partners: [string, string][];
  metrics: [string, string][];
}

function optionLists(): Options {
  const cut = (t: string, n = 70): string => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
  const l = state.lang;
  const ids = (section: string, text: (o: Obj) => string): [string, string][] =>
    listOf(state.data, section)
      .filter((o) => typeof o.id === 'string' && o.id)
      .map((o) => [String(o.id), `${o.id} — ${cut(text(o))}`]);
  const tr = (v: unknown): string => (isObject(v) ? str(v[l]) || str(v.id) : '');
  return {
    sources: ids('sources', (o) => `${str(o.title)} (${tr(o.publisher) || str(o.publisher)})`),
    notes: ids('notes', (o) => tr(o.text)),
    partners: ids('partners', (o) => tr(o.name)),
    metrics: ids('metrics', (o) => `${String(o.value)} ${tr(o.label)}`),
  };
}

const enumOptions = <T extends string>(values: readonly T[], text: (v: T) => string): [string, string][] =>
  values.map((v) => [v, text(v)]);

// ---------------------------------------------------------------- sections

function itemSummary(section: ListSection, o: Obj): string {
  const l = state.lang;
  const tr = (v: unknown): string => (isObject(v) ? str(v[l]) : '');
  switch (section) {
    case 'metrics':
      return `${o.value ?? '—'} ${tr(o.label)}`;
    case 'partners':
      return `${tr(o.name)}${isObject(o.country) && o.country.code ? `, ${String(o.country.code)}` : ''}`;
    case 'programs':
      return tr(o.title);
    case 'sources':
      return str(o.title);
    case 'notes':
      return tr(o.text).slice(0, 80);
  }
}

function itemFields(section: ListSection, base: string, o: Obj, opts: Options, countries: CountryEntry[]): TemplateResult {
  const t = s();
  switch (section) {
    case 'metrics':
      return html`
        <div class="row">${textField(`${base}.id`, t.f_id)} ${numberField(`${base}.value`, t.f_value)} ${numberField(`${base}.year`, t.f_year)}</div>
        ${bilingual(`${base}.label`, t.f_label)}
        <div class="refs-grid">${refList(`${base}.sources`, t.f_sources, opts.sources)} ${refList(`${base}.notes`, t.f_notes, opts.notes)}</div>
      `;
    case 'partners':
      return partnerFields(base, o, opts, countries);
    case 'programs':
      return html`
        <div class="row">
          ${textField(`${base}.id`, t.f_id)} ${selectField(`${base}.sector`, t.f_sector, enumOptions(SECTORS, (v) => t[`sector_${v}`]))}
          ${numberField(`${base}.year`, t.f_year)} ${numberField(`${base}.endYear`, t.f_endYear)}
        </div>
        ${bilingual(`${base}.title`, t.f_title)} ${bilingual(`${base}.summary`, t.f_summary, true)}
        <fieldset class="group">
          <legend>${t.f_keyFigure}</legend>
          <div class="row">
            ${numberField(`${base}.keyFigure.value`, t.f_value)}
            ${selectField(`${base}.keyFigure.metric`, t.f_metric, opts.metrics, true)}
            <div class="field field--check">
              <input
                id=${fid(`${base}.keyFigure.atLeast`)}
                type="checkbox"
                data-path=${`${base}.keyFigure.atLeast`}
                data-type="flag"
                .checked=${live(getAt(state.data, `${base}.keyFigure.atLeast`) === true)}
              />
              <label for=${fid(`${base}.keyFigure.atLeast`)}>${t.f_atLeast}</label>
            </div>
          </div>
          ${bilingual(`${base}.keyFigure.label`, t.f_label)}
        </fieldset>
        ${counterparts(base, o)}
        <div class="refs-grid">
          ${refList(`${base}.partners`, t.f_partners, opts.partners)} ${refList(`${base}.sources`, t.f_sources, opts.sources)}
          ${refList(`${base}.notes`, t.f_notes, opts.notes)}
        </div>
      `;
    case 'sources':
      return html`
        <div class="row">
          ${textField(`${base}.id`, t.f_sourceId)}
          ${selectField(`${base}.lang`, t.f_sourceLang, sourceLangs(), true)}
          ${selectField(`${base}.kind`, t.f_sourceKind, enumOptions(SOURCE_KINDS, (v) => t[`sourceKind_${v}`]), true)}
          ${textField(`${base}.date`, t.f_date, { optional: true })}
        </div>
        ${textField(`${base}.title`, t.f_title)} ${publisherFields(`${base}.publisher`)}
        ${textField(`${base}.url`, t.f_url, { type: 'url' })}
      `;
    case 'notes':
      return html`
        ${textField(`${base}.id`, t.f_sourceId)} ${bilingual(`${base}.text`, t.f_text, true)}
        ${refList(`${base}.sources`, t.f_sources, opts.sources)}
      `;
  }
}

function counterparts(base: string, o: Obj): TemplateResult {
  const t = s();
  const list = Array.isArray(o.counterparts) ? o.counterparts : [];
  const path = `${base}.counterparts`;
  return html`<fieldset class="group" id=${fid(path)} tabindex="-1">
    <legend>${t.f_counterparts}</legend>
    ${list.map(
      (_, i) => {
        const row = `${t.f_counterpart} ${i + 1}`;
        return html`<div class="pair pair--remove">
          ${bilingual(`${path}[${i}]`, row)}
          <button type="button" class="icon" aria-label=${t.removeRef(row)} title=${t.removeRef(row)} @click=${() => removeRef(path, i)}>×</button>
        </div>`;
      },
    )}
    <button
      type="button"
      class="small"
      id=${`${fid(path)}-add`}
      @click=${() => {
        if (!state.data) return;
        if (!Array.isArray(getAt(state.data, path))) setAt(state.data, path, []);
        (getAt(state.data, path) as unknown[]).push({ id: '', en: '' });
        changed();
        focusField(`${path}[${list.length}].id`);
      }}
    >
      + ${t.addCounterpart}
    </button>
  </fieldset>`;
}

function partnerFields(base: string, o: Obj, opts: Options, countries: CountryEntry[]): TemplateResult {
  const t = s();
  const key = uid(o);
  const code = isObject(o.country) ? str(o.country.code) : '';
  const query = state.queries.get(key) ?? '';
  const matches = searchCountries(countries, query);
  if (code && !matches.some((c) => c.code === code)) {
    const current = countries.find((c) => c.code === code);
    if (current) matches.unshift(current);
  }
  const searchId = `country-search-${key}`;
  return html`
    ${bilingual(`${base}.name`, t.f_name)}
    <div class="row">
      ${textField(`${base}.id`, t.f_id)} ${numberField(`${base}.since`, t.f_since, 'null')}
      ${selectField(`${base}.kind`, t.f_kind, enumOptions(KINDS, (v) => t[`kind_${v.replace(/-/g, '_') as 'sister_city'}`]))}
      ${selectField(`${base}.confidence`, t.f_confidence, enumOptions(CONFIDENCES, (v) => t[`confidence_${v}`]))}
    </div>
    <fieldset class="group">
      <legend>${t.f_country}</legend>
      <div class="row">
        <div class="field">
          <label for=${searchId}>${t.f_countrySearch}</label>
          <input
            id=${searchId}
            type="search"
            autocomplete="off"
            aria-describedby=${`${searchId}-count`}
            .value=${live(query)}
            @input=${(e: Event) => {
              state.queries.set(key, (e.target as HTMLInputElement).value);
              update();
            }}
          />
          <span class="hint" id=${`${searchId}-count`}>${t.countryMatches(matches.length)}</span>
        </div>
        <div class="field">
          <label for=${fid(`${base}.country.code`)}>${t.f_country}</label>
          <select id=${fid(`${base}.country.code`)} @change=${(e: Event) => applyCountry(o, (e.target as HTMLSelectElement).value, countries)}>
            <option value="" .selected=${live(!code)}>${t.choose}</option>
            ${code && !matches.some((c) => c.code === code) ? html`<option value=${code} .selected=${live(true)}>${code}</option>` : nothing}
            ${matches.map((c) => html`<option value=${c.code} .selected=${live(c.code === code)}>${c.name[state.lang]} (${c.code})</option>`)}
          </select>
        </div>
        ${selectField(`${base}.region`, t.f_region, enumOptions(REGIONS, (v) => t[`region_${v}`]))}
      </div>
      ${bilingual(`${base}.country.name`, t.f_countryName)}
    </fieldset>
    ${state.open.has(key) ? picker(base, o) : nothing}
    <div class="refs-grid">
      ${refList(`${base}.sources`, t.f_sources, opts.sources)} ${refList(`${base}.locationSources`, t.f_locationSources, opts.sources)}
      ${refList(`${base}.notes`, t.f_notes, opts.notes)}
    </div>
  `;
}

function picker(base: string, o: Obj): TemplateResult {
  const t = s();
  const key = uid(o);
  const basemap = state.basemap;
  const code = isObject(o.country) ? str(o.country.code) : '';
  const name = isObject(o.name) ? str(o.name[state.lang]) : '';
  const located = (p: Obj): boolean =>
    typeof p.lat === 'number' && typeof p.lon === 'number' && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
  const others: PickerPoint[] = listOf(state.data, 'partners')
    .filter((p) => p !== o && located(p))
    .map((p) => ({ lat: Number(p.lat), lon: Number(p.lon) }));
  const current = located(o) ? { lat: Number(o.lat), lon: Number(o.lon) } : null;
  const view = basemap ? (state.views.get(key) ?? worldView(basemap)) : undefined;
  return html`<fieldset class="group picker">
    <legend>${t.mapHeading}</legend>
    <p class="hint" id=${`picker-help-${key}`}>${t.mapHelp}</p>
    <div class="picker__body">
      ${basemap && view
        ? html`<svg
            id=${`picker-${key}`}
            class="picker__map"
            viewBox=${`${view.x} ${view.y} ${view.w} ${view.h}`}
            preserveAspectRatio="xMidYMid slice"
            role="img"
            aria-label=${t.mapLabel(name || itemLabel({ section: 'partners' }, state.lang))}
            @click=${(e: MouseEvent) => pick(e, o)}
          >
            ${pickerContent(basemap, view, code, others, current)}
          </svg>`
        : html`<div class="picker__map picker__map--loading"></div>`}
      <div class="picker__side">
        ${numberField(`${base}.lat`, t.f_lat, 'null', '')} ${numberField(`${base}.lon`, t.f_lon, 'null', '')}
        <button
          type="button"
          class="small"
          ?disabled=${!code}
          @click=${() => {
            state.pendingZoom.add(key);
            update();
          }}
        >
          ${t.mapCountry}
        </button>
        <button
          type="button"
          class="small"
          @click=${() => {
            if (basemap) state.views.set(key, worldView(basemap));
            update();
          }}
        >
          ${t.mapWorld}
        </button>
      </div>
    </div>
  </fieldset>`;
}

function fileFields(): TemplateResult {
  const t = s();
  const opts = optionLists();
  return html`
    <div class="row">${textField('id', t.f_id)} ${textField('asOf', t.f_asOf)}</div>
    ${bilingual('title', t.f_title)}
    <fieldset class="group">
      <legend>${itemLabel({ section: 'city' }, state.lang)}</legend>
      <div class="row">${textField('city.id', t.f_id)} ${numberField('city.lat', t.f_lat)} ${numberField('city.lon', t.f_lon)}</div>
      ${bilingual('city.name', t.f_cityName)} ${refList('city.sources', t.f_sources, opts.sources)}
    </fieldset>
  `;
}

function sectionView(section: ListSection): TemplateResult {
  const t = s();
  const items = listOf(state.data, section);
  const raw = state.data?.[section];
  const all = Array.isArray(raw) ? raw : [];
  const opts = optionLists();
  const countries = section === 'partners' ? countryList(state.basemap, state.data, state.lang) : [];
  const removed = lastRemoved(section);
  return html`
    <ol class="items">
      ${repeat(
        items,
        (o) => uid(o),
        (o) => {
          const index = all.indexOf(o);
          const base = `${section}[${index}]`;
          const label = itemLabel({ section, position: index + 1, itemId: str(o.id) || undefined }, state.lang);
          const key = uid(o);
          return html`<li class="item" data-item=${base}>
            <details
              ?open=${state.open.has(key)}
              @toggle=${(e: Event) => {
                const open = (e.target as HTMLDetailsElement).open;
                if (open === state.open.has(key)) return;
                if (open) {
                  state.open.add(key);
                  if (section === 'partners' && !state.views.has(key)) state.pendingZoom.add(key);
                } else state.open.delete(key);
                update();
              }}
            >
              <summary id=${fid(base)}><span class="item__label">${label}</span> <span class="item__summary">${itemSummary(section, o)}</span></summary>
              <div class="item__body">
                ${itemFields(section, base, o, opts, countries)}
                <p>
                  <button type="button" class="danger small" @click=${() => removeItem(section, index, label)}>${t.remove(label)}</button>
                </p>
              </div>
            </details>
          </li>`;
        },
      )}
    </ol>
    <p class="removed" role="status">${removed
        ? html`${t.removed(removed.label)} <button type="button" id="undo-remove" @click=${() => undoRemove(section)}>${t.undoRemove(removed.label)}</button>`
        : nothing}</p>
    <p><button type="button" id=${`add-${section}`} @click=${() => addItem(section)}>+ ${t[`add_${section}`]}</button></p>
  `;
}

// ---------------------------------------------------------------- page parts

function openBox(): TemplateResult {
  const t = s();
  const err = state.openError;
  return html`<section
    class="open ${state.dragging ? 'open--drag' : ''}"
    aria-labelledby="open-title"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      if (!state.dragging) {
        state.dragging = true;
        update();
      }
    }}
    @dragleave=${(e: DragEvent) => {
      // Moving over the box's own children is not leaving it.
      if ((e.currentTarget as Node).contains(e.relatedTarget as Node | null)) return;
      state.dragging = false;
      update();
    }}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      state.dragging = false;
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file);
      else update();
    }}
  >
    <h2 id="open-title">${t.openHeading}</h2>
    <div class="open__actions">
      <div class="field">
        <label for="open-file">${t.openFile}</label>
        <input
          id="open-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="drop-hint"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void openFile(file);
            input.value = '';
          }}
        />
        <span class="hint" id="drop-hint">${t.dropHint}</span>
      </div>
      <button
        type="button"
        id="start-bundled"
        @click=${() => {
          if (!mayDiscard()) return;
          load(structuredClone(bundled) as Obj, null);
          focusOpened();
        }}
      >
        ${t.startBundled}
      </button>
    </div>
    ${state.data ? html`<p class="open__status" id="open-status" tabindex="-1">${t.opened(state.fileName ?? t.bundledName)}</p>` : nothing}
    ${state.data && (state.openNotes.encoding || state.openNotes.problems.length)
      ? html`<div class="open__notes" id="open-notes">
          <p>${t.openNotes}</p>
          <ul>
            ${state.openNotes.encoding ? html`<li>${t.notUtf8(state.openNotes.encoding)}</li>` : nothing}
            ${state.openNotes.problems.map((p) => html`<li>${formatProblem(p, state.lang)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${err
      ? html`<div class="open__error" id="open-error" tabindex="-1" role="alert">
          <p>${t.openFailed(err.name)}</p>
          <p>${err.problem ? formatProblem(err.problem, state.lang) : t.notObject}</p>
        </div>`
      : nothing}
  </section>`;
}

function problemsBox(): TemplateResult {
  const t = s();
  const errors = state.problems.filter((p) => p.severity === 'error').length;
  const warnings = state.problems.length - errors;
  // Errors first (they stop the file), then warnings, each in file order.
  const shown = [...state.problems.filter((p) => p.severity === 'error'), ...state.problems.filter((p) => p.severity !== 'error')].slice(
    0,
    MAX_PROBLEMS,
  );
  // The space after "Warning" is in the same text node: alone between the span and Lit's marker
  // comment, Chromium left it out of the button's name ("WarningFigure 4 (institutions)…").
  return html`<section class="panel problems" aria-labelledby="problems-title">
    <h2 id="problems-title">${t.problemsHeading}</h2>
    <p role="status" id="problems-summary" class=${errors ? 'bad' : ''}>
      ${state.checking ? t.checking : t.problemsSummary(errors, warnings)}
    </p>
    ${shown.length ? html`<p class="hint">${t.problemsHelp}</p>` : nothing}
    <ul class="problem-list">
      ${shown.map(
        (p) => html`<li>
          <button type="button" class="problem problem--${p.severity}" data-path=${p.path} @click=${() => focusField(p.path)}>
            <span class="problem__severity">${`${p.severity === 'error' ? t.error : t.warning} `}</span>${formatProblem(p, state.lang)}
          </button>
        </li>`,
      )}
    </ul>
    ${state.problems.length > MAX_PROBLEMS ? html`<p>${t.moreProblems(state.problems.length - MAX_PROBLEMS)}</p>` : nothing}
  </section>`;
}

function downloadBox(): TemplateResult {
  const t = s();
  const errors = state.problems.filter((p) => p.severity === 'error').length;
  const name = downloadName();
  return html`<section class="panel download" aria-labelledby="download-title">
    <h2 id="download-title">${t.downloadHeading}</h2>
    <p><a
        id="download"
        class="button"
        href=${state.downloadUrl}
        download=${name}
        @click=${() => {
          // An edit made within the checker's pause: the link is brought up to date before the browser follows it.
          if (state.checking) check();
          if (state.data) downloaded = stableJson(state.data);
        }}
        >${t.download(name)}</a></p>
    <p class="hint">${t.downloadHelp}</p>
    ${errors ? html`<p class="bad">${t.downloadErrors(errors)}</p>` : nothing}
    <h3>${t.changesHeading}</h3>
    ${state.changes.length
      ? html`<p>${t.changesAgainst(state.fileName ?? t.bundledName)}</p>
          <ul id="changes">
            ${state.changes.map((c) => html`<li>${formatChange(c, state.lang)}</li>`)}
          </ul>`
      : html`<p id="changes">${t.noChanges}</p>`}
  </section>`;
}

function previewBox(): TemplateResult {
  const t = s();
  const opts = optionLists();
  const programs = listOf(state.data, 'programs')
    .filter((o) => typeof o.id === 'string' && o.id)
    .map((o) => [String(o.id), `${o.id} — ${isObject(o.title) ? str(o.title[state.lang]) : ''}`] as const);
  const data = state.preview;
  const lang = state.lang;
  return html`<section class="panel editor-preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${t.previewHeading}</h2>
    <p class="hint">${t.previewHelp}</p>
    <div class="row">
      <div class="field">
        <label for="preview-metric">${t.previewMetric}</label>
        <select id="preview-metric" @change=${(e: Event) => ((state.counterMetric = (e.target as HTMLSelectElement).value), update())}>
          ${opts.metrics.map(([v, text]) => html`<option value=${v} .selected=${live(v === state.counterMetric)}>${text}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="preview-program">${t.previewProgram}</label>
        <select id="preview-program" @change=${(e: Event) => ((state.cardProgram = (e.target as HTMLSelectElement).value), update())}>
          ${programs.map(([v, text]) => html`<option value=${v} .selected=${live(v === state.cardProgram)}>${text}</option>`)}
        </select>
      </div>
    </div>
    <div class="editor-preview__widgets">
      <cooperation-counter id="preview-counter" debug lang=${lang} metric=${state.counterMetric} animation="none" .data=${data}></cooperation-counter>
      <program-card id="preview-card" debug lang=${lang} program=${state.cardProgram} .data=${data}></program-card>
      <sister-city-map id="preview-map" debug lang=${lang} .data=${data}></sister-city-map>
      <sister-city-list id="preview-list" debug lang=${lang} .data=${data}></sister-city-list>
    </div>
  </section>`;
}

function view(): TemplateResult {
  const t = s();
  if (!state.data) return openBox();
  const count = (tab: Tab): string => (tab === 'file' ? '' : ` (${listOf(state.data, tab).length})`);
  return html`
    ${openBox()}
    <div class="layout">
      <section class="editor" aria-labelledby="sections-title">
        <h2 id="sections-title" class="sr-only">${t.sectionsLabel}</h2>
        <div class="tabs" role="group" aria-label=${t.sectionsLabel}>
          ${TABS.map(
            (tab) => html`<button
              type="button"
              id=${`tab-${tab}`}
              aria-pressed=${state.tab === tab ? 'true' : 'false'}
              @click=${() => {
                state.tab = tab;
                update();
              }}
            >
              ${t[`tab_${tab}`]}${count(tab)}
            </button>`,
          )}
        </div>
        <div class="section" @input=${onFieldInput}>
          <h3>${t[`tab_${state.tab}`]}</h3>
          ${state.tab === 'file' ? fileFields() : sectionView(state.tab)}
        </div>
      </section>
      <aside class="side">${problemsBox()} ${downloadBox()}</aside>
    </div>
    ${previewBox()}
  `;
}

function update(): void {
  render(view(), app);
  if (zoomPending()) render(view(), app);
}

// ---------------------------------------------------------------- page chrome

function translate(): void {
  const t = s();
  document.documentElement.lang = state.lang;
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t[node.dataset.i18n as keyof EditorStrings];
    if (typeof text === 'string') node.textContent = text;
  }
}

langSelect.value = state.lang;
langSelect.addEventListener('change', () => {
  state.lang = langSelect.value === 'en' ? 'en' : 'id';
  translate();
  showPageIn('data', state.lang, s().pageDescription);
  update();
});
// Leaving the page with edits not downloaded asks first (the browser's own question).
window.addEventListener('beforeunload', (event) => {
  if (unsaved()) event.preventDefault();
});

translate();
settleStartingAddress('data', state.lang, s().pageDescription);
update();
// The basemap (about 19 KiB) comes after the editor's first paint, in a chunk of its own.
void import('../src/sister-city-map/basemap.js').then(({ basemap }) => {
  state.basemap = basemap;
  update();
});
