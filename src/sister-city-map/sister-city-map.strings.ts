import type { Bilingual } from '../core/i18n.js';

const mapIndonesian = {
  /** The default heading; `city` is the home city of the dataset. */
  heading: (city: string) => `Kota kembar ${city}`,
  /** The heading while the data is loading or failed (the city is not known yet). */
  headingGeneric: 'Kota kembar',
  /** Under the heading; `region` is the localized region name, or null for all regions. */
  summary: (region: string | null, partners: string, countries: string, p: number, _c: number) =>
    `${region ? `${region}: ` : ''}${p ? `${partners} mitra di ${countries} negara` : 'tidak ada mitra'}`,
  /** After the summary when some of those partners have no usable coordinates (a data file's fault). */
  offMap: (count: string) => `, ${count} di antaranya tanpa koordinat yang dapat dipakai, hanya di tabel`,
  showTable: 'Tampilkan sebagai tabel',
  showMap: 'Tampilkan sebagai peta',
  /** Accessible name of the interactive map. */
  mapLabel: (city: string) => `Peta interaktif kota kembar ${city}`,
  mapHelp:
    'Gunakan tombol panah untuk menggeser peta serta tombol + dan − untuk memperbesar atau memperkecil. ' +
    'Tekan Tab untuk berpindah antarkota mitra, lalu Enter untuk membuka detailnya.',
  mapLoading: 'Memuat peta…',
  mapFailedTable: 'Peta tidak dapat dimuat. Berikut daftar kota kembar dalam bentuk tabel.',
  /** The toggle once the map could not be loaded: tries its files again. */
  retryMap: 'Muat ulang peta',
  tableLoading: 'Memuat tabel…',
  tableFailed: 'Tabel tidak dapat dimuat.',
  mapAndTableFailed: 'Peta dan tabel kota kembar tidak dapat dimuat.',
  announceSelected: (name: string, country: string) => `Dipilih: ${name}, ${country}`,
  skipMap: 'Lewati peta',
  mapEnd: 'Akhir peta',
};

/**
 * Reader-facing strings of `<sister-city-map>` shown before the map is drawn
 * (the strings of what lies on the drawn map, loaded with it, are in
 * `overlays.strings.ts`). Regions come from `coreStrings`. Numbers arrive
 * already formatted (`formatNumber`), with the raw count for English plurals.
 */
export const mapStrings: Bilingual<typeof mapIndonesian> = {
  id: mapIndonesian,
  en: {
    heading: (city: string) => `${city}’s sister cities`,
    headingGeneric: 'Sister cities',
    summary: (region: string | null, partners: string, countries: string, p: number, c: number) =>
      `${region ? `${region}: ` : ''}${p ? `${partners} ${p === 1 ? 'partner' : 'partners'} in ${countries} ${c === 1 ? 'country' : 'countries'}` : 'no partners'}`,
    offMap: (count: string) => `, ${count} of them without usable coordinates, in the table only`,
    showTable: 'Show as table',
    showMap: 'Show as map',
    mapLabel: (city: string) => `Interactive map of ${city}’s sister cities`,
    mapHelp:
      'Use the arrow keys to pan the map, and + and − to zoom in or out. ' +
      'Press Tab to move between partner cities, then Enter to open their details.',
    mapLoading: 'Loading the map…',
    mapFailedTable: 'The map could not be loaded. Here are the sister cities as a table.',
    retryMap: 'Reload the map',
    tableLoading: 'Loading the table…',
    tableFailed: 'The table could not be loaded.',
    mapAndTableFailed: 'Neither the map nor the table of sister cities could be loaded.',
    announceSelected: (name: string, country: string) => `Selected: ${name}, ${country}`,
    skipMap: 'Skip the map',
    mapEnd: 'End of the map',
  },
};
