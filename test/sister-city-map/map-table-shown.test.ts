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

describe('<sister-city-map> and <sister-city-list> padding', () => {
  const padding = (el: Element) => getComputedStyle(el).padding;

  // (The list is registered by the test above, as the map's table view loads it.)
  it('pads a dark box (0.75em), not a light one, as --jgw-*-padding says; the map’s table adds none of its own', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="font-size: 40px">
      <sister-city-map lang="en" loading="lazy"></sister-city-map>
      <sister-city-map lang="en" loading="lazy" theme="dark"></sister-city-map>
      <sister-city-list lang="en"></sister-city-list>
      <sister-city-list lang="en" theme="dark"></sister-city-list>
      <sister-city-list lang="en" style="--jgw-list-padding: 4px 8px"></sister-city-list>
    </div>`);
    const [lightMap, darkMap] = wrap.querySelectorAll<SisterCityMap>('sister-city-map');
    const [lightList, darkList, setList] = wrap.querySelectorAll('sister-city-list');
    // Flush with a light page's text; 0.75em of the reader's base size (16px), not the page's 40px.
    expect(padding(lightMap)).to.equal('0px');
    expect(padding(darkMap)).to.equal('12px');
    expect(padding(lightList)).to.equal('0px');
    expect(padding(darkList)).to.equal('12px');
    expect(padding(setList)).to.equal('4px 8px');
    darkMap.style.setProperty('--jgw-map-padding', '0');
    expect(padding(darkMap)).to.equal('0px');
    darkMap.style.removeProperty('--jgw-map-padding');
    // The dark map's table view: the table inside is flush with the map's padded box.
    await waitUntil(() => root(darkMap).querySelector('[part="toggle"]'), 'data not ready');
    root(darkMap).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await darkMap.updateComplete;
    const inner = root(darkMap).querySelector('sister-city-list')!;
    expect(inner.getAttribute('theme')).to.equal('dark');
    expect(padding(inner)).to.equal('0px');
  });
});
