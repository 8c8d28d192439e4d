// Benchmark probe: records when the page's final content is on screen.
// <body data-final="widgets|static|floor|map|many|bare-map"> says what "final" means.
(() => {
  const kind = document.body.dataset.final;
  const done = () => {
    switch (kind) {
      case 'static':
        return true;
      case 'floor':
        return window.__floorDone === true;
      case 'bare-map':
        return window.__bareMapDrawn === true;
      case 'map':
        return window.__mapReady === true;
      default: {
        const els = [...document.querySelectorAll('cooperation-counter, program-card, sister-city-list, sister-city-map')];
        return els.length > 0 && els.every((el) => el.matches(':state(ready)'));
      }
    }
  };
  const tick = () => {
    if (done()) {
      // the next frame is the one that paints it
      requestAnimationFrame(() => (window.__benchFinal = performance.now()));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();
