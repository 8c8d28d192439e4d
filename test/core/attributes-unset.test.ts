import { expect, fixture, html } from '@open-wc/testing';
import '../../src/cooperation-counter/define.js';
import '../../src/program-card/define.js';
import '../../src/sister-city-list/define.js';
import '../../src/sister-city-map/define.js';
import { clearDatasetCache } from '../../src/core/dataset.js';
import type { WidgetElement } from '../../src/core/widget-element.js';
import { captureWarnings } from '../support/helpers.js';

/**
 * An attribute removed after the first render (Lit then sets its property
 * to `null`) or written empty, as a CMS writes an option left blank, means
 * "not set": the element takes the default quietly. Before, each such
 * change logged a warning about the value "null".
 */
const CASES: Array<[tag: string, attributes: Record<string, string>]> = [
  ['sister-city-list', { region: 'europe', sort: 'year', order: 'desc' }],
  ['sister-city-map', { region: 'asia', 'heading-level': '4' }],
  ['program-card', { variant: 'compact', 'heading-level': '2' }],
  ['cooperation-counter', { duration: '300' }],
];

async function widget(tag: string, attributes: Record<string, string>): Promise<WidgetElement> {
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as WidgetElement;
  el.setAttribute('lang', 'en');
  if (tag === 'program-card') el.setAttribute('program', 'c40-hospitals');
  // the map stays undrawn (lazy, far below): only its attributes are under test
  if (tag === 'sister-city-map') el.setAttribute('style', 'display:block;margin-top:400vh');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** The warnings our elements logged (the captured list holds the page's other ones too). */
const ours = (warnings: string[]) => warnings.filter((w) => /^<(sister-city|program-card|cooperation-counter)/.test(w));

describe('attributes removed or left empty', () => {
  beforeEach(() => clearDatasetCache());

  for (const [tag, attributes] of CASES) {
    it(`<${tag}>: removing ${Object.keys(attributes).join(', ')} restores the defaults with no warning`, async () => {
      const { warnings, restore } = captureWarnings();
      let el: WidgetElement;
      try {
        el = await widget(tag, attributes);
        for (const name of Object.keys(attributes)) el.removeAttribute(name);
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(ours(warnings)).to.deep.equal([]);
      const root = el.shadowRoot!;
      if (tag === 'sister-city-list') {
        expect(root.querySelectorAll('tbody tr[part="row"]')).to.have.length(23); // every region
        const names = [...root.querySelectorAll('tbody tr[part="row"] th')].map((th) => th.textContent!.trim());
        expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en'))); // by name, ascending
      }
      if (tag === 'program-card') {
        expect(root.querySelector('[part="title"]')!.localName).to.equal('h3');
        expect(el.getAttribute('variant')).to.equal(null);
        expect(root.querySelector('[part="summary"]')).to.not.equal(null); // the full card
      }
      if (tag === 'sister-city-map') expect(root.querySelector('h2')).to.not.equal(null);
      if (tag === 'cooperation-counter') expect((el as unknown as { effectiveDuration: number }).effectiveDuration).to.equal(1200);
    });

    it(`<${tag}>: ${Object.keys(attributes).join(', ')} written empty take the defaults with no warning`, async () => {
      const { warnings, restore } = captureWarnings();
      try {
        const empty = Object.fromEntries(Object.keys(attributes).filter((n) => n !== 'heading-level').map((n) => [n, '']));
        await widget(tag, empty);
      } finally {
        restore();
      }
      expect(ours(warnings)).to.deep.equal([]);
    });
  }

  it('a value that says something wrong still gets its one warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      await widget('sister-city-list', { region: 'mars', sort: 'size' });
      await widget('program-card', { variant: 'wide' });
    } finally {
      restore();
    }
    const got = ours(warnings);
    expect(got).to.have.length(3);
    expect(got[0]).to.contain('unknown region "mars"');
    expect(got[1]).to.contain('unknown sort "size"');
    expect(got[2]).to.contain('variant "wide"');
  });
});
