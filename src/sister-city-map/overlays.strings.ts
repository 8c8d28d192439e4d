import type { Bilingual } from '../core/i18n.js';

const overlayIndonesian = {
  controlsLabel: 'Kontrol peta',
  zoomIn: 'Perbesar peta',
  zoomOut: 'Perkecil peta',
  resetView: 'Kembalikan tampilan awal peta',
  wheelHint: (key: string) => `Gunakan ${key} + gulir untuk memperbesar peta`,
  close: 'Tutup detail',
  country: 'Negara',
  kind: 'Jenis',
  since: 'Sejak',
  confidence: 'Tingkat keyakinan',
  programs: 'Program terkait',
  locationSources: 'Sumber titik lokasi di peta',
  noLocation: 'Lokasi kota ini tidak tersedia dalam data, sehingga tidak ditampilkan di peta.',
  notOnMap: (region: string) => `Kota ini tidak termasuk kawasan yang ditampilkan (${region}).`,
};

/**
 * Reader-facing strings of what lies on the drawn map (`overlays.ts`): the
 * controls, the wheel hint, the detail panel and the credits. They load with
 * the map, not with the element. Kinds, regions, confidence, "Sumber /
 * Sources", "Catatan / Note", "tahun tidak diketahui / year unknown" and
 * "(membuka tab baru) / (opens in a new tab)" come from `coreStrings`.
 */
export const overlayStrings: Bilingual<typeof overlayIndonesian> = {
  id: overlayIndonesian,
  en: {
    controlsLabel: 'Map controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Reset the map view',
    wheelHint: (key: string) => `Use ${key} + scroll to zoom the map`,
    close: 'Close details',
    country: 'Country',
    kind: 'Type',
    since: 'Since',
    confidence: 'Confidence',
    programs: 'Related programmes',
    locationSources: 'Source of the point on the map',
    noLocation: 'This city’s location is not in the data, so it is not shown on the map.',
    notOnMap: (region: string) => `This city is outside the region shown (${region}).`,
  },
};
