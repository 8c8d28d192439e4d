import type { Bilingual } from '../core/i18n.js';

const listIndonesian = {
  /**
   * The default table caption. `region` is the localized region name, or
   * null when every region is shown; `count` is already formatted.
   */
  caption: (city: string, count: string, _n: number, region: string | null) =>
    region
      ? `Mitra kota kembar (sister city) ${city} di kawasan ${region}, ${count} mitra`
      : `Mitra kota kembar (sister city) ${city}, ${count} mitra`,
  /**
   * The English term the Indonesian caption keeps (Jakarta's own documents
   * say "sister city"): the caption marks it `lang="en"` (WCAG 3.1.2).
   */
  captionTerm: 'sister city',
  sortHint: 'Judul kolom yang berupa tombol dapat dipakai untuk mengurutkan tabel.',
  /** Shown before the sort buttons in narrow boxes (generated content, not read out: the hint above says it). */
  sortBy: 'Urutkan menurut',
  colPartner: 'Mitra',
  colCountry: 'Negara',
  colKind: 'Jenis',
  colSince: 'Sejak',
  colConfidence: 'Tingkat keyakinan',
  regionLabel: 'Kawasan',
  empty: 'Tidak ada mitra kota kembar di kawasan ini.',
  notesSummary: (n: number, count: string) => (n === 1 ? 'Catatan' : `Catatan (${count})`),
  notesAbout: (name: string) => `tentang ${name}`,
  /** Read after the publisher by screen readers, before the article's title. */
  titleSeparator: ': ',
  /** The disclosure of a row's sources and notes. */
  detailsSummary: (_n: number, count: string, notes: number, noteCount: string) =>
    `Sumber (${count})${notes ? ` dan catatan (${noteCount})` : ''}`,
  /** The status line after a sort button: the column's heading and the direction. */
  sorted: (column: string, order: 'asc' | 'desc') => `Diurutkan menurut kolom ${column}, urutan ${order === 'asc' ? 'naik' : 'turun'}`,
  skipTable: 'Lewati tabel',
  tableEnd: 'Akhir tabel',
  /** Shown after the publisher: the year the source was published. */
  sourceYear: (year: string) => `(${year})`,
};

/**
 * Reader-facing strings of `<sister-city-list>`. Kinds, regions, confidence,
 * "Sumber / Sources", "tahun tidak diketahui / year unknown" and
 * "(membuka tab baru) / (opens in a new tab)" come from `coreStrings`.
 */
export const listStrings: Bilingual<typeof listIndonesian> = {
  id: listIndonesian,
  en: {
    caption: (city: string, count: string, n: number, region: string | null) =>
      // "in the Americas" (the region's name alone is "Americas", as in the region menu).
      `${city}’s sister-city partners${region ? ` in ${region === 'Americas' ? 'the Americas' : region}` : ''}, ${count} ${n === 1 ? 'partner' : 'partners'}`,
    captionTerm: '',
    sortHint: 'Column headings with buttons sort the table.',
    sortBy: 'Sort by',
    colPartner: 'Partner',
    colCountry: 'Country',
    colKind: 'Type',
    colSince: 'Since',
    colConfidence: 'Confidence',
    regionLabel: 'Region',
    empty: 'There are no partners in this region.',
    notesSummary: (n: number, count: string) => (n === 1 ? 'Note' : `Notes (${count})`),
    notesAbout: (name: string) => `about ${name}`,
    titleSeparator: ': ',
    detailsSummary: (n: number, count: string, notes: number, noteCount: string) =>
      `${n === 1 ? 'Source' : 'Sources'} (${count})${notes ? ` and ${notes === 1 ? 'note' : 'notes'} (${noteCount})` : ''}`,
    sorted: (column: string, order: 'asc' | 'desc') => `Sorted by ${column}, ${order === 'asc' ? 'ascending' : 'descending'}`,
    skipTable: 'Skip the table',
    tableEnd: 'End of the table',
    sourceYear: (year: string) => `(${year})`,
  },
};
