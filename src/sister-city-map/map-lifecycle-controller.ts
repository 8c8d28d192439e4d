/**
 * The life of `<sister-city-map>`'s Leaflet map, as one status:
 *
 * | status    | when                                                           | next      |
 * | --------- | -------------------------------------------------------------- | --------- |
 * | `waiting` | connected, data ready, map view shown, near the viewport       | `loading` |
 * |           | (`loading="eager"`: at once) and the map box has a size        |           |
 * | `loading` | the lazy half, Leaflet and the basemap loaded; map drawn       | `ready`   |
 * | `loading` | a load failed, or Leaflet threw                                | `failed`  |
 * | `loading` | removed, re-keyed or without size meanwhile (result dropped)   | `waiting` |
 * | `ready`   | removed (not a move), data lost, or new tiles / home hemisphere| `waiting` |
 * | `failed`  | `retry()` (the reader's "Reload the map"), or removed           | `waiting` |
 *
 * `ready` resolves, and `sister-city-map-ready` fires, on entering `ready`;
 * leaving it starts a new `ready` promise. A load that ends after the map
 * left `loading` is recognised by its generation and dropped. What was last
 * drawn is one record (`drawn`); a change of data, region or language redraws
 * the scene, and a new region or dataset also fits the view to it.
 */
import { adoptStyles, type LitElement, type ReactiveController } from 'lit';
import type { Dataset, Lang } from '../core/types.js';
import { chunkFailure } from '../core/chunk-error.js';
import { loadOnce } from '../core/load-once.js';
import { reportedProblem } from '../core/reported.js';
import type { RegionFilter } from '../core/partners.js';
import type { Bounds } from './geo.js';
import type { Insets, MapView } from './leaflet-adapter.js';
import type * as Runtime from './map-runtime.js';
import type { Scene } from './scene.js';
import { mapStrings } from './sister-city-map.strings.js';
import type { WheelGateController } from './wheel-gate-controller.js';

export type MapStatus = 'waiting' | 'loading' | 'ready' | 'failed';

/** What the element wants drawn; `request()` returns null while its data is not ready. */
export interface MapRequest {
  data: Dataset;
  region: RegionFilter;
  lang: Lang;
  /** A validated tile URL template, or null for the vector basemap only. */
  tiles: string | null;
  /** The selected partner's id when it is in the data, else null. */
  selected: string | null;
  /** False while the table is shown instead (no map is created then). */
  shown: boolean;
}

export interface MapLifecycleOptions {
  request(): MapRequest | null;
  /** A reader chose a partner on the map. */
  onSelect: (id: string) => void;
  /** The map was drawn with `partners` markers. */
  onReady(partners: number): void;
  warn(message: string): void;
  wheel: WheelGateController;
}

/** What was last drawn: the request (data, region, language…) and what came of it. */
interface Drawn extends MapRequest {
  /** What the Leaflet map itself was created for (tiles, home hemisphere); a change re-creates it. */
  key: string;
  bounds: Bounds;
  /** How many partner markers. */
  partners: number;
}

type Host = LitElement & { loading: string };

/**
 * Loads the map's lazily loaded half (Leaflet adapter, basemap, styles,
 * panel); once per page, a failure forgotten. The CDN loader imports the same
 * module in parallel with the element (src/cdn.ts), so this `import()` finds
 * it fetched, or on its way.
 */
const loadRuntime = loadOnce((): Promise<typeof Runtime> => import('./map-runtime.js'));

const keyOf = (r: MapRequest): string => `${r.tiles ?? ''}|${r.data.city.lon >= 0}`;

export class MapLifecycleController implements ReactiveController {
  status: MapStatus = 'waiting';
  /** The lazily loaded half, once loaded. */
  rt: typeof Runtime | undefined;
  view: MapView | undefined;
  /** The Leaflet map's container, inside `.map-slot`. */
  container: HTMLElement | undefined;
  private stage: HTMLElement | undefined;
  private drawn: Drawn | undefined;
  private generation = 0;
  /** Near the viewport (or `loading="eager"`). */
  private near = false;
  /** The stage's last non-zero size. */
  private size = { width: 0, height: 0 };
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private resizeFrame = 0;
  /** A view asked for while the map was hidden (the table view), fitted when it is shown again. */
  private frameWhenShown = false;
  private stylesAdopted = false;
  private readyPromise!: Promise<void>;
  /** Resolves `ready`; undefined once it did (then leaving `ready` starts a new promise). */
  private resolveReady: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: MapLifecycleOptions,
  ) {
    host.addController(this);
    this.newReady();
  }

  /** See `SisterCityMap.ready`. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  private newReady(): void {
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  hostConnected(): void {
    if (this.host.hasUpdated) void this.host.updateComplete.then(() => this.update());
  }

  hostDisconnected(): void {
    // A move in the DOM disconnects and reconnects at once: keep the map then.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.tearDown();
    });
  }

  /**
   * Whether the keyboard was in the map (on it, or on a marker) when it was removed to be built
   * anew (new data with its home city in the other hemisphere, new tiles): focus then falls to the
   * page's `<body>`, and the new map takes it back once drawn.
   */
  private hadFocus = false;

  /** After each update of the element: observe the stage, then create, re-create, sync or drop the map. */
  update(): void {
    const request = this.options.request();
    if (!request && this.view) this.destroy();
    this.observe();
    if (request) this.sync(request);
  }

  /**
   * What the detail panel covers: the right edge when it stands beside the
   * map, the bottom edge when it is a sheet (narrow boxes); nothing when closed.
   */
  private insets(): Insets {
    const panel = this.host.renderRoot.querySelector<HTMLElement>('.panel');
    const stage = this.stage;
    if (!stage) return { right: 0, bottom: 0 };
    // Where the zoom controls are, or will be once drawn (the first fit comes before them). From the
    // runtime, loaded by then: the element's own chunk must not import from the runtime's.
    const controls = this.rt?.controlsBox(stage.clientWidth);
    if (!panel) return { right: 0, bottom: 0, controls };
    // Beside the map or a sheet over its lower part, told from where the panel really is: the edge
    // it covers is the one that leaves the larger part of the box free (to its left, or above it).
    // A fixed share of the width misread the side panel (22em, 330 px) as a sheet in boxes just
    // wider than the sheet's breakpoint (481–510 px), and fitted the view into a strip above it.
    const { clientWidth: width, clientHeight: height } = stage;
    const beside = panel.offsetLeft * height >= panel.offsetTop * width;
    return {
      right: beside ? width - panel.offsetLeft : 0,
      bottom: beside ? 0 : height - panel.offsetTop,
      controls,
    };
  }

  /**
   * The region's view: its partners and the home city fitted to the part of
   * the box the panel and the controls leave free, with the selected partner,
   * if any, in view and clear of the panel (for one outside the fitted view).
   */
  frame(animated?: boolean): void {
    const { view, drawn } = this;
    if (!view || !drawn) return;
    this.fitOrDefer(drawn.bounds, animated, drawn.selected ?? undefined);
  }

  /**
   * After a selection, or the panel opened or closed: the region framed again while the view is
   * the fitted one; a view the reader moved (zoomed in on Europe) is kept, and only panned for the
   * selected partner to stand clear of the panel.
   */
  follow(): void {
    const { view, drawn } = this;
    if (!view || !drawn) return;
    if (view.framed) this.frame();
    else if (drawn.selected && !this.hidden()) view.follow(drawn.selected);
  }

  /** `MapView.fitBounds`, or, while the map is hidden (see `hidden`), once it is shown again. */
  private fitOrDefer(bounds: Bounds, animated?: boolean, reveal?: string): void {
    if (this.hidden()) this.frameWhenShown = true;
    else this.view?.fitBounds(bounds, animated, reveal);
  }

  /**
   * The map's box is not shown (the table view): measured now, the panel and the zoom controls
   * would count as nothing, and the view fitted to them would be off once it is shown again.
   */
  private hidden(): boolean {
    return !this.stage?.clientWidth;
  }

  /** Fits the view to what is drawn (the reset button), beside the panel if it is open. */
  resetView(): void {
    this.frame();
  }

  private setStatus(status: MapStatus): void {
    if (this.status === status) return;
    const before = this.status;
    this.status = status;
    // The element draws `waiting` and `loading` alike (the placeholder): no render between them.
    // (Going to `loading` happens inside the element's `updated()`; another update there is wasted.)
    const drawnAlike = (s: MapStatus) => s === 'waiting' || s === 'loading';
    if (!(drawnAlike(before) && drawnAlike(status))) this.host.requestUpdate();
  }

  // ------------------------------------------------------ visibility, size

  /** Observers on the map box, once it exists; idempotent. */
  private observe(): void {
    const host = this.host;
    if (!host.isConnected) return;
    const stage = host.renderRoot.querySelector<HTMLElement>('.stage');
    if (!stage) return;
    if (stage !== this.stage) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver((entries) => this.onResize(entries));
      this.resizeObserver.observe(stage);
      this.stage = stage;
    }
    if (!this.near && (host.loading === 'eager' || !this.intersectionObserver)) {
      // `eager` from the start, or set later on a map still waiting for the viewport: at once.
      if (host.loading === 'eager') {
        this.near = true;
        this.intersectionObserver?.disconnect();
        this.intersectionObserver = undefined;
      } else {
        this.intersectionObserver = new IntersectionObserver(
          (entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            this.near = true;
            this.intersectionObserver?.disconnect();
            this.intersectionObserver = undefined;
            this.maybeCreate();
          },
          { rootMargin: '200px' },
        );
        this.intersectionObserver.observe(host);
      }
    }
    this.maybeCreate();
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const rect = entries[entries.length - 1]?.contentRect;
    if (!rect || rect.width === 0 || rect.height === 0) return; // hidden: keep the last good size
    // Acted on in the next frame: changing the DOM inside the observer's
    // callback would make it loop ("ResizeObserver loop completed…").
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      // Leaflet sizes itself in whole pixels (clientWidth): a sub-pixel difference changes nothing.
      const changed = Math.abs(rect.width - this.size.width) >= 1 || Math.abs(rect.height - this.size.height) >= 1;
      this.size = { width: rect.width, height: rect.height };
      if (!this.view) this.maybeCreate();
      else if (changed) {
        this.view.resize();
        // A box that changed size (a column, a rotated phone) is framed again at once (the box
        // itself jumped), unless the reader moved the view.
        if (this.view.framed) this.frame(false);
      }
    });
  }

  /**
   * The map box has a size. Read from the box itself (a layout the first paint needs anyway), not
   * waited for from the ResizeObserver: that reports after the next layout and is acted on a
   * frame later, so the map would be drawn one frame, a layout and a paint after the element's first
   * render (on a throttled phone, ~100 ms). The size is remembered as the observer would report it.
   * Inside a closed `<details>` the box is laid out when asked (content-visibility: hidden), but
   * not shown: `checkVisibility()` tells it apart (where it is missing, such content has no size).
   */
  private hasSize(): boolean {
    const stage = this.stage;
    if (!stage || stage.offsetWidth === 0 || stage.offsetHeight === 0) return false;
    if (stage.checkVisibility && !stage.checkVisibility()) return false;
    if (this.size.width === 0 || this.size.height === 0) this.size = { width: stage.clientWidth, height: stage.clientHeight };
    return true;
  }

  // ------------------------------------------------------------ the map

  /**
   * waiting → loading, when every condition of the table holds. A failure
   * stays until `retry()` or the element is removed: its box shows the table
   * meanwhile, and the element's next update must not fetch the missing file again.
   */
  private maybeCreate(): void {
    if (this.view || this.status === 'loading' || this.status === 'failed' || !this.near || !this.host.isConnected) return;
    if (!this.options.request()?.shown || !this.hasSize()) return;
    this.setStatus('loading');
    void this.create(++this.generation);
  }

  /** Loads the map's half (with the basemap) and Leaflet, then draws. Never throws: a failure shows in the placeholder. */
  private async create(token: number): Promise<void> {
    let libs: [typeof Runtime, Awaited<ReturnType<typeof Runtime.loadLeaflet>>];
    try {
      const rt = await loadRuntime();
      libs = [rt, await rt.loadLeaflet()];
    } catch (error) {
      if (token === this.generation) this.fail(error);
      return;
    }
    if (token !== this.generation) return; // removed or re-keyed meanwhile
    const [rt, L] = libs;
    this.adoptMapStyles(rt);
    const request = this.options.request();
    const slot = this.host.renderRoot.querySelector('.map-slot');
    if (!request || !slot || !this.hasSize()) {
      this.setStatus('waiting');
      return;
    }
    const { data } = request;
    const container = document.createElement('div');
    container.className = 'map';
    container.setAttribute('role', 'region');
    container.setAttribute('aria-describedby', 'map-help');
    slot.append(container);
    const scene = rt.buildScene(data, request.region, request.lang);
    try {
      this.view = rt.createMapView(L, {
        container,
        basemap: rt.basemap,
        bounds: scene.bounds,
        insets: () => this.insets(),
        homeLon: data.city.lon,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        dragging: !matchMedia('(pointer: coarse)').matches,
        tiles: request.tiles ?? undefined,
        onSelect: this.options.onSelect,
      });
    } catch (error) {
      container.remove();
      this.fail(error);
      return;
    }
    this.container = container;
    this.draw(request, scene, false);
    this.sync(request);
    this.options.wheel.enable(this.stage!, container, this.view);
    this.setStatus('ready');
    await this.host.updateComplete;
    if (token !== this.generation || !this.view) return;
    // Framed again once a panel is drawn, before the first paint, not animated. Without one the view
    // is already this one (it holds every partner of the region, the selected one included): not
    // asked again, since measuring would lay the whole new map out inside this task rather than in
    // the frame's own rendering.
    if (this.host.renderRoot.querySelector('.panel')) this.frame(false);
    // Unless the reader put focus elsewhere meanwhile.
    const active = document.activeElement;
    if (this.hadFocus && (!active || active === document.body)) container.focus({ preventScroll: true });
    this.hadFocus = false;
    this.resolveReady?.();
    this.resolveReady = undefined;
    this.options.onReady(this.drawn!.partners);
  }

  /** failed → waiting, then loading at once if the map is to be shown (a file that was missing may be there now). */
  retry(): void {
    if (this.status !== 'failed') return;
    this.setStatus('waiting');
    this.maybeCreate();
  }

  private fail(error: unknown): void {
    this.setStatus('failed');
    const message = (error as Error)?.message ?? String(error);
    this.options.warn(
      /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message)
        ? `the map cannot be drawn: ${chunkFailure(error)} Showing the table instead.`
        : `the map could not be drawn (${message}); showing the table instead.`,
    );
  }

  /**
   * Adopts the map's styles (Leaflet's CSS included) after the element's own,
   * once they have loaded; the element's first paint does not carry them.
   */
  private adoptMapStyles(rt: typeof Runtime): void {
    this.rt = rt;
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot) || this.stylesAdopted) return;
    adoptStyles(root, [...(this.host.constructor as typeof LitElement).elementStyles, ...rt.mapViewStyles]);
    this.stylesAdopted = true;
  }

  private draw(request: MapRequest, scene: Scene & { bounds: Bounds }, fit: boolean): void {
    this.view!.setScene(scene);
    if (fit) this.fitOrDefer(scene.bounds);
    this.drawn = { ...request, key: keyOf(request), bounds: scene.bounds, partners: scene.partners.length };
  }

  /** Brings the drawn map in line with the data, region, language and selection. */
  private sync(request: MapRequest): void {
    const { view, rt, drawn } = this;
    if (!view || !rt || !drawn) return;
    const { data, region, lang } = request;
    // Partners whose coordinates the loader already reported (in the file's one warning) are not named again.
    const unlocated = rt.unlocatedIds(data).filter((id) => !reportedProblem(data, 'partners', id));
    if (unlocated.length) {
      this.options.warn(
        `partner${unlocated.length === 1 ? '' : 's'} ${unlocated.map((id) => `"${id}"`).join(', ')} ` +
          `without valid coordinates ${unlocated.length === 1 ? 'is' : 'are'} not drawn on the map (still listed in the table).`,
      );
    }
    if (keyOf(request) !== drawn.key) {
      // Tiles or the home hemisphere changed: build a new map.
      this.destroy();
      this.maybeCreate();
      return;
    }
    const fresh = data !== drawn.data;
    if (fresh || region !== drawn.region || lang !== drawn.lang) {
      // A new region or dataset gets a new view; a language change keeps the reader's.
      this.draw(request, rt.buildScene(data, region, lang), fresh || region !== drawn.region);
    }
    this.container?.setAttribute('aria-label', mapStrings[lang].mapLabel(data.city.name[lang]));
    view.setSelected(request.selected);
    this.drawn!.selected = request.selected;
    if (this.frameWhenShown && !this.hidden()) {
      this.frameWhenShown = false;
      this.frame(false);
    }
    // New data (a new `src` or `data`), drawn on the map already there: said as a first drawing is.
    if (fresh) this.options.onReady(this.drawn!.partners);
  }

  /** Any status → waiting: the map and its container go, a load under way is dropped. */
  private destroy(): void {
    this.hadFocus = !!this.container?.contains((this.host.renderRoot as ShadowRoot).activeElement);
    this.generation++;
    this.options.wheel.disable();
    this.view?.destroy();
    this.view = undefined;
    this.container?.remove();
    this.container = undefined;
    this.drawn = undefined;
    this.setStatus('waiting');
    if (!this.resolveReady) this.newReady();
  }

  /** Removed from the page: also the observers, and the next insertion waits for the viewport again. */
  private tearDown(): void {
    this.destroy();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.stage = undefined;
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
    cancelAnimationFrame(this.resizeFrame);
    this.near = false;
    this.size = { width: 0, height: 0 };
  }
}
