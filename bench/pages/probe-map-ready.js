// Listens for the map's ready event before anything else runs.
document.addEventListener('sister-city-map-ready', () => (window.__mapReady = true));
