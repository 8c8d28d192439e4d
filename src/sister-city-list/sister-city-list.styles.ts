import { css } from 'lit';

/**
 * Styles of `<sister-city-list>`. Colours come only from the shared tokens
 * (`--_text`, `--_muted`, `--_surface`, `--_subtle`, `--_border`, `--_accent`,
 * `--_focus`), so both themes keep AA contrast.
 */
export const styles = css`
  /* Flush in the light theme, where the table lines up with a light page's text; a dark box gets
     room around its text. (The reservation stylesheet pads an undefined list the same way.) */
  :host {
    /* Containing block of the skip link. */
    position: relative;
    min-height: var(--jgw-list-min-height, 320px);
    padding: var(--jgw-list-padding, 0);
    background: var(--_surface);
  }
  :host([theme='dark']) {
    padding: var(--jgw-list-padding, 0.75em);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      padding: var(--jgw-list-padding, 0.75em);
    }
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block-end: 0.75em;
  }
  .controls label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .controls select {
    font: inherit;
    font-size: 0.9375em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.5em;
    max-width: 100%;
  }

  /* The scroll container: at narrow widths the table scrolls inside it, never the page. */
  .scroller {
    /* Containing block of the .sr-only texts inside, so they cannot overflow the host. */
    position: relative;
    container-type: inline-size;
    max-width: 100%;
    max-height: var(--jgw-list-max-height, none);
    overflow: auto;
    /* A control focused while the table scrolls (--jgw-list-max-height) lands below the sticky
       headings (2.5em wide, the sort bar up to 4.4em narrow), never under them (WCAG 2.4.11). */
    scroll-padding-block-start: 4.5em;
    overscroll-behavior-x: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* On paper every row: a table that scrolls on screen (--jgw-list-max-height) printed only its first ones. */
  @media print {
    .scroller {
      max-height: none;
      overflow: visible;
    }
  }

  table {
    width: 100%;
    /* The colour and line height the rest of the element has: a page without a doctype (quirks mode)
       resets a table's (the browser's quirks sheet), which made every row shorter than reserved and
       the text black, also on the dark theme's background. */
    color: inherit;
    line-height: inherit;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }

  caption {
    caption-side: top;
    text-align: start;
    padding: 0.75em 0.75em 0.5em;
    font-weight: 600;
    color: var(--_text);
  }
  /* The caption is as wide as the table; keep its text within the visible part. */
  .caption__text {
    display: block;
    position: sticky;
    left: 0.75em;
    max-width: calc(100cqi - 1.5em);
  }

  th,
  td {
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_border);
    background: var(--_row-bg, var(--_surface));
  }

  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_subtle);
    font-weight: 600;
    vertical-align: bottom;
  }
  thead th:first-child {
    left: 0;
    z-index: 2;
  }

  tbody tr {
    --_row-bg: var(--_surface);
  }
  tbody tr:nth-child(even) {
    --_row-bg: var(--_subtle);
  }
  tbody tr.is-selected {
    --_row-bg: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }

  /* The partner's name stays in view while the other columns scroll. */
  th[scope='row'] {
    position: sticky;
    left: 0;
    z-index: 1;
    font-weight: 600;
    min-width: 7em;
    max-width: 12em;
  }
  tr.is-selected th[scope='row']::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 4px;
    background: var(--_accent);
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: -0.25em -0.4em;
    padding: 0.25em 0.4em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .sort svg {
    flex: none;
    width: 0.75em;
    height: 1em;
    fill: currentColor;
  }
  .sort .arrow {
    opacity: 0.35;
  }
  .sort .arrow--on {
    opacity: 1;
  }

  .num {
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
    font-style: italic;
    white-space: normal;
  }

  .sources-cell {
    min-width: 10em;
  }
  .sources {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .source__year {
    color: var(--_muted);
    white-space: nowrap;
  }
  .sources li + li {
    margin-block-start: 0.25em;
  }

  .sources {
    margin-block-start: 0.35em;
  }
  .notes__title {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .notes {
    margin: 0.35em 0 0;
    padding-inline-start: 1.1em;
  }
  .notes li + li {
    margin-block-start: 0.35em;
  }

  .empty td {
    padding: 1.5em 0.75em;
    color: var(--_muted);
    text-align: center;
  }

  /* Article columns (about 680px): tighter cells, so that the table still fits in both languages. */
  @container (max-width: 50em) {
    th,
    td {
      padding-inline: 0.5em;
    }
  }

  /*
   * Narrow boxes: each partner is a card (name; country, type, year and
   * confidence with their column names; the disclosure of sources and notes),
   * with no sideways scrolling. The elements stay a table for assistive
   * technology (Chromium and Firefox keep table semantics under display changes).
   */
  @container (max-width: 42em) {
    table,
    tbody,
    tr,
    th[scope='row'],
    td {
      display: block;
    }
    caption {
      display: block;
    }
    /*
     * The heading row becomes a bar of the three sort buttons above the cards,
     * so that they can be seen when focused and used by touch and mouse too
     * (hiding the whole row left invisible buttons in the Tab order). It stays
     * in view when the table scrolls (--jgw-list-max-height), like the headings.
     */
    thead {
      display: block;
      position: sticky;
      top: 0;
      z-index: 2;
    }
    /* Where the buttons take three lines or more (a box under 16em: 256 px at the default size, or
       a phone's 320 px with a reader's 32 px text), the bar scrolls with the cards: kept in view, it
       hid most of a --jgw-list-max-height box, and the focused row under it (WCAG 2.4.11). */
    @container (max-width: 16em) {
      thead {
        position: static;
      }
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375em;
      padding: 0.5em 0.75em;
      border-block-start: 1px solid var(--_border);
      background: var(--_subtle);
    }
    /* "Sort by", as generated content with empty alternative text: screen
       readers have the caption's hint and the column headers instead. */
    thead tr::before {
      content: attr(data-label) / '';
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* On a phone, "Sort by" on a line of its own keeps the three buttons together. */
    @container (max-width: 27em) {
      thead tr::before {
        flex-basis: 100%;
      }
    }
    thead th.sortable {
      position: static;
      padding: 0;
      border: 0;
      background: none;
    }
    /* The other column headers are there only for assistive technology (each
       card names its fields). */
    thead th:not(.sortable) {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    /* A target of at least 24 by 24 px (WCAG 2.5.8), outlined like the region menu. */
    .sort {
      min-height: max(24px, 2em);
      min-width: 24px;
      margin: 0;
      padding: 0.125em 0.375em;
      /* Slightly smaller, so that the three fit in one row at 320 px in both languages. */
      font-size: 0.9375em;
      border: 1px solid var(--_muted);
      background: var(--_surface);
    }
    thead th[aria-sort] .sort {
      border-color: var(--_text);
      box-shadow: inset 0 0 0 1px var(--_text);
    }
    tbody tr {
      display: grid;
      /* At most the card's width: 8.5em is wider than a phone's card with a reader's 32 px text. */
      grid-template-columns: repeat(auto-fill, minmax(min(8.5em, 100%), 1fr));
      gap: 0.25em 0.75em;
      padding: 0.625em 0.75em 0.75em;
      border-block-start: 1px solid var(--_border);
      background: var(--_row-bg);
      position: relative;
    }
    tbody th[scope='row'],
    tbody td {
      position: static;
      min-width: 0;
      max-width: none;
      padding: 0;
      border: 0;
      background: none;
    }
    tbody th[scope='row'],
    .sources-cell,
    .empty td {
      grid-column: 1 / -1;
      /* The table's 10em for the sources column would make a card scroll sideways at large text sizes. */
      min-width: 0;
    }
    td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .num,
    .muted {
      white-space: normal;
    }
    .caption__text {
      position: static;
      max-width: none;
    }
    tr.is-selected th[scope='row']::before {
      inset-block: 0;
    }
  }

  @media (forced-colors: active) {
    tr.is-selected th[scope='row']::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
