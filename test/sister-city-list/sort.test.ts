import { expect } from '@open-wc/testing';
import rawData from '../../data/jakarta-2024.json';
import type { Dataset, Lang } from '../../src/core/types.js';
import { compareText, sortPartners, SORT_KEYS, SORT_ORDERS } from '../../src/sister-city-list/sort.js';

const data = rawData as unknown as Dataset;
const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en' };
const sign = (n: number) => Math.sign(n);

/** Names that look alike to code units and not to a collator (or the other way round). */
const TRICKY = [
  'Seoul', 'seoul', 'Séoul', 'Seoul ', 'Seo ul', 'Seoula', 'New York', 'Newcastle', 'New-York', 'New(York)',
  'Türkiye', 'Turki', 'Turkiye', 'Tokyo', 'tokyo', 'Île-de-France', 'Ile de France', 'Istanbul', 'İstanbul',
  'Jerusalem (Al-Quds)', 'Jerusalem', 'Yerusalem (Al-Quds)', 'Æbeltoft', 'Aebeltoft', 'Straße', 'Strasse',
  'Ørsta', 'Orsta', 'Zürich', 'Zurich', 'Zz', 'zz', 'ZZ', 'Area 51', 'Area 9', 'Area51', '東京', 'Łódź', 'Lodz',
  'Mueller', 'Müller', 'Muller', '', ' ', 'a', 'A', 'á', 'b', 'Kyiv', "Kyiv'", 'Kyiv-', 'Kyivska',
];

describe('sort: compareText', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`orders every pair of tricky names as Intl.Collator(${LOCALES[lang]}) does`, () => {
      const collator = new Intl.Collator(LOCALES[lang], { usage: 'sort', numeric: true });
      const wrong: string[] = [];
      for (const a of TRICKY) {
        for (const b of TRICKY) {
          if (sign(compareText(a, b, lang)) !== sign(collator.compare(a, b))) wrong.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it(`orders the dataset's partner and country names as Intl.Collator(${LOCALES[lang]}) does`, () => {
      const collator = new Intl.Collator(LOCALES[lang], { usage: 'sort', numeric: true });
      const names = data.partners.flatMap((p) => [p.name[lang], p.country.name[lang]]);
      for (const a of names) for (const b of names) expect(sign(compareText(a, b, lang)), `${a} vs ${b}`).to.equal(sign(collator.compare(a, b)));
    });
  }

  it('creates no Intl.Collator for the table as first shown (sorted by name), in either language', () => {
    const original = Intl.Collator;
    let created = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
      created++;
      return new original(...args);
    } as unknown as typeof Intl.Collator;
    Intl.Collator = counting;
    try {
      for (const lang of ['id', 'en'] as const) for (const order of SORT_ORDERS) sortPartners(data.partners, 'name', order, lang);
    } finally {
      Intl.Collator = original;
    }
    expect(created).to.equal(0);
    // Every key and order still sorts (ties by country go to the collator).
    for (const key of SORT_KEYS) expect(sortPartners(data.partners, key, 'asc', 'id')).to.have.length(data.partners.length);
  });
});
