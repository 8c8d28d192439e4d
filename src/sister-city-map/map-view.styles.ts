import { css, unsafeCSS } from 'lit';
import leafletCssText from 'leaflet/dist/leaflet.css?inline';
import { CONTROLS } from './controls-box.js';

/**
 * Leaflet's own CSS, adopted in the element's shadow root (a page stylesheet
 * never reaches it). Its relative `url(images/…)` (layers control, default
 * marker icon: neither is used) would resolve against the host page and 404,
 * so every `url()` is dropped.
 */
export const leafletCss = leafletCssText.replace(/url\([^)]*\)/g, 'none');

/**
 * Styles of what exists only once the map is drawn; adopted by the element
 * when Leaflet has loaded, after its own styles. Colours come from the
 * tokens set in `sister-city-map.styles.ts`.
 */
const view = css`
  /* Leaflet, adjusted: our font in px/em (its 0.75rem would follow the host's <html>), our colours. */
  .leaflet-container {
    font: inherit;
    font-size: 1em;
    line-height: 1.5;
    background: var(--_water);
    color: var(--_text);
  }
  .leaflet-container:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .tile--failed {
    visibility: hidden;
  }
  /* The basemap: one SVG in Web Mercator units (basemap.ts), scaled by Leaflet; borders stay 0.6 px
     (--_land-stroke: 0.6 px in the basemap's units at the map's zoom, set by leaflet-adapter.ts). */
  .basemap {
    overflow: visible;
  }
  .land {
    fill: var(--_land);
    fill-opacity: 1;
    fill-rule: evenodd;
    stroke: var(--_land-border);
    stroke-width: var(--_land-stroke);
    stroke-opacity: 1;
    stroke-linejoin: round;
  }
  .land--partner {
    fill: var(--_land-partner);
  }
  /* The arcs and leaders: one SVG in the basemap's units (basemap.ts), widths in px times --_unit
     (one px in those units at the map's zoom, set by leaflet-adapter.ts). */
  .lines {
    overflow: visible;
  }
  .arc {
    fill: none;
    stroke: var(--_arc);
    stroke-width: calc(1.5px * var(--_unit, 1));
    stroke-opacity: 0.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .has-selection .arc {
    stroke-opacity: 0.3;
  }
  .has-selection .arc.arc--selected {
    stroke-width: calc(3px * var(--_unit, 1));
    stroke-opacity: 1;
  }

  /* From a displaced marker (near-coincident cities) to its city's place. */
  .leader {
    stroke: var(--_text);
    stroke-width: calc(1.5px * var(--_unit, 1));
    stroke-opacity: 0.7;
    stroke-linecap: round;
    fill: none;
  }
  .marker {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .marker--home {
    cursor: default;
  }
  .marker__body {
    position: relative;
    display: grid;
    place-items: center;
  }
  .marker__dot {
    display: block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_marker);
    box-shadow: 0 0 0 2px var(--_surface);
    transition: transform 0.15s ease;
  }
  .marker--home .marker__dot {
    width: 14px;
    height: 14px;
    background: var(--_text);
    box-shadow:
      0 0 0 3px var(--_surface),
      0 0 0 5px var(--_text);
  }
  .marker:hover .marker__dot,
  .marker--selected .marker__dot {
    transform: scale(1.4);
  }
  .marker--selected .marker__dot {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_marker);
  }
  .marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    /* the ring between two rings of the map's surface: 3:1 whatever land or sea is under it */
    box-shadow: 0 0 0 5px var(--_surface);
  }
  /* The city name: read by screen readers always, shown on hover, focus and selection. Hidden or
     shown, in one font: laid out hidden, it is not shaped in a second font when shown. */
  .marker__name {
    position: absolute;
    font-size: 0.8125em;
    font-weight: 600;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .marker:hover .marker__name,
  .marker:focus-visible .marker__name,
  .marker--selected .marker__name,
  .marker__name--home {
    left: 50%;
    bottom: calc(100% + 6px);
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    transform: translateX(-50%);
    padding: 0 0.375em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.5;
    pointer-events: none;
  }
  /* Shown on hover by a mouse, the name can itself be hovered (the pointer moved onto it keeps it,
     and does not wake the markers under it); shown on focus, the marker comes above its neighbours.
     Escape hides it (sister-city-map.ts, dismissName). Not on touch screens, where :hover sticks to
     the marker last tapped, nor for the selected marker, whose name stays: there the name would catch
     the taps and clicks meant for the neighbours under it. */
  @media (hover: hover) {
    .marker:not(.marker--selected):hover .marker__name {
      pointer-events: auto;
    }
  }
  .marker:focus-visible {
    z-index: 100000 !important;
  }
  .names-dismissed .marker:not(.marker--selected) .marker__name:not(.marker__name--home) {
    opacity: 0;
    pointer-events: none;
  }

  .controls {
    position: absolute;
    top: ${CONTROLS.inset}px;
    left: ${CONTROLS.inset}px;
    z-index: 2;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .controls button {
    display: grid;
    place-items: center;
    width: ${CONTROLS.button}px;
    height: ${CONTROLS.button}px;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }
  .controls button + button {
    border-top: 1px solid var(--_border);
  }
  /* Narrow boxes: a row along the top, where the fitted world leaves sea (a column covered the
     westernmost partners on a phone). The view is fitted clear of the controls either way
     (controls-box.ts). */
  @container (max-width: ${CONTROLS.narrow}px) {
    .controls {
      flex-direction: row;
    }
    .controls button + button {
      border-top: 0;
      border-left: 1px solid var(--_border);
    }
  }
  .controls button:hover {
    background: var(--_subtle);
  }
  .controls button:focus-visible {
    outline-offset: -3px;
  }
  .controls svg {
    width: 18px;
    height: 18px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .hint {
    position: absolute;
    inset: 0;
    z-index: 3;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1em;
    pointer-events: none;
  }
  .hint__text {
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-weight: 600;
    text-align: center;
  }

  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 2;
    max-width: 100%;
    padding: 0 0.5em;
    border-top-left-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.75em;
    line-height: 1.6;
  }
  .attribution__sep {
    padding: 0 0.25em;
    color: var(--_muted);
  }

  .panel {
    position: absolute;
    top: 10px;
    right: 10px;
    z-index: 4;
    width: min(22em, calc(100% - 20px));
    max-height: calc(100% - 36px);
    overflow: auto;
    padding: 0.875em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font-size: 0.9375em;
    /* Its width is set, never its content's: the facts below follow it. */
    container: panel / inline-size;
  }
  /* Narrow boxes (the controls' breakpoint): a compact sheet over the lower part of the map; the view is fitted above it. */
  @container (max-width: ${CONTROLS.narrow}px) {
    .panel {
      top: auto;
      left: 6px;
      right: 6px;
      bottom: 26px;
      width: auto;
      max-height: min(42%, calc(100% - 72px));
      padding: 0.625em 0.75em 0.75em;
    }
  }
  .panel__head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  /* The type's steps (program-card.styles.ts), from the panel's 15 px: the title as the element's
     heading (18 px), the sections' names as the card's small labels (14 px; an exact ratio, where
     0.9333em would make 13.9995 px, a font of its own). */
  .panel__title {
    min-width: 0;
    overflow-wrap: anywhere;
    margin: 0;
    font-size: calc(18em / 15);
    font-weight: 600;
    line-height: 1.3;
  }
  .panel__title:focus {
    outline: none;
  }
  .panel__title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .panel__close {
    flex: none;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    margin: -4px -6px 0 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    cursor: pointer;
  }
  .panel__close:hover {
    border-color: var(--_border);
    background: var(--_subtle);
  }
  .panel__close svg {
    width: 16px;
    height: 16px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  /* Names and values may wrap inside a word rather than push the panel wider (320 px with large
     text; narrower still, they stack: below). A long name ("Tingkat keyakinan" with a reader's
     letter spacing, WCAG 1.4.12) wraps between its words at half the panel, not the values beside it
     inside theirs ("Provin|si kem|bar"). */
  .facts {
    display: grid;
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: 0.125em 0.75em;
    margin: 0.5em 0 0;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dt,
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* Too narrow for both columns (a phone with the reader's text at 150 % or more): each name above its value. */
  @container panel (max-width: 14em) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .facts dd + dt {
      margin-top: 0.375em;
    }
  }
  .muted {
    color: var(--_muted);
  }
  .panel__section {
    margin: 0.75em 0 0;
    font-size: calc(14em / 15);
    font-weight: 600;
  }
  .panel ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .panel li + li {
    margin-top: 0.25em;
  }
  .panel__note {
    margin: 0.75em 0 0;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .marker__dot {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .marker__dot {
      forced-color-adjust: none;
      background: CanvasText;
      box-shadow: 0 0 0 2px Canvas;
    }
    .marker--selected .marker__dot {
      background: Highlight;
    }
    .arc {
      stroke: CanvasText;
    }
  }
`;

export const mapViewStyles = [unsafeCSS(leafletCss), view];
