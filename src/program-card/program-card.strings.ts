import type { Bilingual } from '../core/i18n.js';

const cardIndonesian = {
  sector_governance: 'Tata kelola',
  sector_environment: 'Lingkungan',
  sector_education: 'Pendidikan',
  sector_health: 'Kesehatan',
  sector_diplomacy: 'Diplomasi',
  sector_planning: 'Perencanaan',
  /** Label of the partner list (one or more). */
  partners: (_count: number) => 'Mitra',
  /** Label of a single year. */
  year: 'Tahun',
  /** Label of a period (start and end year). */
  period: 'Periode',
  /** A period of two formatted years. */
  periodRange: (from: string, to: string) => `${from}–${to}`,
  /** "Rotterdam, Belanda". */
  partnerWithCountry: (name: string, country: string) => `${name}, ${country}`,
  /** Shown before a key figure that is a lower bound ("sedikitnya 100"). */
  atLeast: 'sedikitnya',
  /** Label of the notes where sources disagree. */
  notes: (_count: number) => 'Catatan',
  /** Summary of the compact card's disclosure (counts already formatted). */
  sourcesCount: (count: string, _n: number) => `Sumber (${count})`,
  /** In the order the disclosure shows them: the notes (where sources disagree) first. */
  notesAndSources: (sources: string, notes: string, _noteCount: number, _sourceCount: number) => `Catatan (${notes}) dan sumber (${sources})`,
  /** Publisher and, when known, publication date of a source. */
  sourceMeta: (publisher: string, date: string) => (date ? `${publisher}, ${date}` : publisher),
  unknownProgram: (id: string) => `Program “${id}” tidak ditemukan.`,
  /** Shown with `debug` only, above the file warning's sentence for the programme (the cause). */
  skippedProgram: (id: string) => `Program “${id}” ada di berkas data, tetapi dilewati: datanya tidak dapat dipakai.`,
  missingProgram: 'Program belum dipilih. Isi atribut program dengan kode program.',
};

/**
 * Reader-facing strings of `<program-card>`. Shared labels ("Sumber /
 * Sources", "Catatan / Note", "(membuka tab baru)") come from `coreStrings`.
 */
export const cardStrings: Bilingual<typeof cardIndonesian> = {
  id: cardIndonesian,
  en: {
    sector_governance: 'Governance',
    sector_environment: 'Environment',
    sector_education: 'Education',
    sector_health: 'Health',
    sector_diplomacy: 'Diplomacy',
    sector_planning: 'Planning',
    partners: (count: number) => (count === 1 ? 'Partner' : 'Partners'),
    year: 'Year',
    period: 'Period',
    periodRange: (from: string, to: string) => `${from}–${to}`,
    partnerWithCountry: (name: string, country: string) => `${name}, ${country}`,
    atLeast: 'at least',
    notes: (count: number) => (count === 1 ? 'Note' : 'Notes'),
    sourcesCount: (count: string, n: number) => `${n === 1 ? 'Source' : 'Sources'} (${count})`,
    notesAndSources: (sources: string, notes: string, noteCount: number, sourceCount: number) =>
      `${noteCount === 1 ? 'Note' : 'Notes'} (${notes}) and ${sourceCount === 1 ? 'source' : 'sources'} (${sources})`,
    sourceMeta: (publisher: string, date: string) => (date ? `${publisher}, ${date}` : publisher),
    unknownProgram: (id: string) => `Programme “${id}” not found.`,
    skippedProgram: (id: string) => `Programme “${id}” is in the data file but was left out: its data cannot be used.`,
    missingProgram: 'No programme chosen. Set the program attribute to a programme id.',
  },
};
