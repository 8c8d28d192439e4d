import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatNumber } from '../core/i18n.js';
import { whenIdle } from '../core/idle.js';
import type { Dataset, Lang, Partner } from '../core/types.js';
import { heading as headingTemplate, headingLevel } from '../core/heading.js';
import '../core/partners-data.js';
import { reportedProblem } from '../core/reported.js';
import { isUnset, WidgetElement } from '../core/widget-element.js';
import { chunkFailure } from '../core/chunk-error.js';
import { loadOnce } from '../core/load-once.js';
import { filterByRegion, hasCoordinates, isRegion, partnerStrings, REGION_FILTERS, type RegionFilter } from '../core/partners.js';
import { MapLifecycleController, type MapRequest } from './map-lifecycle-controller.js';
import type * as Runtime from './map-runtime.js';
import { downloadLink, downloadStyles } from '../sister-city-list/download.js';
import { aboutList, aboutStyles } from '../sister-city-list/about-list.js';
import { skipLink, skipLinkStyles, skipTarget } from '../sister-city-list/skip-link.js';
import { styles } from './sister-city-map.styles.js';
import { mapStrings } from './sister-city-map.strings.js';
import { WheelGateController } from './wheel-gate-controller.js';

/**
 * The table view's element, `<sister-city-list>`, imported when a reader
 * first shows the table or the map cannot be drawn, and ahead of that once
 * the map is drawn (when the page is idle): a map page does not wait for its
 * 6 KiB before drawing. A failed load is forgotten: the next toggle retries.
 */
const importTable = loadOnce(() => import('../sister-city-list/define.js'));

/** The heading's level when `heading-level` is absent or invalid (the property's initial value too). */
const DEFAULT_HEADING_LEVEL = 2;

/** Detail of `sister-city-select`. */
export interface SisterCitySelectDetail {
  /** The partner's id in the dataset, e.g. `seoul`. */
  id: string;
}

/** Detail of `sister-city-map-ready`. */
export interface SisterCityMapReadyDetail {
  /** How many partner markers were drawn. */
  partners: number;
}

declare module '../core/widget-element.js' {
  interface WidgetEventMap {
    'sister-city-select': SisterCitySelectDetail;
    'sister-city-map-ready': SisterCityMapReadyDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sister-city-select': CustomEvent<SisterCitySelectDetail>;
    'sister-city-map-ready': CustomEvent<SisterCityMapReadyDetail>;
  }
}

/**
 * The placeholders Leaflet fills in a tile URL. Any other, matched as its `Util.template` matches
 * them, makes it throw for every tile, inside the map's creation: the whole map would fail.
 */
const TILE_PLACEHOLDERS = new Set(['s', 'z', 'x', 'y', 'r', '-y']);

/**
 * Why a `tiles` URL template is refused, or null when it is usable: an `https:`/`http:` URL
 * (relative URLs resolve against the page) with no placeholder but Leaflet's.
 */
function tileRefusal(value: string): string | null {
  const unknown = [...value.matchAll(/\{ *([\w -]+) *\}/g)].find((m) => !TILE_PLACEHOLDERS.has(m[1]));
  if (unknown) return `unknown placeholder ${unknown[0]} (only {s}, {z}, {x}, {y}, {-y} and {r})`;
  try {
    // (Prerendered, there is no page yet: a relative template takes the page's scheme, http: or https:.)
    const url = new URL(value.replace(/\{[^}]*\}/g, '0'), isServer ? 'https://localhost/' : document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return null;
  } catch {
    // not a URL: refused below, as any other scheme
  }
  return 'only https: and http: URL templates are allowed';
}

const optionalString = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => value || null,
};

/**
 * An interactive map of Jakarta and its sister-city partners: a marker for
 * every partner, great-circle arcs from Jakarta (across the Pacific to the
 * Americas), partner countries tinted, and a detail panel with the year,
 * type, related programmes, confidence and sources of the chosen partner. A
 * "Tampilkan sebagai tabel / Show as table" button swaps the map for the
 * accessible `<sister-city-list>` table.
 *
 * The map draws a vector world basemap shipped with the library (Natural
 * Earth), so by default it makes no request to any third party and works
 * offline and under a strict CSP. Leaflet and the basemap are loaded only when
 * the element comes near the viewport (see `loading`); until then, and while
 * its box has no size (a closed tab or accordion), the element shows a light
 * placeholder of its final size; if the map's files cannot be loaded, that
 * box holds the partners' table instead (a reader already in the table view
 * keeps that table, with a line saying the map failed), and a "Muat ulang peta /
 * Reload the map" button tries again. Scrolling the page over the map never zooms
 * it: the wheel zooms only after the map was clicked or focused, or with
 * Ctrl/⌘; on touch-first devices one finger scrolls the page and two move
 * the map. Markers closer than a tap target (44px) at the current zoom are
 * moved apart, with a leader line to their place, never under the zoom
 * buttons or the open panel (in a box under 300px wide, where the world view
 * leaves too little room, markers stay at least 32px apart, 33.6px at the
 * closest from 250 to 290px: more than the 24px of WCAG 2.5.8); a "Lewati
 * peta / Skip the map" link, shown on
 * focus, takes keyboard users past the markers. The zoom buttons sit at the
 * top left, in a row in boxes up to 640px wide (where the world leaves sea
 * above it), in a column otherwise; the fitted view
 * keeps every marker clear of them. They come before the map in Tab order,
 * as they come first in reading order. A marker reached with Tab is moved
 * into view, clear of the zoom buttons and of the open detail panel (WCAG
 * 2.4.11); with the panel open, the world may slide under the panel for
 * that, as far as the panel's edge. On a focused marker, + and − zoom around
 * it (it stays where it is), and the arrow keys pan the map: once the marker
 * has left the view, the focus is on the map (WCAG 2.4.7). A marker's city name, shown on hover
 * and focus, may cover its neighbours: the pointer can rest on it, and
 * Escape hides it until the pointer or the focus moves to another marker
 * (WCAG 1.4.13). An Escape that hides a name or closes the panel goes no
 * further: a `<dialog>` or a page's own modal around the map stays open until
 * the next one. While a new `src` or `data` loads, the map shows what it
 * showed (as every element does); the keyboard stays where it was, or on the
 * map when its marker is not in the new data.
 *
 * @summary Interactive Leaflet map of Jakarta's sister cities, with a detail panel and a table view.
 *
 * @attr {'id' | 'en'} lang - Language of the element. When absent, the nearest ancestor's `lang`, then `<html lang>`, then `id`.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme (default `light`; `auto` follows the reader's system).
 * @attr {string} src - URL of a dataset of the same schema; empty (default) for the bundled 2024 dataset. A file that cannot be used shows the fallback content (see Bad data in the README); invalid items in it are skipped.
 *
 * @fires {CustomEvent<{ id: string }>} sister-city-select - A reader chose a partner on the map (click, or Enter/Space on a focused marker); not fired when `selected` is set by code.
 * @fires {CustomEvent<{ partners: number }>} sister-city-map-ready - The map has been drawn, with its markers; again each time it shows new data (a new `src` or `data`), and when it is drawn anew (removed from the page and inserted in a later task, or given new `tiles`; a move within the same task keeps the map, and fires nothing).
 *
 * @cssprop --jgw-map-padding - Space between the element's edge and its content (default `0`, flush with the page's text / dark `0.75em`, inside its dark box).
 * @cssprop --jgw-map-height - Height of the map box, reserved before Leaflet loads; the `height` and `aspect-ratio` attributes override it (default `480px`).
 * @cssprop --jgw-map-water - Sea colour (default `#d6e6f2` / dark `#0e1926`).
 * @cssprop --jgw-map-land - Land colour (default `#f4f2ed` / dark `#2b323b`).
 * @cssprop --jgw-map-land-partner - Tint of partner countries (default: the accent mixed into the land colour).
 * @cssprop --jgw-map-border - Coastlines and country borders (default `#9aa5b1` / dark `#5b6673`).
 * @cssprop --jgw-map-arc - Colour of the arcs from Jakarta (default: the accent).
 * @cssprop --jgw-map-marker - Colour of the partner markers (default: the accent).
 * @cssprop --jgw-accent - Accent colour (default `#b3261e` / dark `#ff8a80`).
 * @cssprop --jgw-text - Text colour, and Jakarta's marker (default `#1f2328` / dark `#e6edf3`).
 * @cssprop --jgw-muted - Secondary text (default `#57606a` / dark `#9da7b3`).
 * @cssprop --jgw-surface - Background of panels and controls (default `#ffffff` / dark `#161b22`).
 * @cssprop --jgw-border - Borders (default `#d0d7de` / dark `#3d444d`).
 * @cssprop --jgw-focus - Focus ring (default `#0b63ce` / dark `#58a6ff`).
 * @cssprop --jgw-radius - Corner radius (default `8px`).
 * @cssprop --jgw-font-family - Font stack (default: the system UI fonts).
 * @cssprop --jgw-font-size - Base font size; the other sizes are relative to it (default `medium`: the text size set in the reader's browser, 16px unless changed; never the page's).
 *
 * @csspart map - The map box (also holds the placeholder, the controls and the detail panel).
 * @csspart placeholder - What the map box shows until the map is drawn; when the map's files could not be loaded, a line saying so and the partners' table, scrolling inside the box.
 * @csspart panel - The detail panel of the selected partner.
 * @csspart toggle - The "Show as table" / "Show as map" button; "Reload the map" when the map could not be loaded.
 * @csspart table - The box holding the embedded `<sister-city-list>`.
 * @csspart about - The "Catatan tentang daftar ini / Notes on this list" disclosure under the summary ("23 mitra di 20 negara"): what the sources say about the list of partners as a whole, with the sources they cite (as `<sister-city-list>`'s `about`, which the map's table view leaves out).
 * @csspart download - The "Unduh data / Download the data" link under the map's heading (absent with `no-download`).
 * @csspart state - The loading, fallback or error box (from the shared base).
 * @csspart error - The error box, shown only with `debug` or `?jgw-debug`.
 * @csspart fallback - The box that holds the fallback content (or a neutral line) when the data cannot be shown.
 *
 * @slot - Fallback content shown before the script runs (e.g. a link to a static list of the partners), hidden once the element renders. Shown again, in the element's box, when its data cannot be used.
 *
 * @tag sister-city-map
 */
export class SisterCityMap extends WidgetElement {
  static override styles = [...WidgetElement.styles, skipLinkStyles, downloadStyles, aboutStyles, styles];
  static override properties: PropertyDeclarations = {
    region: {},
    selected: { reflect: true, converter: optionalString },
    open: { type: Boolean, reflect: true },
    noDownload: { type: Boolean, reflect: true, attribute: 'no-download' },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    height: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    loading: {},
    tiles: {},
    attribution: {},
    view: { state: true },
    announcement: { state: true },
    table: { state: true },
  };

  /**
   * Shows only the partners of one region: `all` (default), `asia`, `europe`,
   * `americas`, `africa` or `oceania`; the view fits the partners shown. An
   * unknown value shows all partners, with one console warning.
   */
  region: RegionFilter = 'all';

  /**
   * Id of the highlighted partner (e.g. `seoul`): its marker, arc, country
   * and table row are highlighted, the view shows it with the rest of the
   * region (a view the reader zoomed or moved keeps its zoom, and is only
   * panned to show it), and screen readers hear it once. Its detail panel opens only with
   * `open` (or a reader's click). A reader's choice is reflected here; closing
   * the panel removes the attribute. An unknown id selects nothing, with one
   * console warning.
   */
  selected = '';

  /**
   * Opens the detail panel of the `selected` partner (no effect without
   * `selected`). Set when a reader chooses a partner; removed, with
   * `selected`, when the panel is closed. Up to a map width of 640px the panel
   * is a sheet over the lower part of the map, above it a side panel (22em
   * wide: beside it, a narrower box would leave too thin a strip of the
   * world); either way the view is fitted to the part of the map the panel
   * leaves free (a view the reader zoomed or moved is kept, and panned only
   * for the partner to stand clear of the panel).
   */
  open = false;

  /**
   * Hides the "Unduh data / Download the data" link under the map's heading
   * (the partners of the region shown, as a CSV file made in the browser).
   */
  noDownload = false;

  /** The heading above the map; also the map region's accessible name (default "Kota kembar Jakarta" / "Jakarta’s sister cities"). */
  heading = '';

  /** Heading level of the heading, 2–6 (default 2; other values fall back to 2 with one warning); the detail panel's heading is one level below, its sections two (below `h6`, `role="heading"` with `aria-level` 7 or 8). */
  headingLevel = 2;

  /** Height of the map box as a CSS length (e.g. `480px`, `60vh`); wins over `aspect-ratio`. */
  height = '';

  /** Aspect ratio of the map box (e.g. `16/9`), used when `height` is not set. */
  aspectRatio = '';

  /**
   * `lazy` (default): Leaflet and the basemap are loaded when the element
   * comes within 200px of the viewport. `eager`: at once.
   */
  loading: string = 'lazy';

  /**
   * Optional raster tiles drawn over the built-in basemap: a URL template
   * such as `https://tile.example.org/{z}/{x}/{y}.png` (only `https:` and
   * `http:`, with Leaflet's placeholders `{s}` `{z}` `{x}` `{y}` `{-y}` `{r}`;
   * anything else is refused with a warning). Tiles are requested
   * with the page's origin as referrer; a tile that fails shows the vector
   * basemap under it. Set `attribution` too.
   */
  tiles = '';

  /** Attribution of `tiles`, shown as plain text (e.g. `© OpenStreetMap contributors`). */
  attribution = '';

  private view: 'map' | 'table' = 'map';
  private announcement = '';
  /** The table view's element (see `importTable`). */
  private table: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  private readonly wheel = new WheelGateController(this);
  private readonly map: MapLifecycleController = new MapLifecycleController(this, {
    request: () => this.mapRequest(),
    onSelect: (id) => this.onReaderSelect(id),
    onReady: (partners) => {
      this.emit('sister-city-map-ready', { partners });
      this.loadTableWhenIdle();
    },
    warn: (message) => this.warnOnce(message),
    wheel: this.wheel,
  });
  private pendingFocus: 'panel' | { marker: string } | null = null;
  private tableShown = false;
  private readonly controlHandlers = {
    zoomIn: () => this.map.view?.zoomBy(1),
    zoomOut: () => this.map.view?.zoomBy(-1),
    reset: () => this.map.resetView(),
  };

  /**
   * Resolves when the map has been drawn (the moment `sister-city-map-ready`
   * fires). It stays pending while the map is not needed (off-screen with
   * `loading="lazy"`, hidden, or showing the table), and a new promise starts
   * after the element is removed from the page.
   */
  get ready(): Promise<void> {
    return this.map.ready;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region') && !isUnset(this.region) && !isRegion(this.region)) {
      this.warnOnce(`unknown region "${this.region}"; showing all partners. Valid values: ${REGION_FILTERS.join(', ')}.`);
    }
    const refusal = changed.has('tiles') && this.tiles ? tileRefusal(this.tiles) : null;
    if (refusal) this.warnOnce(`tiles "${this.tiles}" refused: ${refusal}; showing the built-in basemap.`);
    if (changed.has('height') && this.height && !CSS.supports('height', this.height)) {
      this.warnOnce(`height "${this.height}" is not a CSS length; using the default height.`);
    }
    if (changed.has('aspectRatio') && this.aspectRatio && !CSS.supports('aspect-ratio', this.aspectRatio)) {
      this.warnOnce(`aspect-ratio "${this.aspectRatio}" is not a CSS aspect ratio; using the default height.`);
    }
    // Once by itself; after a failure, again only when a reader asks for the table (`onToggle`).
    if ((this.view === 'table' || this.map.status === 'failed') && this.table === 'idle') this.loadTable();
    this.announce();
  }

  private loadTableWhenIdle(): void {
    whenIdle(() => this.loadTable(), 2000);
  }

  private loadTable(): void {
    if (isServer || this.table === 'loading' || this.table === 'ready') return;
    if (customElements.get('sister-city-list')) {
      this.table = 'ready';
      return;
    }
    // A retry (the reader asked again after a failure) does not warn again, whichever file it names.
    const retry = this.table === 'failed';
    this.table = 'loading';
    importTable().then(
      () => (this.table = 'ready'),
      (error: unknown) => {
        if (!retry) this.warnOnce(`the table view: ${chunkFailure(error)}`);
        this.table = 'failed';
      },
    );
  }

  /** The last selection announced (once per choice, also when set by the attribute after the data arrived). */
  private announced = '';
  /** The language it was announced in. */
  private announcedIn = '';

  private announce(): void {
    const state = this.loader.state;
    // The status region must exist, empty, before its text is set (first render: no announcement yet).
    if (!this.hasUpdated || state.status !== 'ready') return;
    if (!this.selected) {
      // Emptied too, so that choosing the same partner again changes the region's text: announced again.
      this.announced = this.announcement = '';
      return;
    }
    const lang = this.language;
    if (this.selected === this.announced && !this.reannounce) {
      // The language changed (the element's or the page's): the sentence in the old one goes, unspoken.
      if (this.announcedIn !== lang) this.announcement = '';
      return;
    }
    this.reannounce = false;
    const partner = this.selectedPartner(state.data);
    this.announced = this.selected;
    this.announcedIn = lang;
    this.announcement = partner ? mapStrings[lang].announceSelected(partner.name[lang], partner.country.name[lang]) : '';
  }

  private reannounce = false;

  // ---------------------------------------------------------------- render

  private get activeRegion(): RegionFilter {
    return isRegion(this.region) ? this.region : 'all';
  }

  private get tileUrl(): string | null {
    return this.tiles && !tileRefusal(this.tiles) ? this.tiles : null;
  }

  private selectedPartner(data: Dataset): Partner | undefined {
    if (!this.selected) return undefined;
    const partner = data.partners.find((p) => p.id === this.selected);
    // A partner the loader skipped was reported with its file: no second warning.
    if (!partner && !reportedProblem(data, 'partners', this.selected)) this.warnOnce(`unknown partner "${this.selected}" in selected; nothing is selected.`);
    return partner;
  }

  /**
   * The map box's size from `height` / `aspect-ratio`, set through the CSSOM
   * (a `style` attribute, even one written by Lit's styleMap on first render,
   * is blocked by a strict `style-src`). Runs before the first paint.
   */
  private applyStageSize(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!stage) return;
    const height = this.height && CSS.supports('height', this.height) ? this.height : '';
    const ratio = !height && this.aspectRatio && CSS.supports('aspect-ratio', this.aspectRatio) ? this.aspectRatio : '';
    stage.style.height = height || (ratio ? 'auto' : '');
    stage.style.aspectRatio = ratio;
  }

  private get level(): number {
    return headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL, (m) => this.warnOnce(m), this.getAttribute('heading-level'));
  }

  /** The frame every state shares, so the map box keeps its size and its DOM. */
  private renderFrame(
    lang: Lang,
    parts: { summary?: string; stage: unknown; controls?: unknown; data?: Dataset; shown?: readonly Partner[] },
  ): TemplateResult {
    const s = mapStrings[lang];
    // The map's own files could not be loaded: the table shows the same partners, inside the map's box
    // (`renderPlaceholder`). A reader already in the table view keeps it, with its focus and its
    // sort; the failure is said above it.
    const failed = !!parts.data && this.map.status === 'failed';
    const table = this.view === 'table';
    // A heading of only spaces is none: it would be an empty heading (axe's empty-heading).
    const heading = this.heading?.trim() || (parts.data ? s.heading(parts.data.city.name[lang]) : s.headingGeneric);
    return html`<div class="frame" role="region" aria-labelledby="title" lang=${lang}>
      ${parts.data && !table && !failed ? skipLink('map-end', s.skipMap) : nothing}
      <div class="head">
        <div class="titles">
          ${headingTemplate(this.level, heading, { id: 'title', class: 'title' })}
          ${parts.summary ? html`<p class="summary">${parts.summary}</p>` : nothing}
          ${parts.data ? aboutList(parts.data, lang) : nothing}
          ${parts.shown?.length && !this.noDownload ? downloadLink(parts.shown, lang, formatNumber(parts.shown.length, lang)) : nothing}
        </div>
        ${parts.data ? this.renderToggle(s, failed, table) : nothing}
      </div>
      <div id="view">
        <div
          class="stage"
          part="map"
          ?hidden=${table}
          @keydown=${this.onStageKeyDown}
          @pointerover=${this.onStagePointerOver}
          @pointerleave=${this.onStagePointerLeave}
          @focusin=${this.onStageFocusIn}
        >
          ${parts.controls ?? nothing}
          <div class="map-slot"></div>
          ${parts.stage}
        </div>
        ${parts.data && !table && !failed ? skipTarget('map-end', s.mapEnd) : nothing}
        ${parts.data && (table || (this.tableShown && !failed)) ? this.renderTable(parts.data, lang, table) : nothing}
      </div>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }

  /**
   * One button whatever it says ("Show as table", "Show as map", "Reload the
   * map"), so that focus stays on it after a retry. It is as wide as the widest
   * of the three (the other two, unseen and unnamed, in its pseudo-elements):
   * changing its text moves nothing around it.
   */
  private renderToggle(s: (typeof mapStrings)[Lang], failed: boolean, table: boolean): TemplateResult {
    const label = failed ? s.retryMap : table ? s.showMap : s.showTable;
    const [a, b] = [s.showTable, s.showMap, s.retryMap].filter((text) => text !== label);
    return html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-controls="view"
      data-a=${a}
      data-b=${b}
      @click=${failed ? this.onRetry : this.onToggle}
    >
      <span>${label}</span>
    </button>`;
  }

  protected override renderLoading(lang: Lang): TemplateResult {
    return this.renderFrame(lang, { stage: super.renderLoading(lang) });
  }

  protected override renderError(message: string, lang: Lang, technical?: string): TemplateResult {
    return this.renderFrame(lang, { stage: super.renderError(message, lang, technical) });
  }

  protected renderReady(data: Dataset, lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    const region = this.activeRegion;
    const shown = filterByRegion(data.partners, region);
    const countries = new Set(shown.map((p) => p.country.code)).size;
    // Every partner counted, as the table lists them; those the map cannot place are said to be missing from it.
    const offMap = shown.filter((p) => !hasCoordinates(p)).length;
    const summary =
      s.summary(
        region === 'all' ? null : partnerStrings[lang][`region_${region}`],
        formatNumber(shown.length, lang),
        formatNumber(countries, lang),
        shown.length,
        countries,
      ) + (offMap ? s.offMap(formatNumber(offMap, lang)) : '');
    const selected = this.selectedPartner(data);
    const rt = this.map.status === 'ready' ? this.map.rt : undefined;
    return this.renderFrame(lang, {
      summary,
      data,
      shown,
      // Before the map in the DOM, as they are at its top left: Tab reaches them before the markers.
      controls: rt ? rt.renderControls(lang, this.controlHandlers) : nothing,
      // The help is the map's description (aria-describedby), read when the reader reaches the map;
      // hidden, so not read a second time in the page's order, nor while the map loads or has failed.
      stage: html`
        <p hidden id="map-help">${s.mapHelp}</p>
        ${rt ? this.renderOnMap(rt, data, lang, selected) : this.renderPlaceholder(lang, data)}
      `,
    });
  }

  /**
   * The map's box before the map: "Loading the map…"; once the map has failed,
   * the message and the partners' table, scrolling inside the reserved box
   * (as in the prerendered map), so nothing below the box moves.
   */
  private renderPlaceholder(lang: Lang, data: Dataset): TemplateResult {
    const s = mapStrings[lang];
    return this.map.status === 'failed' && this.view === 'map'
      ? html`<div class="placeholder placeholder--table" part="placeholder">
          <p class="failed" role="status">${this.failedText(s)}</p>
          ${this.renderTable(data, lang, true)}
        </div>`
      : html`<div class="placeholder" part="placeholder">
          <p class="placeholder__text">${s.mapLoading}</p>
        </div>`;
  }

  /** What the failed map says above its table (in its box, or in the table view). */
  private failedText(s: (typeof mapStrings)[Lang]): string {
    return this.table === 'failed' ? s.mapAndTableFailed : s.mapFailedTable;
  }

  /** What lies on the drawn map after it in the DOM: the wheel hint, the detail panel, credits. */
  private renderOnMap(rt: typeof Runtime, data: Dataset, lang: Lang, selected: Partner | undefined): TemplateResult {
    return html`${rt.renderHint(lang, this.wheel.hint)}
    ${selected && this.open
      ? rt.renderPanel(selected, data, lang, { level: this.level, region: this.activeRegion, onClose: this.onClose })
      : nothing}
    ${rt.renderAttribution(lang, this.tileUrl ? this.attribution : '')}`;
  }

  /**
   * The table view: the same dataset as the map (`data`, which wins over `src`, as the map's own
   * does), so the map, the table and the CSV download never show different partners.
   */
  private renderTable(data: Dataset, lang: Lang, visible: boolean): TemplateResult {
    const s = mapStrings[lang];
    // The table's own line (loading, or failed). The map failed: in the table view, that failure; in
    // the map's box, none (the placeholder's line above says it all, and a status line going away
    // would move the table).
    const status =
      this.map.status === 'failed'
        ? this.view === 'table' && this.failedText(s)
        : this.table !== 'ready' && (this.table === 'failed' ? s.tableFailed : s.tableLoading);
    return html`<div class="table" part="table" ?hidden=${!visible}>
      ${status ? html`<p class="table-status" role="status">${status}</p>` : nothing}
      <sister-city-list
        no-controls
        no-download
        .region=${this.activeRegion}
        lang=${lang}
        theme=${this.theme}
        src=${this.src}
        .data=${this.data}
        selected=${this.selectedPartner(data)?.id ?? ''}
      ></sister-city-list>
    </div>`;
  }

  // ------------------------------------------------------------- lifecycle

  /** What the map should show (see `MapLifecycleController`); null while the data is not ready. */
  private mapRequest(): MapRequest | null {
    const state = this.loader.state;
    if (state.status !== 'ready') return null;
    const { data } = state;
    return {
      data,
      region: this.activeRegion,
      lang: this.language,
      tiles: this.tileUrl,
      selected: this.selectedPartner(data)?.id ?? null,
      shown: this.view === 'map',
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyStageSize();
    this.map.update();
    if (changed.has('selected') || changed.has('open')) this.map.follow();
    this.applyFocus();
  }

  private applyFocus(): void {
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = null;
    if (target === 'panel') {
      this.renderRoot.querySelector<HTMLElement>('.panel__title')?.focus();
    } else {
      const marker = this.map.view?.markerElement(target.marker);
      (marker ?? this.map.container)?.focus();
    }
  }

  // ---------------------------------------------------------------- events

  private onReaderSelect(id: string): void {
    this.selected = id;
    this.open = true;
    this.reannounce = true;
    this.pendingFocus = 'panel';
    this.requestUpdate(); // the same partner again changes no property, but focus must still move
    this.emit('sister-city-select', { id });
  }

  private closePanel(): void {
    if (!this.selected) return;
    this.pendingFocus = { marker: this.selected };
    this.selected = '';
    this.open = false;
  }

  private onClose = (): void => this.closePanel();

  private onStageKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    // An Escape that closes the panel, or hides a city's name, is used up: in a `<dialog>` (or a
    // page's own modal, listening above the map) it must not close that as well. One that did
    // neither goes on as usual, and closes those.
    if (this.selected && this.renderRoot.querySelector('.panel')) this.closePanel();
    else if (!this.dismissName()) return;
    e.preventDefault();
    e.stopPropagation();
  };

  /**
   * A city's name shown on hover or focus may cover the markers near it (WCAG 1.4.13, content on
   * hover or focus): Escape hides it, with the pointer on the marker or the focus on it, until the
   * pointer or the focus moves to another marker. It stays while the pointer is over the name itself.
   * The marker hidden, or null.
   */
  private dismissed: Element | null = null;

  private dismissName(): boolean {
    const stage = this.renderRoot.querySelector('.stage');
    const focused = (this.renderRoot as ShadowRoot).activeElement?.closest('.marker');
    const marker = stage?.querySelector('.marker:hover') ?? focused;
    if (!stage || !marker || marker === this.dismissed) return false;
    this.dismissed = marker;
    stage.classList.add('names-dismissed');
    return true;
  }

  private showNames(marker: Element | null): void {
    if (!this.dismissed || marker === this.dismissed) return;
    this.dismissed = null;
    this.renderRoot.querySelector('.stage')?.classList.remove('names-dismissed');
  }

  /** Escape pressed with the focus elsewhere on the page, while the pointer is on a marker. */
  private onDocumentKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.dismissName();
  };

  private onStagePointerOver = (e: PointerEvent): void => {
    const marker = (e.target as Element).closest('.marker');
    this.showNames(marker);
    if (marker) document.addEventListener('keydown', this.onDocumentKeyDown);
  };

  private onStagePointerLeave = (): void => {
    document.removeEventListener('keydown', this.onDocumentKeyDown);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.onStagePointerLeave(); // removed under the pointer: no pointerleave comes
  }

  private onStageFocusIn = (e: FocusEvent): void => this.showNames((e.target as Element).closest('.marker'));

  /** After a failure: the map's files again (a file that was missing or offline may be there now), shown. */
  private onRetry = (): void => {
    this.view = 'map';
    this.map.retry();
  };

  private onToggle = (): void => {
    this.view = this.view === 'map' ? 'table' : 'map';
    if (this.view === 'table') this.tableShown = true;
    if (this.view === 'table' && this.table === 'failed') this.loadTable();
  };
}
