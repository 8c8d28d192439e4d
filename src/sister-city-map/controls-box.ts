/**
 * The zoom controls' size and place: map-view.styles.ts draws them from these
 * numbers, and the map is fitted clear of them before they are drawn (a fit
 * that learnt of them once drawn would move the map, and redraw its markers
 * and arcs, before its first paint).
 */
export const CONTROLS = {
  /** Distance from the map box's top and left edges (px). */
  inset: 10,
  /** Width and height of a button (px). */
  button: 36,
  /**
   * Map boxes up to this width (px) get the buttons in a row along the top (wider ones, a column),
   * and the panel as a sheet. Not less: the side panel (22em, 330 px, and its 10 px inset) would
   * leave a narrower box a strip too thin for the world at its widest view, where the European
   * partners could not be spread a tap target apart (480 px left 150–220 px).
   */
  narrow: 640,
} as const;

/** The controls' right and bottom edges, from the top left of a map box `width` pixels wide. */
export function controlsBox(width: number): { right: number; bottom: number } {
  // Three buttons (their 1px separators inside them: border-box) and the 1px border around them.
  const along = 3 * CONTROLS.button + 2;
  const across = CONTROLS.button + 2;
  return width <= CONTROLS.narrow
    ? { right: CONTROLS.inset + along, bottom: CONTROLS.inset + across }
    : { right: CONTROLS.inset + across, bottom: CONTROLS.inset + along };
}
