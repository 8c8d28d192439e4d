// Leaflet 1.9.4 ships an ES module build without a package `exports` map; its
// API is the one `@types/leaflet` describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
