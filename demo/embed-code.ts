/**
 * The two embed codes the gallery offers for a widget's current settings:
 * the script embed (the stylesheet that reserves each element's size, one
 * module script, and the tag with fallback text inside; no `style`
 * attribute, so a strict CSP lets it through) and the iframe embed
 * (`embed.html?…` plus the optional resize script). Pure string building,
 * unit-tested.
 */
import type { Dataset, Lang, Source } from '../src/core/types.js';
import { formatNumber } from '../src/core/i18n.js';
import { figureLabel, keyFigureOf } from '../src/program-card/key-figure.js';
import { cardStrings } from '../src/program-card/program-card.strings.js';
import { publisherOf } from '../src/core/source-link.js';
import { partnerStrings, type Region } from '../src/core/partners.js';
import { hintedFiles } from '../scripts/preload-hints.mjs';
import { escapeHtml } from './escape.js';
import { ui } from './strings.js';
import { attributesFor, embedQuery, SPECS, type Settings, type WidgetName } from './widgets.js';

/** ` name="value"`, escaped; a boolean attribute (value `''`) as ` name=""`, which sanitizers keep as it is. */
export function attr(name: string, value: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
  return ` ${name}="${escapeHtml(value)}"`;
}

/** Height of the map's heading and summary above its map box (px). */
const MAP_HEAD = 64;

/**
 * Height (px) an element takes at least: its documented `--jgw-*-min-height`
 * at the default 16px font size. For a map with an `aspect-ratio`, at the
 * given width. (The script embed's reservation is the shipped stylesheet's;
 * this is the iframe's first height.)
 */
export function reservedHeight(widget: WidgetName, settings: Settings, width = 640): number {
  switch (widget) {
    case 'cooperation-counter':
      return 168; // --jgw-counter-min-height: 10.5em
    case 'program-card':
      return settings.variant === 'compact' ? 160 : 240; // --jgw-card-min-height
    case 'sister-city-list':
      return 320; // --jgw-list-min-height
    case 'sister-city-map': {
      // The map box (--jgw-map-height 480px, or `height`) plus the heading above it.
      if (settings.height) return parseInt(settings.height, 10) + MAP_HEAD;
      const ratio = settings['aspect-ratio'];
      if (!ratio) return 480 + MAP_HEAD;
      const [w = 16, h = 9] = ratio.split('/').map(Number);
      return Math.round((width * h) / w) + MAP_HEAD;
    }
  }
}

/** The sources to name in fallback text: at most `max`, links only when their URL is plain (no `&`, which CMSs mangle). */
function sourcesHtml(data: Dataset, ids: readonly string[], lang: Lang, differ = false, max = 2): string {
  const sources = ids
    .map((id) => data.sources.find((s) => s.id === id))
    .filter((s): s is Source => !!s)
    .slice(0, max);
  if (!sources.length) return '';
  const items = sources.map((s) => {
    const publisher = escapeHtml(publisherOf(s, lang));
    return /^https?:\/\/[^\s&"'<>]+$/.test(s.url) ? `<a${attr('href', s.url)}>${publisher}</a>` : publisher;
  });
  return ` — ${escapeHtml(differ ? ui[lang].fallbackSourcesDiffer : ui[lang].fallbackSources)}: ${items.join(', ')}`;
}

/** The partners a list or map shows for a region, in the dataset's order. */
function partnersIn(data: Dataset, region: string) {
  return data.partners.filter((p) => !region || region === 'all' || p.region === region);
}

/**
 * Localized fallback content for inside the tag (HTML, escaped): what a
 * reader sees if the script never runs, and what search engines index.
 */
export function fallbackHtml(widget: WidgetName, settings: Settings, data: Dataset, lang: Lang): string {
  const s = ui[lang];
  switch (widget) {
    case 'cooperation-counter': {
      const metric = data.metrics.find((m) => m.id === settings.metric) ?? data.metrics[0]!;
      const label = settings.label?.trim() ? settings.label : metric.label[lang];
      return `${escapeHtml(`${formatNumber(metric.value, lang)} ${label}`)}${sourcesHtml(data, metric.sources, lang, !!metric.notes?.length)}`;
    }
    case 'program-card': {
      const program = data.programs.find((p) => p.id === settings.program) ?? data.programs[0]!;
      // As the card shows it: the metric's value (and year) when the figure follows one, "at least" kept.
      const kf = keyFigureOf(program, data);
      const figure = `${kf.atLeast ? `${cardStrings[lang].atLeast} ` : ''}${formatNumber(kf.value, lang)} ${figureLabel(program, kf, lang)}`;
      const differ = !!(program.notes?.length || data.metrics.find((m) => m.id === program.keyFigure.metric)?.notes?.length);
      return `${escapeHtml(`${program.title[lang]}: ${figure}`)}${sourcesHtml(data, program.sources, lang, differ)}`;
    }
    case 'sister-city-list':
    case 'sister-city-map': {
      // A region's partners are named as a part of the whole ("7 of Jakarta's 23"): the sources cited
      // give the total, not the region's count.
      const region = settings.region && settings.region !== 'all' ? settings.region : '';
      const partners = partnersIn(data, region || 'all');
      const count = formatNumber(partners.length, lang);
      const total = formatNumber(data.partners.length, lang);
      const name = region ? partnerStrings[lang][`region_${region as Region}`] : '';
      const head = (widget === 'sister-city-map' ? s.fallbackMap : s.fallbackList)(count, total, name);
      const names = partners.map((p) => p.name[lang]).join(', ');
      const metric = data.metrics.find((m) => m.id === 'sister-cities');
      return `${escapeHtml(`${head}: ${names}`)}${sourcesHtml(data, metric?.sources ?? [], lang, !!metric?.notes?.length)}`;
    }
  }
}

/**
 * The title of an iframe embed: what a screen reader announces for the frame, so what the frame
 * shows (the metric's own label: a `label` of the author's is not carried into the frame).
 */
export function iframeTitle(widget: WidgetName, settings: Settings, data: Dataset, lang: Lang): string {
  const s = ui[lang];
  switch (widget) {
    case 'cooperation-counter': {
      const metric = data.metrics.find((m) => m.id === settings.metric) ?? data.metrics[0]!;
      return s['iframeTitle_cooperation-counter'](metric.label[lang]);
    }
    case 'program-card': {
      const program = data.programs.find((p) => p.id === settings.program) ?? data.programs[0]!;
      return s['iframeTitle_program-card'](program.title[lang]);
    }
    default:
      return s[`iframeTitle_${widget}`]('');
  }
}

/** The element's tag with its attributes and fallback content (no `style`: its size is reserved by the stylesheet). */
export function elementTag(widget: WidgetName, settings: Settings, data: Dataset): string {
  const lang: Lang = settings.lang === 'en' ? 'en' : 'id';
  const attrs = attributesFor(widget, settings)
    .map(([name, value]) => attr(name, value))
    .join('');
  return `<${widget}${attrs}>${fallbackHtml(widget, settings, data, lang)}</${widget}>`;
}

/** Where the script embed loads the library from. */
export interface ScriptSource {
  /**
   * Absolute URL of `jakarta-global-widgets.js`; each tag's size reservation is
   * `reserve/<tag>.css` next to it.
   */
  script: string;
  /**
   * Subresource Integrity (`sha384-…`) of the script and of the files beside it
   * (`files`, by their path relative to it: the reservation stylesheets, the
   * chunks), when their content at that URL is known (a version-pinned public
   * CDN URL, or the self-host kit of this version). Written with
   * `crossorigin="anonymous"`.
   */
  integrity?: { script: string; files?: Readonly<Record<string, string>> };
  /**
   * The build's `preload.json` tags: for each tag, the files it needs at once
   * (`now`) and those of its lazy half (`near`: a map's Leaflet and runtime),
   * relative to the script. When known, the embed code names them ahead with
   * `<link rel="modulepreload">`.
   */
  preload?: Readonly<Record<string, { readonly now: readonly string[]; readonly near?: readonly string[] }>>;
}

/** `<link>` or `<script>` integrity and crossorigin attributes, when the hash is known. */
function sri(hash: string | undefined): string {
  return hash ? `${attr('integrity', hash)}${attr('crossorigin', 'anonymous')}` : '';
}

/**
 * The stylesheet that reserves the element's size until its script has drawn it: its tag's rules
 * alone (`reserve/<tag>.css`), so a page parses only the rules of the elements pasted into it.
 */
export function stylesheetLink(widget: WidgetName, source: ScriptSource): string {
  const file = `reserve/${widget}.css`;
  return `<link${attr('rel', 'stylesheet')}${attr('href', new URL(file, source.script).href)}${sri(source.integrity?.files?.[file])}>`;
}

/**
 * `<link rel="modulepreload">` for each file the tag needs at once, when the
 * build's lists are known: the browser asks for them with the script instead
 * of one round trip after it (on a phone, the map is drawn sooner; see the
 * README's benchmark). A lazy map's hints leave Leaflet and its runtime to
 * the loader, which asks for them when the map comes near the viewport
 * (hinting them would download them for a map nobody scrolls to); with
 * `loading="eager"` they are named too. Links in the body are allowed for
 * this `rel`; a CMS that strips them leaves an embed that still works.
 */
export function preloadLinks(widget: WidgetName, settings: Settings, source: ScriptSource): string[] {
  return hintedFiles(source.preload?.[widget], { eager: settings.loading === 'eager' }).map(
    (file) => `<link${attr('rel', 'modulepreload')}${attr('href', new URL(file, source.script).href)}${sri(source.integrity?.files?.[file])}>`,
  );
}

/**
 * Script embed: the reservation stylesheet, the preload hints for the tag's
 * files, the module script of the library's bundle, then the tag.
 */
export function scriptSnippet(widget: WidgetName, settings: Settings, data: Dataset, source: ScriptSource): string {
  const script = `<script${attr('type', 'module')}${attr('src', source.script)}${sri(source.integrity?.script)}></script>`;
  return [stylesheetLink(widget, source), ...preloadLinks(widget, settings, source), script, elementTag(widget, settings, data)].join('\n');
}

/** `embed.html?widget=…&…` for the settings, made absolute against `embedPage`. */
export function embedUrl(widget: WidgetName, settings: Settings, embedPage: string): string {
  const url = new URL(embedPage);
  url.search = embedQuery(widget, settings).toString();
  return url.href;
}

export interface IframeSnippetOptions {
  /** Absolute URL of `embed.html`. */
  embedPage: string;
  /** Absolute URL of `resize.js`. */
  resizeScript: string;
  /** Initial height in px, before the resize script adjusts it. */
  height: number;
}

/**
 * iframe embed: the frame, then the resize script (once per page). No `style`
 * attribute (a strict `style-src` blocks it): the resize script removes the
 * frame's border and sets its `color-scheme` through the CSSOM.
 */
export function iframeSnippet(widget: WidgetName, settings: Settings, data: Dataset, options: IframeSnippetOptions): string {
  const lang: Lang = settings.lang === 'en' ? 'en' : 'id';
  const frame =
    `<iframe${attr('src', embedUrl(widget, settings, options.embedPage))}` +
    `${attr('title', iframeTitle(widget, settings, data, lang))}` +
    `${attr('loading', 'lazy')}${attr('width', '100%')}${attr('height', String(Math.ceil(options.height)))}></iframe>`;
  return `${frame}\n<script${attr('src', options.resizeScript)}${attr('async', '')}></script>`;
}

/**
 * The settings that differ from their default and that the iframe embed does not carry: free
 * text (`label`, `caption`, `heading`), which `embed.html` refuses (see `ParamBase.iframe`).
 */
export function iframeDropped(widget: WidgetName, settings: Settings): string[] {
  return SPECS[widget].params.filter((p) => !p.iframe && (settings[p.name] ?? p.default) !== p.default).map((p) => p.name);
}

/** Attributes a prerendered map cannot carry (applied by script): left out of the prerender command, with a note. */
const SCRIPT_ONLY: Partial<Record<WidgetName, readonly string[]>> = { 'sister-city-map': ['height', 'aspect-ratio'] };

/**
 * What a page's Content-Security-Policy must allow in `connect-src` for an
 * element to fetch `src`: `'self'` for an address on the page's own site
 * (`/data/jakarta-2025.json`, `data/…`), else the file's origin.
 */
export function dataOrigin(src: string): string {
  try {
    if (src.startsWith('//')) return new URL(`https:${src}`).host; // the page's own scheme
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return new URL(src).origin;
  } catch {
    // Not a URL the element could load either: it warns on the page that has it.
  }
  return "'self'";
}

/**
 * Why `src` is not an address a page could load the data file from, or `''`
 * when it is one: a path on the page's own site (`/data/jakarta-2025.json`)
 * or an `https:`/`http:` address. `local`: where the file is on the author's
 * own computer (`C:\Users\…\jakarta-2025.json`, `file:`), the slip to expect
 * from someone who has just downloaded it from the data editor.
 */
export function srcProblem(src: string): '' | 'local' | 'space' | 'scheme' {
  if (/^(?:[a-z]:|file:)/i.test(src) || src.includes('\\')) return 'local';
  if (/\s/.test(src)) return 'space';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^https?:\/\//i.test(src)) return 'scheme';
  return '';
}

/** The file name at the end of a data file's address (`/data/jakarta-2025.json` → `jakarta-2025.json`), for the prerender command. */
export function dataFileName(src: string): string {
  const path = src.split(/[?#]/)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || 'data.json';
  } catch {
    return name;
  }
}

/** A shell word: as it is when plain, else in single quotes. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9._/:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Prerendered embed. The gallery runs in the browser and the prerenderer
 * (`@lit-labs/ssr`) runs in Node only, so it does not pretend to render here:
 * it gives the command (and the Node API call) that writes the element's
 * HTML with Declarative Shadow DOM at the site's build time, with the
 * shadow root linking the shipped stylesheets (strict CSP), and the script
 * tag that upgrades it in place.
 */
export function prerenderSnippet(widget: WidgetName, settings: Settings, source: ScriptSource, lang: Lang): string {
  const s = ui[lang];
  const base = new URL('./', source.script).href;
  const dropped = SCRIPT_ONLY[widget] ?? [];
  const attrs = attributesFor(widget, settings);
  const kept = attrs.filter(([name]) => !dropped.includes(name));
  const left = new Map(attrs.filter(([name]) => dropped.includes(name)));
  // `--name=value` for a value that starts like an option (a label "--help"): written apart, the CLI would read it as one.
  const flag = (name: string, value: string) => (value === '' ? ` --${name}` : ` --${name}${value.startsWith('-') ? '=' : ' '}${shellWord(value)}`);
  const flags = kept.map(([name, value]) => flag(name, value)).join('');
  const object = kept.map(([name, value]) => `${/^[a-z]+$/.test(name) ? name : `'${name}'`}: ${value === '' ? 'true' : JSON.stringify(value)}`);
  const script = `<script${attr('type', 'module')}${attr('src', source.script)}${sri(source.integrity?.script)}></script>`;
  // A `src` file is read at build time too (the prerenderer fetches nothing): by its file name, from
  // the folder the command runs in.
  const src = kept.find(([name]) => name === 'src')?.[1];
  const file = src ? dataFileName(src) : '';
  return [
    `# ${s.prerenderStep1}`,
    `npx jakarta-global-widgets render ${widget}${flags}${file ? ` --data ${shellWord(file)}` : ''} --stylesheet-base ${shellWord(base)} > ${widget}.html`,
    `# ${s.prerenderApi}`,
    `#   import { renderWidget } from 'jakarta-global-widgets/ssr';`,
    ...(file ? [`#   import { readFile } from 'node:fs/promises';`] : []),
    `#   await renderWidget('${widget}', { ${object.join(', ')} }, { stylesheetBase: '${base}'${
      file ? `, data: JSON.parse(await readFile(${JSON.stringify(file)}, 'utf8'))` : ''
    } });`,
    ...(left.size ? [`# ${s.prerenderDropped(left.get('height') ?? null, left.get('aspect-ratio') ?? null)}`] : []),
    `# ${s.prerenderStep2}`,
    script,
  ].join('\n');
}
