import { css } from 'lit';

/**
 * Styles of `<program-card>`. Colours come only from the shared tokens
 * (`--_accent`, `--_text`, `--_muted`, `--_surface`, `--_subtle`, `--_border`),
 * so `theme="dark"` and `auto` need nothing here. Sizes in px and em only.
 *
 * The host is an `inline-size` container named `program-card`; from 480 px
 * up the key figure moves beside the text. Nothing animates.
 *
 * Few type sizes: with a counter beside it, a compact card shows four sizes
 * and weights in all (figures 3em bold, title and the counter's label 1.125em
 * semibold, text 0.9375em, small labels 0.875em semibold), at every width.
 * Each size and weight more is a font look-up at the first layout, which a
 * prerendered page pays before its first paint (test/core/type-scale.test.ts).
 */
export const styles = css`
  /* A column flex box, so that the card fills the host's height (a grid row's, or the minimum below)
     without a percentage height: in a page without a doctype (quirks mode), height: 100% under an
     auto-height host resolved against the viewport, and the card's text ran out of its box. */
  :host {
    display: flex;
    flex-direction: column;
    container: program-card / inline-size;
    min-height: var(--jgw-card-min-height, 240px);
    --_pad: var(--jgw-card-padding, 1.25em);
  }
  :host([variant='compact']) {
    min-height: var(--jgw-card-min-height, 160px);
    --_pad: var(--jgw-card-padding, 1em);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    flex-grow: 1;
    min-height: inherit;
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .card > *,
  .body > *,
  .text > * {
    min-width: 0;
    margin: 0;
  }

  .sector {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .icon {
    flex: none;
    width: 1.35em;
    height: 1.35em;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
    color: var(--_text);
  }

  .body {
    display: grid;
    gap: 0.75em 1.25em;
    align-items: start;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }

  .figure {
    display: flex;
    flex-direction: column;
    padding: 0.5em 0.875em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_subtle);
  }
  .figure__qualifier {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .figure__value {
    font-size: 3em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  .figure__label {
    font-size: 0.9375em;
    line-height: 1.4;
  }

  .summary {
    line-height: 1.55;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
    font-size: 0.9375em;
  }
  .fact {
    min-width: 0;
  }
  .fact dt {
    /* 14px, as the sector line: an exact ratio, where 0.9333em would make 13.9995px, one more
       font size to look up at layout */
    font-size: calc(14em / 15);
    font-weight: 600;
    color: var(--_muted);
  }
  .fact dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .notes {
    padding: 0.625em 0.875em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.875em;
    line-height: 1.45;
  }
  .notes__label {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .notes__list {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .sources {
    font-size: 0.875em;
    line-height: 1.45;
  }
  .card--full .sources {
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .sources__label {
    margin: 0 0 0.25em;
    font-weight: 600;
    color: var(--_muted);
  }
  .sources__list {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  .source__meta {
    display: block;
    color: var(--_muted);
  }

  .disclosure {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  .disclosure__summary {
    cursor: pointer;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.25em 0;
    width: fit-content;
    max-width: 100%;
  }
  .disclosure__body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding-top: 0.5em;
  }

  /* Figure beside the text once the card has room for both. */
  @container program-card (min-width: 480px) {
    .body {
      grid-template-columns: minmax(10em, 1fr) minmax(0, 2fr);
    }
  }

  @media (forced-colors: active) {
    .card,
    .figure,
    .notes {
      border: 1px solid CanvasText;
    }
    .figure {
      border-inline-start-width: 4px;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
