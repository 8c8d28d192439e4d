// 100 elements: 45 counters, 45 cards, 10 tables, all on one dataset
// (the bundled one, or `?src=URL`), so the page must parse it once.
(() => {
  const src = new URLSearchParams(location.search).get('src');
  const metrics = ['agreements', 'sister-cities', 'partner-countries', 'institutions', 'regions', 'hospitals'];
  const programs = ['asn-new-york', 'rotterdam-dutep', 'higa', 'c40-hospitals', 'agglomeration-aid', 'jeju', 'grand-design'];
  const grid = document.getElementById('grid');
  for (let i = 0; i < 100; i++) {
    let el;
    if (i < 45) {
      el = document.createElement('cooperation-counter');
      el.setAttribute('metric', metrics[i % metrics.length]);
      el.setAttribute('animation', 'none');
    } else if (i < 90) {
      el = document.createElement('program-card');
      el.setAttribute('program', programs[i % programs.length]);
      el.setAttribute('variant', 'compact');
    } else {
      el = document.createElement('sister-city-list');
    }
    if (src) el.setAttribute('src', src);
    grid.append(el);
  }
})();
