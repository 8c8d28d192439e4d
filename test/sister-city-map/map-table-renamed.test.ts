// A site that registers the classes under its own names (README, "a site whose tag names
// clash"): the map's table view embeds <sister-city-list>, which the map registers itself; the
// site's own name for the list's class must not leave that view empty. A page of its own: the
// classes come from the unregistered entry, and a registration stays.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SisterCityList, SisterCityMap } from '../../src/elements.js';

describe('<sister-city-map> table view, with the list class registered under another name', () => {
  it('shows the table under <sister-city-list>, with no warning, and the site keeps its own tag', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      SisterCityList.define('jakarta-list');
      SisterCityMap.define('jakarta-map');
      const el = await fixture<SisterCityMap>(html`<jakarta-map lang="en" loading="lazy"></jakarta-map>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="toggle"]'), 'data not ready');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      const list = () => el.shadowRoot!.querySelector('sister-city-list');
      await waitUntil(() => list()?.shadowRoot?.querySelector('tbody tr'), 'the table view stays empty');
      expect(list()).to.be.instanceOf(SisterCityList);
      expect(list()!.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(23);
      expect(customElements.get('jakarta-list')).to.equal(SisterCityList);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
