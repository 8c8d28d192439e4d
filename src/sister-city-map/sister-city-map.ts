import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { coreStrings, formatDate, formatNumber, formatYear } from '../core/i18n.js';
import type { Dataset, Lang, Partner } from '../core/types.js';
import { safeUrl } from '../core/url.js';
import { WidgetElement } from '../core/widget-element.js';
import {
  filterByRegion,
  hasCoordinates,
  isRegion,
  notesOf,
  programsOfPartner,
  REGIONS,
  sourcesOf,
  type RegionFilter,
} from '../sister-city-list/partners.js';
import { BASEMAP_CREDIT_URL, loadBasemap } from './basemap.js';
import { boundsOf, greatCircle, isValidCoordinate, padBounds, type Bounds, type LatLon } from './geo.js';
import { createMapView, loadLeaflet, type MapView, type Scene, type ScenePartner } from './leaflet-adapter.js';
import { styles } from './sister-city-map.styles.js';
import { mapStrings } from './sister-city-map.strings.js';

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

const LEAFLET_URL = 'https://leafletjs.com/';
const ARC_SEGMENTS = 64;
const HINT_MS = 1600;

/**
 * A partner the map can draw. `src` datasets are validated (bad coordinates
 * become null); the bundled one is checked by the test suite, and checked
 * again here so that a bad value can never throw inside Leaflet.
 */
function located(p: Partner): p is Partner & { lat: number; lon: number } {
  return hasCoordinates(p) && isValidCoordinate(p.lat, p.lon);
}

/** Great-circle arcs from the home city, computed once per dataset. */
const arcCache = new WeakMap<Dataset, Map<string, LatLon[]>>();

function arcOf(data: Dataset, partner: Partner & { lat: number; lon: number }): LatLon[] {
  let arcs = arcCache.get(data);
  if (!arcs) arcCache.set(data, (arcs = new Map()));
  let arc = arcs.get(partner.id);
  if (!arc) {
    arc = greatCircle([data.city.lat, data.city.lon], [partner.lat, partner.lon], ARC_SEGMENTS);
    arcs.set(partner.id, arc);
  }
  return arc;
}

/** A `tiles` URL template if it is `https:`/`http:` (relative URLs resolve against the page), else null. */
function tileTemplate(value: string): string | null {
  try {
    const url = new URL(value.replace(/\{[^}]*\}/g, '0'), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

const optionalString = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => value || null,
};

function deferred(): { promise: Promise<void>; resolve: () => void; settled: boolean } {
  let resolve!: () => void;
  const d = { promise: new Promise<void>((r) => (resolve = r)), resolve: () => {}, settled: false };
  d.resolve = () => {
    d.settled = true;
    resolve();
  };
  return d;
}

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
 * placeholder of its final size. Scrolling the page over the map never zooms
 * it: the wheel zooms only after the map was clicked or focused, or with
 * Ctrl/⌘.
 *
 * @summary Interactive Leaflet map of Jakarta's sister cities, with a detail panel and a table view.
 *
 * @attr {'id' | 'en'} lang - Language of the element. When absent, the nearest ancestor's `lang`, then `<html lang>`, then `id`.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme (default `light`; `auto` follows the reader's system).
 * @attr {string} src - URL of a dataset of the same schema; empty (default) for the bundled 2024 dataset. A file that cannot be used shows a localized error.
 *
 * @fires sister-city-select - A reader chose a partner on the map (click, or Enter/Space on a focused marker); not fired when `selected` is set by code. {{ id: string }}
 * @fires sister-city-map-ready - The map has been drawn, with its markers (again after the element was removed and re-inserted). {{ partners: number }}
 *
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
 * @cssprop --jgw-font-size - Base font size (default `16px`).
 *
 * @csspart map - The map box (also holds the placeholder, the controls and the detail panel).
 * @csspart placeholder - What the map box shows until the map is drawn (or when Leaflet could not be loaded).
 * @csspart panel - The detail panel of the selected partner.
 * @csspart toggle - The "Show as table" / "Show as map" button.
 * @csspart table - The box holding the embedded `<sister-city-list>`.
 * @csspart state - The loading or error box (from the shared base).
 * @csspart error - The error box.
 *
 * @slot - Fallback content shown before the script runs (e.g. a link to a static list of the partners), hidden once the element renders.
 *
 * @tag sister-city-map
 */
export class SisterCityMap extends WidgetElement {
  static override styles = [...WidgetElement.styles, ...styles];

  /**
   * Shows only the partners of one region: `all` (default), `asia`, `europe`,
   * `americas`, `africa` or `oceania`; the view fits the partners shown. An
   * unknown value shows all partners, with one console warning.
   */
  @property() region: string = 'all';

  /**
   * Id of the selected partner (e.g. `seoul`): its marker and arc are
   * highlighted and the detail panel is open. A reader's choice is reflected
   * here; closing the panel removes the attribute. An unknown id selects
   * nothing, with one console warning.
   */
  @property({ reflect: true, converter: optionalString }) selected = '';

  /** The heading above the map; also the map region's accessible name (default "Kota kembar Jakarta" / "Jakarta’s sister cities"). */
  @property() heading = '';

  /** Heading level of the heading, 1–6 (default 2); the detail panel's heading is one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Height of the map box as a CSS length (e.g. `480px`, `60vh`); wins over `aspect-ratio`. */
  @property() height = '';

  /** Aspect ratio of the map box (e.g. `16/9`), used when `height` is not set. */
  @property({ attribute: 'aspect-ratio' }) aspectRatio = '';

  /**
   * `lazy` (default): Leaflet and the basemap are loaded when the element
   * comes within 200px of the viewport. `eager`: at once.
   */
  @property() loading: string = 'lazy';

  /**
   * Optional raster tiles drawn over the built-in basemap: a URL template
   * such as `https://tile.example.org/{z}/{x}/{y}.png` (only `https:` and
   * `http:`; anything else is refused with a warning). Tiles are requested
   * with the page's origin as referrer; a tile that fails shows the vector
   * basemap under it. Set `attribution` too.
   */
  @property() tiles = '';

  /** Attribution of `tiles`, shown as plain text (e.g. `© OpenStreetMap contributors`). */
  @property() attribution = '';

  @state() private view: 'map' | 'table' = 'map';
  @state() private mapStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private announcement = '';
  @state() private hint = '';

  private mapView: MapView | undefined;
  private mapContainer: HTMLElement | undefined;
  /** What the current map was created for; a change re-creates it. */
  private mapKey = '';
  private sceneData: Dataset | undefined;
  private sceneKey = '';
  private fitKey = '';
  private bounds: Bounds | undefined;
  private generation = 0;
  private creating = false;
  private near = false;
  private size = { width: 0, height: 0 };
  private observedStage: Element | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeFrame = 0;
  private wheelArmed = false;
  private pendingFocus: 'panel' | { marker: string } | null = null;
  private tableShown = false;
  private readyState = deferred();
  private drawnPartners = 0;
  /** Capture phase: runs before Leaflet's own wheel handler on the map container. */
  private readonly wheelListener = { handleEvent: (e: WheelEvent) => this.onStageWheel(e), capture: true };

  /**
   * Resolves when the map has been drawn (the moment `sister-city-map-ready`
   * fires). It stays pending while the map is not needed (off-screen with
   * `loading="lazy"`, hidden, or showing the table), and a new promise starts
   * after the element is removed from the page.
   */
  get ready(): Promise<void> {
    return this.readyState.promise;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.updateComplete.then(() => this.setUp());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move in the DOM disconnects and reconnects at once: keep the map then.
    queueMicrotask(() => {
      if (!this.isConnected) this.tearDown();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region') && !isRegion(this.region)) {
      this.warnOnce(`unknown region "${this.region}"; showing all partners. Valid values: ${REGIONS.join(', ')}.`);
    }
    if (changed.has('tiles') && this.tiles && !tileTemplate(this.tiles)) {
      this.warnOnce(`tiles "${this.tiles}" refused: only https: and http: URL templates are allowed; showing the built-in basemap.`);
    }
    if (changed.has('height') && this.height && !CSS.supports('height', this.height)) {
      this.warnOnce(`height "${this.height}" is not a CSS length; using the default height.`);
    }
    if (changed.has('aspectRatio') && this.aspectRatio && !CSS.supports('aspect-ratio', this.aspectRatio)) {
      this.warnOnce(`aspect-ratio "${this.aspectRatio}" is not a CSS aspect ratio; using the default height.`);
    }
    if (changed.has('selected') && this.hasUpdated && this.selected) {
      const state = this.loader.state;
      const partner = state.status === 'ready' ? state.data.partners.find((p) => p.id === this.selected) : undefined;
      const lang = this.language;
      this.announcement = partner ? mapStrings[lang].announceSelected(partner.name[lang], partner.country.name[lang]) : '';
    }
  }

  // ---------------------------------------------------------------- render

  private get activeRegion(): RegionFilter {
    return isRegion(this.region) ? this.region : 'all';
  }

  private get tileUrl(): string | null {
    return this.tiles ? tileTemplate(this.tiles) : null;
  }

  private selectedPartner(data: Dataset): Partner | undefined {
    if (!this.selected) return undefined;
    const partner = data.partners.find((p) => p.id === this.selected);
    if (!partner) this.warnOnce(`unknown partner "${this.selected}" in selected; nothing is selected.`);
    return partner;
  }

  private get stageStyle(): Record<string, string> {
    if (this.height && CSS.supports('height', this.height)) return { height: this.height };
    if (this.aspectRatio && CSS.supports('aspect-ratio', this.aspectRatio)) {
      return { height: 'auto', aspectRatio: this.aspectRatio };
    }
    return {};
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  /** The frame every state shares, so the map box keeps its size and its DOM. */
  private renderFrame(
    lang: Lang,
    parts: { heading: string; summary?: string; stage: unknown; data?: Dataset; selected?: Partner },
  ): TemplateResult {
    const s = mapStrings[lang];
    const table = this.view === 'table';
    return html`<div class="frame" role="region" aria-labelledby="title">
      <div class="head">
        <div class="titles">
          <div class="title" id="title" role="heading" aria-level=${this.level}>${parts.heading}</div>
          ${parts.summary ? html`<p class="summary">${parts.summary}</p>` : nothing}
        </div>
        ${parts.data
          ? html`<button type="button" class="toggle" part="toggle" aria-controls="view" @click=${this.onToggle}>
              ${table ? s.showMap : s.showTable}
            </button>`
          : nothing}
      </div>
      <div id="view">
        <div
          class="stage"
          part="map"
          style=${styleMap(this.stageStyle)}
          ?hidden=${table}
          @keydown=${this.onStageKeyDown}
          @focusin=${this.onStageFocusIn}
          @focusout=${this.onStageFocusOut}
          @pointerdown=${this.onStagePointerDown}
          @pointerleave=${this.onStagePointerLeave}
          @wheel=${this.wheelListener}
        >
          <div class="map-slot"></div>
          ${parts.stage}
        </div>
        ${parts.data && (table || this.tableShown) ? this.renderTable(parts.data, lang, table) : nothing}
      </div>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }

  protected override renderLoading(lang: Lang): TemplateResult {
    return this.renderFrame(lang, {
      heading: this.heading || mapStrings[lang].headingGeneric,
      stage: super.renderLoading(lang),
    });
  }

  protected override renderError(message: string, lang: Lang): TemplateResult {
    return this.renderFrame(lang, {
      heading: this.heading || mapStrings[lang].headingGeneric,
      stage: super.renderError(message, lang),
    });
  }

  protected renderReady(data: Dataset, lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    const region = this.activeRegion;
    const shown = filterByRegion(data.partners, region);
    const countries = new Set(shown.map((p) => p.country.code)).size;
    const summary = s.summary(
      region === 'all' ? null : coreStrings[lang][`region_${region}`],
      formatNumber(shown.length, lang),
      formatNumber(countries, lang),
      shown.length,
      countries,
    );
    const selected = this.selectedPartner(data);
    const ready = this.mapStatus === 'ready';
    return this.renderFrame(lang, {
      heading: this.heading || s.heading(data.city.name[lang]),
      summary,
      data,
      selected,
      stage: html`
        <p class="sr-only" id="map-help">${s.mapHelp}</p>
        ${ready ? this.renderControls(lang) : this.renderPlaceholder(lang)}
        ${ready
          ? html`<div class="hint" aria-hidden="true" ?hidden=${!this.hint}>
              <span class="hint__text">${this.hint}</span>
            </div>`
          : nothing}
        ${selected ? this.renderPanel(selected, data, lang) : nothing} ${this.renderAttribution(lang)}
      `,
    });
  }

  private renderPlaceholder(lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    return html`<div class="placeholder" part="placeholder">
      <p class="placeholder__text">${this.mapStatus === 'failed' ? s.mapFailed : s.mapLoading}</p>
    </div>`;
  }

  private renderControls(lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    return html`<div class="controls" role="group" aria-label=${s.controlsLabel}>
      <button type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${this.onZoomIn}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 5v14M5 12h14"></path></svg>
      </button>
      <button type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${this.onZoomOut}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14"></path></svg>
      </button>
      <button type="button" aria-label=${s.resetView} title=${s.resetView} @click=${this.onReset}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9V4h5M20 15v5h-5M4 4l6 6M20 20l-6-6M15 4h5v5M9 20H4v-5"></path>
        </svg>
      </button>
    </div>`;
  }

  private renderAttribution(lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    const newTab = html`<span class="sr-only"> ${coreStrings[lang].opensInNewTab}</span>`;
    const tiles = this.tileUrl && this.attribution;
    return html`<div class="attribution">
      <a href=${LEAFLET_URL} target="_blank" rel="noopener noreferrer">${s.creditLeaflet}${newTab}</a
      ><span class="attribution__sep" aria-hidden="true">|</span
      ><a href=${BASEMAP_CREDIT_URL} target="_blank" rel="noopener noreferrer">${s.creditNaturalEarth}${newTab}</a
      >${tiles
        ? html`<span class="attribution__sep" aria-hidden="true">|</span><span>${this.attribution}</span>`
        : nothing}
    </div>`;
  }

  private renderPanel(p: Partner, data: Dataset, lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    const core = coreStrings[lang];
    const programs = programsOfPartner(p.id, data);
    const notes = notesOf(p, data);
    const sources = sourcesOf(p, data);
    const region = this.activeRegion;
    const outside = region !== 'all' && p.region !== region;
    const sub = Math.min(6, this.level + 1);
    return html`<section class="panel" part="panel" aria-labelledby="panel-title">
      <div class="panel__head">
        <div class="panel__title" id="panel-title" role="heading" aria-level=${sub} tabindex="-1">
          ${p.name[lang]}
        </div>
        <button type="button" class="panel__close" aria-label=${s.close} title=${s.close} @click=${this.onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13"></path></svg>
        </button>
      </div>
      <dl class="facts">
        <dt>${s.country}</dt>
        <dd>${p.country.name[lang]}</dd>
        <dt>${s.kind}</dt>
        <dd>${core[`kind_${p.kind}`]}</dd>
        <dt>${s.since}</dt>
        <dd>${p.since === null ? html`<span class="muted">${core.yearUnknown}</span>` : formatYear(p.since, lang)}</dd>
        <dt>${s.confidence}</dt>
        <dd>${core[`confidence_${p.confidence}`]}</dd>
      </dl>
      ${!located(p)
        ? html`<p class="panel__note">${s.noLocation}</p>`
        : outside
          ? html`<p class="panel__note">${s.notOnMap(core[`region_${region}`])}</p>`
          : nothing}
      ${programs.length
        ? html`<div class="panel__section" role="heading" aria-level=${Math.min(6, sub + 1)}>${s.programs}</div>
            <ul>
              ${programs.map((pr) => html`<li>${pr.title[lang]}</li>`)}
            </ul>`
        : nothing}
      ${notes.length
        ? html`<div class="panel__section" role="heading" aria-level=${Math.min(6, sub + 1)}>${core.note}</div>
            <ul>
              ${notes.map((n) => html`<li>${n.text[lang]}</li>`)}
            </ul>`
        : nothing}
      ${sources.length
        ? html`<div class="panel__section" role="heading" aria-level=${Math.min(6, sub + 1)}>${core.sources}</div>
            <ul>
              ${sources.map((source) => {
                const url = safeUrl(source.url);
                const date = source.date ? html` (${formatDate(source.date, lang)})` : nothing;
                return url
                  ? html`<li>
                      <a href=${url} target="_blank" rel="noopener noreferrer"
                        >${source.publisher}: ${source.title}<span class="sr-only"> ${core.opensInNewTab}</span></a
                      >${date}
                    </li>`
                  : html`<li>${source.publisher}: ${source.title}${date}</li>`;
              })}
            </ul>`
        : nothing}
    </section>`;
  }

  private renderTable(data: Dataset, lang: Lang, visible: boolean): TemplateResult {
    const selected = this.selected && data.partners.some((p) => p.id === this.selected) ? this.selected : '';
    return html`<div class="table" part="table" ?hidden=${!visible}>
      <sister-city-list
        no-controls
        .region=${this.activeRegion}
        lang=${lang}
        theme=${this.theme}
        src=${this.src}
        selected=${selected}
      ></sister-city-list>
    </div>`;
  }

  // ------------------------------------------------------------- lifecycle

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.loader.state;
    if (state.status !== 'ready' && this.mapView) this.destroyMap();
    this.setUp();
    if (state.status === 'ready') this.syncMap(state.data);
    if (changed.has('selected') && this.selected) this.revealSelected();
    this.applyFocus();
  }

  /** Observers on the map box, once it exists; idempotent. */
  private setUp(): void {
    if (!this.isConnected) return;
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage) return;
    if (stage !== this.observedStage) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
      this.resizeObserver.observe(stage);
      this.observedStage = stage;
    }
    if (!this.near && !this.intersectionObserver) {
      if (this.loading === 'eager') {
        this.near = true;
      } else {
        this.intersectionObserver = new IntersectionObserver(
          (entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            this.near = true;
            this.intersectionObserver?.disconnect();
            this.intersectionObserver = undefined;
            this.maybeCreateMap();
          },
          { rootMargin: '200px' },
        );
        this.intersectionObserver.observe(this);
      }
    }
    this.maybeCreateMap();
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const rect = entries[entries.length - 1]?.contentRect;
    if (!rect || rect.width === 0 || rect.height === 0) return; // hidden: keep the last good size
    // Acted on in the next frame: changing the DOM inside the observer's
    // callback would make it loop ("ResizeObserver loop completed…").
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => this.applySize(rect));
  }

  private applySize(rect: DOMRectReadOnly): void {
    const changed = rect.width !== this.size.width || rect.height !== this.size.height;
    this.size = { width: rect.width, height: rect.height };
    if (this.mapView) {
      if (changed) this.mapView.resize();
    } else {
      this.maybeCreateMap();
    }
  }

  private hasSize(): boolean {
    const stage = this.observedStage as HTMLElement | undefined;
    return !!stage && this.size.width > 0 && this.size.height > 0 && stage.offsetWidth > 0 && stage.offsetHeight > 0;
  }

  private maybeCreateMap(): void {
    if (this.mapView || this.creating || !this.near || !this.isConnected || this.view !== 'map') return;
    if (this.loader.state.status !== 'ready' || !this.hasSize()) return;
    this.creating = true;
    const token = ++this.generation;
    this.mapStatus = 'loading';
    Promise.all([loadLeaflet(), loadBasemap()]).then(
      ([L, basemap]) => {
        if (token !== this.generation) return;
        this.creating = false;
        const state = this.loader.state;
        const slot = this.renderRoot.querySelector('.map-slot');
        if (state.status !== 'ready' || !slot || !this.hasSize()) {
          this.mapStatus = 'idle';
          return;
        }
        const data = state.data;
        const container = document.createElement('div');
        container.className = 'map';
        container.setAttribute('role', 'region');
        container.setAttribute('aria-describedby', 'map-help');
        slot.append(container);
        const tiles = this.tileUrl;
        try {
          this.mapView = createMapView(L, {
            container,
            basemap,
            bounds: this.sceneFor(data, this.language).bounds,
            homeLon: data.city.lon,
            reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
            tiles: tiles ?? undefined,
            onSelect: (id) => this.onReaderSelect(id),
          });
        } catch (error) {
          container.remove();
          this.fail(error);
          return;
        }
        this.mapContainer = container;
        this.mapKey = this.mapKeyFor(data);
        this.sceneData = undefined;
        this.sceneKey = '';
        this.fitKey = '';
        this.syncMap(data);
        this.mapStatus = 'ready';
        void this.updateComplete.then(() => {
          if (token !== this.generation || !this.mapView) return;
          if (this.selected) this.revealSelected();
          this.readyState.resolve();
          this.emit('sister-city-map-ready', { partners: this.drawnPartners });
        });
      },
      (error: unknown) => {
        if (token !== this.generation) return;
        this.creating = false;
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): void {
    this.mapStatus = 'failed';
    this.warnOnce(`the map could not be drawn (${(error as Error)?.message ?? error}); the table view still works.`);
  }

  private mapKeyFor(data: Dataset): string {
    return `${this.tileUrl ?? ''}|${data.city.lon >= 0}`;
  }

  /** Markers, arcs, tint and bounds for the current data, region and language. */
  private sceneFor(data: Dataset, lang: Lang): Scene & { bounds: Bounds } {
    const home: LatLon = [data.city.lat, data.city.lon];
    const shown = filterByRegion(data.partners, this.activeRegion);
    const partners: ScenePartner[] = shown.filter(located).map((p) => {
      const arc = arcOf(data, p);
      const [lat, lon] = arc[arc.length - 1];
      return { id: p.id, name: p.name[lang], lat, lon, arc };
    });
    // Tab order follows the map, west to east.
    partners.sort((a, b) => a.lon - b.lon || a.lat - b.lat);
    const bounds = padBounds(boundsOf([home, ...partners.flatMap((p) => p.arc)])!, 0, 20);
    return {
      home: { name: data.city.name[lang], lat: home[0], lon: home[1] },
      partners,
      tinted: new Set(shown.filter(located).map((p) => p.country.code)),
      bounds,
    };
  }

  /** Brings the map in line with the data, region, language and selection. */
  private syncMap(data: Dataset): void {
    const unlocated = data.partners.filter((p) => !located(p)).map((p) => p.id);
    if (unlocated.length) {
      this.warnOnce(
        `partner${unlocated.length === 1 ? '' : 's'} ${unlocated.map((id) => `"${id}"`).join(', ')} ` +
          `without valid coordinates ${unlocated.length === 1 ? 'is' : 'are'} not drawn on the map (still listed in the table).`,
      );
    }
    const view = this.mapView;
    if (!view) return;
    if (this.mapKeyFor(data) !== this.mapKey) {
      // Tiles or the home hemisphere changed: build a new map.
      this.destroyMap();
      this.maybeCreateMap();
      return;
    }
    const lang = this.language;
    const region = this.activeRegion;
    const sceneKey = `${region}|${lang}`;
    if (data !== this.sceneData || sceneKey !== this.sceneKey) {
      const scene = this.sceneFor(data, lang);
      view.setScene(scene);
      this.drawnPartners = scene.partners.length;
      this.bounds = scene.bounds;
      // A new region or dataset gets a new view; a language change keeps the reader's.
      if (this.sceneData && (data !== this.sceneData || region !== this.fitKey)) view.fit(scene.bounds);
      this.fitKey = region;
      this.sceneData = data;
      this.sceneKey = sceneKey;
    }
    this.mapContainer?.setAttribute('aria-label', mapStrings[lang].mapLabel(data.city.name[lang]));
    const selected = this.selected && data.partners.some((p) => p.id === this.selected) ? this.selected : null;
    view.setSelected(selected);
  }

  /** Keeps the selected marker visible beside (or above) the detail panel. */
  private revealSelected(): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    const stage = this.observedStage as HTMLElement | undefined;
    if (!this.mapView || !panel || !stage) return;
    const beside = panel.offsetLeft > stage.clientWidth / 3;
    this.mapView.reveal(this.selected, {
      right: beside ? stage.clientWidth - panel.offsetLeft : 0,
      bottom: beside ? 0 : stage.clientHeight - panel.offsetTop,
    });
  }

  private destroyMap(): void {
    this.generation++;
    this.creating = false;
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapContainer?.remove();
    this.mapContainer = undefined;
    this.sceneData = undefined;
    this.wheelArmed = false;
    if (this.mapStatus !== 'idle') this.mapStatus = 'idle';
    if (this.readyState.settled) this.readyState = deferred();
  }

  private tearDown(): void {
    this.destroyMap();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedStage = undefined;
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
    clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    cancelAnimationFrame(this.resizeFrame);
    this.hint = '';
    this.near = false;
    this.size = { width: 0, height: 0 };
  }

  private applyFocus(): void {
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = null;
    if (target === 'panel') {
      this.renderRoot.querySelector<HTMLElement>('.panel__title')?.focus();
    } else {
      const marker = this.mapView?.markerElement(target.marker);
      (marker ?? this.mapContainer)?.focus();
    }
  }

  // ---------------------------------------------------------------- events

  private onReaderSelect(id: string): void {
    this.selected = id;
    this.pendingFocus = 'panel';
    this.requestUpdate(); // the same partner again changes no property, but focus must still move
    this.emit('sister-city-select', { id });
  }

  private closePanel(): void {
    if (!this.selected) return;
    this.pendingFocus = { marker: this.selected };
    this.selected = '';
  }

  private onClose = (): void => this.closePanel();

  private onStageKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.selected) {
      this.closePanel();
    }
  };

  private onToggle = (): void => {
    this.view = this.view === 'map' ? 'table' : 'map';
    if (this.view === 'table') this.tableShown = true;
  };

  private onZoomIn = (): void => this.mapView?.zoomBy(1);
  private onZoomOut = (): void => this.mapView?.zoomBy(-1);
  private onReset = (): void => {
    if (this.bounds) this.mapView?.fit(this.bounds);
  };

  private inMap(e: Event): boolean {
    return !!this.mapContainer && e.composedPath().includes(this.mapContainer);
  }

  private armWheel(on: boolean): void {
    this.wheelArmed = on;
    this.mapView?.setWheelZoom(on);
    if (on) this.hideHint();
  }

  private onStageFocusIn = (e: FocusEvent): void => {
    if (this.inMap(e)) this.armWheel(true);
  };

  private onStageFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (!next || !this.mapContainer?.contains(next)) this.armWheel(false);
  };

  private onStagePointerDown = (e: PointerEvent): void => {
    if (this.inMap(e)) this.armWheel(true);
  };

  private onStagePointerLeave = (): void => {
    if (this.wheelArmed) this.armWheel(false);
  };

  /**
   * Wheel over the map (capture phase, before Leaflet): zooms when the map was
   * clicked or focused, or with Ctrl/⌘ (then the page is not zoomed either);
   * otherwise the page scrolls as usual and a hint says how to zoom.
   */
  private onStageWheel(e: WheelEvent): void {
    const view = this.mapView;
    if (!view || !this.inMap(e) || this.wheelArmed) return;
    if (e.ctrlKey || e.metaKey) {
      if (!view.wheelZoom) view.setWheelZoom(true); // Leaflet's handler takes this event
      return;
    }
    if (view.wheelZoom) view.setWheelZoom(false);
    this.showHint();
  }

  private showHint(): void {
    const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    this.hint = mapStrings[this.language].wheelHint(mac ? '⌘' : 'Ctrl');
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.hideHint(), HINT_MS);
  }

  private hideHint(): void {
    clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    if (this.hint) this.hint = '';
  }
}
