import { css } from 'lit';

export const styles = css`
  /* A column flex box: its fallback or error box fills it (see .state). */
  :host {
    display: flex;
    flex-direction: column;
    min-height: var(--jgw-counter-min-height, 10.5em);
  }
  .counter {
    min-height: inherit;
    padding: var(--jgw-counter-padding, 1em);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .figure {
    display: flex;
    flex-direction: column;
    align-items: start;
    margin: 0;
  }
  /* The final value, invisible, and the counting one share one grid cell:
     the cell (the grid's fit-content width) is as wide as the final value
     from the first frame on. A value wider than the element (12.500.000.000
     on a phone) wraps inside it rather than spilling out of the page. */
  .value {
    display: grid;
    justify-items: start;
    font-size: var(--jgw-counter-value-size, 3em);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.01em;
    color: var(--_accent);
    font-variant-numeric: tabular-nums lining-nums;
  }
  .value > span {
    grid-area: 1 / 1;
    overflow-wrap: anywhere;
  }
  .value__final {
    visibility: hidden;
  }
  .final {
    user-select: none;
  }
  /* No wider than the element: a word longer than a line (an address as the label) wraps, as
     overflow-wrap says, rather than widening the label past the page's edge. */
  .label {
    max-width: 100%;
    margin-top: 0.25em;
    font-size: var(--jgw-counter-label-size, 1.125em);
    font-weight: 600;
    line-height: 1.35;
  }
  .caption {
    margin: 0.375em 0 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .source {
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .source summary {
    display: inline-block;
    list-style: none;
    cursor: pointer;
    font-weight: 600;
    border-radius: 2px;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .source summary::-webkit-details-marker {
    display: none;
  }
  .source summary::before {
    content: '';
    display: inline-block;
    width: 0;
    height: 0;
    margin-inline-end: 0.4em;
    vertical-align: 0.1em;
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
    transition: transform 0.15s ease-out;
  }
  .source[open] summary::before {
    transform: rotate(90deg);
  }
  .source ul {
    margin: 0.375em 0 0;
    padding-inline-start: 1.25em;
  }
  .source li + li {
    margin-top: 0.25em;
  }
  .notes__title {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .notes p {
    margin: 0.25em 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .source summary::before {
      transition: none;
    }
  }
  /* Print shows the final value whatever the count has reached. */
  @media print {
    .value__final {
      visibility: visible;
    }
    .value__now {
      visibility: hidden;
    }
  }
  @media (forced-colors: active) {
    .value {
      color: CanvasText;
    }
    /* Forced colours paint every border, the transparent ones too: the triangle would be a
       square, the same open or closed. */
    .source summary::before {
      forced-color-adjust: none;
      border-block-color: transparent;
      border-inline-start-color: CanvasText;
    }
  }
`;
