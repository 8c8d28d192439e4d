// window.__cycle(n): mounts a map, waits until it is drawn, removes it; n times.
window.__cycle = async (n) => {
  const stage = document.getElementById('stage');
  for (let i = 0; i < n; i++) {
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    el.setAttribute('height', '300px');
    const ready = new Promise((resolve) => el.addEventListener('sister-city-map-ready', resolve, { once: true }));
    stage.append(el);
    await ready;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return stage.childElementCount;
};
