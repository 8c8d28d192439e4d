import { css } from 'lit';

/**
 * Styles of the element's frame: heading, toggle, the map box and its
 * placeholder. Everything drawn only with the map (Leaflet's own CSS,
 * markers, arcs, controls, the detail panel) is in `map-view.styles.ts`,
 * loaded with Leaflet.
 */
export const styles = css`
  /* Flush in the light theme, where the map lines up with a light page's text; a dark box gets room
     around its text. (The reservation stylesheet pads an undefined map the same way.) */
  :host {
    padding: var(--jgw-map-padding, 0);
    background: var(--_surface);
    --_map-height: var(--jgw-map-height, 480px);
    --_water: var(--jgw-map-water, #d6e6f2);
    --_land: var(--jgw-map-land, #f4f2ed);
    --_land-partner: var(--jgw-map-land-partner, color-mix(in srgb, var(--_accent) 26%, var(--_land)));
    --_land-border: var(--jgw-map-border, #9aa5b1);
    --_arc: var(--jgw-map-arc, var(--_accent));
    --_marker: var(--jgw-map-marker, var(--_accent));
  }
  :host([theme='dark']) {
    padding: var(--jgw-map-padding, 0.75em);
    --_water: var(--jgw-map-water, #0e1926);
    --_land: var(--jgw-map-land, #2b323b);
    --_land-partner: var(--jgw-map-land-partner, color-mix(in srgb, var(--_accent) 30%, var(--_land)));
    --_land-border: var(--jgw-map-border, #5b6673);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      padding: var(--jgw-map-padding, 0.75em);
      --_water: var(--jgw-map-water, #0e1926);
      --_land: var(--jgw-map-land, #2b323b);
      --_land-partner: var(--jgw-map-land-partner, color-mix(in srgb, var(--_accent) 30%, var(--_land)));
      --_land-border: var(--jgw-map-border, #5b6673);
    }
  }

  .frame {
    /* Containing block of the skip link. */
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  /* A heading with a word longer than a line (an address) wraps within the element rather than
     widening the page: a flex item is otherwise as wide as its longest word. */
  .titles {
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  .summary {
    margin: 0.125em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .toggle {
    min-height: 2.5em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9375em;
    cursor: pointer;
  }
  /* Its other two texts, in the same cell, unseen and without a name (content's alt text ""). */
  .toggle {
    display: inline-grid;
    /* Not centred: a shorter text would move its start (a layout shift). */
    text-align: start;
  }
  .toggle > span,
  .toggle::before,
  .toggle::after {
    grid-area: 1 / 1;
  }
  .toggle::before {
    content: attr(data-a) / '';
  }
  .toggle::after {
    content: attr(data-b) / '';
  }
  .toggle::before,
  .toggle::after {
    visibility: hidden;
  }
  .toggle:hover {
    background: var(--_subtle);
  }
  .stage {
    position: relative;
    height: var(--_map-height);
    min-height: 160px;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
    container-type: inline-size;
  }
  .table-status {
    margin: 0.5em 0;
    color: var(--_muted);
  }
  /* The notes on the list are in the map's head already; the map's own padding is the table's. */
  .table sister-city-list::part(about) {
    display: none;
  }
  .table sister-city-list {
    --jgw-list-padding: 0;
  }
  .stage[hidden],
  .table[hidden],
  .hint[hidden] {
    display: none;
  }
  .stage > .state {
    position: absolute;
    inset: 0;
    border-radius: 0;
  }
  .map-slot,
  .map {
    position: absolute;
    inset: 0;
  }
  /* Leaflet's panes (z-index 400–700) stay inside this stacking context. */
  .map-slot {
    z-index: 0;
  }

  /* On paper: the map whole on one page; a map not drawn yet (further down the page, never
     scrolled to) leaves out its empty box, which printed "Loading the map…" over half a page. */
  @media print {
    .stage {
      break-inside: avoid;
    }
    .stage:has(> .placeholder:not(.placeholder--table), > .state--loading) {
      display: none;
    }
  }

  .placeholder {
    position: absolute;
    inset: 0;
    z-index: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    background: var(--_water);
    color: var(--_text);
  }
  /* The partners' table in the map's box: the prerendered map's, and the one shown when the map cannot load. */
  .placeholder--table {
    display: block;
    overflow: auto;
    text-align: start;
    background: var(--_surface);
  }
  .failed {
    margin: 0 0 0.75em;
  }
  .placeholder__text {
    margin: 0;
    padding: 0.25em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
