/**
 * The CDN loader imports the map's lazy half in parallel with the element and
 * hands it over (`SisterCityMap.offerRuntime`, called by src/cdn.ts): the map
 * is then drawn without importing the runtime again. A file of its own: in
 * the other files' pages a map has already loaded the runtime.
 */
import { expect } from '@open-wc/testing';
import '../../src/sister-city-map/define.js';
import { SisterCityMap } from '../../src/sister-city-map/sister-city-map.js';
import { markers, root } from './map-helpers.js';

describe('<sister-city-map> runtime handed over by the loader', () => {
  it('draws in the task of its first render, without a task for an import() of the runtime', async () => {
    const runtime = await import('../../src/sister-city-map/map-runtime.js');
    await runtime.loadLeaflet();
    SisterCityMap.offerRuntime(runtime);

    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    el.setAttribute('lang', 'en');
    let tasks = 0;
    const count = () => {
      tasks += 1;
      if (tasks < 100) setTimeout(count, 0);
    };
    setTimeout(count, 0);
    document.body.append(el);
    try {
      await el.ready;
      // Microtasks only between the element's insertion and the map drawn: no task, so no frame
      // (a layout and a paint of the placeholder) in between.
      expect(tasks).to.equal(0);
      expect(markers(el)).to.have.length(23);
      expect(root(el).querySelectorAll('path.land').length).to.be.greaterThan(300);
    } finally {
      el.remove();
    }
  });
});
