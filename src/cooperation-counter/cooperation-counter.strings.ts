import type { Bilingual } from '../core/i18n.js';

const counterIndonesian = {
  unknownMetric: (metric: string) => `Angka dengan kode “${metric}” tidak tersedia dalam data.`,
  notANumber: (metric: string) => `Nilai angka “${metric}” dalam data bukan bilangan.`,
  notes: (_count: number) => 'Catatan',
  separator: ', ',
};

/** Reader-facing strings of `<cooperation-counter>` (shared ones come from `coreStrings`). */
export const counterStrings: Bilingual<typeof counterIndonesian> = {
  id: counterIndonesian,
  en: {
    unknownMetric: (metric: string) => `There is no figure with the id “${metric}” in the data.`,
    notANumber: (metric: string) => `The value of the figure “${metric}” in the data is not a number.`,
    notes: (count: number) => (count === 1 ? 'Note' : 'Notes'),
    separator: ', ',
  },
};
