import type { Lang } from './types.js';

/**
 * Dates of the dataset (`2024`, `2024-12`, `2024-12-19`) written out from
 * month-name tables, exactly as `Intl.DateTimeFormat` writes them for `id-ID`
 * and `en-GB` with `{ year: 'numeric', month: 'long', day?: 'numeric' }` (a test
 * compares the two for every date of the dataset and every day of a leap
 * year). The tables spare the first paint the first `Intl.DateTimeFormat`,
 * which loads the locale's data and cost ~220 ms at 4× CPU throttling.
 * A date that is not on the calendar (2023-02-29, 2024-13, the year 0, which
 * `Intl` writes as the year 1) is shown as it is written: `Intl` would show
 * another day (1 March for 2023-02-29). The validator leaves such dates out
 * of a `src` file anyway.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The dataset's dates, which a `<time datetime>` also takes as they are: `2024`, `2024-12`, `2024-12-19`. */
export const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month. (`Date.UTC` reads the years 1–99 as 1900–1999, which have the same leap years.) */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Formats an ISO date of varying precision (`2024`, `2024-12`, `2024-12-19`)
 * for a language; a value that is not such a date is returned as it is.
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const year = Number(y);
  if (!m) return String(year);
  const month = Number(m);
  const day = d ? Number(d) : 0;
  if (year >= 1 && month >= 1 && month <= 12 && (!d || (day >= 1 && day <= daysIn(year, month)))) {
    // Day, month, year in both: British English, as the rest of the English text ("programme"), and
    // as the data's own notes write dates ("19 December 2024").
    const name = MONTHS[lang][month - 1];
    return d ? `${day} ${name} ${year}` : `${name} ${year}`;
  }
  return iso;
}

