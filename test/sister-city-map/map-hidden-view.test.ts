// The map hidden behind its table view: a view asked for meanwhile, and the map failing meanwhile.
// In a page of its own: showing the table view registers <sister-city-list>, which other map tests
// must not find registered.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mapStrings } from '../../src/sister-city-map/sister-city-map.strings.js';
import { captureWarnings } from '../support/helpers.js';
import { centerOf, container, expectSame, frames, markers, readyMap, root, stage, type SisterCityMap } from './map-helpers.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Every marker's centre, in whole pixels from the map box's top left. */
const view = (el: Element) =>
  Object.fromEntries(
    markers(el).map((m) => {
      const c = centerOf(m);
      const box = container(el).getBoundingClientRect();
      return [m.dataset.id!, [Math.round(c.x - box.left), Math.round(c.y - box.top)]];
    }),
  );
const toggle = async (el: SisterCityMap) => {
  root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await el.updateComplete;
};

describe('<sister-city-map> region changed in the table view', () => {
  it('shows the region framed as a map drawn with it would be, once the map is shown again', async () => {
    const reference = await readyMap(html`<sister-city-map loading="eager" lang="en" region="europe" style="width: 700px"></sister-city-map>`);
    await wait(400);
    const framed = view(reference);
    reference.remove();

    const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: 700px"></sister-city-map>`);
    await wait(400);
    await toggle(el);
    expect(stage(el).hidden, 'the table view is shown').to.equal(true);
    el.region = 'europe';
    await el.updateComplete;
    await wait(400);
    await toggle(el);
    expect(stage(el).hidden).to.equal(false);
    await frames(2);
    await wait(400);
    expect(Object.keys(view(el)), 'the partners of Europe').to.deep.equal(Object.keys(framed));
    expect(view(el)).to.deep.equal(framed);
  });
});

describe('<sister-city-map> failing while the reader is in its table view', () => {
  it('keeps the reader’s table (its element, focus and sort) and says the map failed above it; Reload shows the map', async () => {
    // Far below the screen: the map is not loading when it is made to fail.
    const wrap = await fixture<HTMLElement>(html`<div>
      <div style="height: 4000px"></div>
      <sister-city-map lang="en"></sister-city-map>
    </div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await waitUntil(() => root(el).querySelector('[part="toggle"]'), 'data not ready');
    await toggle(el);
    const list = root(el).querySelector('sister-city-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'table not rendered');
    // The reader sorts by a column and keeps focus on its button.
    const sort = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')[1];
    sort.focus();
    sort.click();
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const sorted = sort.closest('th')!.getAttribute('aria-sort');
    expect(sorted).to.not.equal(null);

    const lifecycle = (el as unknown as { map: { fail(error: unknown): void } }).map;
    const { warnings, restore } = captureWarnings();
    try {
      lifecycle.fail(new TypeError('Failed to fetch dynamically imported module: /leaflet.js'));
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expectSame(root(el).querySelector('sister-city-list'), list, 'not the same table element');
    expect(root(el).querySelectorAll('sister-city-list')).to.have.length(1);
    expectSame(root(el).querySelector('.placeholder--table'), null, 'a second table in the hidden box');
    expect(stage(el).hidden).to.equal(true);
    expectSame(list.shadowRoot!.activeElement, sort, 'focus left the sort button');
    expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal(sorted);
    const status = root(el).querySelector('.table-status')!;
    expect(status.textContent!.trim()).to.equal(mapStrings.en.mapFailedTable);
    expect(status.getAttribute('role')).to.equal('status');
    const button = root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(button.textContent!.trim()).to.equal(mapStrings.en.retryMap);

    // "Reload the map" asks for the map again, and shows its box (here, waiting for the viewport).
    button.click();
    await el.updateComplete;
    expect(stage(el).hidden).to.equal(false);
    expect(root(el).querySelector('.placeholder__text')?.textContent?.trim()).to.equal(mapStrings.en.mapLoading);
    expect(button.textContent!.trim()).to.equal(mapStrings.en.showTable);
  });
});
