import type { Bilingual } from '../core/i18n.js';

const counterIndonesian = {
  unknownMetric: (metric: string) => `Angka dengan kode “${metric}” tidak tersedia dalam data.`,
  notANumber: (metric: string) => `Nilai angka “${metric}” dalam data bukan bilangan.`,
  notes: (_count: number) => 'Catatan',
  /** The disclosure's summary: a figure whose sources disagree (it has notes) says so before it is opened. */
  summary: (_sources: number, notes: number): string => `Sumber${notes ? ' dan catatan' : ''}`,
  separator: ', ',
};

/** Reader-facing strings of `<cooperation-counter>` (shared ones come from `coreStrings`). */
export const counterStrings: Bilingual<typeof counterIndonesian> = {
  id: counterIndonesian,
  en: {
    unknownMetric: (metric: string) => `There is no figure with the id “${metric}” in the data.`,
    notANumber: (metric: string) => `The value of the figure “${metric}” in the data is not a number.`,
    notes: (count: number) => (count === 1 ? 'Note' : 'Notes'),
    summary: (sources: number, notes: number) => `Source${sources > 1 ? 's' : ''}${notes ? ` and note${notes > 1 ? 's' : ''}` : ''}`,
    separator: ', ',
  },
};
