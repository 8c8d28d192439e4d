/**
 * Runs `run` in an idle moment of the main thread, at most `timeout` ms later on a page that is never
 * idle; where there is no `requestIdleCallback` (Safari), 16 ms later, about a frame. For work a reader
 * does not see yet (a closed disclosure's content, the table's further rows, the map's table view), so
 * that it holds back no frame, animation or input while the page is loading.
 */
export function whenIdle(run: () => void, timeout = 500): void {
  // Its type, not its presence: a page's own shim (`window.requestIdleCallback = window.requestIdleCallback
  // && …`) leaves the property there, undefined, in Safari.
  if (typeof requestIdleCallback == 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 16);
}
