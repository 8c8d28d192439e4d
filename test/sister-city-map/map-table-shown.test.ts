// The map's table view loads its element, <sister-city-list>, when the reader
// first shows it (this file), or once the map is drawn (map-table-prefetch.test.ts).
// Each in a page of its own: once registered, the element stays.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mapStrings } from '../../src/sister-city-map/sister-city-map.strings.js';
import { root, stage, type SisterCityMap } from './map-helpers.js';

describe('<sister-city-map> table view, shown before the map is drawn', () => {
  it('is not loaded with the map; shows a loading line, then the table', async () => {
    // A lazy map far below the screen: its data is ready, its map never drawn (no prefetch).
    const wrap = await fixture<HTMLElement>(html`<div>
      <div style="height: 4000px"></div>
      <sister-city-map lang="en" loading="lazy"></sister-city-map>
    </div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await waitUntil(() => root(el).querySelector('[part="toggle"]'), 'data not ready');
    expect(customElements.get('sister-city-list'), 'registered with the map').to.equal(undefined);
    root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect(stage(el).hidden).to.equal(true);
    const status = () => root(el).querySelector('.table-status');
    expect(status()?.textContent?.trim()).to.equal(mapStrings.en.tableLoading);
    expect(status()?.getAttribute('role')).to.equal('status');
    const list = root(el).querySelector('sister-city-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'table not rendered');
    await el.updateComplete;
    expect(customElements.get('sister-city-list')).to.not.equal(undefined);
    expect(status(), 'the loading line is gone').to.equal(null);
  });
});
