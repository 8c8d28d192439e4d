import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/sister-city-list/define.js';
import '../../src/sister-city-map/define.js';
import { clearDatasetCache } from '../../src/core/dataset.js';
import { whenReady } from '../sister-city-map/map-helpers.js';
import type { SisterCityMap } from '../../src/sister-city-map/sister-city-map.js';
import { captureWarnings } from '../support/helpers.js';

/**
 * A `selected` partner that the loader skipped (invalid.json's partner #2,
 * oslo) was reported with its file: the list and the map do not warn about
 * it a second and third time as an "unknown partner".
 */
describe('a selected partner the loader skipped', () => {
  beforeEach(() => clearDatasetCache());

  it('is reported once, by the file, not again by the list and the map', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const wrap = await fixture<HTMLElement>(html`<div>
        <sister-city-list lang="en" src="/test/fixtures/invalid.json" selected="oslo"></sister-city-list>
        <sister-city-map lang="en" src="/test/fixtures/invalid.json" selected="oslo" loading="eager"></sister-city-map>
      </div>`);
      const list = wrap.querySelector('sister-city-list')!;
      await waitUntil(() => list.matches(':state(ready)'), 'list not ready');
      await whenReady(wrap.querySelector<SisterCityMap>('sister-city-map')!);
      // the usable partner only, none highlighted
      expect(list.shadowRoot!.querySelectorAll('tbody tr[part="row"]')).to.have.length(1);
      expect(list.shadowRoot!.querySelectorAll('tr[aria-current]')).to.have.length(0);
    } finally {
      restore();
    }
    const ours = warnings.filter((w) => /^<sister-city/.test(w));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('invalid.json').and.contain('partner #2 (oslo)');
  });

  it('while a partner that is in no file still gets its warning', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const list = await fixture<HTMLElement>(html`<sister-city-list lang="en" src="/test/fixtures/invalid.json" selected="atlantis"></sister-city-list>`);
      await waitUntil(() => list.matches(':state(ready)'), 'list not ready');
    } finally {
      restore();
    }
    expect(warnings.filter((w) => w.startsWith('<sister-city-list>: unknown partner "atlantis"'))).to.have.length(1);
  });
});
