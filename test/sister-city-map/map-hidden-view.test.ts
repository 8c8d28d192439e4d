// A view asked for while the map is hidden behind its table view. In a page of its own: showing the
// table view registers <sister-city-list>, which other map tests must not find registered.
import { expect, html } from '@open-wc/testing';
import { centerOf, container, frames, markers, readyMap, root, stage, type SisterCityMap } from './map-helpers.js';

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
