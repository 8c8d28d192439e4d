import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { coreStrings, formatNumber } from '../core/i18n.js';
import type { Dataset, Lang, Partner } from '../core/types.js';
import { WidgetElement } from '../core/widget-element.js';
import { filterByRegion, isRegion, REGION_FILTERS as REGIONS, type RegionFilter } from '../core/partners.js';
import type { Bounds } from './geo.js';
import type { MapView } from './leaflet-adapter.js';
import type * as Runtime from './map-runtime.js';
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

const HINT_MS = 1600;

let runtime: Promise<typeof Runtime> | undefined;

/** The map's lazily loaded half (Leaflet adapter, basemap, styles, panel); once per page. */
function loadRuntime(): Promise<typeof Runtime> {
  if (!runtime) {
    runtime = import('./map-runtime.js');
    runtime.catch(() => {
      runtime = undefined;
    });
  }
  return runtime;
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
 * Ctrl/⌘; on touch-first devices one finger scrolls the page and two move
 * the map.
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
  static override styles = [...WidgetElement.styles, styles];

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

  /** The lazily loaded half, once loaded (see `loadRuntime`). */
  private rt: typeof Runtime | undefined;
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
  private mapStylesAdopted = false;
  private readonly controlHandlers = {
    zoomIn: () => this.mapView?.zoomBy(1),
    zoomOut: () => this.mapView?.zoomBy(-1),
    reset: () => {
      if (this.bounds) this.mapView?.fitBounds(this.bounds);
    },
  };
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
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  /** The frame every state shares, so the map box keeps its size and its DOM. */
  private renderFrame(
    lang: Lang,
    parts: { heading: string; summary?: string; stage: unknown; data?: Dataset },
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
    const rt = this.rt;
    return this.renderFrame(lang, {
      heading: this.heading || s.heading(data.city.name[lang]),
      summary,
      data,
      stage: html`
        <p class="sr-only" id="map-help">${s.mapHelp}</p>
        ${ready && rt ? this.renderOnMap(rt, data, lang, selected) : this.renderPlaceholder(lang)}
      `,
    });
  }

  private renderPlaceholder(lang: Lang): TemplateResult {
    const s = mapStrings[lang];
    return html`<div class="placeholder" part="placeholder">
      <p class="placeholder__text">${this.mapStatus === 'failed' ? s.mapFailed : s.mapLoading}</p>
    </div>`;
  }

  /** What lies on the drawn map: controls, the wheel hint, the detail panel, credits. */
  private renderOnMap(rt: typeof Runtime, data: Dataset, lang: Lang, selected: Partner | undefined): TemplateResult {
    return html`${rt.renderControls(lang, this.controlHandlers)} ${rt.renderHint(this.hint)}
    ${selected
      ? rt.renderPanel(selected, data, lang, { level: this.level, region: this.activeRegion, onClose: this.onClose })
      : nothing}
    ${rt.renderAttribution(lang, this.tileUrl ? this.attribution : '')}`;
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
    this.applyStageSize();
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
    this.mapStatus = 'loading';
    void this.createMap(++this.generation);
  }

  /** Loads the map's half, Leaflet and the basemap, then draws. Never throws: a failure shows in the placeholder. */
  private async createMap(token: number): Promise<void> {
    let libs: [typeof Runtime, Awaited<ReturnType<typeof Runtime.loadLeaflet>>, Runtime.Basemap];
    try {
      const rt = await loadRuntime();
      libs = await Promise.all([rt, rt.loadLeaflet(), rt.loadBasemap()]);
    } catch (error) {
      if (token === this.generation) {
        this.creating = false;
        this.fail(error);
      }
      return;
    }
    if (token !== this.generation) return; // removed or re-keyed meanwhile
    this.creating = false;
    const [rt, L, basemap] = libs;
    this.adoptMapStyles(rt);
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
    try {
      this.mapView = rt.createMapView(L, {
        container,
        basemap,
        bounds: rt.buildScene(data, this.activeRegion, this.language).bounds,
        homeLon: data.city.lon,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        dragging: !matchMedia('(pointer: coarse)').matches,
        tiles: this.tileUrl ?? undefined,
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
    await this.updateComplete;
    if (token !== this.generation || !this.mapView) return;
    if (this.selected) this.revealSelected();
    this.readyState.resolve();
    this.emit('sister-city-map-ready', { partners: this.drawnPartners });
  }

  private fail(error: unknown): void {
    this.mapStatus = 'failed';
    this.warnOnce(`the map could not be drawn (${(error as Error)?.message ?? error}); the table view still works.`);
  }

  private mapKeyFor(data: Dataset): string {
    return `${this.tileUrl ?? ''}|${data.city.lon >= 0}`;
  }

  /**
   * Adopts the map's styles (Leaflet's CSS included) after the element's own,
   * once they have loaded; the element's first paint does not carry them.
   */
  private adoptMapStyles(rt: typeof Runtime): void {
    this.rt = rt;
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot) || this.mapStylesAdopted) return;
    adoptStyles(root, [...(this.constructor as typeof SisterCityMap).elementStyles, ...rt.mapViewStyles]);
    this.mapStylesAdopted = true;
  }

  /** Brings the map in line with the data, region, language and selection. */
  private syncMap(data: Dataset): void {
    const view = this.mapView;
    const rt = this.rt;
    if (!view || !rt) return;
    const unlocated = rt.unlocatedIds(data);
    if (unlocated.length) {
      this.warnOnce(
        `partner${unlocated.length === 1 ? '' : 's'} ${unlocated.map((id) => `"${id}"`).join(', ')} ` +
          `without valid coordinates ${unlocated.length === 1 ? 'is' : 'are'} not drawn on the map (still listed in the table).`,
      );
    }
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
      const scene = rt.buildScene(data, region, lang);
      view.setScene(scene);
      this.drawnPartners = scene.partners.length;
      this.bounds = scene.bounds;
      // A new region or dataset gets a new view; a language change keeps the reader's.
      if (this.sceneData && (data !== this.sceneData || region !== this.fitKey)) view.fitBounds(scene.bounds);
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
