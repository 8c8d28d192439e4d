// The host page's own Leaflet 1.x map, made with the global `L` of
// leaflet.js, before our bundle loads. The test compares against these.
/* global L */
window.__hostL = L;
window.__hostLeafletVersion = L.version;
window.__hostMap = L.map('host-map', { zoomAnimation: false, fadeAnimation: false }).setView([-6.2, 106.8], 5);
window.__hostMarker = L.marker([-6.2, 106.8]).addTo(window.__hostMap);
L.circle([-6.2, 106.8], { radius: 50000 }).addTo(window.__hostMap);
window.__globalsBefore = Object.keys(window);
