import { css } from 'lit';

/** The dark theme's defaults, used by `theme="dark"` and by `theme="auto"` in a dark system setting. */
const darkTokens = css`
  color-scheme: dark;
  --_accent: var(--jgw-accent, #ff8a80);
  --_text: var(--jgw-text, #e6edf3);
  --_muted: var(--jgw-muted, #9da7b3);
  --_surface: var(--jgw-surface, #161b22);
  --_border: var(--jgw-border, #3d444d);
  --_focus: var(--jgw-focus, #58a6ff);
`;

/**
 * Shared styles of every element.
 *
 * `:host` starts from `all: initial`, so nothing the host page sets (fonts,
 * line-height, text-align, `* { box-sizing }`…) leaks in; only CSS custom
 * properties inherit, and those are our public theming surface:
 *
 * | property | default (light / dark) |
 * |---|---|
 * | `--jgw-accent` | `#b3261e` / `#ff8a80` |
 * | `--jgw-text` | `#1f2328` / `#e6edf3` |
 * | `--jgw-muted` | `#57606a` / `#9da7b3` |
 * | `--jgw-surface` | `#ffffff` / `#161b22` |
 * | `--jgw-border` | `#d0d7de` / `#3d444d` |
 * | `--jgw-focus` | `#0b63ce` / `#58a6ff` |
 * | `--jgw-radius` | `8px` |
 * | `--jgw-font-family` | the system UI font stack |
 * | `--jgw-font-size` | `medium`: the reader's default size in the browser's settings (16 px unless changed), not the page's |
 *
 * Sizes are in `px` and `em`, never `rem` (the host's `html { font-size }`
 * must not resize us). Internally the resolved values are `--_*` properties.
 */
export const hostStyles = css`
  /* A host page's "* { … }" rules reach the host element itself and, for
     normal declarations, beat ":host"; the typography that would then be
     inherited inside, and transitions/animations that would animate the
     element as it starts, are made !important here, where the shadow tree
     wins. Embedders theme through the --jgw-* properties instead.
     Line height, letter and word spacing stay normal declarations: a
     reader's text-spacing tool ("* { letter-spacing: 0.12em !important }",
     WCAG 1.4.12) reaches the host and is inherited inside, where an
     !important here would have shut it out. A page's plain "* { … }" rule
     can set them too. Of the box's own properties, only isolation is held:
     our z-indexes (the map's panel, the table's sticky headers) must stay
     under a page's sticky header even when a reset ("all: unset") makes the
     host static and inline. Display, position and size stay the embedder's. */
  :host {
    all: initial;
    transition: none !important;
    animation: none !important;
    font-family: var(--_font) !important;
    font-size: var(--jgw-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    color: var(--_text) !important;
    display: block;
    /* In a grid or flex column, the column's width, not the longest word's: text breaks inside it. */
    min-width: 0;
    box-sizing: border-box;
    position: relative;
    isolation: isolate !important;
    direction: ltr;
    unicode-bidi: isolate;
    color-scheme: light;
    --_accent: var(--jgw-accent, #b3261e);
    --_text: var(--jgw-text, #1f2328);
    --_muted: var(--jgw-muted, #57606a);
    --_surface: var(--jgw-surface, #ffffff);
    --_subtle: color-mix(in srgb, var(--_surface) 94%, var(--_text));
    --_border: var(--jgw-border, #d0d7de);
    --_focus: var(--jgw-focus, #0b63ce);
    --_radius: var(--jgw-radius, 8px);
    /* Every browser we support (CSS nesting: Chrome 120, Firefox 117, Safari 17.2) resolves
       system-ui, so the names that used to follow it (-apple-system, 'Segoe UI', Roboto…) were
       never reached. */
    --_font: var(--jgw-font-family, system-ui, sans-serif);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  /* Laid out (in 1 px) like any text: in the small labels' font (14 px semibold at the default
     size, whatever it is nested in), it needs no font of its own. Each size and weight of the
     type is a font look-up at the first layout. (A keyword cannot be multiplied: a reader whose
     browser's default is not 16 px pays that look-up.) */
  .sr-only {
    font-size: calc(var(--jgw-font-size, 16px) * 0.875);
    font-weight: 600;
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
  /* Loading and error states fill the box the element has reserved; a host that is a column flex box
     (the counter's, the card's), all of it, as in a grid row. Not height: 100%: in a page without a
     doctype (quirks mode) that resolves against the viewport under an auto-height host. */
  .state {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.25em;
    flex-grow: 1;
    min-height: inherit;
    padding: 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .state--error {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    color: var(--_text);
  }
  .state__title {
    font-weight: 600;
  }
  .state__detail {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  /* The author's fallback content, shown when the data cannot be used. */
  .state--fallback {
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  /* One block: slotted text and links flow as the author wrote them (in the
     column flex box, each text run and link was a line of its own). */
  .state--fallback slot {
    display: block;
  }
  .state--fallback ::slotted(*) {
    margin: 0;
    max-width: 100%;
  }
  @media (forced-colors: active) {
    .state--error {
      border-color: CanvasText;
    }
  }
`;
