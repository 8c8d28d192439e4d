import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import rawData from '../../data/jakarta-2024.json';
import { bundledDataset, clearDatasetCache } from '../../src/core/dataset.js';
import { coreStrings, formatNumber, formatYear } from '../../src/core/i18n.js';
import type { Dataset, Lang, Partner, Source } from '../../src/core/types.js';
import { publisherOf } from '../../src/core/source-link.js';
import { safeUrl } from '../../src/core/url.js';
import { SisterCityList } from '../../src/sister-city-list/define.js';
import { notesOf, sourcesOf } from '../../src/core/lookups.js';
import { filterByRegion, hasCoordinates, isRegion, partnerStrings, programsOfPartner, REGION_FILTERS } from '../../src/core/partners.js';
import { isSortKey, isSortOrder, sortPartners, type SortKey, type SortOrder } from '../../src/sister-city-list/sort.js';
import { axeViolations, captureWarnings, expectLanding, normalizeSpaces, textNotMarked } from '../support/helpers.js';
import { listStrings } from '../../src/sister-city-list/sister-city-list.strings.js';

/** The dataset as published (the element never sees this import). */
const data = rawData as unknown as Dataset;
const LANGS: Lang[] = ['id', 'en'];
const TAG = '<sister-city-list>';
const INJECTION = '/test/fixtures/sister-city-list-injection.json';

/** Whitespace folded, Intl's narrow and non-breaking spaces made plain. */
const fold = (value: string) => normalizeSpaces(value).replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => fold(node?.textContent ?? '');
const root = (el: SisterCityList) => el.shadowRoot!;
const rows = (el: SisterCityList) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part="row"]')];
const rowNames = (el: SisterCityList) => rows(el).map((r) => text(r.querySelector('th[scope="row"]')));
const rowOf = (el: SisterCityList, name: string) => rows(el).find((r) => text(r.querySelector('th')) === name)!;
const headerButton = (el: SisterCityList, sort: SortKey) =>
  root(el).querySelector<HTMLButtonElement>(`thead button[data-sort="${sort}"]`)!;
const captionText = (el: SisterCityList) => text(root(el).querySelector('.caption__text'));
const byId = (id: string) => data.partners.find((p) => p.id === id)!;
const ours = (warnings: string[]) => warnings.filter((w) => w.startsWith(TAG));

/** The expected order, computed here independently with the browser's Intl.Collator. */
function expectedNames(partners: Partner[], sort: SortKey, order: SortOrder, lang: Lang): string[] {
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en');
  const byName = (a: Partner, b: Partner) => collator.compare(a.name[lang], b.name[lang]);
  const sign = order === 'asc' ? 1 : -1;
  return [...partners]
    .sort((a, b) => {
      if (sort === 'name') return sign * byName(a, b);
      if (sort === 'country') return sign * collator.compare(a.country.name[lang], b.country.name[lang]) || byName(a, b);
      if (a.since === null || b.since === null) {
        if (a.since === b.since) return byName(a, b);
        return a.since === null ? 1 : -1;
      }
      return sign * (a.since - b.since) || byName(a, b);
    })
    .map((p) => p.name[lang]);
}

/** Waits until every closed disclosure has its sources and notes (filled a few rows per idle moment after the first render). */
async function filled(el: SisterCityList): Promise<SisterCityList> {
  await waitUntil(
    () => [...root(el).querySelectorAll('tbody details')].every((d) => d.querySelector('.sources')),
    'the disclosures were never filled',
    { timeout: 4000 },
  );
  await el.updateComplete;
  return el;
}

/** A list with its disclosures filled. */
async function list(attrs: Partial<Record<string, string>> = {}): Promise<SisterCityList> {
  return filled(await firstRender(attrs));
}

/** A list as its first render left it. */
async function firstRender(attrs: Partial<Record<string, string>> = {}): Promise<SisterCityList> {
  const el = document.createElement('sister-city-list');
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return el;
}

async function ready(el: SisterCityList): Promise<SisterCityList> {
  await waitUntil(() => root(el).querySelector('table, .state--error, .state--fallback'), 'never rendered', { timeout: 4000 });
  await el.updateComplete;
  return filled(el);
}

describe('partners.ts helpers', () => {
  const sample = (id: string, name: string, since: number | null, country = 'X', region: Partner['region'] = 'asia'): Partner => ({
    id,
    name: { id: name, en: name },
    country: { code: 'XX', name: { id: country, en: country } },
    region,
    kind: 'sister-city',
    since,
    lat: since === null ? null : 1,
    lon: since === null ? null : 2,
    confidence: 'high',
    sources: [],
  });

  it('lists the regions with "all" first and recognises only those', () => {
    expect([...REGION_FILTERS]).to.deep.equal(['all', 'asia', 'europe', 'americas', 'africa', 'oceania']);
    for (const r of REGION_FILTERS) expect(isRegion(r)).to.equal(true);
    for (const bad of ['', 'Asia', 'antarctica', null, undefined, 3]) expect(isRegion(bad)).to.equal(false);
    expect(isSortKey('year')).to.equal(true);
    expect(isSortKey('since')).to.equal(false);
    expect(isSortOrder('desc')).to.equal(true);
    expect(isSortOrder('descending')).to.equal(false);
  });

  it('filters by region without changing the input', () => {
    const counts = Object.fromEntries(REGION_FILTERS.map((r) => [r, filterByRegion(data.partners, r).length]));
    expect(counts).to.deep.equal({ all: 23, asia: 11, europe: 7, americas: 2, africa: 2, oceania: 1 });
    const europe = filterByRegion(data.partners, 'europe');
    expect(europe.every((p) => p.region === 'europe')).to.equal(true);
    expect(europe.map((p) => p.id)).to.deep.equal(data.partners.filter((p) => p.region === 'europe').map((p) => p.id));
    const all = filterByRegion(data.partners, 'all');
    expect(all).to.not.equal(data.partners);
    expect(all).to.deep.equal(data.partners);
  });

  it('sorts years numerically with unknown years last in both orders, ties by name', () => {
    const input = [sample('d', 'Delta', null), sample('b', 'Bravo', 2000), sample('a', 'Alpha', null), sample('c', 'Charlie', 1990), sample('e', 'Echo', 2000)];
    const copy = [...input];
    expect(sortPartners(input, 'year', 'asc', 'en').map((p) => p.id)).to.deep.equal(['c', 'b', 'e', 'a', 'd']);
    expect(sortPartners(input, 'year', 'desc', 'en').map((p) => p.id)).to.deep.equal(['b', 'e', 'c', 'a', 'd']);
    expect(input).to.deep.equal(copy);
  });

  it('sorts names and countries with the language collator, ties by name', () => {
    const input = [sample('z', 'Zürich', 1, 'Swiss'), sample('a', 'aachen', 1, 'Germany'), sample('o', 'Österreich', 1, 'Austria'), sample('b', 'Berlin', 1, 'Germany')];
    expect(sortPartners(input, 'name', 'asc', 'en').map((p) => p.id)).to.deep.equal(['a', 'b', 'o', 'z']);
    expect(sortPartners(input, 'name', 'desc', 'en').map((p) => p.id)).to.deep.equal(['z', 'o', 'b', 'a']);
    expect(sortPartners(input, 'country', 'asc', 'id').map((p) => p.id)).to.deep.equal(['o', 'a', 'b', 'z']);
    // Reversing the country keeps the cities of one country A→Z.
    expect(sortPartners(input, 'country', 'desc', 'id').map((p) => p.id)).to.deep.equal(['z', 'a', 'b', 'o']);
  });

  it('sorts the dataset as the Intl.Collator of each language does', () => {
    for (const lang of LANGS) {
      for (const sort of ['name', 'country', 'year'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          expect(sortPartners(data.partners, sort, order, lang).map((p) => p.name[lang]), `${lang} ${sort} ${order}`).to.deep.equal(
            expectedNames(data.partners, sort, order, lang),
          );
        }
      }
    }
  });

  it('resolves sources and notes in order, skipping unknown ids', () => {
    const jeju = byId('jeju');
    expect(sourcesOf(jeju, data).map((s) => s.id)).to.deep.equal(jeju.sources);
    expect(sourcesOf({ sources: ['S2', 'nope', 'S1'] }, data).map((s) => s.id)).to.deep.equal(['S2', 'S1']);
    expect(sourcesOf({ sources: [] }, data)).to.deep.equal([]);
    expect(notesOf(byId('arkansas'), data).map((n) => n.id)).to.deep.equal(['arkansas-year', 'states-called-provinces']);
    expect(notesOf(byId('seoul'), data)).to.deep.equal([]);
    expect(notesOf({ notes: ['nope', 'jeju-agreement'] }, data).map((n) => n.id)).to.deep.equal(['jeju-agreement']);
  });

  it('finds the programmes of a partner and tells located partners apart', () => {
    expect(programsOfPartner('rotterdam', data).map((p) => p.id)).to.deep.equal(['rotterdam-dutep']);
    expect(programsOfPartner('jeju', data).map((p) => p.id)).to.deep.equal(['jeju']);
    expect(programsOfPartner('seoul', data)).to.deep.equal([]);
    expect(programsOfPartner('nope', data)).to.deep.equal([]);
    expect(hasCoordinates(byId('tokyo'))).to.equal(true);
    expect(hasCoordinates({ ...byId('tokyo'), lat: null })).to.equal(false);
    expect(hasCoordinates({ ...byId('tokyo'), lon: null })).to.equal(false);
    expect(hasCoordinates({ ...byId('tokyo'), lat: 0, lon: 0 })).to.equal(true);
  });
});

describe('<sister-city-list>', () => {
  beforeEach(() => clearDatasetCache());

  it('marks all its text with the language it is written in, on a page that says another', async () => {
    const { restore } = captureWarnings(); // the unsupported language is named once
    try {
      const wrap = await fixture<HTMLElement>(html`<div lang="ms-x-list"><sister-city-list></sister-city-list></div>`);
      const el = wrap.querySelector<SisterCityList>('sister-city-list')!;
      await waitUntil(() => el.matches(':state(ready)'), 'never ready');
      await el.updateComplete;
      // All but the caption's English term, which is marked English (see below).
      expect(textNotMarked(el.shadowRoot!, 'id')).to.deep.equal(['span.: sister city']);
      expect(textNotMarked(el.shadowRoot!, 'en')).to.not.include('span.: sister city');
    } finally {
      restore();
    }
  });

  it('is a real table whose 23 rows agree with the data, in both languages', async () => {
    for (const lang of LANGS) {
      const el = await list({ lang });
      const table = root(el).querySelector('table')!;
      expect(table.getAttribute('part')).to.equal('table');
      expect(table.querySelector('caption')).to.not.equal(null);
      expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(6);
      expect(rows(el)).to.have.length(23);
      const expected = sortPartners(data.partners, 'name', 'asc', lang);
      rows(el).forEach((row, i) => {
        const p = expected[i];
        const cells = [...row.children];
        expect(cells[0].localName).to.equal('th');
        expect(cells[0].getAttribute('scope')).to.equal('row');
        expect(text(cells[0])).to.equal(p.name[lang]);
        expect(text(cells[1])).to.equal(p.country.name[lang]);
        expect(text(cells[2])).to.equal(partnerStrings[lang][`kind_${p.kind}`]);
        expect(text(cells[3])).to.equal(p.since === null ? partnerStrings[lang].yearUnknown : normalizeSpaces(formatYear(p.since, lang)));
        expect(text(cells[4])).to.equal(partnerStrings[lang][`confidence_${p.confidence}`]);
        const items = [...cells[5].querySelectorAll('.sources [part="source"]')];
        expect(items.map((s) => text(s.querySelector('.source__publisher')))).to.deep.equal(
          sourcesOf(p, data).map((s) => fold(publisherOf(s, lang))),
        );
        // Each title, shown (three links of one publisher looked alike: WCAG 2.4.9).
        expect(items.map((s) => text(s.querySelector('.source__title')))).to.deep.equal(sourcesOf(p, data).map((s) => fold(`: ${s.title}`)));
        // The publication year, when the source has a date.
        expect(items.map((s) => text(s.querySelector('.source__year')) || null)).to.deep.equal(
          sourcesOf(p, data).map((s) => (s.date ? `(${formatYear(Number(s.date.slice(0, 4)), lang)})` : null)),
        );
      });
      // …on the screen, not only to a screen reader.
      const details = rowOf(el, data.partners.find((p) => p.id === 'arkansas')!.name[lang]).querySelector('details')!;
      details.open = true;
      await el.updateComplete;
      const title = details.querySelector<HTMLElement>('.source__title')!;
      expect(title.getBoundingClientRect().width, `${lang}: the title is not shown`).to.be.greaterThan(40);
    }
  });

  it('prints every row of a table that scrolls on screen (--jgw-list-max-height)', async () => {
    const el = await list({ lang: 'en', style: '--jgw-list-max-height: 300px' });
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight, 'the table does not scroll on screen: the test would prove nothing').to.be.greaterThan(scroller.clientHeight + 100);
    await emulateMedia({ media: 'print' });
    try {
      expect(scroller.scrollHeight - scroller.clientHeight, 'rows hidden on paper').to.be.at.most(1);
      expect(rows(el).at(-1)!.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows Jeju joining in 2024 and Istanbul with an unknown year', async () => {
    const el = await list({ lang: 'id' });
    expect(text(rowOf(el, 'Provinsi Jeju').children[3])).to.equal('2024');
    expect(text(rowOf(el, 'Provinsi Jeju').children[2])).to.equal('Provinsi kembar');
    const istanbul = rowOf(el, 'Istanbul').children[3];
    expect(text(istanbul)).to.equal('tahun tidak diketahui');
    expect(istanbul.querySelector('.muted')).to.not.equal(null);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(rowOf(el, 'Jeju Province').children[3])).to.equal('2024');
    expect(text(rowOf(el, 'Istanbul').children[3])).to.equal('year unknown');
  });

  it('captions the table with the number of rows shown; `caption` overrides it', async () => {
    const el = await list({ lang: 'id' });
    expect(captionText(el)).to.equal(`Mitra kota kembar (sister city) Jakarta, ${formatNumber(23, 'id')} mitra`);
    el.lang = 'en';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Jakarta’s sister-city partners, 23 partners');
    el.region = 'oceania';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Jakarta’s sister-city partners in Oceania, 1 partner');
    el.region = 'americas';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Jakarta’s sister-city partners in the Americas, 2 partners');
    el.lang = 'id';
    el.region = 'europe';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Mitra kota kembar (sister city) Jakarta di kawasan Eropa, 7 mitra');
    // Only spaces (a CMS field left blank with a space): no caption of the author's, the table's own.
    el.caption = '   ';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Mitra kota kembar (sister city) Jakarta di kawasan Eropa, 7 mitra');
    el.caption = 'Mitra Eropa';
    await el.updateComplete;
    expect(captionText(el)).to.equal('Mitra Eropa');
    // The table's box does not scroll: no Tab stop, no region (the caption names the table).
    const scroller = root(el).querySelector('.scroller')!;
    expect(scroller.hasAttribute('role')).to.equal(false);
    expect(scroller.hasAttribute('tabindex')).to.equal(false);
    expect(scroller.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('marks the English term of the Indonesian caption as English, and nothing in the English one or an author\'s caption', async () => {
    const el = await list({ lang: 'id', region: 'europe' });
    const marked = () => [...root(el).querySelectorAll('.caption__text [lang]')].map((e) => [e.getAttribute('lang'), e.textContent]);
    expect(marked()).to.deep.equal([['en', 'sister city']]);
    expect(captionText(el)).to.equal('Mitra kota kembar (sister city) Jakarta di kawasan Eropa, 7 mitra');
    el.lang = 'en';
    await el.updateComplete;
    expect(marked()).to.deep.equal([]);
    el.lang = 'id';
    el.caption = 'Mitra (sister city) Eropa';
    await el.updateComplete;
    expect(marked()).to.deep.equal([]);
    expect(captionText(el)).to.equal('Mitra (sister city) Eropa');
  });

  it('sorts by name, country and year in both orders and both languages, with aria-sort on the active column only', async () => {
    const el = await list();
    for (const lang of LANGS) {
      el.lang = lang;
      for (const sort of ['name', 'country', 'year'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          el.sort = sort;
          el.order = order;
          await el.updateComplete;
          expect(rowNames(el), `${lang} ${sort} ${order}`).to.deep.equal(expectedNames(data.partners, sort, order, lang));
          const sorted = [...root(el).querySelectorAll('thead th[aria-sort]')];
          expect(sorted).to.have.length(1);
          expect(sorted[0].querySelector('button')!.dataset.sort).to.equal(sort);
          expect(sorted[0].getAttribute('aria-sort')).to.equal(order === 'asc' ? 'ascending' : 'descending');
        }
      }
    }
  });

  it('puts Jeddah (1979) first by year and the unknown years last, either way', async () => {
    const el = await list({ lang: 'en', sort: 'year' });
    expect(rowNames(el)[0]).to.equal('Jeddah');
    expect(text(rows(el)[0].children[3])).to.equal('1979');
    const unknown = ['Budapest', 'Istanbul', 'Kyiv', 'Los Angeles', 'Maputo', 'Pyongyang'];
    expect(rowNames(el).slice(-unknown.length)).to.deep.equal(unknown);
    el.order = 'desc';
    await el.updateComplete;
    expect(rowNames(el).slice(0, 2)).to.deep.equal(['Jeju Province', 'Shanghai']);
    expect(rowNames(el).slice(-unknown.length)).to.deep.equal(unknown);
    el.sort = 'country';
    await el.updateComplete;
    // Vietnam first; the two United States partners keep A→Z.
    expect(rowNames(el).slice(0, 3)).to.deep.equal(['Hanoi', 'Arkansas', 'Los Angeles']);
    el.lang = 'id';
    el.sort = 'name';
    el.order = 'asc';
    await el.updateComplete;
    expect(rowNames(el).at(-1)).to.equal('Yerusalem (Al-Quds)');
  });

  it('sorts when the reader uses a heading button, and fires sister-city-list-sort only then', async () => {
    const el = await list({ lang: 'en' });
    const fired: unknown[] = [];
    el.addEventListener('sister-city-list-sort', (e) => fired.push(e.detail));

    el.sort = 'country';
    el.order = 'desc';
    await el.updateComplete;
    el.setAttribute('sort', 'year');
    await el.updateComplete;
    expect(fired).to.deep.equal([]);

    const seen = oneEvent(document, 'sister-city-list-sort');
    headerButton(el, 'name').click();
    const event = await seen;
    expect(event.detail).to.deep.equal({ sort: 'name', order: 'asc' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.sort).to.equal('name');
    expect(el.getAttribute('sort')).to.equal('name');

    headerButton(el, 'name').click();
    await el.updateComplete;
    expect(el.order).to.equal('desc');
    expect(rowNames(el)).to.deep.equal(expectedNames(data.partners, 'name', 'desc', 'en'));
    expect(headerButton(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('descending');

    // By keyboard: the button is natively focusable and keeps focus after sorting.
    const year = headerButton(el, 'year');
    year.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(headerButton(el, 'year'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fired).to.deep.equal([
      { sort: 'name', order: 'asc' },
      { sort: 'name', order: 'desc' },
      { sort: 'year', order: 'asc' },
      { sort: 'year', order: 'desc' },
    ]);
    expect(rowNames(el)).to.deep.equal(expectedNames(data.partners, 'year', 'desc', 'en'));
    expect(headerButton(el, 'year').querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('filters by each region', async () => {
    const el = await list({ lang: 'en' });
    const literal = { asia: 11, europe: 7, americas: 2, africa: 2, oceania: 1 };
    for (const region of REGION_FILTERS) {
      el.region = region;
      await el.updateComplete;
      const expected = data.partners.filter((p) => region === 'all' || p.region === region);
      expect(rows(el), region).to.have.length(region === 'all' ? 23 : literal[region]);
      expect(rowNames(el)).to.deep.equal(expectedNames(expected, 'name', 'asc', 'en'));
    }
  });

  it('warns once about an unknown region and shows all partners', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await list({ region: 'antarctica' });
      el.lang = 'en';
      await el.updateComplete;
      el.sort = 'year';
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(rows(el)).to.have.length(23);
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain('antarctica').and.contain('all, asia, europe, americas, africa, oceania');
    expect(root(el).querySelector('select')!.value).to.equal('all');
  });

  it('warns once about an unknown sort or order and uses the defaults', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await list({ lang: 'en', sort: 'size', order: 'up' });
      el.region = 'asia';
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(ours(warnings)).to.have.length(2);
    expect(rowNames(el)).to.deep.equal(expectedNames(filterByRegion(data.partners, 'asia'), 'name', 'asc', 'en'));
    expect(headerButton(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('lets the reader filter with the region menu, reflecting `region` without an event', async () => {
    const el = await list({ lang: 'id' });
    const fired: Event[] = [];
    el.addEventListener('sister-city-list-sort', (e) => fired.push(e));
    const select = root(el).querySelector<HTMLSelectElement>('[part="controls"] select')!;
    const label = root(el).querySelector<HTMLLabelElement>('[part="controls"] label')!;
    expect(label.htmlFor).to.equal(select.id);
    expect(text(label)).to.equal('Kawasan');
    expect([...select.options].map((o) => [o.value, o.text])).to.deep.equal(
      REGION_FILTERS.map((r) => [r, partnerStrings.id[`region_${r}`]]),
    );
    select.focus();
    await sendKeys({ press: 'ArrowDown' }); // Asia
    await waitUntil(() => el.region === 'asia', 'keyboard did not change the region');
    await el.updateComplete;
    expect(rows(el)).to.have.length(11);
    select.value = 'africa';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('region')).to.equal('africa');
    expect(rowNames(el)).to.deep.equal(['Casablanca', 'Maputo']);
    expect(fired).to.have.length(0);
    el.region = 'oceania';
    await el.updateComplete;
    expect(select.value).to.equal('oceania');
  });

  it("says in its status line what the reader's own change did (WCAG 4.1.3), and nothing for the page's", async () => {
    const el = await list({ lang: 'id' });
    const status = () => root(el).querySelector('[role="status"]')!;
    /** What the status line says once `change` is rendered. */
    const after = async (change: () => unknown, said: string) => {
      await change();
      await el.updateComplete;
      expect(status().textContent).to.equal(said);
    };
    expect(status().textContent).to.equal('');
    const select = root(el).querySelector<HTMLSelectElement>('[part="controls"] select')!;
    select.focus();
    await after(async () => {
      await sendKeys({ press: 'ArrowDown' }); // Asia
      await waitUntil(() => el.region === 'asia', 'keyboard did not change the region');
    }, 'Mitra kota kembar (sister city) Jakarta di kawasan Asia, 11 mitra');
    // The English term is read in English there too, as in the caption (WCAG 3.1.2).
    expect(status().querySelector('[lang="en"]')?.textContent).to.equal('sister city');
    await after(() => headerButton(el, 'year').click(), 'Diurutkan menurut kolom Sejak, urutan naik');
    await after(() => headerButton(el, 'year').click(), 'Diurutkan menurut kolom Sejak, urutan turun');
    // The page's own changes empty it: nothing is read that the reader did not do.
    await after(() => (el.lang = 'en'), '');
    await after(() => headerButton(el, 'name').click(), 'Sorted by Partner, ascending');
    await after(() => (el.region = 'europe'), '');
    // So do the page's changes that reach it from elsewhere: an ancestor's language, a dataset.
    el.parentElement!.lang = 'id';
    el.lang = '';
    await el.updateComplete;
    await after(() => headerButton(el, 'name').click(), 'Diurutkan menurut kolom Mitra, urutan turun');
    el.parentElement!.lang = 'en';
    await waitUntil(() => headerButton(el, 'name').textContent!.includes('Partner'), 'the ancestor’s language never reached it');
    await el.updateComplete;
    expect(status().textContent).to.equal('');
    await after(() => headerButton(el, 'name').click(), 'Sorted by Partner, ascending');
    el.data = structuredClone(bundledDataset());
    await el.updateComplete; // loading: validated on a copy, a microtask or more later
    await waitUntil(() => el.matches(':state(ready)') && root(el).querySelector('table'), 'the dataset object was never shown');
    await el.updateComplete;
    expect(status().textContent).to.equal('');
    // The same status line, not a second one, and not inside the table that the change re-renders.
    expect(root(el).querySelectorAll('[role="status"]')).to.have.length(1);
    expect(status().closest('table')).to.equal(null);

    const quiet = await list({ lang: 'en' });
    quiet.region = 'europe';
    quiet.sort = 'country';
    await quiet.updateComplete;
    expect(root(quiet).querySelector('[role="status"]')!.textContent).to.equal('');
  });

  it('keeps the region menu on `region` when code sets it after the reader picked a region', async () => {
    const el = await list({ lang: 'en' });
    const select = root(el).querySelector<HTMLSelectElement>('[part="controls"] select')!;
    const pick = async (region: string) => {
      select.value = region;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.getAttribute('region')).to.equal(region);
    };
    const shows = (region: (typeof REGION_FILTERS)[number]) => {
      expect(select.value, `menu for ${region}`).to.equal(region);
      expect(select.selectedOptions[0]?.value, `selected option for ${region}`).to.equal(region);
      expect(rowNames(el), `rows for ${region}`).to.deep.equal(expectedNames(filterByRegion(data.partners, region), 'name', 'asc', 'en'));
    };
    await pick('africa');
    el.setAttribute('region', 'europe');
    await el.updateComplete;
    shows('europe');
    // Back to options the reader has picked before: their selectedness is "dirty",
    // so their `selected` attribute alone would no longer move the menu.
    await pick('asia');
    el.setAttribute('region', 'africa');
    await el.updateComplete;
    shows('africa');
    el.region = 'asia';
    await el.updateComplete;
    shows('asia');
    // A new language renders new option texts; the menu keeps the region.
    el.lang = 'id';
    await el.updateComplete;
    expect(select.value).to.equal('asia');
    el.setAttribute('region', 'all');
    await el.updateComplete;
    expect(select.value).to.equal('all');
    expect(rows(el)).to.have.length(23);
  });

  it('shows a region set before the first render in the menu', async () => {
    const el = await list({ lang: 'en', region: 'oceania' });
    const select = root(el).querySelector<HTMLSelectElement>('[part="controls"] select')!;
    expect(select.value).to.equal('oceania');
    expect(select.querySelector('option[selected]')!.getAttribute('value')).to.equal('oceania');
  });

  it('hides the region menu with no-controls', async () => {
    const el = await list({ 'no-controls': '', region: 'americas' });
    expect(root(el).querySelector('[part="controls"], select')).to.equal(null);
    expect(rows(el)).to.have.length(2);
    el.noControls = false;
    await el.updateComplete;
    expect(root(el).querySelector('[part="controls"] select')).to.not.equal(null);
  });

  it('says so when a region has no partners', async () => {
    const el = await ready(await list({ lang: 'en', src: '/test/fixtures/mini.json', region: 'asia' }));
    expect(rows(el)).to.have.length(0);
    const empty = root(el).querySelector('tbody tr.empty td')!;
    expect(text(empty)).to.equal('There are no partners in this region.');
    expect(empty.getAttribute('colspan')).to.equal('6');
    expect(captionText(el)).to.equal('Sample City’s sister-city partners in Asia, 0 partners');
    el.lang = 'id';
    await el.updateComplete;
    expect(text(root(el).querySelector('tbody tr.empty'))).to.equal('Tidak ada mitra kota kembar di kawasan ini.');
    el.region = 'all';
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Lima', 'Oslo']);
  });

  it('highlights the selected partner with aria-current', async () => {
    const el = await list({ lang: 'en', selected: 'jeju' });
    const current = rows(el).filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current).to.have.length(1);
    expect(text(current[0].querySelector('th'))).to.equal('Jeju Province');
    expect(current[0].classList.contains('is-selected')).to.equal(true);
    const plain = rowOf(el, 'Seoul');
    expect(getComputedStyle(current[0].children[1]).backgroundColor).to.not.equal(getComputedStyle(plain.children[1]).backgroundColor);
    expect(getComputedStyle(current[0].querySelector('th')!, '::before').content).to.not.equal('none');
    el.selected = 'rotterdam';
    await el.updateComplete;
    expect(rows(el).filter((r) => r.hasAttribute('aria-current')).map((r) => text(r.querySelector('th')))).to.deep.equal(['Rotterdam']);
    el.region = 'asia';
    await el.updateComplete;
    expect(rows(el).filter((r) => r.hasAttribute('aria-current'))).to.have.length(0);
  });

  it('warns once about an unknown selected partner and highlights nothing', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await list({ selected: 'atlantis' });
      el.lang = 'en';
      await el.updateComplete;
      el.sort = 'country';
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain('atlantis');
    expect(rows(el)).to.have.length(23);
    expect(root(el).querySelector('[aria-current]')).to.equal(null);
  });

  it('links every source through safe http(s) URLs opening in a new tab', async () => {
    for (const lang of LANGS) {
      const el = await list({ lang });
      const byName = new Map(data.partners.map((p) => [p.name[lang], p]));
      for (const row of rows(el)) {
        const p = byName.get(text(row.querySelector('th')))!;
        const links = [...row.querySelectorAll<HTMLAnchorElement>('[part="source"] a')];
        const cited = sourcesOf(p, data).filter((s: Source) => safeUrl(s.url));
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(cited.map((s) => safeUrl(s.url)));
        links.forEach((a, i) => {
          expect(a.protocol).to.match(/^https?:$/);
          expect(a.target).to.equal('_blank');
          expect(a.rel).to.equal('noopener noreferrer');
          // Publisher, then (for screen readers) the article title and the new-tab warning.
          expect(text(a)).to.equal(fold(`${publisherOf(cited[i], lang)}: ${cited[i].title} ${coreStrings[lang].opensInNewTab}`));
        });
      }
    }
  });

  // (Counts, not elements, in the assertions: chai printing elements on a failure hangs the run.)
  it('renders closed disclosures empty at first, then fills every one without interaction', async () => {
    const el = await firstRender({ lang: 'en' });
    const details = () => [...root(el).querySelectorAll('tbody details')];
    expect(details().length).to.equal(23);
    // The first render: summaries only (the sources and notes come in the next idle moments).
    expect(details().filter((d) => d.querySelector('.sources, .notes')).length).to.equal(0);
    expect(details().every((d) => d.querySelector('summary'))).to.equal(true);
    await filled(el);
    for (const row of rows(el)) {
      const p = data.partners.find((x) => x.name.en === text(row.querySelector('th')))!;
      expect(row.querySelectorAll('details [part="source"]').length, p.id).to.equal(sourcesOf(p, data).length);
      expect(row.querySelectorAll('details .notes li').length, p.id).to.equal(notesOf(p, data).length);
    }
  });

  it('fills a disclosure opened before its turn: in the task of the click, on its toggle when opened by script', async () => {
    const el = await firstRender({ lang: 'en', sort: 'name', order: 'desc' });
    const partnerOf = (row: Element) => data.partners.find((x) => x.name.en === text(row.querySelector('th')))!;
    // Rows at the end of the table: their turn comes last.
    const [clickedRow, scriptedRow] = [rows(el).at(-1)!, rows(el).at(-2)!];
    const [clicked, scripted] = [clickedRow, scriptedRow].map((r) => r.querySelector('details')!);
    expect(!!clicked.querySelector('.sources'), 'filled before its turn').to.equal(false);
    let taskRan = false;
    setTimeout(() => (taskRan = true));
    clicked.querySelector('summary')!.click();
    await el.updateComplete;
    // Open, with its sources, and no task (so no frame) in between.
    expect(taskRan).to.equal(false);
    expect(clicked.open).to.equal(true);
    expect(clicked.querySelectorAll('[part="source"]').length).to.equal(sourcesOf(partnerOf(clickedRow), data).length);
    expect(!!scripted.querySelector('.sources'), 'filled before its turn').to.equal(false);
    const toggled = oneEvent(scripted, 'toggle');
    scripted.open = true;
    await toggled;
    await el.updateComplete;
    expect(scripted.querySelectorAll('[part="source"]').length).to.equal(sourcesOf(partnerOf(scriptedRow), data).length);
    await filled(el);
    expect(clicked.open && scripted.open).to.equal(true);
  });

  it('puts the sources and notes of each row behind one keyboard-operable disclosure', async () => {
    const el = await list({ lang: 'en' });
    for (const row of rows(el)) {
      const p = data.partners.find((x) => x.name.en === text(row.querySelector('th')))!;
      const details = row.querySelectorAll('details');
      expect(details, p.id).to.have.length(1);
      const notes = notesOf(p, data);
      expect([...details[0].querySelectorAll('.notes li')].map(text)).to.deep.equal(notes.map((n) => fold(n.text.en)));
      expect(details[0].querySelectorAll('[part="source"]')).to.have.length(sourcesOf(p, data).length);
      // Closed, its links take no tab stop.
      expect(details[0].open).to.equal(false);
    }
    const arkansas = rowOf(el, 'Arkansas').querySelector('details')!;
    const n = sourcesOf(data.partners.find((p) => p.id === 'arkansas')!, data).length;
    expect(text(arkansas.querySelector('summary'))).to.equal(`Sources (${n}) and notes (2) about Arkansas`);
    expect(text(rowOf(el, 'Jeddah').querySelector('summary'))).to.match(/^Sources? \(\d\) and note \(1\) about Jeddah$/);
    arkansas.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(arkansas.open).to.equal(true);
    // The open disclosure follows its partner when the table is re-sorted.
    el.sort = 'year';
    await el.updateComplete;
    expect(rowOf(el, 'Arkansas').querySelector('details')!.open).to.equal(true);
    expect(rows(el).filter((r) => r.querySelector('details[open]'))).to.have.length(1);
  });

  it('marks each source title with its own language; the link name keeps a separator before the new-tab text', async () => {
    const el = await list({ lang: 'en' });
    const byTitle = new Map(data.sources.map((s) => [s.title, s]));
    let marked = 0;
    for (const a of root(el).querySelectorAll<HTMLAnchorElement>('[part="source"] a')) {
      const title = a.querySelector('.source__title span[lang]') ?? null;
      const source = [...byTitle.values()].find((s) => a.textContent!.includes(s.title))!;
      expect(source.lang, source.id).to.be.a('string');
      const effective = (title ?? a).closest('[lang]')?.getAttribute('lang') ?? el.getAttribute('lang');
      expect(effective, source.id).to.equal(source.lang);
      if (title) marked++;
      expect(a.textContent).to.match(/\S\u00a0\(opens in a new tab\)$/);
    }
    expect(marked).to.be.greaterThan(10);
  });

  it('the skip link gets keyboard users past the whole table in three key presses, to the notes on the list', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <sister-city-list lang="en" no-controls></sister-city-list>
      <button id="after">after</button>
    </div>`);
    const el = wrap.querySelector<SisterCityList>('sister-city-list')!;
    await ready(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = root(el).activeElement as HTMLAnchorElement;
    expect(link.classList.contains('skip')).to.equal(true);
    expect(text(link)).to.equal('Skip the table');
    expect(link.getBoundingClientRect().width).to.be.greaterThan(40);
    await sendKeys({ press: 'Enter' });
    // Where the skip landed is seen: "End of the table", ringed, over the table's bottom left corner.
    const target = root(el).activeElement as HTMLElement;
    expect(target?.classList.contains('skip-target')).to.equal(true);
    expectLanding(target, root(el).querySelector('.scroller')!, 'End of the table');
    // Then the notes on the list, just after it; then out of the element.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === root(el).querySelector('.about summary'), 'Tab after the skip: the notes on the list').to.equal(true);
    await sendKeys({ press: 'Tab' });
    // Compared by identity: on failure chai would try to print both elements (and hang on the shadow tree).
    const active = document.activeElement;
    expect(active === wrap.querySelector('#after'), `Tab after the skip went to <${active?.localName}>`).to.equal(true);
    expect(target.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('renders hostile data as literal text and never executes it', async () => {
    const w = window as unknown as { __pwned?: number };
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await ready(await list({ lang: 'en', src: INJECTION, selected: '<img src=x onerror=window.__pwned=10>' }));
      el.caption = '<img src=x onerror="window.__pwned=11">';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      restore();
    }
    expect(w.__pwned).to.equal(undefined);
    // The unknown `selected`, and the data file's one warning (the links it does not show).
    expect(ours(warnings)).to.have.length(2);
    expect(ours(warnings).filter((w) => w.includes('data file') && w.includes('not shown (a link must be a full https: or http: address'))).to.have.length(1);
    const sr = root(el);
    expect(sr.querySelectorAll('img, script, iframe, b, u, object, embed')).to.have.length(0);
    expect(sr.querySelectorAll('svg')).to.have.length(3); // our three sort arrows only
    expect(captionText(el)).to.equal('<img src=x onerror="window.__pwned=11">');
    expect(rowNames(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1"> City', '<svg onload="window.__pwned=3">'].sort(new Intl.Collator('en').compare));
    expect(text(rowOf(el, '<svg onload="window.__pwned=3">').children[1])).to.equal('<iframe srcdoc="<script>parent.__pwned=4</script>">');
    // Every link but the skip link (a same-page fragment) comes from the data.
    const links = [...sr.querySelectorAll<HTMLAnchorElement>('a:not(.skip, [part="download"])')];
    expect(links).to.have.length(1);
    expect(links[0].protocol).to.equal('https:');
    // (An attribute break-out without spaces: a link with a space inside is refused whole.)
    expect(links[0].href).to.equal(safeUrl('https://example.org/?q="><img/src=x/onerror=window.__pwned=8>'));
    const evil = rowOf(el, '<img src=x onerror="window.__pwned=1"> City');
    const sources = [...evil.querySelectorAll('[part="source"] .source__publisher')].map(text);
    expect(sources).to.deep.equal([
      'JS <img src=x onerror="window.__pwned=1">',
      'Data <script>window.__pwned=2</script>',
      'Fine <b onmouseover="window.__pwned=7">press</b>',
      'VB <a href="javascript:window.__pwned=9">x</a>',
    ]);
    expect(text(evil.querySelector('.notes li'))).to.equal('Note <img src=x onerror="window.__pwned=1">');
    expect(text(evil.querySelector('[part="source"] .source__title'))).to.equal(': <img src=x onerror="window.__pwned=1">');
  });

  it('renders the shared injection fixture as literal text in both languages', async () => {
    const w = window as unknown as { __pwned?: number };
    const hostile = (await (await fetch('/test/fixtures/injection.json')).json()) as Dataset;
    const { restore } = captureWarnings();
    try {
      for (const lang of LANGS) {
        const el = await ready(await list({ lang, src: '/test/fixtures/injection.json' }));
        await new Promise((r) => setTimeout(r, 50));
        expect(w.__pwned, lang).to.equal(undefined);
        const sr = root(el);
        expect(sr.querySelectorAll('img, script, iframe, style, math, body, object, embed, mglyph')).to.have.length(0);
        expect(sr.querySelectorAll('svg')).to.have.length(3);
        expect(sr.querySelectorAll('tbody details')).to.have.length(hostile.partners.length);
        expect(rowNames(el)).to.deep.equal(expectedNames(hostile.partners, 'name', 'asc', lang).map(fold));
        for (const p of hostile.partners) {
          const row = rowOf(el, fold(p.name[lang]));
          expect(text(row.children[1])).to.equal(fold(p.country.name[lang]));
          expect([...row.querySelectorAll('.source__publisher')].map(text)).to.deep.equal(
            sourcesOf(p, hostile).map((s) => fold(publisherOf(s, lang))),
          );
          for (const note of notesOf(p, hostile)) expect(text(row.querySelector('.notes'))).to.contain(fold(note.text[lang]));
        }
        const links = [...sr.querySelectorAll<HTMLAnchorElement>('a:not(.skip, [part="download"])')];
        expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/ok']);
        expect(captionText(el)).to.contain(fold(hostile.city.name[lang]));
        expect(sr.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    } finally {
      restore();
    }
  });

  it('shows a localized error for a broken src (debug), warns once, and keeps its reserved height', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await ready(await list({ debug: '', lang: 'id', src: '/test/fixtures/missing-sister-city-list.json' }));
      expect(text(root(el).querySelector('.state--error'))).to.contain(coreStrings.id.errorTitle).and.contain('HTTP 404');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(root(el).querySelector('.state--error'))).to.contain(coreStrings.en.errorTitle);
      expect(root(el).querySelector('table')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.be.at.least(320);
    } finally {
      restore();
    }
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain('missing-sister-city-list.json');
  });

  it('shows a localized error for a src that is not JSON, without throwing', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await ready(await list({ debug: '', lang: 'id', src: '/test/fixtures/broken.json', selected: 'jeju', region: 'asia' }));
    } finally {
      restore();
    }
    expect(text(root(el).querySelector('.state--error'))).to.contain('Berkas data bukan JSON yang sah (baris 2, kolom 1).');
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain('broken.json');
  });

  it('readers see the fallback content for a broken src, at the reserved height, without an error box', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = document.createElement('sister-city-list') as SisterCityList;
      el.setAttribute('src', '/test/fixtures/broken.json?fallback');
      const p = document.createElement('p');
      p.textContent = '23 mitra kota kembar Jakarta';
      el.append(p);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await ready(el);
    } finally {
      restore();
    }
    expect(root(el).querySelector('.state--error')).to.equal(null);
    const slot = root(el).querySelector<HTMLSlotElement>('.state--fallback slot')!;
    expect(slot.assignedElements()).to.deep.equal([el.querySelector('p')]);
    expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.at.least(320);
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain('broken.json?fallback: cannot be used: JSON syntax error at line 2, column 1');
  });

  it('lists the other partners when one is invalid, and names the skipped one', async () => {
    const raw = structuredClone(bundledDataset()) as unknown as { partners: { id: string; region: string }[] };
    const at = raw.partners.findIndex((p) => p.id === 'seoul');
    raw.partners[at].region = 'Asia';
    const url = URL.createObjectURL(new Blob([JSON.stringify(raw)], { type: 'application/json' }));
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await ready(await list({ lang: 'en', src: url }));
    } finally {
      restore();
      URL.revokeObjectURL(url);
    }
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(raw.partners.length - 1);
    expect(rowNames(el)).to.have.length(raw.partners.length - 1).and.not.include('Seoul');
    expect(rowNames(el)).to.include('Tokyo');
    expect(ours(warnings)).to.have.length(1);
    expect(ours(warnings)[0]).to.contain(`- partner #${at + 1} (seoul), region: "Asia" is not one of`).and.contain('partner skipped');
  });

  it('works inside another element\'s shadow root, inheriting its language', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('sister-city-list');
    el.setAttribute('no-controls', '');
    el.setAttribute('selected', 'tokyo');
    shadow.append(el);
    await el.updateComplete;
    expect(text(headerButton(el, 'name'))).to.equal('Partner');
    expect(root(el).querySelector('select')).to.equal(null);
    const seen = oneEvent(outer, 'sister-city-list-sort');
    headerButton(el, 'country').click();
    expect((await seen).detail).to.deep.equal({ sort: 'country', order: 'asc' });
    outer.setAttribute('lang', 'id');
    await waitUntil(() => text(headerButton(el, 'name')) === 'Mitra', 'language change not rendered');
  });

  it('reserves --jgw-list-min-height while loading, without a layout shift', async () => {
    const el = await list({ lang: 'en', src: '/__slow?ms=300' });
    el.style.setProperty('--jgw-list-min-height', '150px');
    expect(text(root(el).querySelector('.state--loading'))).to.equal(coreStrings.en.loading);
    expect(el.getBoundingClientRect().height).to.equal(150);
    await ready(el);
    expect(rows(el)).to.have.length(2);
    const plain = await list();
    expect(plain.getBoundingClientRect().height).to.be.at.least(320);
  });

  it('honours --jgw-list-max-height with a scrolling table', async () => {
    const el = await list({ lang: 'en' });
    el.style.setProperty('--jgw-list-max-height', '240px');
    await el.updateComplete;
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.getBoundingClientRect().height).to.be.at.most(240);
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
  });

  it('makes the table’s box a Tab stop, a region named by the caption, only while it scrolls', async () => {
    const el = await list({ lang: 'en' });
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const download = root(el).querySelector<HTMLElement>('[part="download"]')!;
    /** Where Tab goes from the download link (named, not compared as elements: a failed
     * comparison of two whole tables' markup is too slow for mocha to print). */
    const afterDownload = async () => {
      download.focus();
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement;
      return active === scroller ? 'the table’s box' : active === headerButton(el, 'name') ? 'the first sort button' : String(active?.localName);
    };
    // Not scrolling: Tab goes from the download link to the first sort button.
    expect(await afterDownload()).to.equal('the first sort button');
    el.style.setProperty('--jgw-list-max-height', '240px');
    // The box reports its new size after the next layout.
    await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'a Tab stop once it scrolls');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(root(el).getElementById(scroller.getAttribute('aria-labelledby')!)?.className).to.equal('caption__text');
    expect(await afterDownload()).to.equal('the table’s box');
    // The arrow keys scroll it.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => scroller.scrollTop > 0, 'scrolled by the keyboard');
    expect(await axeViolations(el)).to.deep.equal([]);
    // Focused when it stops scrolling: it keeps its stop until the focus leaves.
    el.style.removeProperty('--jgw-list-max-height');
    await nextFrame();
    await nextFrame();
    expect(root(el).activeElement === scroller, 'still focused').to.equal(true);
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    // The focus leaves: the stop goes with it, with no change of size needed.
    download.focus();
    await el.updateComplete;
    expect(scroller.hasAttribute('tabindex'), 'a Tab stop after the focus left').to.equal(false);
    expect(scroller.hasAttribute('role')).to.equal(false);
    // And it comes back with the next change that makes the box scroll.
    el.style.setProperty('--jgw-list-max-height', '240px');
    await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'a Tab stop once it scrolls again');
  });

  it('with --jgw-list-max-height, keeps the focus clear of the sticky headings when Shift+Tab moves it up (WCAG 2.4.11)', async function () {
    this.timeout(60000);
    // (At 320 px with a reader's 32 px text, the bar of sort buttons is four lines, 273 of the box's 320 px.)
    for (const [width, size, max] of [[340, 16, 400], [900, 16, 400], [320, 32, 320]]) {
      const wrap = await fixture<HTMLElement>(html`<div style="width: ${width}px">
        <sister-city-list lang="en" style="--jgw-list-max-height: ${max}px; --jgw-font-size: ${size}px"></sister-city-list>
      </div>`);
      const el = await ready(wrap.querySelector<SisterCityList>('sister-city-list')!);
      const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
      const focusable = [...scroller.querySelectorAll<HTMLElement>('tbody summary')];
      focusable.at(-1)!.focus();
      let steps = 0;
      const hidden: string[] = [];
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement | null;
        if (!active || !scroller.contains(active) || active.closest('thead')) break;
        steps++;
        // The sticky part: the heading cells (wide), or the whole bar of sort buttons (narrow).
        const head = { bottom: Math.max(...[...root(el).querySelectorAll('thead, thead th')].map((h) => h.getBoundingClientRect().bottom)) };
        const r = active.getBoundingClientRect();
        if (r.top < head.bottom - 1) hidden.push(`${width}px: "${text(active)}" at ${Math.round(r.top)}, heading ends at ${Math.round(head.bottom)}`);
      }
      await sendKeys({ up: 'Shift' });
      expect(steps, `${width}px: steps inside the table`).to.equal(12);
      expect(hidden).to.deep.equal([]);
    }
  });

  it('keeps its sort arrows small with its styles blocked (a prerendered table whose stylesheet a CSP refused)', async () => {
    const el = await list({ lang: 'en' });
    root(el).adoptedStyleSheets = [];
    const arrows = [...root(el).querySelectorAll('.sort svg')];
    expect(arrows.length).to.be.greaterThan(2);
    // Without a size, an inline SVG is 300 × 150 px: the table became 2,000 px tall of arrows.
    for (const arrow of arrows) expect(arrow.getBoundingClientRect().height).to.equal(16);
  });

  it('has no axe violations in both languages and themes, with a selection and an open note', async function () {
    // Four axe runs; each takes several seconds on a loaded machine.
    this.timeout(90000);
    for (const theme of ['light', 'dark']) {
      for (const lang of LANGS) {
        const el = await list({ lang, theme, selected: 'istanbul' });
        rowOf(el, lang === 'id' ? 'Istanbul' : 'Istanbul').querySelector('details')!.open = true;
        expect(await axeViolations(el), `${theme} ${lang}`).to.deep.equal([]);
      }
    }
  });

  it('has no axe violations in the error state and the empty state', async () => {
    const { restore } = captureWarnings();
    try {
      for (const theme of ['light', 'dark']) {
        const el = await ready(await list({ lang: 'en', theme, src: '/test/fixtures/missing.json' }));
        expect(await axeViolations(el), theme).to.deep.equal([]);
      }
    } finally {
      restore();
    }
    const empty = await ready(await list({ lang: 'id', theme: 'dark', src: '/test/fixtures/mini.json', region: 'africa' }));
    expect(await axeViolations(empty)).to.deep.equal([]);
  });

  it('leaves the column headings of wide boxes as they were (no sort bar)', async () => {
    const el = await list({ lang: 'en' });
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.clientWidth).to.be.greaterThan(672);
    const thead = root(el).querySelector('thead')!;
    const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);
    expect(style(thead).display).to.equal('table-header-group');
    expect(style(thead).position).to.equal('static');
    expect(style(thead.rows[0]).display).to.equal('table-row');
    expect(style(thead.rows[0], '::before').content).to.equal('none');
    const cells = [...thead.querySelectorAll('th')];
    expect(cells).to.have.length(6);
    for (const th of cells) {
      const cs = style(th);
      expect([cs.display, cs.position, cs.top, cs.clipPath, cs.paddingTop, cs.paddingLeft], text(th)).to.deep.equal([
        'table-cell',
        'sticky',
        '0px',
        'none',
        '7.5px',
        '7.5px',
      ]);
      expect(th.getBoundingClientRect().width, text(th)).to.be.greaterThan(24);
      expect(cs.backgroundColor).to.equal(style(cells[0]).backgroundColor);
    }
    const button = style(headerButton(el, 'name'));
    expect([button.borderTopStyle, button.backgroundColor, button.marginTop, button.marginLeft, button.minHeight]).to.deep.equal([
      'none',
      'rgba(0, 0, 0, 0)',
      '-3.75px',
      '-6px',
      '0px',
    ]);
  });

  for (const where of ['a column\'s sort button', 'the region menu'] as const) {
    it(`keeps the keyboard on ${where} when a new src is shown`, async () => {
      const el = await fixture<SisterCityList>(html`<sister-city-list lang="en"></sister-city-list>`);
      await waitUntil(() => el.matches(':state(ready)'), 'never ready');
      const target = () =>
        where === 'the region menu' ? root(el).querySelector<HTMLElement>('[part="controls"] select') : headerButton(el, 'year');
      target()!.focus();
      expect(root(el).activeElement === target(), 'the test could not focus its target').to.equal(true);
      el.src = '/test/fixtures/mini.json';
      await waitUntil(() => el.matches(':state(ready)') && rowNames(el).includes('Lima'), 'the new file is not shown');
      await el.updateComplete;
      expect(document.activeElement === el, `focus left the element for ${document.activeElement?.localName}`).to.equal(true);
      expect(root(el).activeElement === target(), 'focus is not back where it was').to.equal(true);
    });
  }

  describe('at 320 px', () => {
    let size: { width: number; height: number };
    before(() => (size = { width: window.innerWidth, height: window.innerHeight }));
    after(() => setViewport(size));

    it('shows each partner as a card: no sideways scrolling, every field in view', async function () {
      this.timeout(60000);
      await setViewport({ width: 320, height: 640 });
      for (const lang of LANGS) {
        const el = await list({ lang });
        await el.updateComplete;
        expect(el.scrollWidth, `${lang} host`).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
        expect(scroller.scrollWidth, 'sideways scroll').to.be.at.most(scroller.clientWidth);
        const box = scroller.getBoundingClientRect();
        const caption = root(el).querySelector('.caption__text')!.getBoundingClientRect();
        expect(caption.right).to.be.at.most(box.right + 1);
        for (const row of rows(el)) {
          for (const cell of row.children) {
            const r = cell.getBoundingClientRect();
            expect(r.left, text(cell)).to.be.at.least(box.left - 1);
            expect(r.right, text(cell)).to.be.at.most(box.right + 1);
          }
          // Closed sources take no room: a card is a few lines, not a tall empty row.
          expect(row.getBoundingClientRect().height).to.be.lessThan(220);
        }
        // Column names shown on each card (generated text, hidden from assistive technology).
        const country = rows(el)[0].children[1];
        expect(getComputedStyle(country, '::before').content).to.contain(listStrings[lang].colCountry);
        // Still a table with row and column headers.
        expect(root(el).querySelectorAll('thead th[scope="col"]')).to.have.length(6);
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('at twice the text size (a reader’s setting), a card with its sources open still does not scroll sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SisterCityList>(html`<sister-city-list lang="id" style="--jgw-font-size: 32px"></sister-city-list>`);
      await ready(el);
      const first = rows(el)[0];
      first.querySelector<HTMLElement>('.sources-cell summary')!.click();
      await el.updateComplete;
      expect(first.querySelector('.sources-cell details')!.hasAttribute('open')).to.equal(true);
      const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth, 'sideways scroll').to.be.at.most(scroller.clientWidth);
      const box = scroller.getBoundingClientRect();
      for (const cell of first.querySelectorAll('th, td, li')) {
        expect(cell.getBoundingClientRect().right, text(cell)).to.be.at.most(box.right + 1);
      }
      // In a narrower column (a 320 px phone's with wide margins), every card: its grid's 8.5em
      // columns were wider than the card (272 px at 32 px), and every line was cut on the right.
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 252px">
        <sister-city-list lang="id" style="--jgw-font-size: 32px"></sister-city-list>
      </div>`);
      const narrow = await ready(wrap.querySelector<SisterCityList>('sister-city-list')!);
      const narrowScroller = root(narrow).querySelector<HTMLElement>('.scroller')!;
      expect(narrowScroller.scrollWidth, '252 px: sideways scroll').to.be.at.most(narrowScroller.clientWidth);
      const inner = narrowScroller.getBoundingClientRect();
      for (const row of rows(narrow)) {
        for (const cell of row.children) expect(cell.getBoundingClientRect().right, `252 px: ${text(cell)}`).to.be.at.most(inner.right + 1);
      }
    });

    it('shows the sort buttons as a visible bar above the cards, for the pointer and the keyboard', async function () {
      // Two axe runs (dark theme) and real clicks and key presses in both languages.
      this.timeout(90000);
      await setViewport({ width: 320, height: 640 });
      const keys = ['name', 'country', 'year'] as const;
      for (const theme of ['light', 'dark']) {
        for (const lang of LANGS) {
          const at = `${theme} ${lang}`;
          // The element inside a 296 px wide box (a phone's column with its margins).
          const wrap = await fixture<HTMLDivElement>(html`<div style="width: 296px"></div>`);
          const el = document.createElement('sister-city-list');
          el.setAttribute('lang', lang);
          el.setAttribute('theme', theme);
          wrap.append(el);
          await ready(el);
          const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
          expect(scroller.scrollWidth, `${at}: sideways scroll`).to.be.at.most(scroller.clientWidth);
          expect(el.scrollWidth, `${at}: host`).to.be.at.most(el.clientWidth);
          for (const key of keys) {
            const button = headerButton(el, key);
            button.scrollIntoView({ block: 'nearest' });
            const box = scroller.getBoundingClientRect();
            const firstCard = rows(el)[0].getBoundingClientRect();
            const r = button.getBoundingClientRect();
            expect(r.width, `${at} ${key}: width`).to.be.at.least(24);
            expect(r.height, `${at} ${key}: height`).to.be.at.least(24);
            expect(r.left, `${at} ${key}`).to.be.at.least(box.left);
            expect(r.right, `${at} ${key}`).to.be.at.most(box.right);
            expect(r.top, `${at} ${key}`).to.be.at.least(box.top);
            // Above the cards, not over them.
            expect(r.bottom, `${at} ${key}`).to.be.at.most(firstCard.top);
            expect(button.checkVisibility({ opacityProperty: true, visibilityProperty: true }), `${at} ${key}`).to.equal(true);
            for (let node: Element | null = button; node && node !== scroller; node = node.parentElement) {
              expect(getComputedStyle(node).clipPath, `${at} ${key}: <${node.localName}> clipped`).to.equal('none');
            }
            // Nothing covers it: the pointer reaches the button at its centre.
            const hit = root(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            expect(hit?.closest('button') === button, `${at} ${key}: <${hit?.localName}> under the pointer`).to.equal(true);
          }
          // The other column headers stay in the table for assistive technology, out of sight.
          const hidden = [...root(el).querySelectorAll('thead th[scope="col"]:not(:has(button))')];
          expect(hidden).to.have.length(3);
          for (const th of hidden) expect(th.getBoundingClientRect().width, text(th)).to.be.at.most(1);
          expect(getComputedStyle(root(el).querySelector('thead tr')!, '::before').content).to.contain(listStrings[lang].sortBy);

          // The pointer sorts, and the reader's sort fires the event.
          const fired: unknown[] = [];
          el.addEventListener('sister-city-list-sort', (e) => fired.push(e.detail));
          const click = async (key: SortKey) => {
            const r = headerButton(el, key).getBoundingClientRect();
            await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
            await el.updateComplete;
          };
          await click('country');
          expect(fired, at).to.deep.equal([{ sort: 'country', order: 'asc' }]);
          expect(rowNames(el), at).to.deep.equal(expectedNames(data.partners, 'country', 'asc', lang));
          expect(headerButton(el, 'country').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
          await click('country');
          expect(rowNames(el), at).to.deep.equal(expectedNames(data.partners, 'country', 'desc', lang));
          expect(headerButton(el, 'country').closest('th')!.getAttribute('aria-sort')).to.equal('descending');

          // The keyboard reaches the three buttons right after the download link (the table's box does
          // not scroll: no stop of its own), each with a visible focus ring.
          expect(scroller.hasAttribute('tabindex'), at).to.equal(false);
          root(el).querySelector<HTMLElement>('[part="download"]')!.focus();
          for (const key of keys) {
            await sendKeys({ press: 'Tab' });
            const button = headerButton(el, key);
            expect(root(el).activeElement === button, `${at}: Tab to ${key}`).to.equal(true);
            expect(button.matches(':focus-visible')).to.equal(true);
            expect(getComputedStyle(button).outlineStyle).to.equal('solid');
          }
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          expect(fired.at(-1), at).to.deep.equal({ sort: 'year', order: 'asc' });
          expect(rowNames(el), at).to.deep.equal(expectedNames(data.partners, 'year', 'asc', lang));
          if (theme === 'dark') expect(await axeViolations(el), at).to.deep.equal([]);
        }
      }
      await resetMouse();
    });
  });
});

describe('<sister-city-list> registration', () => {
  it('is defined and exported', () => {
    expect(customElements.get('sister-city-list')).to.equal(SisterCityList);
    expect(document.createElement('sister-city-list')).to.be.instanceOf(SisterCityList);
  });
});

describe('<sister-city-list>: notes on the list as a whole', () => {
  const metric = data.metrics.find((m) => m.id === 'sister-cities')!;

  it('follow the table: what the sources say about the list (rebuilt, "23 countries", not counted), with the sources they cite', async () => {
    for (const lang of LANGS) {
      const el = await list({ lang });
      const about = root(el).querySelector<HTMLDetailsElement>('details.about')!;
      expect(about.open).to.equal(false);
      expect(about.getAttribute('part')).to.equal('about');
      expect(text(about.querySelector('summary'))).to.equal(lang === 'id' ? 'Catatan tentang daftar ini (3)' : 'Notes on this list (3)');
      expect([...about.querySelectorAll('.about__notes li')].map(text)).to.deep.equal(notesOf(metric, data).map((n) => fold(n.text[lang])));
      const hrefs = [...about.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(sourcesOf(metric, data).map((s) => safeUrl(s.url)));
      // After the table and the skip link's target: skipping the table lands just before it.
      const end = root(el).querySelector('.skip-target')!;
      expect(end.compareDocumentPosition(about)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
      about.open = true;
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('are left out for a dataset whose partner count has no notes', async () => {
    const el = await ready(await list({ lang: 'en', src: '/test/fixtures/mini.json' }));
    expect(root(el).querySelector('.about')).to.equal(null);
  });
});
