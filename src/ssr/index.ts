/**
 * Prerendered embeds (Node only): `renderWidget(tag, attrs)` renders one of
 * our elements to HTML with Declarative Shadow DOM
 * (`<template shadowrootmode="open">`), with `@lit-labs/ssr`. The HTML shows
 * the element's final content with no script at all (readers without
 * JavaScript, search engines, a first paint close to static HTML's). When the CDN
 * entry (or the npm element) runs, the element replaces the declarative
 * content with its first client render, on the same layout (see
 * `WidgetElement.createRenderRoot`); no hydration code is shipped to readers.
 *
 * Styles: by default the shadow root carries an inline `<style>` (blocked by
 * a strict `style-src` without `'unsafe-inline'`). With `stylesheetBase`
 * (the URL of the `dist/cdn/` folder) it links the element's stylesheet,
 * `ssr/<tag>.css`, shipped in that folder, instead: allowed by
 * `style-src 'self'` when the folder is on the page's origin.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { css, html, type TemplateResult } from 'lit';
import { CooperationCounter } from '../cooperation-counter/cooperation-counter.js';
import { ProgramCard } from '../program-card/program-card.js';
import { SisterCityList } from '../sister-city-list/sister-city-list.js';
import { SisterCityMap } from '../sister-city-map/sister-city-map.js';
import { bundledDataset } from '../core/dataset.js';
import { coreStrings, normalizeLang } from '../core/i18n.js';
import { use as useDataset } from '../core/remote.js';
import type { Dataset, Lang } from '../core/types.js';
import type { WidgetElement } from '../core/widget-element.js';

/** The tags `renderWidget` renders. */
export const SSR_TAGS = ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'] as const;
export type SsrTag = (typeof SSR_TAGS)[number];

/** Attribute values: a string, a number, `true` (present, empty) or `false`/`null`/`undefined` (absent). */
export type WidgetAttributes = Record<string, string | number | boolean | null | undefined>;

export interface RenderWidgetOptions {
  /**
   * URL of the folder that holds `jakarta-global-widgets.js` (the `dist/cdn/`
   * folder as served, e.g. `/widgets/cdn/` or `https://cdn.example/jgw/`).
   * When given, the shadow root links `<base>ssr/<tag>.css` instead of an
   * inline `<style>`, for pages with a strict CSP (`style-src 'self'`).
   */
  stylesheetBase?: string;
  /**
   * The parsed content of the file named by the `src` attribute (required
   * with `src`: the prerender shows that file's figures). Validated as the
   * element validates a `src` file.
   */
  data?: unknown;
}

/** What the element would have warned about in the browser (bad attributes, unknown ids). */
export class RenderWidgetError extends Error {
  constructor(
    readonly tag: string,
    readonly problems: string[],
  ) {
    super(`<${tag}>: ${problems.join(' ')}`);
    this.name = 'RenderWidgetError';
  }
}

/** The dataset and the warnings of the render under way (rendering is synchronous). */
let current: { data: Dataset; problems: string[] } | undefined;

type Ctor<T extends WidgetElement> = abstract new (...args: never[]) => T;

/**
 * Added to the prerendered shadow root's styles only: the space the shipped
 * reservation stylesheets (`reserve/<tag>.css`, `jakarta-global-widgets.css`) keep for an element
 * not yet defined is not needed when the real content is there (`!important`
 * in the shadow tree wins over the page's rule), so a reservation that
 * differs from the content cannot move anything when the element upgrades.
 */
const prerenderedStyles = css`
  :host(:not(:defined))::before {
    content: none !important;
  }
`;

/**
 * The server-side variant of an element: its dataset ready from the start
 * (the controller's `hostUpdate` does not run on the server), its language
 * from its own `lang` attribute (always written by `renderWidget`), and its
 * warnings collected for a `RenderWidgetError` instead of a fallback box.
 */
function serverSide<T extends WidgetElement>(Base: Ctor<T>) {
  abstract class ServerSide extends (Base as unknown as Ctor<WidgetElement>) {
    static styles = [...(Base as unknown as typeof WidgetElement).styles, prerenderedStyles];

    override get language(): Lang {
      return normalizeLang(this.lang) ?? 'id';
    }
    protected override get debugging(): boolean {
      return false;
    }
    protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
      // In renderWidget, its dataset; rendered by another Lit SSR host (e.g. @lit-labs/eleventy-plugin-lit), the bundled one.
      this.loader.state = { status: 'ready', data: current?.data ?? bundledDataset() };
      (super.willUpdate as (c: Map<PropertyKey, unknown>) => void)(changed);
    }
    protected override warnOnce(message: string): void {
      // (Once: the map's table, rendered inside it, says the same of an unknown region.)
      if (current) {
        if (!current.problems.includes(message)) current.problems.push(message);
      } else console.warn(`<${this.localName}>: ${message}`);
    }
    protected override renderError(message: string, lang: Lang): TemplateResult {
      if (current) {
        // renderWidget refuses it. The technical warning, when the element wrote one, says more than the reader's line.
        if (!current.problems.length) current.problems.push(message);
        return html``;
      }
      // Rendered by another Lit SSR host, which writes it anyway: the tag's own content (the author's
      // fallback text), as a browser shows it, or the neutral line when the tag has none.
      return html`<div class="state state--fallback" part="state fallback"><slot><span lang=${lang}>${coreStrings[lang].unavailable}</span></slot></div>`;
    }
  }
  return ServerSide as unknown as Ctor<T> & CustomElementConstructor;
}

/**
 * The map, prerendered: its frame, heading, summary and its reserved box;
 * Leaflet is client-only, so the box holds the partners' table (the map's
 * own table alternative, `<sister-city-list no-controls no-download>`: the
 * map's heading has the download link already, scrolling inside the box)
 * instead of "Loading the map…". Readers without JavaScript get the
 * partners; with it, the first client render puts the map's placeholder in
 * the same box, then the map: nothing around the box moves.
 */
const ServerMap = serverSide(SisterCityMap);
// `renderPlaceholder` is private to the element (TypeScript only): this SSR
// variant replaces it on its own prototype; test/e2e/ssr-render.test.mjs
// checks that the prerendered map holds the table.
Object.defineProperty(ServerMap.prototype, 'renderPlaceholder', {
  value(this: SisterCityMap & { language: Lang }) {
    const lang = this.language;
    return html`<div class="placeholder placeholder--table" part="placeholder">
      <sister-city-list no-controls no-download region=${this.region || 'all'} lang=${lang} theme=${this.theme}></sister-city-list>
    </div>`;
  },
});

/**
 * The counter, prerendered, shows its final figure: it never animates on the
 * server (no `matchMedia` there), and the client does not count up an element
 * that was prerendered either. (`animates` is private to the element.)
 */
const ServerCounter = serverSide(CooperationCounter);
Object.defineProperty(ServerCounter.prototype, 'animates', { value: () => false });

const CLASSES: Record<SsrTag, CustomElementConstructor> = {
  'cooperation-counter': ServerCounter,
  'program-card': serverSide(ProgramCard),
  'sister-city-list': serverSide(SisterCityList),
  'sister-city-map': ServerMap,
};

/**
 * Attributes that take effect through script only (set on the element's
 * style by the client): refused, with what to use instead.
 */
const CLIENT_ONLY: Partial<Record<SsrTag, Record<string, string>>> = {
  'sister-city-map': {
    height: 'set the --jgw-map-height CSS property on the tag from your stylesheet instead (the height attribute is applied by script)',
    'aspect-ratio': 'set the --jgw-map-height CSS property on the tag from your stylesheet instead (aspect-ratio is applied by script)',
  },
};

function register(): void {
  for (const tag of SSR_TAGS) {
    if (!customElements.get(tag)) customElements.define(tag, CLASSES[tag]);
  }
}

/**
 * Importing this module registers the server-side variants under our tags
 * (in Lit SSR's shim registry), so other Lit SSR hosts, such as
 * `@lit-labs/eleventy-plugin-lit` with this module among its
 * `componentModules`, render our tags in their templates. Do not import the
 * elements' browser modules in the same Node process: the first definition
 * of a tag wins.
 */
register();

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** HTML's global attributes, `data-*` and `aria-*`: any element carries them, ours too. */
export const GLOBAL_ATTRIBUTE =
  /^(?:data-.+|aria-.+|accesskey|autofocus|class|dir|hidden|id|inert|itemid|itemprop|itemref|itemscope|itemtype|nonce|part|popover|role|slot|style|tabindex|title|translate)$/;

/** The attributes `tag` reads. */
export function attributesOf(tag: SsrTag): readonly string[] {
  return (CLASSES[tag] as unknown as { observedAttributes: string[] }).observedAttributes;
}

/**
 * Those of `names` that `tag` does not read and HTML does not give every element: a misspelt one
 * (`metrc`) would be written as is and ignored by the element, which would then show its default.
 */
export function unknownAttributes(tag: SsrTag, names: Iterable<string>): string[] {
  const own = attributesOf(tag);
  return [...names].filter((name) => !own.includes(name) && !GLOBAL_ATTRIBUTE.test(name));
}

/** Whether `tag` is one `renderWidget` renders. */
export function isSsrTag(tag: string): tag is SsrTag {
  return (SSR_TAGS as readonly string[]).includes(tag);
}

/** Throws the `RenderWidgetError` of a tag that is not ours (from JavaScript, or past TypeScript's check). */
function assertSsrTag(tag: string): asserts tag is SsrTag {
  if (!isSsrTag(tag)) throw new RenderWidgetError(tag, [`is not one of ${SSR_TAGS.join(', ')}.`]);
}

/**
 * The attributes written on the tag: the given ones, `lang` always (the
 * prerender is in one language; `id` when absent), and for the counter
 * `animation="none"` (the prerender shows the final figure; counting up from
 * 0 after it would flash).
 */
export function prerenderedAttributes(tag: SsrTag, attrs: WidgetAttributes = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new RenderWidgetError(tag, [`"${name}" is not an attribute name.`]);
    if (value === false || value === null || value === undefined) continue;
    out[name] = value === true ? '' : String(value);
  }
  // (Empty, as a CMS writes a field left blank, it is none: not written.)
  for (const name of Object.keys(out)) if (CLIENT_ONLY[tag]?.[name] && !out[name]!.trim()) delete out[name];
  // (The CLI also names the one meant.)
  const refused = unknownAttributes(tag, Object.keys(out)).map(
    (name) => `"${name}" is not an attribute of <${tag}>, whose attributes are ${attributesOf(tag).join(', ')} (and HTML's global ones).`,
  );
  refused.push(
    ...Object.keys(out)
      .filter((name) => CLIENT_ONLY[tag]?.[name])
      .map((name) => `${name} cannot be prerendered: ${CLIENT_ONLY[tag]![name]}.`),
  );
  if (refused.length) throw new RenderWidgetError(tag, refused);
  const lang = out.lang ?? 'id';
  if (!normalizeLang(lang)) throw new RenderWidgetError(tag, [`language "${lang}" is not supported (only "id" and "en").`]);
  out.lang = lang;
  if (tag === 'cooperation-counter') out.animation = 'none';
  return out;
}

/**
 * The element `tag` with `attrs`, rendered to HTML with its shadow root as
 * Declarative Shadow DOM, e.g.
 * `renderWidget('cooperation-counter', { metric: 'agreements', lang: 'id' })`.
 * Rejects with a `RenderWidgetError` naming what the element would have
 * warned about in the browser (an unknown `metric`, `program`, `region`…),
 * and an attribute it does not have (HTML's global ones pass).
 */
export async function renderWidget(tag: string, attrs: WidgetAttributes = {}, options: RenderWidgetOptions = {}): Promise<string> {
  return renderWidgetSync(tag, attrs, options);
}

/** `renderWidget`, synchronously (rendering needs no I/O). */
export function renderWidgetSync(tag: string, attrs: WidgetAttributes = {}, options: RenderWidgetOptions = {}): string {
  assertSsrTag(tag);
  const written = prerenderedAttributes(tag, attrs);
  const problems: string[] = [];
  let data: Dataset;
  if (written.src && options.data === undefined) {
    throw new RenderWidgetError(tag, [`src "${written.src}": pass that file's parsed content as the data option.`]);
  }
  if (!written.src && options.data !== undefined) {
    // The prerender would show its figures, and the element, once its script runs, the bundled ones.
    throw new RenderWidgetError(tag, [
      'data without src: once its script runs, the element shows the bundled dataset, not this data. Give src too: the URL the page loads that file from.',
    ]);
  }
  if (options.data === undefined) data = bundledDataset();
  else {
    // Nothing usable in it: the element's own sentence, naming the element (and the file).
    const what = written.src ? `data file ${written.src}` : 'data';
    let loaded: ReturnType<typeof useDataset>;
    try {
      loaded = useDataset(options.data, written.src);
    } catch (error) {
      throw new RenderWidgetError(tag, [`${what}: ${(error as Error).message}`]);
    }
    if (loaded.report) problems.push(`${what}: ${loaded.report}`);
    data = loaded.data;
  }
  register();
  if (customElements.get(tag) !== CLASSES[tag]) {
    // Another class took the tag in this process first (a module of this library's browser build, or another library).
    throw new RenderWidgetError(tag, [
      `<${tag}> is already defined in this Node process by another class, which cannot be prerendered: import jakarta-global-widgets/ssr before anything that defines <${tag}>.`,
    ]);
  }
  const names = Object.keys(written);
  current = { data, problems };
  let out: string;
  try {
    out = collectResultSync(render(hostTemplate(tag, names, names.map((n) => written[n]))));
  } finally {
    current = undefined;
  }
  if (problems.length) throw new RenderWidgetError(tag, problems);
  out = clean(out);
  if (options.stylesheetBase !== undefined) {
    if (typeof options.stylesheetBase !== 'string') {
      throw new RenderWidgetError(tag, [`stylesheetBase must be the URL of the dist/cdn/ folder, as a string (got ${typeof options.stylesheetBase}).`]);
    }
    if (FILE_PATH.test(options.stylesheetBase)) {
      throw new RenderWidgetError(tag, [
        `stylesheetBase "${options.stylesheetBase}" is a file path: give the URL the page loads the dist/cdn/ folder from, e.g. /assets/jgw/ (a browser blocks or misreads a path with "\\" or a drive letter).`,
      ]);
    }
    if (/[?#]/.test(options.stylesheetBase)) {
      // `ssr/<tag>.css` is added after it: `/assets/jgw/?v=2` would give `/assets/jgw/?v=2/ssr/…`, the folder's index.
      throw new RenderWidgetError(tag, [
        `stylesheetBase "${options.stylesheetBase}" has a query or a fragment: give the folder's URL alone, e.g. /assets/jgw/ (each stylesheet's path, ssr/<tag>.css, is added after it).`,
      ]);
    }
    out = linkStylesheets(out, options.stylesheetBase);
  }
  // The host's opening tag alone on the first line, and no blank line: in a Markdown page (Eleventy's
  // `.md`) the whole output is then one HTML block, passed through as it is (CommonMark's type 7).
  // (Our shadow roots keep no white space as written, so a text's blank line may go.)
  // A line break inside an attribute's value (a caption field of several lines) is written as a character
  // reference, which the browser reads as the same value: the opening tag stays on one line.
  return out
    .replace(OPENING_TAG, (open) => open.replace(/\r\n?|\n/g, '&#10;'))
    .replace(/\n[ \t\r]*(?=\n)/g, '')
    .replace(OPENING_TAG, '$&\n');
}

/** The host's opening tag, at the start of the output. */
const OPENING_TAG = /^<[a-z][a-z0-9]*-[a-z0-9-]*[^>]*>/;

/** A Windows file path (`C:\site\jgw\`, `\assets\jgw\`) where a URL belongs. */
const FILE_PATH = /\\|^[a-z]:/i;

/** `<tag name1=${v1} name2=${v2}></tag>` as a template with static tag and attribute names. */
function hostTemplate(tag: string, names: string[], values: string[]): TemplateResult {
  const strings: string[] = [];
  const statics: unknown[] = [];
  strings.push('<');
  statics.push(unsafeStatic(tag));
  names.forEach((name, i) => {
    strings.push(i ? '" ' : ' ');
    statics.push(unsafeStatic(name));
    strings.push('="');
    statics.push(values[i]);
  });
  strings.push(names.length ? '"></' : '></');
  statics.push(unsafeStatic(tag));
  strings.push('>');
  const raw = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return staticHtml(raw, ...statics) as TemplateResult;
}

/**
 * Leaves out the hydration markers (`<!--lit-part …-->`, `<!--lit-node …-->`,
 * `defer-hydration`, and `<?>`, which HTML reads as a comment but Markdown
 * prints as text): nothing hydrates; the client re-renders.
 */
function clean(htmlText: string): string {
  return htmlText
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replace(/ defer-hydration(?=[ >])/g, '')
    .replace(/<([a-z][a-z0-9]*-[a-z0-9-]*) +/g, '<$1 ');
}

/** Replaces each shadow root's inline `<style>` with a link to `ssr/<tag>.css` in the folder at `base`. */
function linkStylesheets(htmlText: string, base: string): string {
  const folder = base === '' || base.endsWith('/') ? base : `${base}/`;
  return htmlText.replace(
    /<([a-z][a-z0-9]*-[a-z0-9-]*)([^>]*)><template shadowroot="open" shadowrootmode="open"><style>[\s\S]*?<\/style>/g,
    (_all, tag: string, rest: string) =>
      `<${tag}${rest}><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="${escapeAttribute(`${folder}ssr/${tag}.css`)}">`,
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The CSS text of an element's shadow root (what `dist/cdn/ssr/<tag>.css` holds). */
export function stylesheetText(tag: SsrTag): string {
  assertSsrTag(tag);
  register();
  const ctor = CLASSES[tag] as unknown as { elementStyles: { cssText: string }[] };
  // finalize() runs on first instance; make sure it has.
  (CLASSES[tag] as unknown as { finalize(): void }).finalize();
  return ctor.elementStyles.map((s) => s.cssText).join('\n');
}
