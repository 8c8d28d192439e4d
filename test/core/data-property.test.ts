import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/core/dataset.js';
import type { Dataset } from '../../src/core/types.js';
import '../../src/cooperation-counter/define.js';
import '../../src/program-card/define.js';
import '../../src/sister-city-list/define.js';
import type { CooperationCounter } from '../../src/cooperation-counter/cooperation-counter.js';
import type { SisterCityList } from '../../src/sister-city-list/sister-city-list.js';
import mini from '../fixtures/mini.json';
import { captureWarnings, normalizeSpaces, shadowText } from '../support/helpers.js';

const dataset = (): Dataset => structuredClone(mini) as unknown as Dataset;
const ready = (el: Element): boolean => el.matches(':state(ready)');
/** The warning about an object comes a task after the elements given it (it names them all). */
const aTask = (): Promise<void> => new Promise((r) => setTimeout(r));
/** Waits for `test`, naming what the element shows when it does not come. */
const until = (el: Element, test: () => boolean, what: string): Promise<void> =>
  waitUntil(test, '', { timeout: 5000 }).catch(() => {
    throw new Error(`${what}; the element shows: ${shadowText(el)}`);
  });

describe('el.data: a dataset object instead of src', () => {
  beforeEach(() => clearDatasetCache());

  it('renders the object, takes precedence over src, and follows a new object', async () => {
    // src names a missing file: were it fetched, the element would show an error.
    const el = await fixture<CooperationCounter>(
      html`<cooperation-counter lang="en" metric="agreements" animation="none" src="/test/fixtures/missing.json" .data=${dataset()}></cooperation-counter>`,
    );
    await until(el, () => ready(el) && normalizeSpaces(shadowText(el)).includes('1,234'), 'data object not rendered');
    const next = dataset();
    next.metrics[0].value = 24;
    el.data = next;
    await until(el, () => ready(el) && shadowText(el).startsWith('242424 '), 'new object not rendered');
    expect(next.metrics[0].value).to.equal(24); // the object itself is not changed
  });

  it('unset, the element goes back to src (the bundled data when empty)', async () => {
    const el = await fixture<CooperationCounter>(html`<cooperation-counter lang="en" metric="hospitals" animation="none"></cooperation-counter>`);
    const d = dataset();
    d.metrics[0].id = 'hospitals';
    d.metrics[0].value = 5;
    el.data = d;
    await until(el, () => ready(el) && shadowText(el).startsWith('555 '), 'object not rendered');
    el.data = undefined;
    await until(el, () => ready(el) && shadowText(el).startsWith('272727 '), 'bundled data not back');
  });

  it('is validated as a src file is: a file that cannot be used gives one warning naming the element and the field, and (with debug) an error in the box', async () => {
    const { warnings, restore } = captureWarnings();
    let el: SisterCityList;
    try {
      el = await fixture<SisterCityList>(html`<sister-city-list lang="en" debug></sister-city-list>`);
      const bad = dataset() as unknown as Record<string, any>;
      bad.partners = 'none';
      el.data = bad as Dataset;
      await until(el, () => el.matches(':state(error)'), 'no error state');
      await aTask();
    } finally {
      restore();
    }
    expect(shadowText(el)).to.contain('partners');
    const ours = warnings.filter((w) => w.startsWith('<sister-city-list>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/^<sister-city-list>: dataset object could not be used: .*partners/);
  });

  it('a value that is not an object (a string) gives one warning for all the elements given it, and (with debug) says the data is invalid', async () => {
    const { warnings, restore } = captureWarnings();
    let els: SisterCityList[];
    try {
      const wrap = await fixture<HTMLElement>(html`<div><sister-city-list lang="en" debug></sister-city-list><sister-city-list lang="en"></sister-city-list></div>`);
      els = [...wrap.querySelectorAll<SisterCityList>('sister-city-list')];
      for (const el of els) el.data = 'not a dataset' as unknown as Dataset;
      await until(els[1], () => els.every((el) => el.matches(':state(error)')), 'no error state');
      await aTask();
    } finally {
      restore();
    }
    const ours = warnings.filter((w) => w.startsWith('<sister-city-list>'));
    expect(ours).to.deep.equal(['<sister-city-list>: dataset object could not be used: the data must be an object { … }']);
    expect(shadowText(els[0])).to.contain('does not match the format: it is not an object { … }.').and.not.contain('(root)').and.not.contain('weak map').and.not.contain('connection');
  });

  it('is validated as a src file is: an invalid partner is skipped, the others are listed', async () => {
    const el = await fixture<SisterCityList>(html`<sister-city-list lang="en"></sister-city-list>`);
    const bad = dataset() as unknown as Record<string, any>;
    bad.partners[1].name.en = '';
    el.data = bad as Dataset;
    await until(el, () => ready(el) && shadowText(el).includes('Lima'), 'the valid partner is not listed');
    expect(shadowText(el)).not.to.contain('Oslo');
  });

  it('one object shared by several elements is validated once: one warning, naming every kind of element given it and the item; a kind given it later, its own', async () => {
    const { warnings, restore } = captureWarnings();
    let wrap: HTMLElement;
    try {
      const bad = dataset() as unknown as Record<string, any>;
      bad.partners[1].name.en = '';
      wrap = await fixture<HTMLElement>(html`<div>
        <sister-city-list lang="en"></sister-city-list><cooperation-counter animation="none"></cooperation-counter
        ><sister-city-list lang="id"></sister-city-list>
      </div>`);
      const [a, b] = wrap.querySelectorAll<SisterCityList>('sister-city-list');
      const counter = wrap.querySelector('cooperation-counter')!;
      for (const el of [a, counter, b]) (el as SisterCityList).data = bad as Dataset;
      // (Both were ready with the bundled data before: wait for the object's partners in both.)
      await until(a, () => [a, b].every((el) => ready(el) && shadowText(el).includes('Lima')), 'not both showing the object');
      await aTask();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<cooperation-counter>, <sister-city-list>: dataset object: 1 problem/);
      expect(warnings[0]).to.contain('2 (oslo)');

      // Another list later: named already. A card later: a warning of its own.
      const later = document.createElement('sister-city-list');
      const card = document.createElement('program-card');
      card.setAttribute('program', 'sample-program');
      wrap.append(later, card);
      for (const el of [later, card]) (el as SisterCityList).data = bad as Dataset;
      await until(later, () => ready(later) && ready(card), 'the later elements are not ready');
      await aTask();
    } finally {
      restore();
    }
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.match(/^<program-card>: dataset object: 1 problem/);
  });

  it('a list given the object lists its partners', async () => {
    const el = await fixture<SisterCityList>(html`<sister-city-list lang="en"></sister-city-list>`);
    el.data = dataset();
    await until(el, () => ready(el) && shadowText(el).includes('Oslo'), 'partners not listed');
    expect(shadowText(el)).to.contain('Lima');
    expect(shadowText(el)).not.to.contain('Seoul');
  });
});
