/**
 * The only module that touches Leaflet. It loads the part of Leaflet the map
 * uses (`./leaflet.ts`) lazily (`import()`), and hides every Leaflet call
 * behind the small `MapView` interface, so a move to Leaflet 2 stays in this
 * file (and that list).
 *
 * Nothing global is touched: Leaflet's modules assign no `window.L`; we
 * never use `L.Icon.Default`, popups or tooltips; the map gets no `window`
 * resize listener (`trackResize: false`, the element observes its own size)
 * and no `document` key listener (Leaflet's keyboard handler is off; keys are
 * handled here on the map container). Markers are `divIcon`s built from DOM
 * nodes with `textContent`, never from HTML strings.
 */
import type * as Leaflet from 'leaflet';
import type * as LeafletSubset from './leaflet.js';
import { createBasemapSvg, createLinesSvg, type Basemap } from './basemap.js';
import { loadOnce } from '../core/load-once.js';
import { declutter } from './declutter.js';
import type { Bounds, LatLon } from './geo.js';
import type { Scene } from './scene.js';

/** The part of Leaflet the map uses (`./leaflet.ts`). */
type LeafletModule = typeof LeafletSubset;

/** Leaflet, imported once per page. A failed load is forgotten, so a later call retries. */
export const loadLeaflet = loadOnce((): Promise<LeafletModule> => import('./leaflet.js'));

export interface MapViewOptions {
  /** An empty element of non-zero size, owned by the caller; the map fills it. */
  container: HTMLElement;
  basemap: Basemap;
  /** The first view: these bounds. */
  bounds: Bounds;
  /**
   * What the panel and the zoom controls cover now: read by every fit, by Leaflet's limits while
   * the panel is open, when a marker gets focus, and when a shown name is fitted.
   */
  insets(): Insets;
  /** Longitude of the home city: decides which copies of the world are drawn. */
  homeLon: number;
  /** Turns off zoom, fade and pan animations. */
  reducedMotion: boolean;
  /**
   * One-finger dragging pans the map. Off on touch-first devices, so a finger
   * scrolling the article is never caught by the map (two fingers still pinch
   * and move it, and the buttons work).
   */
  dragging: boolean;
  /** A validated raster tile URL template, drawn over the vector basemap. */
  tiles?: string;
  /** A reader chose a partner marker (pointer, or Enter/Space on a focused marker). */
  onSelect(id: string): void;
}

export interface MapView {
  /** Replaces the partner markers and arcs, and the tinted countries. */
  setScene(scene: Scene): void;
  /** Highlights one partner's marker and arc (null: none). */
  setSelected(id: string | null): void;
  /**
   * Fits the view to `bounds` (the markers and the home city, not the whole
   * world) in the part of the box not covered by `options.insets()` (a panel,
   * the zoom controls), at any aspect ratio: a portrait box gets the region cropped to
   * its width. With `reveal`, a partner's marker that the fitted view would
   * leave out or under the panel is brought into view in the same move.
   */
  fitBounds(bounds: Bounds, animated?: boolean, reveal?: string): void;
  /**
   * Brings a partner's marker clear of the panel, the zoom controls and the box's edges by the
   * shortest pan, at the zoom the reader chose (a selection in a view the reader moved).
   */
  follow(id: string): void;
  /** Zooms by `delta` levels. */
  zoomBy(delta: number): void;
  setWheelZoom(enabled: boolean): void;
  readonly wheelZoom: boolean;
  /** Tells the map its container changed size. */
  resize(): void;
  /** Whether the view is still the last fitted one (the reader has not dragged, zoomed or panned since). */
  readonly framed: boolean;
  /** The focusable marker element of a partner, when drawn. */
  markerElement(id: string): HTMLElement | null;
  /** Removes the map and everything it created. */
  destroy(): void;
}

/**
 * Pixels of the box's right and bottom edges covered by a panel, and the
 * corner at the top left covered by the zoom controls (its right and bottom
 * edges, from the box's top left; 0 when there are none).
 */
export interface Insets {
  right: number;
  bottom: number;
  controls?: { right: number; bottom: number };
}

const PAN_STEP = 96;
/** Room kept around the fitted markers (a marker's half, and its name's height above it). */
const FIT_PADDING = 32;
/**
 * Room kept between the zoom controls and a marker's centre: its whole box (a tap target, WCAG
 * 2.5.8) and its focus ring (3 px, 1 px off the box). The fit keeps the markers' places that far;
 * spreading a cluster never pushes one nearer; a marker reached with Tab is moved that far.
 */
const CONTROLS_CLEARANCE = 28;
const FIT_MAX_ZOOM = 5;
const MAX_ZOOM_VECTOR = 6;
const MAX_ZOOM_TILES = 12;
const MARKER_SIZE = 44;
/** Room kept between a shown city name and the map's edge. */
const NAME_MARGIN = 4;
/** The gap between a marker's box and its name (`.marker__name`'s `bottom: calc(100% + 6px)`). */
const NAME_GAP = 6;
/** A name's width per character, at most (bold capitals of the system fonts are under 0.8em), and its padding and borders. */
const NAME_EM_PER_CHAR = 0.85;
const NAME_PADDING = 14;
/** Width of the countries' borders on screen, at every zoom. */
const BORDER_PX = 0.6;

/**
 * What the open panel covers of a box `size` wide and high, at its right (a side panel) or its
 * bottom (a sheet), as the fit, the reveal and the spreading count it: never more than all but
 * 120 × 100 px, the strip that stays in view of a box the panel nearly fills.
 */
function panelCover(size: { x: number; y: number }, insets: Insets): { right: number; bottom: number } {
  return {
    right: Math.min(insets.right, Math.max(0, size.x - 120)),
    bottom: Math.min(insets.bottom, Math.max(0, size.y - 100)),
  };
}

/** How far a view must move for `v` to lie within `lo`…`hi` (0 when it does). */
function shiftInto(v: number, lo: number, hi: number): number {
  return v < lo ? v - lo : v > hi ? v - hi : 0;
}

/** A marker icon's content: a dot and the city name (visually hidden until hover or focus). */
function markerContent(name: string, home: boolean): HTMLElement {
  const wrap = document.createElement('span');
  wrap.className = 'marker__body';
  const dot = document.createElement('span');
  dot.className = 'marker__dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = home ? 'marker__name marker__name--home' : 'marker__name';
  label.textContent = name;
  wrap.append(dot, label);
  return wrap;
}

/** Longitudes of the two copies of the world drawn: the home city's and the one towards its side. */
const worldCopies = (homeLon: number): [number, number] => (homeLon >= 0 ? [0, 360] : [-360, 0]);

export function createMapView(L: LeafletModule, options: MapViewOptions): MapView {
  const animate = !options.reducedMotion;
  const copies = worldCopies(options.homeLon);
  const maxZoom = options.tiles ? MAX_ZOOM_TILES : MAX_ZOOM_VECTOR;
  const map = L.map(options.container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: false,
    scrollWheelZoom: false,
    dragging: options.dragging,
    trackResize: false,
    boxZoom: false,
    zoomSnap: 0.25,
    zoomDelta: 1,
    wheelPxPerZoomLevel: 120,
    minZoom: 0,
    maxZoom,
    maxBounds: L.latLngBounds([-85, copies[0] - 180], [85, copies[1] + 180]),
    maxBoundsViscosity: 1,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  try {
    return drawMapView(L, map, options, { animate, copies, maxZoom });
  } catch (error) {
    // A throw half way (Leaflet's, e.g. a tile URL it cannot fill) would leave a Leaflet map on the
    // container, with its handlers and layers, that nothing could remove: remove it before the
    // caller shows the table instead.
    try {
      map.remove();
    } catch {
      // a map too broken to remove: the caller drops its container anyway
    }
    throw error;
  }
}

/**
 * Everything `createMapView` puts on the new Leaflet map, and the `MapView` that drives it, with
 * what the map was made with.
 */
function drawMapView(
  L: LeafletModule,
  map: Leaflet.Map,
  options: MapViewOptions,
  { animate, copies, maxZoom }: { animate: boolean; copies: [number, number]; maxZoom: number },
): MapView {
  const { container } = options;

  /**
   * False once the reader moved the view in a way we hear of (drag, zoom buttons, keys, wheel).
   * Leaflet's double-click zoom, a pinch, or a marker focused and panned into view move it too,
   * unheard: those show only in the view itself (`stillFitted`).
   */
  let framed = true;
  /** What the last fit was computed from: the same again, the view not moved since, changes nothing. */
  let lastFit = '';
  /** A fit's move is under way, until its "moveend". */
  let fitting = false;
  /**
   * Where the last fit's move ended, as Leaflet kept it: the zoom, and the view's top left corner
   * projected at that zoom (a resize, which does not pan, leaves the corner where it was).
   */
  let fitted: { zoom: number; corner: Leaflet.Point } | undefined;
  /** A fit asked for during a zoom animation, run once it ends (see `fitView`). */
  let deferredFit: (() => void) | undefined;
  const zoomAnimating = () => !!(map as unknown as { _animatingZoom?: boolean })._animatingZoom;
  const viewNow = () => {
    const zoom = map.getZoom();
    return { zoom, corner: map.project(map.containerPointToLatLng([0, 0]), zoom) };
  };
  /** Whether the view is where the last fit left it (or is on its way there). */
  const stillFitted = (): boolean => {
    if (fitting) return true;
    if (!fitted) return false;
    const now = viewNow();
    return now.zoom === fitted.zoom && now.corner.distanceTo(fitted.corner) < 1;
  };
  // Listened to before the first fit, whose "moveend" comes within its `setView`. One that comes
  // during a zoom animation (a resize's, delayed) does not end the fit's move.
  const fitMoveEnd = () => {
    if (zoomAnimating()) return;
    if (fitting) fitted = viewNow();
    fitting = false;
    const fit = deferredFit;
    deferredFit = undefined;
    fit?.();
  };
  map.on('moveend', fitMoveEnd);

  // Leaflet keeps the whole box inside `maxBounds`. With the panel open, the box's visible part may
  // stand there instead: at a wide view, where the world fills the box, a partner under the panel
  // could not be brought out from under it (a marker focused there, or the one selected; WCAG
  // 2.4.11). Never tighter than Leaflet's own limit. Two of Leaflet's internals hold that limit:
  // - `_getBoundsOffset`, behind every view it sets, every pan's end and a drag's inertia: of its
  //   move for the box and its move for the visible part, the smaller, on each axis;
  // - the drag handler's `_offsetLimit`, set at each drag's start (just before its "dragstart"):
  //   extended to the visible part's, so that a drag from such a view does not jump back at its
  //   first move.
  type BoundsOffset = (pxBounds: Leaflet.Bounds, maxBounds: Leaflet.LatLngBounds, zoom?: number) => Leaflet.Point;
  const limits = map as unknown as { _getBoundsOffset: BoundsOffset };
  const boxOffset = limits._getBoundsOffset.bind(map);
  limits._getBoundsOffset = (pxBounds, maxBounds, zoom) => {
    const strict = boxOffset(pxBounds, maxBounds, zoom);
    const { right, bottom } = options.insets();
    if (!right && !bottom) return strict;
    const { min, max } = pxBounds as Required<Leaflet.Bounds>;
    // (Leaflet reads only the corners.)
    const visible = boxOffset({ min, max: max.subtract(L.point(right, bottom)) } as Leaflet.Bounds, maxBounds, zoom);
    const smaller = (a: number, b: number) => (Math.abs(b) < Math.abs(a) ? b : a);
    return L.point(smaller(strict.x, visible.x), smaller(strict.y, visible.y));
  };
  map.on('dragstart', () => {
    const { right, bottom } = options.insets();
    const limit = (map.dragging as unknown as { _offsetLimit?: Leaflet.Bounds })._offsetLimit;
    if (!limit || (!right && !bottom)) return;
    const southEast = (map.options.maxBounds as Leaflet.LatLngBounds).getSouthEast();
    limit.extend(map.latLngToContainerPoint(southEast).multiplyBy(-1).add(map.getSize()).subtract(L.point(right, bottom)));
  });

  /**
   * How far the view must move for a marker at `at` (a point of the box) to stand clear of the
   * panel, the zoom controls and the box's edges, by `pad` and `clearance` (0 and 0: merely out
   * from under them, in the box). When the panel leaves too little room, it aims for the visible
   * strip anyway.
   */
  const clearOf = (at: Leaflet.Point, size: Leaflet.Point, insets: Insets, pad = FIT_PADDING, clearance = CONTROLS_CLEARANCE): Leaflet.Point => {
    const cover = panelCover(size, insets);
    const max = size.subtract(L.point(cover.right + pad, cover.bottom + pad));
    const dy = shiftInto(at.y, pad, max.y);
    // Beside the controls only where they are (a marker below them may lie further left).
    const { right = 0, bottom = 0 } = insets.controls ?? {};
    const underControls = at.y - dy < Math.max(pad, bottom + clearance);
    const left = underControls ? Math.max(pad, right + clearance) : pad;
    return L.point(shiftInto(at.x, left, max.x), dy);
  };
  /** See `MapView.fitBounds`: Leaflet's own centring with asymmetric padding, as one `setView`. */
  const fitView = (bounds: Bounds, animated: boolean, reveal?: string) => {
    // Leaflet drops a view asked for during a zoom animation (a zoom button's, a double click's),
    // which would then count as done, and the reset button would do nothing: it waits for the end.
    if (zoomAnimating()) {
      deferredFit = () => fitView(bounds, animated, reveal);
      return;
    }
    const insets = options.insets();
    const size = map.getSize();
    // Compared by what it is computed from, not by the view it leads to: where the world is
    // narrower than the box, maxBounds centres it, so the view Leaflet keeps is not the one asked
    // for, and asking again would redraw every marker and arc for nothing. (And only while the
    // view is still the one that fit left.)
    const fit = JSON.stringify([bounds, insets, reveal ?? null, size.x, size.y]);
    if (framed && fit === lastFit && stillFitted()) return;
    framed = true;
    lastFit = fit;
    const cover = panelCover(size, insets);
    let bottomRight = L.point(cover.right + FIT_PADDING, cover.bottom + FIT_PADDING);
    const latLngBounds = L.latLngBounds(bounds);
    // A padding that leaves no room (a box shorter than the controls and the panel's cover) is no
    // view to choose: Leaflet would read its negative size as the closest zoom.
    const zoomWith = (topLeft: Leaflet.Point) => {
      const padding = topLeft.add(bottomRight);
      return padding.x < size.x && padding.y < size.y
        ? Math.min(map.getBoundsZoom(latLngBounds, false, padding), FIT_MAX_ZOOM)
        : -Infinity;
    };
    // The markers keep clear of the zoom controls: the view leaves room beside them or below
    // them, whichever lets it zoom further. When both zoom alike (a narrow box at the widest
    // view, where the markers overflow its width anyway), below, if the markers fit there.
    const { right = 0, bottom = 0 } = insets.controls ?? {};
    const beside = L.point(Math.max(FIT_PADDING, right + CONTROLS_CLEARANCE), FIT_PADDING);
    const below = L.point(FIT_PADDING, Math.max(FIT_PADDING, bottom + CONTROLS_CLEARANCE));
    const [zoomBeside, zoomBelow] = [zoomWith(beside), zoomWith(below)];
    const heightAt = (z: number) => map.project(latLngBounds.getSouthWest(), z).y - map.project(latLngBounds.getNorthEast(), z).y;
    const fitsBelow = heightAt(zoomBelow) <= size.y - below.y - bottomRight.y;
    let topLeft = zoomBelow > zoomBeside || (zoomBelow === zoomBeside && fitsBelow) ? below : beside;
    let zoom = zoomWith(topLeft);
    if (zoom === -Infinity) {
      // Room neither beside nor below: the whole box, with the controls and the panel over its edges.
      topLeft = bottomRight = L.point(0, 0);
      zoom = zoomWith(topLeft);
    }
    const offset = bottomRight.subtract(topLeft).divideBy(2);
    const sw = map.project(latLngBounds.getSouthWest(), zoom);
    const ne = map.project(latLngBounds.getNorthEast(), zoom);
    let center = sw.add(ne).divideBy(2).add(offset);
    // The selected partner, when the fitted view would leave it out (outside the region) or under
    // the panel, is brought in by the same move: a second pan, started while this one animates,
    // would be computed from the view before it, and would cancel it.
    // From its place (its marker, spread at the view before, may stand elsewhere), and clear of the
    // panel and the edges only: under the zoom controls, where the fit could not keep it clear (a
    // world wider than the box), spreading moves it out. Moving the view for the controls pushed
    // the partners at the other end out of the box (Los Angeles and Arkansas, for Paris on a phone).
    const place = reveal ? places.get(reveal) : undefined;
    if (place) {
      const at = map.project(place, zoom).subtract(center).add(size.divideBy(2));
      center = center.add(clearOf(at, size, { ...insets, controls: undefined }));
    }
    // The same view again (a frame that changes nothing) would still redraw every marker and arc.
    if (map.getZoom() === zoom && map.project(map.getCenter(), zoom).distanceTo(center) < 0.5) {
      fitting = false;
      fitted = viewNow();
      return;
    }
    fitting = true;
    map.setView(map.unproject(center, zoom), zoom, { animate: animated });
  };
  fitView(options.bounds, false);

  // Vector basemap in its own pane under the tile pane (z-index 200), so
  // raster tiles, when asked for, cover it and a failed tile shows it. It is
  // one SVG prepared at build time in Web Mercator (basemap.ts), shown as an
  // image overlay over both copies of the world: Leaflet only positions and
  // scales it, never projects or clips a path.
  const basemapPane = map.createPane('jgw-basemap');
  basemapPane.style.zIndex = '150';
  // The drawn layers (basemap, tiles, arcs) are decoration: the markers and
  // the panel carry the information. Hidden from the accessibility tree.
  for (const pane of [basemapPane, map.getPane('tilePane'), map.getPane('overlayPane')]) {
    pane?.setAttribute('aria-hidden', 'true');
  }
  const basemap = createBasemapSvg(options.basemap, container.ownerDocument);
  const edge = options.basemap.maxLatitude;
  const worlds = L.latLngBounds([-edge, copies[0] - 180], [edge, copies[1] + 180]);
  L.svgOverlay(basemap.svg, worlds, { pane: 'jgw-basemap', interactive: false }).addTo(map);
  // The arcs and the leaders: one SVG over the same two worlds, in the basemap's units (basemap.ts),
  // in the overlay pane (above a `tiles` map's tiles, under the markers). Leaflet positions and
  // scales it; as Leaflet polylines, the 23 arcs were ~20 ms of the map's first draw at 4× CPU, and
  // every line was projected, simplified and clipped again at each zoom.
  const lines = createLinesSvg(options.basemap, copies[0] - 180, container.ownerDocument);
  const arcs = lines.group('arc');
  const leaders = lines.group('leader');
  L.svgOverlay(lines.svg, worlds, { interactive: false }).addTo(map);
  // Borders 0.6 px wide at every zoom: a stroke width in the basemap's own units, set for each zoom;
  // the lines take their widths in px times `--_unit`, the units of one px.
  // (`vector-effect: non-scaling-stroke` does it too, but makes the browser transform every path to the
  // screen at each layout and paint: the map's first layout took ~11 ms more at 4× CPU throttling.)
  const strokeForZoom = () => {
    const pixelsPerUnit = (256 * 2 ** map.getZoom()) / options.basemap.world;
    basemap.svg.style.setProperty('--_land-stroke', String(BORDER_PX / pixelsPerUnit));
    lines.svg.style.setProperty('--_unit', String(1 / pixelsPerUnit));
  };
  strokeForZoom();
  map.on('zoom viewreset', strokeForZoom);
  let tintedPaths: SVGPathElement[] = [];

  if (options.tiles) {
    L.tileLayer(options.tiles, {
      // OpenStreetMap and other providers require a referrer; send the origin.
      referrerPolicy: 'strict-origin-when-cross-origin',
      maxZoom,
    })
      .on('tileerror', (e: Leaflet.TileErrorEvent) => {
        e.tile.classList.add('tile--failed');
      })
      .addTo(map);
  }

  const markers = L.layerGroup().addTo(map);
  /** Where each partner really is (its marker may be displaced, see `spread`). */
  const places = new Map<string, Leaflet.LatLng>();
  const partnerMarkers = new Map<string, Leaflet.Marker>();
  let partnerArcs = new Map<string, SVGPathElement>();
  let selected: string | null = null;

  const markerId = (el: EventTarget | null): string | null => {
    const icon = el instanceof Element ? el.closest<HTMLElement>('.marker--partner') : null;
    return icon && container.contains(icon) ? (icon.dataset.id ?? null) : null;
  };

  const applySelection = () => {
    container.classList.toggle('has-selection', selected !== null && partnerArcs.has(selected));
    for (const [id, marker] of partnerMarkers) {
      const on = id === selected;
      const el = marker.getElement();
      if (el) {
        el.classList.toggle('marker--selected', on);
        if (on) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
      marker.setZIndexOffset(on ? 1000 : 0);
    }
    for (const [id, arc] of partnerArcs) arc.classList.toggle('arc--selected', id === selected);
    // The selected arc drawn over the others.
    const arc = partnerArcs.get(selected ?? '');
    if (arc?.nextSibling) arcs.g.append(arc);
    fitShownNames();
  };

  /** The names' font size in px, read from the first name fitted. */
  let nameFontPx = 0;
  /**
   * A shown name (hovered, focused or selected marker; home) that would stick
   * out of the map is moved in sideways, or under its marker at the top or
   * where the zoom controls would cover it. By `translate` only: nothing is
   * laid out again, no layout shift. A marker far enough from the edges and
   * the controls for the longest name of its length (Leaflet's projection, no
   * layout) is left as it is, without measuring.
   */
  const fitName = (marker: Leaflet.Marker | undefined, insets: Insets) => {
    const el = marker?.getElement();
    const name = el?.querySelector<HTMLElement>('.marker__name');
    if (!marker || !el || !name) return;
    // Hidden or shown, the names are in one font (map-view.styles.ts): any of them tells it.
    nameFontPx ||= parseFloat(getComputedStyle(name).fontSize);
    const at = map.latLngToContainerPoint(marker.getLatLng());
    const size = map.getSize();
    // The name of a marker left of the open panel (its width) keeps clear of it too.
    const right = at.x < size.x - insets.right ? insets.right : 0;
    const controls = insets.controls ?? { right: 0, bottom: 0 };
    if (!name.style.translate) {
      const half = (name.textContent!.length * NAME_EM_PER_CHAR * nameFontPx + NAME_PADDING) / 2 + NAME_MARGIN;
      const top = at.y - MARKER_SIZE / 2 - NAME_GAP - 2 * nameFontPx - NAME_MARGIN;
      const nearControls = at.x - half < controls.right && top < controls.bottom;
      if (at.x - half >= 0 && at.x + half <= size.x - right && top >= 0 && !nearControls) return;
    }
    name.style.translate = '';
    const r = name.getBoundingClientRect();
    if (r.width <= 1) return; // visually hidden
    const box = container.getBoundingClientRect();
    const dx = -shiftInto(r.left, box.left + NAME_MARGIN, box.right - right - NAME_MARGIN - r.width);
    // Under the controls (a selected partner the fit brought in beside them, on a phone): under its marker.
    const covered = r.left + dx < box.left + controls.right + NAME_MARGIN && r.top < box.top + controls.bottom + NAME_MARGIN;
    const dy = r.top < box.top + NAME_MARGIN || covered ? el.getBoundingClientRect().bottom + NAME_GAP - r.top : 0;
    if (dx || dy) name.style.translate = `${dx}px ${dy}px`;
  };
  const markerOf = (el: Element | null | undefined): Leaflet.Marker | undefined =>
    el?.classList.contains('marker--home') ? home : partnerMarkers.get((el as HTMLElement | null)?.dataset.id ?? '');
  /**
   * The names shown after a draw, a move or a selection: once that frame is
   * painted (a name that is moved moves a frame later; the first paint of the
   * map is not delayed).
   */
  let fitFrame = 0;
  let fitTimer = 0;
  function fitShownNames(): void {
    cancelAnimationFrame(fitFrame);
    clearTimeout(fitTimer);
    fitFrame = requestAnimationFrame(() => {
      fitTimer = window.setTimeout(() => {
        const shown = new Set([home, partnerMarkers.get(selected ?? '')]);
        for (const el of container.querySelectorAll('.marker:hover, .marker:focus-visible')) shown.add(markerOf(el));
        const insets = options.insets();
        for (const marker of shown) fitName(marker, insets);
      });
    });
  }
  const onPointerOver = (e: PointerEvent) => {
    const marker = markerOf((e.target as Element).closest?.('.marker'));
    if (!marker) return;
    fitName(marker, options.insets());
  };

  // Keys on the map container and its markers (Leaflet's own keyboard handler,
  // which listens on `document`, is off).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const id = markerId(e.target);
    if (id && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      options.onSelect(id);
      return;
    }
    const step = e.shiftKey ? PAN_STEP * 3 : PAN_STEP;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const marker = id ? partnerMarkers.get(id) : undefined;
    const zoom = e.key === '+' || e.key === '=' ? 1 : e.key === '-' || e.key === '_' ? -1 : 0;
    if (e.key in pans) {
      // The focused marker moves with the map: once it has left the view (or gone under the panel
      // or the controls), the focus goes to the map, whose ring the reader can see (WCAG 2.4.7).
      // (Listened for first: without animation, the pan ends before `panBy` returns.)
      if (marker) map.once('moveend', () => !inSight(marker) && marker.getElement()?.matches(':focus') && container.focus({ preventScroll: true }));
      map.panBy(pans[e.key], { animate });
    } else if (zoom && marker) {
      // Zoomed around the focused marker, which stays where it is (around the centre, it left the view).
      const to = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), map.getZoom() + zoom));
      if (to !== map.getZoom()) map.setZoomAround(marker.getLatLng(), to, { animate });
    } else if (zoom) {
      map.setZoom(map.getZoom() + zoom, { animate });
    } else {
      return;
    }
    e.preventDefault();
  };

  /**
   * The pan that brings `marker` clear of the panel, the controls and the box's edges (0, 0: none);
   * with `margins` 0, the pan that brings its centre merely into sight.
   */
  const clearing = (marker: Leaflet.Marker, margins?: 0) =>
    clearOf(map.latLngToContainerPoint(marker.getLatLng()), map.getSize(), options.insets(), margins, margins);

  /** Whether `marker`'s centre is in the box, out from under the panel and the zoom controls. */
  const inSight = (marker: Leaflet.Marker) => {
    const by = clearing(marker, 0);
    return !by.x && !by.y;
  };

  /**
   * Moves the view so that `marker` stands clear of the panel, the controls and the box's edges.
   * Declustering (`spread`, after the move) may shift it again, near an edge: `again` more tries,
   * while it keeps focus.
   */
  const reveal = (marker: Leaflet.Marker, again: number) => {
    if (!marker.getElement()?.matches(':focus')) return;
    const by = clearing(marker);
    if (!by.x && !by.y) return;
    if (again) map.once('moveend', () => reveal(marker, again - 1));
    map.panBy(by, { animate });
  };

  // A marker reached with Tab may be outside the view, or under the panel or the zoom controls
  // (WCAG 2.4.11): the view moves it clear of them. The browser would scroll the (overflow:
  // hidden) container to it instead, misplacing every pane.
  const onFocusIn = (e: FocusEvent) => {
    container.scrollTop = 0;
    container.scrollLeft = 0;
    const id = markerId(e.target);
    const marker = id ? partnerMarkers.get(id) : undefined;
    if (marker) reveal(marker, 1);
    fitShownNames();
  };

  // Clicking the map focuses it (for the keys), without scrolling the page.
  const onPointerDown = (e: PointerEvent) => {
    if (!markerId(e.target) && container.ownerDocument.activeElement !== container) {
      container.focus({ preventScroll: true });
    }
  };

  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('pointerdown', onPointerDown);
  container.addEventListener('pointerover', onPointerOver);
  container.tabIndex = 0;

  let home: Leaflet.Marker | undefined;

  /**
   * Near-coincident markers at the current zoom are moved apart to a tap
   * target's distance (the home city stays), each with a leader line to its
   * place, and never out of the visible map; at zooms where they stand apart
   * they return there. Runs after every move and zoom.
   */
  const spread = () => {
    const ids = [...partnerMarkers.keys()];
    if (!ids.length) {
      leaders.draw([]);
      return;
    }
    const origin = home ? [map.latLngToLayerPoint(home.getLatLng())] : [];
    const points = [...origin, ...ids.map((id) => map.latLngToLayerPoint(places.get(id)!))];
    const size = map.getSize();
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    const half = MARKER_SIZE / 2;
    // The part of the box the panel leaves (as the fit counts it), and the zoom controls with the
    // room a fitted marker keeps from them: a marker pushed under either could not be tapped.
    const insets = options.insets();
    const cover = panelCover(size, insets);
    const box = {
      left: topLeft.x + half,
      top: topLeft.y + half,
      right: topLeft.x + size.x - cover.right - half,
      bottom: topLeft.y + size.y - cover.bottom - half,
    };
    const { right = 0, bottom = 0 } = insets.controls ?? {};
    const keepOut = {
      left: topLeft.x,
      top: topLeft.y,
      right: topLeft.x + right + CONTROLS_CLEARANCE,
      bottom: topLeft.y + bottom + CONTROLS_CLEARANCE,
    };
    const moved = declutter(points, MARKER_SIZE, { fixed: new Set(origin.length ? [0] : []), box, keepOut });
    const moves: { points: LatLon[] }[] = [];
    ids.forEach((id, i) => {
      const from = points[i + origin.length];
      const to = moved[i + origin.length];
      const place = places.get(id)!;
      if (Math.hypot(to.x - from.x, to.y - from.y) < 1) {
        partnerMarkers.get(id)!.setLatLng(place);
        return;
      }
      const shown = map.layerPointToLatLng(L.point(to.x, to.y));
      partnerMarkers.get(id)!.setLatLng(shown);
      moves.push({ points: [[place.lat, place.lng], [shown.lat, shown.lng]] });
    });
    leaders.draw(moves);
    fitShownNames();
  };
  map.on('zoomend viewreset moveend', spread);
  map.on('dragstart', () => (framed = false));
  const readerMoved = (e: Event) => {
    if (e.type === 'wheel' ? map.scrollWheelZoom.enabled() : /^(Arrow|\+|-|=)/.test((e as KeyboardEvent).key)) framed = false;
  };
  container.addEventListener('keydown', readerMoved);
  container.addEventListener('wheel', readerMoved, { passive: true });

  const view: MapView = {
    setScene(scene) {
      // A marker with keyboard focus (a language change redraws the markers) hands it to its successor,
      // so the reader's place stays where it was instead of going back to the page's body.
      const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
      const focusedId = active?.closest<HTMLElement>('.marker--partner')?.dataset.id;
      markers.clearLayers();
      partnerMarkers.clear();
      partnerArcs = arcs.draw(scene.partners.map((p) => ({ id: p.id, points: p.arc })));
      places.clear();
      home?.remove();

      home = L.marker([scene.home.lat, scene.home.lon], {
        icon: L.divIcon({
          html: markerContent(scene.home.name, true),
          className: 'marker marker--home',
          iconSize: [MARKER_SIZE, MARKER_SIZE],
          iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
        }),
        interactive: false,
        keyboard: false,
        zIndexOffset: 2000,
      }).addTo(map);

      for (const p of scene.partners) {
        const marker = L.marker([p.lat, p.lon], {
          icon: L.divIcon({
            html: markerContent(p.name, false),
            className: 'marker marker--partner',
            iconSize: [MARKER_SIZE, MARKER_SIZE],
            iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
          }),
          keyboard: true,
          autoPanOnFocus: false,
          riseOnHover: true,
        });
        marker.on('add', () => {
          const el = marker.getElement();
          if (el) el.dataset.id = p.id;
        });
        marker.on('click', () => options.onSelect(p.id));
        marker.addTo(markers);
        partnerMarkers.set(p.id, marker);
        places.set(p.id, L.latLng(p.lat, p.lon));
      }

      for (const path of tintedPaths) path.classList.remove('land--partner');
      tintedPaths = [...scene.tinted].flatMap((code) => basemap.byCode.get(code) ?? []);
      for (const path of tintedPaths) path.classList.add('land--partner');
      spread();
      applySelection();
      // (Gone from the new data: to the map itself.)
      if (focusedId) (partnerMarkers.get(focusedId)?.getElement() ?? container).focus({ preventScroll: true });
    },

    setSelected(id) {
      selected = id;
      applySelection();
    },

    fitBounds(bounds, animated = animate, reveal) {
      fitView(bounds, animated, reveal);
    },

    follow(id) {
      // As a fit, after a zoom animation (a pan asked for during one is dropped).
      if (zoomAnimating()) {
        deferredFit = () => view.follow(id);
        return;
      }
      const marker = partnerMarkers.get(id);
      const by = marker ? clearing(marker) : L.point(0, 0);
      if (by.x || by.y) map.panBy(by, { animate });
    },

    zoomBy(delta) {
      framed = false;
      map.setZoom(map.getZoom() + delta, { animate });
    },

    setWheelZoom(enabled) {
      if (enabled) map.scrollWheelZoom.enable();
      else map.scrollWheelZoom.disable();
    },

    get wheelZoom() {
      return map.scrollWheelZoom.enabled();
    },

    resize() {
      // `debounceMoveend`: Leaflet keeps the view inside `maxBounds` on every
      // "moveend" with an animated pan. Fired at once, that pan starts from
      // the old view and survives the re-frame that follows a resize, carrying
      // the fitted view off by the old offset (400 px from 375 to 1280 px).
      // Debounced, it checks the fitted view, which is already inside.
      map.invalidateSize({ animate: false, pan: false, debounceMoveend: true });
    },

    get framed() {
      return framed && stillFitted();
    },

    markerElement(id) {
      return partnerMarkers.get(id)?.getElement() ?? null;
    },

    destroy() {
      // Drag inertia schedules `panBy` for the next frame, and a `moveend` handler fired while the
      // map is torn down may pan again; on a removed map that throws (its panes are gone). Make it a
      // no-op on this instance first.
      map.panBy = () => map;
      container.removeEventListener('keydown', readerMoved);
      container.removeEventListener('wheel', readerMoved);
      map.off('zoomend viewreset moveend', spread);
      map.off('moveend', fitMoveEnd);
      deferredFit = undefined;
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('pointerover', onPointerOver);
      cancelAnimationFrame(fitFrame);
      clearTimeout(fitTimer);
      // Leaflet 1.9 ends a zoom animation from a timer that would run after
      // remove() and throw (`_leaflet_pos` of a removed pane): end it first.
      (map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
      // A pan animation (a reveal, a re-frame) ends in a frame after remove() and throws
      // (`classList` of a removed pane): stop it while the panes still exist.
      (map as unknown as { _stop?: () => void })._stop?.();
      map.remove();
      // …and one that a teardown handler started anyway is cut from the removed map.
      const pan = (map as unknown as { _panAnim?: { off: () => void; stop: () => void } })._panAnim;
      pan?.off();
      pan?.stop();
      // A mousedown on the map makes Leaflet hide the focus outline until the
      // next key press, holding our element and a `window` keydown listener.
      L.restoreOutline();
      partnerMarkers.clear();
      partnerArcs.clear();
      tintedPaths = [];
      places.clear();
    },
  };
  return view;
}
