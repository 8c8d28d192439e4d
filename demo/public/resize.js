/*
 * jakarta-global-widgets: fits our iframe embeds to their content.
 * Load it once on a page that has one or more of our iframes:
 *   <script src="https://…/resize.js" async></script>
 * Each embed.html frame posts { type: 'jakarta-global-widgets:height', height, id }
 * whenever its height changes. This script accepts a message only when it
 * comes from the origin this script was loaded from (the embeds' origin) and
 * from the window of one of the page's iframes, and then sets that iframe's
 * height. It also removes the border of those frames and sets their
 * `color-scheme` (from the embed's `theme`, so a transparent frame matches)
 * through the CSSOM. It needs no inline script and no inline style attribute.
 */
(function () {
  'use strict';
  var TYPE = 'jakarta-global-widgets:height';
  var MAX = 20000;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, document.baseURI).origin;

  /** Our embed frames: border off, color-scheme as embed.html's (CSSOM, allowed under a strict style-src). */
  function dress() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var url;
      try {
        url = new URL(frames[i].src, document.baseURI);
      } catch {
        continue;
      }
      if (url.origin !== origin || !/\/embed\.html$/.test(url.pathname)) continue;
      var theme = url.searchParams.get('theme');
      frames[i].style.border = '0';
      frames[i].style.colorScheme = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
    }
  }
  dress();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', dress);

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      dress();
      var height = Math.max(0, Math.min(MAX, Math.ceil(data.height)));
      frame.setAttribute('height', String(height));
      frame.style.height = height + 'px'; // CSSOM: allowed under a strict style-src
      return;
    }
  });
})();
