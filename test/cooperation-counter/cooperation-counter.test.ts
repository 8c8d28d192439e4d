import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { bundledDataset, clearDatasetCache } from '../../src/core/dataset.js';
import { formatDate } from '../../src/core/i18n.js';
import type { Lang } from '../../src/core/types.js';
import { publisherOf } from '../../src/core/source-link.js';
import { sourcesOf } from '../../src/core/lookups.js';
import type { CooperationCounter } from '../../src/cooperation-counter/cooperation-counter.js';
import {
  countUp,
  decimalsOf,
  DEFAULT_DURATION,
  easeOutCubic,
  FALLBACK_SLACK,
  progressAt,
  valueAt,
  type Clock,
} from '../../src/cooperation-counter/count-up.js';
import { axeViolations, captureWarnings, normalizeSpaces, textNotMarked } from '../support/helpers.js';

// The element is registered by the first test, after it has checked the
// fallback content of an element that is not upgraded yet.
const define = () => import('../../src/cooperation-counter/define.js');

const MINI = '/test/fixtures/mini.json';
const EXTRA = '/test/fixtures/cooperation-counter-extra.json';
/** A figure of 12.500.000.000 (agreements) and one of 102 (small). */
const WIDE = '/test/fixtures/counter-wide.json';
const NAN = '/test/fixtures/cooperation-counter-nan.json';
const METRIC_IDS = [
  'agreements',
  'sister-cities',
  'partner-countries',
  'institutions',
  'regions',
  'hospitals',
  'asn-new-york',
  'asn-rotterdam',
  'higa-students',
];

/** The number as this browser's Intl writes it, spaces normalized. */
const intl = (value: number, lang: Lang, options: Intl.NumberFormatOptions = {}) =>
  normalizeSpaces(new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en', options).format(value));

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => normalizeSpaces(node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The digits on screen now (the counting copy). */
const shown = (el: Element) => text($(el, '.value__now'));
const digits = (s: string) => Number(s.replace(/\D/g, ''));
const ready = (el: Element) => waitUntil(() => $(el, '.counter'), 'the figure never rendered', { timeout: 3000 });
/** Until the sources disclosure has its content (rendered after the frame that shows the figure). */
const filled = (el: Element) => waitUntil(() => $(el, 'details[part="source"] ul'), 'the sources were never rendered', { timeout: 3000 });
const errorShown = (el: Element) =>
  waitUntil(() => $(el, '.state--error, .state--fallback'), 'no error state', { timeout: 3000 });
const ourWarnings = (warnings: string[]) => warnings.filter((w) => w.startsWith('<cooperation-counter>'));

function size(el: Element) {
  const host = el.getBoundingClientRect();
  const value = $(el, '.value')?.getBoundingClientRect();
  return { width: host.width, height: host.height, valueWidth: value?.width, valueHeight: value?.height };
}

/** The text assistive technology gets from the figure: everything but aria-hidden parts. */
function spokenFigure(el: Element): string {
  const copy = $(el, '.figure')!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
}

describe('<cooperation-counter> before the script runs', () => {
  it('shows the embedder’s fallback text, which gives way to the figure on upgrade', async () => {
    expect(customElements.get('cooperation-counter')).to.equal(undefined);
    const el = await fixture<HTMLElement>(html`<cooperation-counter lang="id" animation="none">102 kerja sama</cooperation-counter>`);
    const fallback = el.firstChild as Text;
    const rendered = () => {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      return range.getClientRects().length > 0;
    };
    expect(el.shadowRoot).to.equal(null);
    expect(rendered()).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);

    await define();
    await ready(el);
    expect(rendered()).to.equal(false);
    expect(el.textContent).to.equal('102 kerja sama'); // left in place, not in the rendered tree
    expect(shown(el)).to.equal(intl(102, 'id'));
  });
});

describe('<cooperation-counter>', () => {
  before(define);
  beforeEach(() => clearDatasetCache());

  describe('figures', () => {
    it('shows every metric of the dataset with its value and label, in both languages', async () => {
      const data = bundledDataset();
      expect(data.metrics.map((m) => m.id)).to.have.members(METRIC_IDS);
      for (const lang of ['id', 'en'] as const) {
        for (const m of data.metrics) {
          const el = await fixture<CooperationCounter>(
            html`<cooperation-counter lang=${lang} metric=${m.id} animation="none"></cooperation-counter>`,
          );
          await ready(el);
          const expected = intl(m.value, lang);
          expect(shown(el), `${m.id} ${lang}`).to.equal(expected);
          expect(text($(el, '.value__final'))).to.equal(expected);
          expect(text($(el, '[part="label"]'))).to.equal(m.label[lang]);
        }
      }
    });

    it('takes a label or caption of only spaces (a CMS field left blank with a space) as none: the figure keeps its own label', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="id" animation="none" label="   " caption=" "></cooperation-counter>`);
      await ready(el);
      expect(text($(el, '.label'))).to.equal(bundledDataset().metrics.find((m) => m.id === 'agreements')!.label.id);
      // No empty line under the label: the same height as with no caption at all.
      expect($(el, '[part="caption"]') === null, 'a blank caption line is drawn').to.equal(true);
    });

    it('wraps a label with a word longer than a line (German compounds, an address) inside its box at 288 px', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 288px"><cooperation-counter lang="id" animation="none" label="Städtepartnerschaftsvereinbarungen"></cooperation-counter></div>`,
      );
      const el = wrap.querySelector('cooperation-counter')!;
      await ready(el);
      const label = $(el, '.label')!;
      expect(label.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      const text = document.createRange();
      text.selectNodeContents(label);
      expect(text.getClientRects().length, 'lines').to.be.at.least(2);
      expect(wrap.scrollWidth).to.equal(288);
    });

    it('stays inside a grid or flex column narrower than its longest word (a reader’s 32 px text in a phone’s sidebar)', async () => {
      // A grid item's and a flex item's minimum width is their content's by default: at 32 px, "sepanjang"
      // (36 px semibold) and the padding made the counter 274 px wide in a 240 px column, and the page
      // scrolled sideways.
      for (const display of ['grid', 'flex']) {
        const wrap = await fixture<HTMLElement>(html`<div style="display: ${display}; width: 240px; grid-template-columns: 1fr">
          <cooperation-counter lang="id" animation="none" style="--jgw-font-size: 32px; flex: 1"></cooperation-counter>
        </div>`);
        const el = wrap.querySelector('cooperation-counter')!;
        await ready(el);
        expect(el.getBoundingClientRect().width, display).to.equal(240);
        expect(wrap.scrollWidth, display).to.equal(240);
        expect($(el, '.label')!.getBoundingClientRect().right, display).to.be.at.most(el.getBoundingClientRect().right);
      }
    });

    it('keeps a value wider than the element (Rp 12.500.000.000 on a 320 px phone) inside its box, on one line where it fits', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 288px"><cooperation-counter lang="id" animation="none" src=${WIDE}></cooperation-counter></div>`,
      );
      const el = wrap.querySelector('cooperation-counter')!;
      await ready(el);
      expect(shown(el)).to.equal(intl(12500000000, 'id'));
      const box = el.getBoundingClientRect();
      for (const part of ['.value', '.value__final', '.value__now']) {
        const r = $(el, part)!.getBoundingClientRect();
        expect(r.right, part).to.be.at.most(box.right);
      }
      expect(wrap.scrollWidth).to.equal(288);
      // The usual figure stays on one line.
      const small = await fixture<CooperationCounter>(
        html`<cooperation-counter lang="id" animation="none" style="width: 288px" metric="small" src=${WIDE}></cooperation-counter>`,
      );
      await ready(small);
      const value = $(small, '.value__final')!;
      expect(value.getClientRects()).to.have.length(1);
      expect(value.getBoundingClientRect().height).to.be.lessThan(parseFloat(getComputedStyle(value).fontSize) * 1.5);
    });

    it('groups thousands as the language does (1.234 / 1,234) and follows a lang change', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="id" src=${MINI} animation="none"></cooperation-counter>`);
      await ready(el);
      expect(shown(el)).to.equal('1.234');
      expect(shown(el)).to.equal(intl(1234, 'id'));
      expect(text($(el, '[part="label"]'))).to.equal('kerja sama contoh');
      el.lang = 'en';
      await el.updateComplete;
      expect(shown(el)).to.equal('1,234');
      expect(shown(el)).to.equal(intl(1234, 'en'));
      expect(text($(el, '[part="label"]'))).to.equal('sample agreements');
    });

    it('marks its text with the language it is written in, where the page says another', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        // A page in Malay: the text is Indonesian (the default), and says so.
        const wrap = await fixture<HTMLElement>(html`<div lang="ms-x-counter"><cooperation-counter animation="none"></cooperation-counter></div>`);
        const el = wrap.querySelector<CooperationCounter>('cooperation-counter')!;
        await ready(el);
        expect($(el, '.counter')!.getAttribute('lang')).to.equal('id');
        expect(textNotMarked(el.shadowRoot!, 'id')).to.deep.equal([]);
        expect(warnings.join(' ')).to.contain('"ms-x-counter"');
        // The language set as a property only (as @lit/react does): no attribute on the host.
        el.lang = 'en';
        await el.updateComplete;
        expect(el.hasAttribute('lang')).to.equal(false);
        expect($(el, '.counter')!.getAttribute('lang')).to.equal('en');
        expect($(el, '.counter')!.matches(':lang(en)')).to.equal(true);
      } finally {
        restore();
      }
    });

    it('writes fractions and large values as Intl does', async () => {
      const { restore } = captureWarnings(); // the loader reports a dropped link in this fixture
      try {
        for (const lang of ['id', 'en'] as const) {
          const budget = await fixture<CooperationCounter>(
            html`<cooperation-counter lang=${lang} src=${EXTRA} metric="budget" animation="none"></cooperation-counter>`,
          );
          await ready(budget);
          expect(shown(budget)).to.equal(intl(2.75, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
          expect(shown(budget)).to.equal(lang === 'id' ? '2,75' : '2.75');
          const visitors = await fixture<CooperationCounter>(
            html`<cooperation-counter lang=${lang} src=${EXTRA} metric="visitors" animation="none"></cooperation-counter>`,
          );
          await ready(visitors);
          expect(shown(visitors)).to.equal(intl(1250000, lang));
        }
      } finally {
        restore();
      }
    });

    it('shows the headline figure (agreements) when metric is absent or empty', async () => {
      const absent = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" animation="none"></cooperation-counter>`);
      const empty = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="" animation="none"></cooperation-counter>`);
      for (const el of [absent, empty]) {
        await ready(el);
        expect(shown(el)).to.equal(intl(102, 'en'));
        expect(text($(el, '[part="label"]'))).to.equal('cooperation agreements in 2024');
      }
    });

    it('takes label and caption from attributes', async () => {
      const el = await fixture<CooperationCounter>(
        html`<cooperation-counter lang="id" metric="sister-cities" label="kota sahabat" caption="Data Biro KSD DKI Jakarta" animation="none"></cooperation-counter>`,
      );
      await ready(el);
      expect(text($(el, '[part="label"]'))).to.equal('kota sahabat');
      expect(text($(el, '[part="caption"]'))).to.equal('Data Biro KSD DKI Jakarta');
      const plain = await fixture<CooperationCounter>(html`<cooperation-counter animation="none"></cooperation-counter>`);
      await ready(plain);
      expect($(plain, '[part="caption"]')).to.equal(null);
    });

    it('exposes the parts and the documented custom properties', async () => {
      const el = await fixture<CooperationCounter>(
        html`<cooperation-counter
          lang="en"
          caption="c"
          animation="none"
          style="--jgw-counter-value-size: 80px; --jgw-counter-label-size: 20px; --jgw-accent: rgb(0, 90, 0); --jgw-font-family: Georgia, serif"
        ></cooperation-counter>`,
      );
      await ready(el);
      for (const part of ['value', 'label', 'caption', 'source']) expect($(el, `[part~="${part}"]`), part).not.to.equal(null);
      const value = getComputedStyle($(el, '[part="value"]')!);
      expect(value.fontSize).to.equal('80px');
      expect(value.color).to.equal('rgb(0, 90, 0)');
      expect(value.fontVariantNumeric).to.contain('tabular-nums');
      expect(getComputedStyle($(el, '[part="label"]')!).fontSize).to.equal('20px');
      expect(getComputedStyle($(el, '[part="label"]')!).fontFamily).to.equal('Georgia, serif');
    });

    it('follows prefers-color-scheme with theme="auto"', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter theme="auto" animation="none"></cooperation-counter>`);
      await ready(el);
      const accent = () => getComputedStyle($(el, '.value')!).color;
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(accent()).to.equal('rgb(255, 138, 128)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
      expect(accent()).to.equal('rgb(179, 38, 30)');
    });
  });

  describe('counting', () => {
    it('counts up once, when half visible, keeping its size, and ends exactly on the final value', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><div style="height: 150vh"></div><cooperation-counter lang="id" src=${MINI} duration="1500"></cooperation-counter><div style="height: 150vh"></div></div>`,
      );
      const el = wrap.querySelector('cooperation-counter')!;
      await ready(el);
      await nextFrame();
      await nextFrame();
      expect(shown(el), 'counted before it was visible').to.equal('0');
      const before = size(el);
      expect(spokenFigure(el)).to.equal(`${intl(1234, 'id')} kerja sama contoh`);

      el.scrollIntoView({ block: 'center' });
      await waitUntil(() => digits(shown(el)) > 0 && digits(shown(el)) < 1234, 'no intermediate frame', { interval: 5 });
      const during = size(el);
      expect(spokenFigure(el), 'screen readers get the final value while it counts').to.equal(
        `${intl(1234, 'id')} kerja sama contoh`,
      );

      await waitUntil(() => shown(el) === intl(1234, 'id'), 'never reached the final value', { timeout: 4000 });
      const after = size(el);
      expect(during).to.deep.equal(before);
      expect(after).to.deep.equal(before);

      // Once: scrolled away and back, it does not count again.
      window.scrollTo(0, 0);
      await nextFrame();
      el.scrollIntoView({ block: 'center' });
      await nextFrame();
      await nextFrame();
      expect(shown(el)).to.equal(intl(1234, 'id'));
    });

    it('seen before its figure is known and scrolled away, counts only once seen again', async () => {
      const { restore } = captureWarnings(); // the unknown metric's warning
      window.scrollTo(0, 0);
      try {
        const wrap = await fixture<HTMLElement>(
          html`<div><cooperation-counter lang="id" metric="no-such-figure" duration="1500"></cooperation-counter><div style="height: 300vh"></div></div>`,
        );
        const el = wrap.querySelector<CooperationCounter>('cooperation-counter')!;
        await errorShown(el);
        await nextFrame();
        await nextFrame(); // on screen, seen: the observer has reported it
        window.scrollTo(0, document.documentElement.scrollHeight);
        await nextFrame();
        await nextFrame();
        el.metric = 'agreements';
        await ready(el);
        await aTimeout(300);
        expect(shown(el), 'counted off screen').to.equal('0');
        el.scrollIntoView({ block: 'center' });
        await waitUntil(() => digits(shown(el)) > 0 && digits(shown(el)) < 102, 'no intermediate frame', { interval: 5 });
        await waitUntil(() => shown(el) === '102', 'never reached the final value', { timeout: 4000 });
      } finally {
        restore();
        window.scrollTo(0, 0);
      }
    });

    it('reaches the final value after a short duration', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="asn-rotterdam" duration="200"></cooperation-counter>`);
      await ready(el);
      await waitUntil(() => shown(el) === intl(100, 'en'), 'never reached 100', { timeout: 2000 });
    });

    it('shows the final value at once with prefers-reduced-motion: reduce', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="id" src=${MINI} duration="5000"></cooperation-counter>`);
        await ready(el);
        expect(shown(el)).to.equal(intl(1234, 'id'));
        await nextFrame();
        await nextFrame();
        expect(shown(el)).to.equal(intl(1234, 'id'));
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('jumps to the final value when reduced motion is turned on while counting', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" src=${MINI} duration="10000"></cooperation-counter>`);
      await ready(el);
      await waitUntil(() => digits(shown(el)) > 0, 'never started');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await waitUntil(() => shown(el) === intl(1234, 'en'), 'did not jump to the end', { timeout: 1000 });
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('shows the final value at once with animation="none"', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="hospitals" animation="none" duration="5000"></cooperation-counter>`);
      await ready(el);
      expect(shown(el)).to.equal(intl(27, 'en'));
    });

    it('renders a figure that does not count up once, not again when it comes into view', async () => {
      const el = document.createElement('cooperation-counter');
      el.setAttribute('lang', 'en');
      el.setAttribute('metric', 'hospitals');
      el.setAttribute('animation', 'none');
      const updates: string[][] = [];
      const host = el as unknown as { update(changed: Map<PropertyKey, unknown>): void };
      const update = host.update.bind(el);
      host.update = (changed) => {
        updates.push([...changed.keys()].map(String));
        update(changed);
      };
      document.body.append(el);
      try {
        await ready(el);
        // the IntersectionObserver's first report comes after a frame: give it time
        await nextFrame();
        await nextFrame();
        await new Promise((r) => setTimeout(r, 100));
        expect(shown(el)).to.equal(intl(27, 'en'));
        // the first render, then the filling of the closed sources disclosure (no property changed)
        expect(updates.length, JSON.stringify(updates)).to.equal(2);
        expect(updates[1]).to.deep.equal([]);
        expect($(el, 'details[part="source"] ul')).not.to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('shows the final value at once when the tab is hidden as it should start', async () => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" duration="5000"></cooperation-counter>`);
        await ready(el);
        await waitUntil(() => shown(el) === intl(102, 'en'), 'not final in a hidden tab', { timeout: 1000 });
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(document.visibilityState).to.equal('visible');
    });

    it('still lands on the final value when animation frames never come', async () => {
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="id" src=${MINI} duration="200"></cooperation-counter>`);
        await ready(el);
        await waitUntil(() => shown(el) === intl(1234, 'id'), 'stuck without frames', { timeout: 2000 });
      } finally {
        window.requestAnimationFrame = raf;
      }
    });

    it('ends a count cut short by removal on the final value', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" src=${MINI} duration="10000"></cooperation-counter>`);
      await ready(el);
      await waitUntil(() => digits(shown(el)) > 0, 'never started');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(shown(el)).to.equal(intl(1234, 'en'));
    });
  });

  describe('accessibility', () => {
    it('hides the digits from assistive technology and gives the final value and label as text, without a live region', async () => {
      for (const lang of ['id', 'en'] as const) {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang=${lang} metric="sister-cities"></cooperation-counter>`);
        await ready(el);
        expect($(el, '[part="value"]')!.getAttribute('aria-hidden')).to.equal('true');
        const label = bundledDataset().metrics.find((m) => m.id === 'sister-cities')!.label[lang];
        expect(spokenFigure(el)).to.equal(`${intl(23, lang)} ${label}`);
        expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"], [role="log"], output')).to.equal(null);
      }
    });

    it('lists the sources with links, dates and notes in a keyboard-operable disclosure', async () => {
      const data = bundledDataset();
      const metric = data.metrics.find((m) => m.id === 'sister-cities')!;
      for (const lang of ['id', 'en'] as const) {
        const wrap = await fixture<HTMLElement>(
          html`<div><button>before</button><cooperation-counter lang=${lang} metric="sister-cities" animation="none"></cooperation-counter></div>`,
        );
        const el = wrap.querySelector('cooperation-counter')!;
        await ready(el);
        const details = $<HTMLDetailsElement>(el, 'details[part="source"]')!;
        expect(details.open).to.equal(false);
        // Its sources disagree (three notes): the summary says so before it is opened.
        expect(text(details.querySelector('summary'))).to.equal(lang === 'id' ? 'Sumber dan catatan' : 'Sources and notes');

        wrap.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
        await sendKeys({ press: 'Enter' });
        expect(details.open).to.equal(true);

        const items = [...details.querySelectorAll('li')];
        // The figure's own sources, then those its notes cite (each once).
        const cited = [...new Set([...metric.sources, ...metric.notes!.flatMap((n) => data.notes.find((x) => x.id === n)!.sources)])];
        expect(cited.length).to.be.greaterThan(metric.sources.length);
        expect(items).to.have.length(cited.length);
        cited.forEach((id, i) => {
          const source = data.sources.find((s) => s.id === id)!;
          const link = items[i].querySelector('a')!;
          expect(link.getAttribute('href')).to.equal(source.url);
          expect(link.target).to.equal('_blank');
          expect(link.rel).to.equal('noopener noreferrer');
          expect(text(link)).to.equal(`${source.title} ${lang === 'id' ? '(membuka tab baru)' : '(opens in a new tab)'}`);
          expect(text(items[i])).to.contain(publisherOf(source, lang));
          if (source.date) expect(text(items[i])).to.contain(normalizeSpaces(formatDate(source.date, lang)));
        });
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(items[0].querySelector('a'));

        const notes = text(details.querySelector('.notes'));
        expect(notes).to.contain(lang === 'id' ? 'Catatan' : 'Notes');
        for (const id of metric.notes!) {
          const note = data.notes.find((n) => n.id === id)!.text[lang];
          expect(notes).to.contain(normalizeSpaces(note).replace(/\s+/g, ' ').trim());
        }
      }
    });

    it('traces a figure that only a note gives to its source, and names notes and the number of sources in the summary', async () => {
      // 27 hospitals; the note's 28 comes from C40 (S47) and the 2022 launch reports (S49).
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="hospitals" animation="none"></cooperation-counter>`);
      await ready(el);
      await filled(el);
      const details = $<HTMLDetailsElement>(el, 'details[part="source"]')!;
      expect(text(details.querySelector('summary'))).to.equal('Sources and note');
      const hrefs = [...details.querySelectorAll('li a')].map((a) => a.getAttribute('href'));
      const url = (id: string) => bundledDataset().sources.find((x) => x.id === id)!.url;
      expect(hrefs).to.deep.equal(['S2', 'S1', 'S47', 'S49'].map(url));
      for (const [metric, summary] of [['asn-new-york', 'Sources'], ['asn-rotterdam', 'Source']]) {
        const plain = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric=${metric} animation="none"></cooperation-counter>`);
        await ready(plain);
        expect(text($(plain, 'summary')), metric).to.equal(summary);
      }
      const id = await fixture<CooperationCounter>(html`<cooperation-counter lang="id" metric="hospitals" animation="none"></cooperation-counter>`);
      await ready(id);
      expect(text($(id, 'summary'))).to.equal('Sumber dan catatan');
    });

    it('renders the closed disclosure\'s sources after the frame that shows the figure, or at once when opened first', async () => {
      const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="sister-cities" animation="none"></cooperation-counter>`);
      await ready(el);
      await el.updateComplete;
      // the first render with data: the summary, not the list behind it
      const details = $<HTMLDetailsElement>(el, 'details[part="source"]')!;
      expect(text(details.querySelector('summary'))).to.equal('Sources and notes');
      expect(details.querySelector('ul, li, .notes')).to.equal(null);
      await filled(el);
      expect(details.open).to.equal(false);
      expect(details.querySelectorAll('li')).to.have.length(sourcesOf(bundledDataset().metrics.find((m) => m.id === 'sister-cities')!, bundledDataset()).length);

      // opened before that moment: a click on the summary renders the list
      const other = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="sister-cities" animation="none"></cooperation-counter>`);
      await ready(other);
      await other.updateComplete;
      const closed = $<HTMLDetailsElement>(other, 'details[part="source"]')!;
      expect(closed.querySelector('ul')).to.equal(null);
      closed.querySelector('summary')!.click();
      await other.updateComplete;
      expect(closed.open).to.equal(true);
      expect(closed.querySelectorAll('li')).to.have.length(details.querySelectorAll('li').length);
    });

    it('fills the closed disclosure in an idle moment after that frame, not in a task that would hold back the next frame', async () => {
      const idle: IdleRequestCallback[] = [];
      const timeouts: (number | undefined)[] = [];
      const original = window.requestIdleCallback;
      window.requestIdleCallback = (callback, options) => (timeouts.push(options?.timeout), idle.push(callback));
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="sister-cities" animation="none"></cooperation-counter>`);
        await ready(el);
        // two frames and a task later (the old schedule: a task right after the frame), still waiting for idle time
        await nextFrame();
        await nextFrame();
        await aTimeout(20);
        await el.updateComplete;
        expect(!!$(el, 'details[part="source"] ul'), 'filled before an idle moment').to.equal(false);
        expect(idle.length).to.be.greaterThan(0);
        // on a page never idle, at most half a second later (find-in-page reaches it)
        expect(timeouts.every((t) => t !== undefined && t <= 500), String(timeouts)).to.equal(true);
        for (const callback of idle) callback({ didTimeout: false, timeRemaining: () => 50 });
        await el.updateComplete;
        expect($(el, 'details[part="source"]')!.querySelectorAll('li').length).to.be.greaterThan(0);
      } finally {
        window.requestIdleCallback = original;
      }
    });

    it('shows a source without a usable link as plain text', async () => {
      const { restore } = captureWarnings(); // the loader reports the dropped link
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" src=${EXTRA} animation="none"></cooperation-counter>`);
        await ready(el);
        await filled(el);
        // A and C cited by the figure, then B, which only a note cites.
        const items = [...el.shadowRoot!.querySelectorAll('details li')];
        expect(items.map((li) => li.textContent!.includes('Second report'))).to.deep.equal([false, false, true]);
        expect(items[1].querySelector('a')).to.equal(null);
        expect(text(items[1])).to.equal('Third Press, Unlinked report');
        expect(text($(el, '.notes__title'))).to.equal('Notes');
        expect([...el.shadowRoot!.querySelectorAll('.notes p:not(.notes__title)')].map(text)).to.deep.equal([
          'Sources disagree.',
          'The figure is provisional.',
        ]);
      } finally {
        restore();
      }
    });

    const themes = ['light', 'dark'] as const;
    for (const theme of themes) {
      for (const lang of ['id', 'en'] as const) {
        it(`has no axe violations (${theme}, ${lang}, sources open)`, async () => {
          const el = await fixture<CooperationCounter>(
            html`<cooperation-counter theme=${theme} lang=${lang} caption="Keterangan" animation="none"></cooperation-counter>`,
          );
          await ready(el);
          await filled(el);
          $<HTMLDetailsElement>(el, 'details')!.open = true;
          expect(await axeViolations(el)).to.deep.equal([]);
        });
        it(`has no axe violations in the error state (${theme}, ${lang})`, async () => {
          const { restore } = captureWarnings();
          try {
            const el = await fixture<CooperationCounter>(html`<cooperation-counter debug theme=${theme} lang=${lang} metric="nope"></cooperation-counter>`);
            await errorShown(el);
            expect(await axeViolations(el)).to.deep.equal([]);
          } finally {
            restore();
          }
        });
      }
    }
  });

  describe('bad input', () => {
    it('an unknown metric: a localized message (debug) and one warning naming the valid ids', async () => {
      const { warnings, restore } = captureWarnings();
      let el: CooperationCounter;
      try {
        el = await fixture<CooperationCounter>(html`<cooperation-counter debug lang="id" metric="kota-kembar"></cooperation-counter>`);
        await errorShown(el);
        expect(text($(el, '.state'))).to.contain('Data tidak dapat ditampilkan').and.contain('“kota-kembar” tidak tersedia');
        el.lang = 'en';
        await el.updateComplete;
        expect(text($(el, '.state'))).to.contain('The data cannot be shown').and.contain('no figure with the id “kota-kembar”');
      } finally {
        restore();
      }
      const ours = ourWarnings(warnings);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('"kota-kembar"');
      for (const id of METRIC_IDS) expect(ours[0]).to.contain(id);
      expect(warnings).to.have.length(1);
    });

    it('a theme or an animation that is not one of the allowed values: the default, and one warning each', async () => {
      const { warnings, restore } = captureWarnings();
      let el: CooperationCounter;
      try {
        el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" theme="Dark" animation="off"></cooperation-counter>`);
        await ready(el);
        el.metric = 'sister-cities'; // another render: no second warning
        await el.updateComplete;
        // Written empty, as a CMS writes an option left blank: the default, quietly.
        el.setAttribute('theme', '');
        el.setAttribute('animation', '');
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(ourWarnings(warnings)).to.deep.equal([
        '<cooperation-counter>: theme "Dark" is not one of light, dark, auto; using light.',
        '<cooperation-counter>: animation "off" is not one of count, none; using count.',
      ]);
      expect(getComputedStyle($(el!, '.value')!).color, 'the light theme’s accent').to.equal('rgb(179, 38, 30)');
    });

    it('a metric whose value is not a number: a localized message (debug) and one warning, the loader’s', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter debug lang="en" src=${NAN}></cooperation-counter>`);
        await errorShown(el);
        expect(text($(el, '.state'))).to.contain('The data cannot be shown').and.contain('“agreements” in the data is not a number');
        // The cause, as the file's warning words it.
        expect(text($(el, '.state__detail'))).to.equal(
          'metric #1 (agreements), value: must be a number (found "1234"); counters of this metric show the text inside their tag',
        );
      } finally {
        restore();
      }
      const ours = ourWarnings(warnings);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('cooperation-counter-nan.json').and.contain(
        'metric #1 (agreements), value: must be a number (found "1234"); counters of this metric show the text inside their tag',
      );
    });

    it('readers see the fallback content inside the tag, or a neutral line, and no error box', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const wrap = await fixture<HTMLElement>(html`<div>
          <cooperation-counter lang="en" src="/test/fixtures/nope-fallback.json"
            >102 agreements in 2024 — Sources: <a href="/a">Pos Berita Kota</a>, <a href="/b">VOI</a></cooperation-counter
          >
          <cooperation-counter lang="id" src="/test/fixtures/nope-fallback.json">
          </cooperation-counter>
        </div>`);
        const [withText, empty] = [...wrap.querySelectorAll('cooperation-counter')];
        await errorShown(withText);
        await errorShown(empty);
        for (const el of [withText, empty]) {
          expect($(el, '.state--error')).to.equal(null);
          expect(el.matches(':state(error)')).to.equal(true);
        }
        const slot = $<HTMLSlotElement>(withText, '.state--fallback slot')!;
        expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Pos Berita Kota', 'VOI']);
        // The author's text flows as written: its words, links and commas on one line, none a block of its own.
        const words = document.createRange();
        words.selectNodeContents(withText.firstChild!);
        const tops = [words.getClientRects()[0], ...slot.assignedElements().map((e) => e.getClientRects()[0])].map((r) => r.top);
        expect(tops.every((top) => Math.abs(top - tops[0]) < 1), `one line, tops ${tops.join(', ')}`).to.equal(true);
        expect(slot.assignedElements()[0].getBoundingClientRect().height).to.be.greaterThan(0);
        expect($(empty, '.state--fallback slot')).to.equal(null);
        expect(text($(empty, '.state--fallback'))).to.equal('Data ini belum dapat ditampilkan.');
        // The page can ask for the error box: ?jgw-debug in its URL.
        const before = location.href;
        history.replaceState(null, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}jgw-debug`);
        try {
          empty.lang = 'en';
          await (empty as CooperationCounter).updateComplete;
          expect(text($(empty, '.state--error'))).to.contain('The data cannot be shown').and.contain('HTTP 404');
        } finally {
          history.replaceState(null, '', before);
        }
      } finally {
        restore();
      }
      // One warning for the URL, naming the tag once although two elements use it.
      const ours = ourWarnings(warnings);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.match(/^<cooperation-counter>: data file \S+nope-fallback\.json: cannot be used: .*HTTP 404/);
    });

    it('a broken src: a localized message (debug) and one warning', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter debug lang="id" src="/test/fixtures/nope-counter.json"></cooperation-counter>`);
        await errorShown(el);
        expect(text($(el, '.state'))).to.contain('Data tidak dapat ditampilkan').and.contain('HTTP 404');
      } finally {
        restore();
      }
      const ours = ourWarnings(warnings);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('nope-counter.json').and.contain('404');
    });

    it('a non-numeric duration falls back to the default', async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" src=${MINI} duration="fast"></cooperation-counter>`);
        await ready(el);
        expect(el.effectiveDuration).to.equal(DEFAULT_DURATION);
        await waitUntil(() => digits(shown(el)) > 0, 'never started');
        const started = performance.now();
        expect(shown(el), 'ended at once, as with no duration').not.to.equal(intl(1234, 'en'));
        await waitUntil(() => shown(el) === intl(1234, 'en'), 'never ended', { timeout: 3000 });
        expect(performance.now() - started).to.be.greaterThan(DEFAULT_DURATION / 2);
      } finally {
        restore();
      }
      const ours = ourWarnings(warnings);
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('duration "fast"');
    });

    it('keeps its size from loading to ready, and in the error state', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 480px"><cooperation-counter lang="id" src="/__slow?ms=500"></cooperation-counter></div>`,
      );
      const el = wrap.querySelector('cooperation-counter')!;
      expect($(el, '.state--loading')).not.to.equal(null);
      const loading = el.getBoundingClientRect().height;
      expect(loading).to.be.greaterThan(100);
      await waitUntil(() => $(el, '.counter'), 'never became ready', { timeout: 3000 });
      expect(el.getBoundingClientRect().height).to.equal(loading);

      const { restore } = captureWarnings();
      try {
        el.setAttribute('metric', 'unknown');
        await errorShown(el);
        expect(el.getBoundingClientRect().height).to.equal(loading);
      } finally {
        restore();
      }
    });
  });
});

describe('count-up timing', () => {
  /** A clock whose time, frames and timers the test drives. */
  function fakeClock(options: { frames?: boolean } = {}) {
    let time = 0;
    let frame: (() => void) | undefined;
    const timers: { at: number; run: () => void; id: number }[] = [];
    let ids = 0;
    const clock: Clock = {
      now: () => time,
      requestFrame: (cb) => {
        if (options.frames !== false) frame = cb;
        return ++ids;
      },
      cancelFrame: () => (frame = undefined),
      setTimer: (cb, ms) => {
        timers.push({ at: time + ms, run: cb, id: ++ids });
        return ids;
      },
      clearTimer: (id) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
    };
    const advance = (ms: number) => {
      time += ms;
      const f = frame;
      frame = undefined;
      f?.();
      for (const t of timers.filter((t) => t.at <= time)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    };
    return { clock, advance };
  }

  it('eases out from 0 to exactly 1', () => {
    expect(easeOutCubic(0)).to.equal(0);
    expect(easeOutCubic(1)).to.equal(1);
    expect(easeOutCubic(0.5)).to.be.greaterThan(0.5);
    expect(progressAt(1200, 1200)).to.equal(1);
    expect(progressAt(5000, 1200)).to.equal(1);
    expect(progressAt(100, 0)).to.equal(1);
    expect(progressAt(0, Number.NaN)).to.equal(1);
  });

  it('rounds to the final value’s precision and reaches it only at the end', () => {
    expect(decimalsOf(102)).to.equal(0);
    expect(decimalsOf(2.75)).to.equal(2);
    expect(decimalsOf(0.1)).to.equal(1);
    for (const final of [4, 102, 1234, 2.75, -8]) {
      expect(valueAt(final, 1)).to.equal(final);
      expect(valueAt(final, 0)).to.equal(0);
      for (let p = 0.01; p < 1; p += 0.01) {
        const v = valueAt(final, p);
        expect(v, `${final} at ${p}`).not.to.equal(final);
        expect(Math.abs(v)).to.be.at.most(Math.abs(final));
      }
    }
  });

  it('calls frames with rising progress and ends on exactly 1, once', () => {
    const { clock, advance } = fakeClock();
    const seen: number[] = [];
    countUp(1200, (p) => seen.push(p), clock);
    for (let t = 0; t < 1400; t += 16) advance(16);
    expect(seen[0]).to.equal(0);
    expect(seen.at(-1)).to.equal(1);
    expect(seen.filter((p) => p === 1)).to.have.length(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).to.be.at.least(seen[i - 1]);
    expect(seen.length).to.be.within(60, 90);
  });

  it('ends on 1 by timer when frames never come', () => {
    const { clock, advance } = fakeClock({ frames: false });
    const seen: number[] = [];
    countUp(1200, (p) => seen.push(p), clock);
    advance(1200 + FALLBACK_SLACK - 1);
    expect(seen).to.deep.equal([0]);
    advance(1);
    expect(seen).to.deep.equal([0, 1]);
  });

  it('ends at once with no duration, and stops without a final call when cancelled', () => {
    const seen: number[] = [];
    countUp(0, (p) => seen.push(p));
    expect(seen).to.deep.equal([1]);
    const { clock, advance } = fakeClock();
    const later: number[] = [];
    const stop = countUp(1200, (p) => later.push(p), clock);
    advance(16);
    stop();
    advance(2000);
    expect(later.at(-1)).to.be.below(1);
  });
});
