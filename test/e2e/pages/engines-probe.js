// Recorder of engines.csp.html (a classic script, run before the bundle): what
// a reader would suffer, recorded the same way in Chromium, Firefox and WebKit
// (WebDriver has no console or exception events of its own).
//   errors    uncaught exceptions, unhandled rejections, console.error
//   warnings  console.warn
//   csp       securitypolicyviolation events
//   cls       sum of layout-shift entries (null where the engine has none)
//   moves     boxes that moved between two frames once the four elements
//             were defined (every engine: the position of each element and of
//             the paragraph after them, in page coordinates, is read on every
//             frame until `stopWatch()`)
//   preUpgradeMoves  the same, between frames drawn before the bundle had
//             defined them (the page's own fallback layout: not ours to fix)
//   selects   ids of `sister-city-select` events
//   mapsReady number of `sister-city-map-ready` events
(function () {
  'use strict';
  var probe = { errors: [], warnings: [], csp: [], cls: null, moves: [], preUpgradeMoves: [], selects: [], mapsReady: 0, frames: 0 };
  window.__probe = probe;
  var text = function (args) {
    return Array.prototype.map.call(args, function (a) { return a instanceof Error ? a.message : String(a); }).join(' ');
  };
  var origError = console.error;
  var origWarn = console.warn;
  console.error = function () { probe.errors.push('console.error: ' + text(arguments)); return origError.apply(console, arguments); };
  console.warn = function () { probe.warnings.push(text(arguments)); return origWarn.apply(console, arguments); };
  window.addEventListener('error', function (e) {
    probe.errors.push('uncaught: ' + (e.message || (e.target && e.target.src) || 'error event') + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    probe.errors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.csp.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  document.addEventListener('sister-city-select', function (e) { probe.selects.push(e.detail && e.detail.id); });
  document.addEventListener('sister-city-map-ready', function () { probe.mapsReady += 1; });

  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('layout-shift') >= 0) {
    probe.cls = 0;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) probe.cls += e.value; });
    }).observe({ type: 'layout-shift', buffered: true });
  }

  // Boxes: where each watched element sits in the page, frame after frame.
  var WATCHED = 'cooperation-counter, program-card, sister-city-map, sister-city-list, #after';
  var last = {};
  var watching = true;
  var wasDefined = false;
  function frame() {
    if (!watching) return;
    probe.frames += 1;
    var defined = document.readyState !== 'loading' && document.querySelectorAll(':not(:defined)').length === 0;
    var moves = wasDefined ? probe.moves : probe.preUpgradeMoves;
    wasDefined = defined;
    var els = document.querySelectorAll(WATCHED);
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var r = el.getBoundingClientRect();
      var key = el.id || el.localName + i;
      var box = [Math.round(r.left + scrollX), Math.round(r.top + scrollY)];
      var before = last[key];
      if (before && (before[0] !== box[0] || before[1] !== box[1])) {
        moves.push(key + ' moved from ' + before.join(',') + ' to ' + box.join(',') + ' (frame ' + probe.frames + ')');
      }
      last[key] = box;
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  probe.stopWatch = function () { watching = false; return probe.frames; };
})();
