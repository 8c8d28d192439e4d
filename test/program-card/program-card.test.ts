import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import rawData from '../../data/jakarta-2024.json';
import '../../src/program-card/define.js';
import type { ProgramCard } from '../../src/program-card/define.js';
import { bundledDataset, clearDatasetCache } from '../../src/core/dataset.js';
import { coreStrings, formatDate, formatNumber, formatYear } from '../../src/core/i18n.js';
import type { Dataset, Lang, Program, Source } from '../../src/core/types.js';
import { publisherOf } from '../../src/core/source-link.js';
import { sourcesOf } from '../../src/core/lookups.js';
import { cardStrings } from '../../src/program-card/program-card.strings.js';
import { axeViolations, captureWarnings, normalizeSpaces, shadowText } from '../support/helpers.js';

const data: Dataset = bundledDataset();
const LANGS: Lang[] = ['id', 'en'];
const IDS = ['asn-new-york', 'rotterdam-dutep', 'higa', 'c40-hospitals', 'agglomeration-aid', 'jeju', 'grand-design'];

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const text = (el: Element) => normalizeSpaces(shadowText(el));
const root = (el: ProgramCard) => el.shadowRoot!;
const program = (id: string): Program => data.programs.find((p) => p.id === id)!;

async function card(template: ReturnType<typeof html>): Promise<ProgramCard> {
  const el = await fixture<ProgramCard>(template);
  await waitUntil(() => root(el).querySelector('.card, .state--error, .state--fallback'), 'card never rendered');
  return el;
}

/** Every element of the shadow tree whose content is wider than its box (the sr-only clips are meant to be). */
function overflowing(el: ProgramCard): string[] {
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  const all = [root(el).querySelector('.card, .state')!, ...root(el).querySelectorAll('*')];
  for (const node of all) {
    if (node.closest('.sr-only') || node instanceof SVGElement) continue;
    const name = `${node.localName}.${[...node.classList].join('.')}`;
    if (node.scrollWidth > node.clientWidth && node.clientWidth > 0) {
      problems.push(`${name}: scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`);
    }
    const r = node.getBoundingClientRect();
    if (r.width > 0 && (r.right > host.right + 0.5 || r.left < host.left - 0.5)) {
      problems.push(`${name}: [${r.left}, ${r.right}] outside the host [${host.left}, ${host.right}]`);
    }
  }
  return problems;
}

describe('<program-card>', () => {
  beforeEach(() => clearDatasetCache());

  it('dates a figure from another year than the programme’s: C40 (2022) shows the 27 hospitals of 2024 as such, with the 28 of the note traced', async () => {
    const p = program('c40-hospitals');
    expect([p.year, p.endYear]).to.deep.equal([2022, undefined]);
    for (const lang of LANGS) {
      const el = await card(html`<program-card program="c40-hospitals" lang=${lang}></program-card>`);
      expect(root(el).querySelector('.figure__label')!.textContent).to.equal(`${p.keyFigure.label[lang]} (2024)`);
      expect(root(el).querySelector('.fact--when dd')!.textContent).to.equal('2022');
    }
    // A programme of the figure's own year shows no year beside it.
    const ny = await card(html`<program-card program="asn-new-york" lang="en"></program-card>`);
    expect(root(ny).querySelector('.figure__label')!.textContent).to.equal(program('asn-new-york').keyFigure.label.en);
    // Jeju's card shows its notes on the 23 partners, and so the sources they cite.
    const jeju = await card(html`<program-card program="jeju" lang="en"></program-card>`);
    const hrefs = [...root(jeju).querySelectorAll('[part~="source"] a')].map((a) => a.getAttribute('href'));
    const notCounted = data.notes.find((n) => n.id === 'not-counted')!;
    for (const id of notCounted.sources) expect(hrefs, id).to.include(data.sources.find((x) => x.id === id)!.url);
  });

  it('knows the seven programmes of the bundled dataset', () => {
    expect(data.programs.map((p) => p.id)).to.have.members(IDS);
  });

  for (const id of IDS) {
    for (const lang of LANGS) {
      it(`renders ${id} in ${lang}: title, figure, partners, period, sources`, async () => {
        const p = program(id);
        const el = await card(html`<program-card program=${id} lang=${lang}></program-card>`);
        const shown = text(el);
        const s = cardStrings[lang];

        expect(root(el).querySelector('[part~="title"]')!.textContent!.trim()).to.equal(p.title[lang]);
        expect(shown).to.contain(p.summary[lang]);
        expect(shown).to.contain(cardStrings[lang][`sector_${p.sector}`]);

        const figure = normalizeSpaces(root(el).querySelector('[part~="figure"]')!.textContent!.replace(/\s+/g, ' '));
        const value = normalizeSpaces(formatNumber(p.keyFigure.value, lang));
        expect(root(el).querySelector('.figure__value')!.textContent).to.equal(formatNumber(p.keyFigure.value, lang));
        expect(figure).to.contain(value).and.contain(p.keyFigure.label[lang]);
        if (p.keyFigure.atLeast) expect(figure).to.contain(`${s.atLeast} ${value}`);
        else expect(figure).not.to.contain(s.atLeast);

        const partners = [...root(el).querySelectorAll('.partners li')].map((li) => li.textContent);
        const expected = [
          ...p.partners.map((pid) => {
            const partner = data.partners.find((x) => x.id === pid)!;
            return s.partnerWithCountry(partner.name[lang], partner.country.name[lang]);
          }),
          ...(p.counterparts ?? []).map((t) => t[lang]),
        ];
        expect(partners).to.deep.equal(expected);
        // The grand design is Jakarta's own road map: no partner row at all.
        expect(root(el).querySelector('.fact--partners') === null).to.equal(expected.length === 0);

        const when = p.endYear ? `${formatYear(p.year, lang)}–${formatYear(p.endYear, lang)}` : formatYear(p.year, lang);
        expect(root(el).querySelector('.fact--when dd')!.textContent).to.equal(when);
        expect(root(el).querySelector('.fact--when dt')!.textContent).to.equal(p.endYear ? s.period : s.year);

        // The programme's own sources, then those of the notes it shows (its own, then its figure's), each once.
        const metric = data.metrics.find((m) => m.id === p.keyFigure.metric);
        const cited = sourcesOf({ sources: p.sources, notes: [...(p.notes ?? []), ...(metric?.notes ?? [])] }, data).map((x) => x.id);
        expect(cited.slice(0, p.sources.length)).to.deep.equal(p.sources);
        const items = [...root(el).querySelectorAll('[part~="source"]')];
        expect(items).to.have.length(cited.length);
        cited.forEach((sid, i) => {
          const source = data.sources.find((x) => x.id === sid)!;
          const link = items[i].querySelector('a')!;
          expect(link.href).to.equal(new URL(source.url).href);
          expect(link.textContent).to.equal(`${source.title}\u00a0${coreStrings[lang].opensInNewTab}`);
          const meta = items[i].querySelector('.source__meta')!.textContent;
          expect(meta).to.contain(publisherOf(source, lang));
          if (source.date) expect(meta).to.contain(formatDate(source.date, lang));
        });
      });
    }
  }

  it('shows 2025–2045 as the period of the grand design', async () => {
    const el = await card(html`<program-card program="grand-design" lang="en"></program-card>`);
    expect(root(el).querySelector('.fact--when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Period 2025–2045');
  });

  it('says "sedikitnya 100" / "at least 100" for the Rotterdam training', async () => {
    const el = await card(html`<program-card program="rotterdam-dutep" lang="id"></program-card>`);
    expect(text(el)).to.contain('sedikitnya 100 pegawai ASN dilatih');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.contain('at least 100 civil servants trained');
  });

  it('notes that sources disagree on 27 vs 28 hospitals, in both languages', async () => {
    const note = data.notes.find((n) => n.id === 'hospitals-27-28')!;
    const el = await card(html`<program-card program="c40-hospitals" lang="id"></program-card>`);
    const notes = () => [...root(el).querySelectorAll('[part~="note"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes()).to.deep.equal([note.text.id]);
    expect(root(el).querySelector('.notes__label')!.textContent).to.equal('Catatan');
    expect(note.text.id).to.contain('28').and.contain('27');
    el.lang = 'en';
    await el.updateComplete;
    expect(notes()).to.deep.equal([note.text.en]);
    expect(root(el).querySelector('.notes__label')!.textContent).to.equal('Note');
  });

  it("adds the notes of the programme's headline figure, without repeats", async () => {
    // C40's figure follows "hospitals", whose note the programme names too; given one more note.
    const data = structuredClone(bundledDataset()) as Dataset;
    const p = data.programs.find((x) => x.id === 'c40-hospitals')!;
    const metric = data.metrics.find((m) => m.id === p.keyFigure.metric)!;
    metric.notes = [...(metric.notes ?? []), 'regions-unconfirmed'];
    const ids = [...new Set([...(p.notes ?? []), ...(metric.notes ?? [])])];
    expect(ids).to.deep.equal(['hospitals-27-28', 'regions-unconfirmed']);
    expect(ids.length).to.be.lessThan((p.notes ?? []).length + (metric.notes ?? []).length, 'the fixture should overlap');
    const el = await card(html`<program-card program="c40-hospitals" lang="en" .data=${data}></program-card>`);
    const shown = [...root(el).querySelectorAll('[part~="note"]')].map((n) => n.textContent);
    expect(shown).to.deep.equal(ids.map((nid) => data.notes.find((n) => n.id === nid)!.text.en));
    expect(root(el).querySelector('.notes__label')!.textContent).to.equal('Notes');
  });

  it('marks a source title in another language with its lang, linked or not (a link that is not http(s) is shown as text)', async () => {
    const data = structuredClone(bundledDataset()) as Dataset;
    const p = data.programs.find((x) => x.id === 'c40-hospitals')!;
    const [first, second] = p.sources.map((id) => data.sources.find((s) => s.id === id)!);
    Object.assign(first, { lang: 'ko', title: '서울 기사' });
    Object.assign(second, { lang: 'ja', title: '東京の記事', url: 'ftp://example.org/kiji' });
    const { restore } = captureWarnings(); // the refused link is named in the console
    try {
      const el = await fixture<ProgramCard>(html`<program-card program="c40-hospitals" lang="en" .data=${data}></program-card>`);
      await waitUntil(() => el.matches(':state(ready)'), 'never ready');
      const titled = [...root(el).querySelectorAll('[lang="ko"], [lang="ja"]')].map((n) => [n.getAttribute('lang'), n.textContent, !!n.closest('a')]);
      expect(titled).to.deep.include(['ja', '東京の記事', false]);
      expect(titled).to.deep.include(['ko', '서울 기사', true]);
    } finally {
      restore();
    }
  });

  it('follows the language of an ancestor and of <html lang>', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><program-card program="higa"></program-card></div>`);
    const el = wrap.querySelector('program-card')!;
    await el.updateComplete;
    expect(root(el).querySelector('.title')!.textContent).to.equal(program('higa').title.en);
    expect(root(el).querySelector('.card')!.getAttribute('lang')).to.equal('en');
    wrap.setAttribute('lang', 'id');
    await waitUntil(() => root(el).querySelector('.title')!.textContent === program('higa').title.id);
    expect(text(el)).to.contain('Pendidikan').and.contain('Sumber');
  });

  describe('heading-level', () => {
    it('is an h3 by default', async () => {
      const el = await card(html`<program-card program="jeju"></program-card>`);
      const h = root(el).querySelector('[part~="title"]')!;
      expect(h.localName).to.equal('h3');
      expect(root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);
      expect(root(el).querySelector('article')!.getAttribute('aria-labelledby')).to.equal(h.id);
    });

    for (const level of [2, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await card(html`<program-card program="jeju" heading-level=${level}></program-card>`);
        expect(root(el).querySelector('[part~="title"]')!.localName).to.equal(`h${level}`);
      });
    }

    for (const bad of ['1', '7', '3.5', 'two', '']) {
      it(`falls back to h3 for heading-level="${bad}"`, async () => {
        const { warnings, restore } = captureWarnings();
        let el: ProgramCard;
        try {
          el = await card(html`<program-card program="jeju" heading-level=${bad}></program-card>`);
        } finally {
          restore();
        }
        expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h3');
        const ours = warnings.filter((w) => w.startsWith('<program-card>'));
        expect(ours).to.have.length(1);
        // The value as the author wrote it, not the number Lit made of it ("NaN", "0").
        expect(ours[0]).to.include(`heading-level "${bad}" is not 2 to 6; using 3.`);
      });
    }

    it('quotes the property when it was set from script', async () => {
      const el = await card(html`<program-card program="jeju" heading-level="4"></program-card>`);
      const { warnings, restore } = captureWarnings();
      try {
        el.headingLevel = 9;
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(warnings.filter((w) => w.startsWith('<program-card>'))[0]).to.include('heading-level "9" is not 2 to 6');
    });

    it('follows a change of the property', async () => {
      const el = await card(html`<program-card program="jeju"></program-card>`);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(root(el).querySelector('[part~="title"]')!.localName).to.equal('h2');
    });
  });

  describe('links', () => {
    it('open in a new tab, safely, and say so to screen readers', async () => {
      for (const lang of LANGS) {
        const el = await card(html`<program-card program="c40-hospitals" lang=${lang}></program-card>`);
        const links = [...root(el).querySelectorAll('a')];
        expect(links).to.have.length(program('c40-hospitals').sources.length);
        for (const a of links) {
          expect(a.getAttribute('target')).to.equal('_blank');
          expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
          expect(a.protocol).to.be.oneOf(['https:', 'http:']);
          expect(a.getAttribute('part')).to.equal('source-link');
          expect(a.querySelector('.sr-only')!.textContent!.trim()).to.equal(coreStrings[lang].opensInNewTab);
        }
      }
    });

    it('are reachable by keyboard', async () => {
      const el = await card(html`<program-card program="jeju" lang="en"></program-card>`);
      const first = root(el).querySelector('a')!;
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(first);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
    });
  });

  describe('variant', () => {
    it('full shows the summary and the sources openly', async () => {
      const el = await card(html`<program-card program="c40-hospitals" lang="en"></program-card>`);
      expect(el.variant).to.equal('full');
      expect(root(el).querySelector('[part~="summary"]')!.textContent).to.equal(program('c40-hospitals').summary.en);
      expect(root(el).querySelector('details')).to.equal(null);
      expect(root(el).querySelector('[part~="source"]')!.checkVisibility()).to.equal(true);
    });

    it('compact, in English, counts one source in the singular, as the table does', async () => {
      // A programme and its note citing one source between them.
      const data = structuredClone(bundledDataset()) as Dataset;
      const aid = data.programs.find((x) => x.id === 'agglomeration-aid')!;
      aid.sources = ['S1'];
      data.notes.find((n) => n.id === aid.notes![0])!.sources = ['S1'];
      const en = await card(html`<program-card program="agglomeration-aid" variant="compact" lang="en" .data=${data}></program-card>`);
      expect(root(en).querySelector('summary')!.textContent!.trim()).to.equal('Note (1) and source (1)');
      const id = await card(html`<program-card program="agglomeration-aid" variant="compact" lang="id" .data=${data}></program-card>`);
      expect(root(id).querySelector('summary')!.textContent!.trim()).to.equal('Catatan (1) dan sumber (1)');
      expect(cardStrings.en.sourcesCount('1', 1)).to.equal('Source (1)');
      expect(cardStrings.en.sourcesCount('2', 2)).to.equal('Sources (2)');
    });

    it('compact leaves out the summary and folds sources and notes into a disclosure', async () => {
      const p = program('c40-hospitals');
      const el = await card(html`<program-card program="c40-hospitals" variant="compact" lang="en"></program-card>`);
      expect(root(el).querySelector('[part~="summary"]')).to.equal(null);
      expect(text(el)).not.to.contain(p.summary.en);
      expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal(p.title.en);
      expect(root(el).querySelector('.figure__value')!.textContent).to.equal('27');
      const details = root(el).querySelector('details')!;
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal(cardStrings.en.notesAndSources('6', '1', 1, 6));
      // Named in the order it shows them: the note first.
      expect(summary.textContent!.trim()).to.equal('Note (1) and sources (6)');
      expect(details.open).to.equal(false);
      // its content is rendered after the frame that shows the card
      await waitUntil(() => details.querySelector('[part~="source"]'), 'the sources were never rendered');
      expect(root(el).querySelector('[part~="source"]')!.checkVisibility()).to.equal(false);
      expect(details.querySelector('.notes')!.compareDocumentPosition(details.querySelector('.sources')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);

      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(root(el).querySelectorAll('[part~="source"]')).to.have.length(p.sources.length);
      expect(root(el).querySelector('[part~="note"]')!.checkVisibility()).to.equal(true);
    });

    it('compact renders its disclosure\'s content after the first frame, or at once when opened first', async () => {
      const p = program('c40-hospitals');
      const el = await card(html`<program-card program="c40-hospitals" variant="compact" lang="en"></program-card>`);
      await el.updateComplete;
      const details = root(el).querySelector('details')!;
      expect(details.querySelector('.disclosure__body, [part~="source"], [part~="note"]')).to.equal(null);
      await waitUntil(() => details.querySelector('[part~="source"]'), 'the sources were never rendered');
      expect(details.querySelectorAll('[part~="source"]')).to.have.length(p.sources.length);
      expect(details.open).to.equal(false);

      const other = await card(html`<program-card program="c40-hospitals" variant="compact" lang="en"></program-card>`);
      await other.updateComplete;
      const closed = root(other).querySelector('details')!;
      expect(closed.querySelector('[part~="source"]')).to.equal(null);
      closed.querySelector('summary')!.click();
      await other.updateComplete;
      expect(closed.open).to.equal(true);
      expect(closed.querySelectorAll('[part~="source"]')).to.have.length(p.sources.length);
      expect(closed.querySelector('[part~="note"]')!.checkVisibility()).to.equal(true);
    });

    it('compact counts only sources when there is no note', async () => {
      const el = await card(html`<program-card program="asn-new-york" variant="compact" lang="id"></program-card>`);
      expect(root(el).querySelector('summary')!.textContent!.trim()).to.equal('Sumber (2)');
    });

    it('treats an unknown variant as full, with one warning', async () => {
      const { warnings, restore } = captureWarnings();
      let el: ProgramCard;
      try {
        el = await card(html`<program-card program="higa" variant="wide"></program-card>`);
      } finally {
        restore();
      }
      expect(root(el).querySelector('.card--full [part~="summary"]')).not.to.equal(null);
      expect(warnings.filter((w) => w.startsWith('<program-card>'))).to.have.length(1);
    });
  });

  describe('layout', () => {
    for (const width of [280, 720]) {
      for (const variant of ['full', 'compact']) {
        it(`has no horizontal overflow at ${width} px (${variant}), for every programme and both languages`, async () => {
          const wrap = await fixture<HTMLElement>(html`<div>
            ${IDS.flatMap((id) =>
              LANGS.map((lang) => html`<program-card program=${id} lang=${lang} variant=${variant}></program-card>`),
            )}
          </div>`);
          const els = [...wrap.querySelectorAll('program-card')];
          for (const el of els) el.style.width = `${width}px`;
          await Promise.all(els.map((el) => el.updateComplete));
          // The injection dataset's long unbroken payloads must wrap too.
          const { restore } = captureWarnings();
          try {
            for (const lang of LANGS) {
              const xss = await card(html`<program-card program="xss-program" lang=${lang} variant=${variant} src="/test/fixtures/injection.json"></program-card>`);
              await waitUntil(() => root(xss).querySelector('.card'), 'injection card never rendered', { timeout: 3000 });
              xss.style.width = `${width}px`;
              wrap.append(xss);
              els.push(xss);
            }
          } finally {
            restore();
          }
          for (const el of els) {
            root(el).querySelector('details')?.setAttribute('open', '');
            expect(el.getBoundingClientRect().width).to.equal(width);
            expect(overflowing(el), `${el.program} ${el.lang}`).to.deep.equal([]);
          }
        });
      }
    }

    it('puts the figure beside the text from 480 px, and above it below', async () => {
      const el = await card(html`<program-card program="c40-hospitals" lang="id"></program-card>`);
      const figure = root(el).querySelector('.figure')!;
      const textBox = root(el).querySelector('.text')!;
      el.style.width = '720px';
      await aTimeout(0);
      expect(figure.getBoundingClientRect().right).to.be.at.most(textBox.getBoundingClientRect().left);
      el.style.width = '479px';
      await aTimeout(0);
      expect(figure.getBoundingClientRect().bottom).to.be.at.most(textBox.getBoundingClientRect().top);
      el.style.width = '481px';
      await aTimeout(0);
      expect(figure.getBoundingClientRect().right).to.be.at.most(textBox.getBoundingClientRect().left);
    });

    it('reserves its height while loading and keeps it in the error state', async () => {
      const { restore } = captureWarnings();
      try {
        const el = await fixture<ProgramCard>(
          html`<program-card program="sample-program" lang="en" src="/__slow?ms=300"></program-card>`,
        );
        const loading = root(el).querySelector('.state--loading')!;
        expect(loading.textContent).to.equal(coreStrings.en.loading);
        expect(el.getBoundingClientRect().height).to.equal(240);
        expect(loading.getBoundingClientRect().height).to.equal(240);
        await waitUntil(() => root(el).querySelector('.card'), 'never loaded', { timeout: 3000 });
        expect(root(el).querySelector('.title')!.textContent).to.equal('Sample programme');

        const compact = await card(html`<program-card program="nope" variant="compact"></program-card>`);
        expect(compact.getBoundingClientRect().height).to.equal(160);
        expect(root(compact).querySelector('.state--fallback')!.getBoundingClientRect().height).to.equal(160);
        const debug = await card(html`<program-card debug program="nope" variant="compact"></program-card>`);
        expect(root(debug).querySelector('.state--error')!.getBoundingClientRect().height).to.equal(160);
      } finally {
        restore();
      }
    });

    it('takes its reserved height and padding from custom properties', async () => {
      const { restore } = captureWarnings();
      try {
        const styled = await fixture<HTMLElement>(
          html`<div><program-card program="missing-one" lang="en"></program-card></div>`,
        );
        const c = styled.querySelector('program-card')!;
        c.style.setProperty('--jgw-card-min-height', '300px');
        await c.updateComplete;
        expect(c.getBoundingClientRect().height).to.equal(300);
        c.program = 'jeju';
        c.style.setProperty('--jgw-card-padding', '7px');
        await c.updateComplete;
        expect(getComputedStyle(root(c).querySelector('.card')!).paddingLeft).to.equal('7px');
      } finally {
        restore();
      }
    });
  });

  describe('bad input', () => {
    for (const lang of LANGS) {
      it(`says so for an unknown program (${lang}) and warns once with the valid ids`, async () => {
        const { warnings, restore } = captureWarnings();
        let el: ProgramCard;
        try {
          el = await card(html`<program-card debug program="atlantis" lang=${lang}></program-card>`);
          el.requestUpdate();
          await el.updateComplete;
        } finally {
          restore();
        }
        const box = root(el).querySelector('.state--error')!;
        expect(box.checkVisibility()).to.equal(true);
        expect(text(el)).to.contain(coreStrings[lang].errorTitle).and.contain(cardStrings[lang].unknownProgram('atlantis'));
        expect(el.getBoundingClientRect().height).to.equal(240);
        const ours = warnings.filter((w) => w.startsWith('<program-card>'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.equal(`<program-card>: unknown program "atlantis"; valid ids: ${IDS.join(', ')}`);
      });

      it(`says so for a missing program (${lang}) and warns once`, async () => {
        const { warnings, restore } = captureWarnings();
        let el: ProgramCard;
        try {
          el = await card(html`<program-card debug lang=${lang}></program-card>`);
        } finally {
          restore();
        }
        expect(text(el)).to.contain(cardStrings[lang].missingProgram);
        const ours = warnings.filter((w) => w.startsWith('<program-card>'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain('no program').and.contain(IDS.join(', '));
      });
    }

    it('says that a programme the loader left out of the file is there but unusable, not "not found", with only the file\'s warning', async () => {
      const data = structuredClone(rawData) as unknown as { programs: { id: string; notes?: string[] }[] };
      data.programs[0]!.notes = ['no-such-note']; // a note deleted in the data editor, still cited
      const id = data.programs[0]!.id;
      const { warnings, restore } = captureWarnings();
      let el: ProgramCard;
      try {
        el = await fixture<ProgramCard>(html`<program-card debug lang="en" program=${id} .data=${data as unknown as Dataset}></program-card>`);
        await waitUntil(() => text(el).includes(cardStrings.en.skippedProgram(id)), 'the card does not say the programme was left out');
        await aTimeout(0); // (the object's warning comes a task later)
      } finally {
        restore();
      }
      expect(text(el)).to.contain(cardStrings.en.skippedProgram(id)).and.not.contain('not found');
      // `debug` gives the cause, as the file's warning words it.
      expect(el!.shadowRoot!.querySelector('.state__detail')!.textContent).to.equal(
        `programme #1 (${id}), notes #1: note "no-such-note" is not in the file's notes list; programme skipped`,
      );
      const ours = warnings.filter((w) => w.startsWith('<program-card>'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.match(/^<program-card>: dataset object: 1 problem.*no-such-note/s);
    });

    it('shows the right message for ids that look like markup, as text', async () => {
      const { restore } = captureWarnings();
      try {
        const id = '<img src=x onerror=window.__pwned=1>';
        const el = await card(html`<program-card debug program=${id}></program-card>`);
        expect(text(el)).to.contain('<img src=x onerror=window.__pwned=1>');
        expect(root(el).querySelector('img')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('recovers when the program is set afterwards', async () => {
      const { restore } = captureWarnings();
      try {
        const el = await card(html`<program-card lang="en"></program-card>`);
        el.program = 'higa';
        await el.updateComplete;
        expect(root(el).querySelector('.title')!.textContent).to.equal(program('higa').title.en);
      } finally {
        restore();
      }
    });

    it('shows the dataset error for a broken src (debug)', async () => {
      const { warnings, restore } = captureWarnings();
      let el: ProgramCard;
      try {
        el = await fixture<ProgramCard>(html`<program-card debug program="higa" lang="en" src="/test/fixtures/nope.json"></program-card>`);
        await waitUntil(() => root(el).querySelector('.state--error'));
      } finally {
        restore();
      }
      expect(text(el)).to.contain('HTTP 404');
      expect(warnings.filter((w) => w.startsWith('<program-card>'))).to.have.length(1);
    });
  });

  describe('one source of truth for figures', () => {
    it('shows the value of the metric its figure names (hospitals 28 → C40 28), and says so once', async () => {
      const raw = structuredClone(data) as unknown as { metrics: { id: string; value: number }[] };
      raw.metrics.find((m) => m.id === 'hospitals')!.value = 28;
      const url = URL.createObjectURL(new Blob([JSON.stringify(raw)], { type: 'application/json' }));
      const { warnings, restore } = captureWarnings();
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <program-card program="c40-hospitals" lang="en" src=${url}></program-card>
          <program-card program="c40-hospitals" lang="id" variant="compact" src=${url}></program-card>
          <program-card program="jeju" lang="en" src=${url}></program-card>
        </div>`);
        const [en, id, jeju] = wrap.querySelectorAll('program-card');
        for (const el of [en!, id!, jeju!]) await waitUntil(() => el.shadowRoot!.querySelector('.card'), 'never loaded', { timeout: 3000 });
        for (const el of [en!, id!]) expect(el.shadowRoot!.querySelector('.figure__value')!.textContent).to.equal('28');
        // An event's card keeps its own figure: Jeju's 23 is the count when it joined.
        expect(jeju!.shadowRoot!.querySelector('.figure__value')!.textContent).to.equal('23');
      } finally {
        restore();
        URL.revokeObjectURL(url);
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<program-card>: data file blob:').and.contain(
        'keyFigure.value: value 27 disagrees with metric "hospitals" (28)',
      );
      expect(warnings[0]).to.match(/programme #\d+ \(c40-hospitals\)/);
    });
  });

  describe('the injection dataset', () => {
    const SRC = '/test/fixtures/injection.json';

    for (const lang of LANGS) {
      it(`shows every payload as text and executes nothing (${lang})`, async () => {
        delete window.__pwned;
        const raw = await (await fetch(SRC)).json();
        const p = raw.programs[0];
        const { restore } = captureWarnings();
        let el: ProgramCard;
        try {
          el = await fixture<ProgramCard>(html`<program-card program=${p.id} lang=${lang} src=${SRC}></program-card>`);
          await waitUntil(() => root(el).querySelector('.card'), 'never rendered', { timeout: 3000 });
          root(el).querySelector('details')?.setAttribute('open', '');
        } finally {
          restore();
        }
        const shown = root(el).textContent!;
        const partners = raw.partners.filter((x: { id: string }) => p.partners.includes(x.id));
        const texts: string[] = [
          p.title[lang],
          p.summary[lang],
          p.keyFigure.label[lang],
          ...p.counterparts.map((t: Record<Lang, string>) => t[lang]),
          ...partners.flatMap((x: any) => [x.name[lang], x.country.name[lang]]),
          ...raw.sources.flatMap((x: Source) => [x.title, publisherOf(x, lang)]),
          ...raw.notes.filter((n: any) => n.id !== 'xss-note-partner').map((n: any) => n.text[lang]),
        ];
        expect(texts.length).to.be.greaterThan(20);
        for (const t of texts) expect(shown, t).to.contain(t);

        await aTimeout(50);
        expect(window.__pwned).to.equal(undefined);
        expect(root(el).querySelectorAll('img, script, iframe, style, math, body')).to.have.length(0);
        expect([...root(el).querySelectorAll('svg')].every((svg) => svg.classList.contains('icon'))).to.equal(true);
        expect(root(el).querySelectorAll('[onload], [onerror], [onmouseover], [ontoggle], [style]')).to.have.length(0);
        expect(root(el).querySelectorAll('details')).to.have.length(0); // full variant: no disclosure, and none from data
        const links = [...root(el).querySelectorAll('a')];
        expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/ok']);
        // The six sources without an allowed link are listed by title, unlinked.
        expect(root(el).querySelectorAll('[part~="source"] .source__title')).to.have.length(6);
      });
    }

    it('is also safe in the compact variant', async () => {
      delete window.__pwned;
      const { restore } = captureWarnings();
      let el: ProgramCard;
      try {
        el = await fixture<ProgramCard>(html`<program-card program="xss-program" variant="compact" src=${SRC}></program-card>`);
        await waitUntil(() => root(el).querySelector('.card'), 'never rendered', { timeout: 3000 });
      } finally {
        restore();
      }
      root(el).querySelector('details')!.open = true;
      await aTimeout(50);
      expect(window.__pwned).to.equal(undefined);
      expect(root(el).querySelectorAll('details')).to.have.length(1);
      expect([...root(el).querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.org/ok']);
    });
  });

  describe('embedding', () => {
    it('draws sector icons inline: decorative SVG, no image request, no style attributes', async () => {
      const sectors = new Set(data.programs.map((p) => p.sector));
      expect(sectors.size).to.equal(6);
      for (const p of data.programs) {
        const el = await card(html`<program-card program=${p.id}></program-card>`);
        const icon = root(el).querySelector('[part~="sector"] svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getAttribute('stroke')).to.equal('currentColor');
        expect(icon.querySelector('path, circle')).not.to.equal(null);
        expect(root(el).querySelectorAll('img, [style], style')).to.have.length(0);
      }
    });

    it('hides its fallback content once rendered', async () => {
      const el = await card(
        html`<program-card program="c40-hospitals"><a href="https://example.org/c40">Program rumah sakit hijau</a></program-card>`,
      );
      expect(root(el).querySelector('slot')).to.equal(null);
      expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    });

    it('exposes the parts card, title, figure and source', async () => {
      const el = await card(html`<program-card program="higa"></program-card>`);
      for (const part of ['card', 'sector', 'title', 'figure', 'summary', 'note', 'source', 'source-link']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of LANGS) {
        it(`has no violations: ${theme}, ${lang}, full and compact`, async () => {
          const wrap = await fixture<HTMLElement>(html`<div>
            ${IDS.map((id) => html`<program-card program=${id} lang=${lang} theme=${theme}></program-card>`)}
            <program-card program="c40-hospitals" variant="compact" lang=${lang} theme=${theme}></program-card>
          </div>`);
          for (const el of wrap.querySelectorAll('program-card')) await el.updateComplete;
          const details = wrap.querySelector('program-card[variant="compact"]')!.shadowRoot!.querySelector('details')!;
          expect(await axeViolations(wrap)).to.deep.equal([]);
          details.open = true;
          expect(await axeViolations(wrap)).to.deep.equal([]);
        });
      }

      it(`has no violations in the error state (${theme})`, async () => {
        const { restore } = captureWarnings();
        try {
          const el = await card(html`<program-card debug program="nope" theme=${theme}></program-card>`);
          expect(await axeViolations(el)).to.deep.equal([]);
          const quiet = await card(html`<program-card program="nope" theme=${theme}><a href="/program">Program</a></program-card>`);
          expect(root(quiet).querySelector('.state--fallback slot')).not.to.equal(null);
          expect(await axeViolations(quiet)).to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  });
});
