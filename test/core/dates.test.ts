import { expect } from '@open-wc/testing';
import data from '../../data/jakarta-2024.json';
import { formatDate } from '../../src/core/dates.js';
import { formatDate as formatDateFromI18n } from '../../src/core/i18n.js';
import type { Lang } from '../../src/core/types.js';

const LANGS: Lang[] = ['id', 'en'];
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** What `Intl` writes, with the options the library used before the tables (the reference). */
function viaIntl(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', { useGrouping: false }).format(y);
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  const date = new Date(0);
  date.setUTCFullYear(y, (m ?? 1) - 1, d ?? 1); // Date.UTC would read the years 0–99 as 1900–1999
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', options).format(date);
}

/** Every string of the dataset shaped like a date, wherever it is. */
function datesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && ISO.test(value)) found.add(value);
  else if (Array.isArray(value)) for (const v of value) datesIn(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) datesIn(v, found);
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every day and every month of `year` as ISO strings, and the year itself. */
function yearOfDates(year: number): string[] {
  const out = [String(year)];
  for (let m = 1; m <= 12; m++) {
    out.push(`${year}-${pad(m)}`);
    const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
    for (let d = 1; d <= days; d++) out.push(`${year}-${pad(m)}-${pad(d)}`);
  }
  return out;
}

describe('formatDate (month-name tables)', () => {
  it('writes every date of the bundled dataset as Intl.DateTimeFormat does, in both languages', () => {
    const dates = [...datesIn(data)];
    expect(dates.length).to.be.greaterThan(20);
    expect(dates.some((d) => d.length === 10) && dates.some((d) => d.length === 7) && dates.some((d) => d.length === 4)).to.equal(true);
    for (const lang of LANGS) for (const iso of dates) expect(formatDate(iso, lang), `${iso} ${lang}`).to.equal(viaIntl(iso, lang));
  });

  it('writes every day and month of a leap year and of a common year as Intl.DateTimeFormat does', () => {
    const dates = [...yearOfDates(2024), ...yearOfDates(2023), ...yearOfDates(1999)];
    expect(dates).to.include('2024-02-29');
    expect(dates.length).to.equal(3 + 36 + 366 + 365 + 365);
    for (const lang of LANGS) for (const iso of dates) expect(formatDate(iso, lang), `${iso} ${lang}`).to.equal(viaIntl(iso, lang));
  });

  it('spells the months and the order of each language', () => {
    expect(formatDate('2024-12-19', 'id')).to.equal('19 Desember 2024');
    expect(formatDate('2024-12-19', 'en')).to.equal('19 December 2024');
    expect(formatDate('2024-02', 'id')).to.equal('Februari 2024');
    expect(formatDate('2024-08-01', 'en')).to.equal('1 August 2024');
    expect(formatDate('2024', 'en')).to.equal('2024');
  });

  it('uses no Intl.DateTimeFormat (neither a new one nor a cached one), whatever the date', () => {
    const original = Intl.DateTimeFormat;
    const proto = original.prototype;
    const formatProperty = Object.getOwnPropertyDescriptor(proto, 'format')!;
    let used = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      used += 1;
      return new original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    Object.defineProperty(proto, 'format', {
      ...formatProperty,
      get(this: Intl.DateTimeFormat) {
        used += 1;
        return formatProperty.get!.call(this);
      },
    });
    try {
      const odd = ['0050-05-01', '2023-02-29', '2024-13', '0000-05'];
      for (const lang of LANGS) for (const iso of [...datesIn(data), ...yearOfDates(2031), ...odd]) formatDate(iso, lang);
      expect(used).to.equal(0);
      // the spy works
      new Intl.DateTimeFormat('en').format(0);
      expect(used).to.equal(2);
    } finally {
      Intl.DateTimeFormat = original;
      Object.defineProperty(proto, 'format', formatProperty);
    }
  });

  it('writes the years 1–999 as Intl.DateTimeFormat does too (not as 1900–1999)', () => {
    for (const iso of ['0999-05-01', '0999-12', '0999', '0050-05-01', '0050-05', '0004-02-29', '0001-01-01']) {
      for (const lang of LANGS) expect(formatDate(iso, lang), `${iso} ${lang}`).to.equal(viaIntl(iso, lang));
    }
    expect([formatDate('0050-05-01', 'en'), formatDate('0024-05', 'id')]).to.deep.equal(['1 May 50', 'Mei 24']);
  });

  it('shows a date that is not on the calendar as it is written, where Intl would show another day; anything else comes back as it is', () => {
    // Intl writes 2023-02-29 as 1 March, 2024-13 as January 2025, and the year 0 as the year 1.
    expect(viaIntl('2023-02-29', 'en')).to.equal('1 March 2023');
    expect(viaIntl('0000-05-01', 'en')).to.equal('1 May 1');
    for (const iso of ['2023-02-29', '2024-13', '2024-00-10', '2024-04-31', '0000-05-01', '0000-05']) {
      for (const lang of LANGS) expect(formatDate(iso, lang), `${iso} ${lang}`).to.equal(iso);
    }
    expect(formatDate('c. 2000', 'en')).to.equal('c. 2000');
    expect(formatDate('2024-1-5', 'id')).to.equal('2024-1-5');
  });

  it('is the formatDate that i18n.ts exports', () => {
    expect(formatDateFromI18n).to.equal(formatDate);
  });
});
