// See map-table-shown.test.ts: here the table's element is loaded ahead,
// once the map is drawn, so that "Show as table" does not wait for it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { readyMap, root } from './map-helpers.js';

describe('<sister-city-map> table view, after the map is drawn', () => {
  it('loads the table when the page is idle after drawing; "Show as table" then shows it at once', async () => {
    const el = await readyMap(html`<sister-city-map lang="en" loading="eager"></sister-city-map>`);
    expect(customElements.get('sister-city-list'), 'not before the map is drawn').to.equal(undefined);
    await waitUntil(() => customElements.get('sister-city-list'), 'the table was not loaded after drawing', { timeout: 5000 });
    root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.table-status'), 'no loading line').to.equal(null);
    const list = root(el).querySelector('sister-city-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'table not rendered');
  });
});
