import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/core/dataset.js';
import type { MapLifecycleController, MapStatus } from '../../src/sister-city-map/map-lifecycle-controller.js';
import { container, expectSame, frames, markers, root, whenReady, type SisterCityMap } from './map-helpers.js';

/** The element's lifecycle controller (a private field of the element). */
const lifecycle = (el: SisterCityMap) => (el as unknown as { map: MapLifecycleController }).map;
const status = (el: SisterCityMap): MapStatus => lifecycle(el).status;
const leaflet = (el: SisterCityMap) => root(el).querySelector('.leaflet-container');

/** Records every status the element goes through, from now on (and tells `onChange`). */
function statuses(el: SisterCityMap, onChange?: (s: MapStatus) => void): MapStatus[] {
  const seen: MapStatus[] = [status(el)];
  const controller = lifecycle(el) as unknown as { setStatus(s: MapStatus): void };
  const original = controller.setStatus.bind(controller);
  controller.setStatus = (s: MapStatus) => {
    original(s);
    if (seen[seen.length - 1] === status(el)) return;
    seen.push(status(el));
    onChange?.(status(el));
  };
  return seen;
}

describe('MapLifecycleController', () => {
  beforeEach(() => clearDatasetCache());

  // First in the file: the lazy half is not loaded in this page yet, so loading takes a while.
  it('drops a load when the element is removed mid-load, and draws one map when re-inserted meanwhile', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    wrap.append(el);
    const seen = statuses(el);
    await waitUntil(() => status(el) === 'loading', 'never started loading', { timeout: 4000, interval: 5 });
    let readyEvents = 0;
    el.addEventListener('sister-city-map-ready', () => readyEvents++);
    el.remove();
    await Promise.resolve();
    expect(status(el)).to.equal('waiting');
    expect(seen).to.deep.equal(['waiting', 'loading', 'waiting']);

    // Back before the first load ended: that load is dropped, a new one draws.
    const ready = oneEvent(el, 'sister-city-map-ready');
    wrap.append(el);
    await ready;
    await new Promise((r) => setTimeout(r, 300));
    expect(status(el)).to.equal('ready');
    expect(root(el).querySelectorAll('.leaflet-container')).to.have.length(1);
    expect(readyEvents).to.equal(1);
    expect(markers(el)).to.have.length(23);
    expect(seen).to.deep.equal(['waiting', 'loading', 'waiting', 'loading', 'ready']);
  });

  it('stays waiting when removed mid-load and left out', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    wrap.append(el);
    // Removed the moment it starts loading (the lazy half is cached by now: loading is short).
    const seen = statuses(el, (s) => {
      if (s === 'loading') el.remove();
    });
    await waitUntil(() => seen.length >= 3, 'never started loading', { timeout: 4000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(status(el)).to.equal('waiting');
    expectSame(leaflet(el), null, 'a map was drawn for a removed element');
    expect(seen).to.deep.equal(['waiting', 'loading', 'waiting']);
  });

  // Hidden (display: none, no size), or in a closed <details> (laid out on demand, not shown).
  for (const [where, wrapper, show] of [
    ['hidden', html`<div hidden><sister-city-map loading="eager"></sister-city-map></div>`, (w: HTMLElement) => (w.hidden = false)],
    [
      'in a closed <details>',
      html`<details><summary>Peta</summary><sister-city-map loading="eager"></sister-city-map></details>`,
      (w: HTMLElement) => ((w as HTMLDetailsElement).open = true),
    ],
  ] as const) {
    it(`waits while ${where}, then loads and draws once shown`, async () => {
      const wrap = await fixture<HTMLElement>(wrapper);
      const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
      const seen = statuses(el);
      await el.updateComplete;
      await frames(3);
      await new Promise((r) => setTimeout(r, 200));
      expect(status(el)).to.equal('waiting');
      show(wrap);
      await whenReady(el);
      expect(status(el)).to.equal('ready');
      expect(seen).to.deep.equal(['waiting', 'loading', 'ready']);
    });
  }

  it('starts loading in the update that first shows the map box, not a frame later', async () => {
    // Before: the box's size came from the ResizeObserver, acted on in the next frame, so the map
    // was drawn a frame, a layout and a paint after the element's first render.
    const el = document.createElement('sister-city-map') as SisterCityMap;
    el.setAttribute('loading', 'eager');
    const afterUpdate: MapStatus[] = [];
    const proto = Object.getPrototypeOf(el) as { updated(changed: Map<PropertyKey, unknown>): void };
    const own = el as unknown as { updated(changed: Map<PropertyKey, unknown>): void };
    own.updated = (changed) => {
      proto.updated.call(el, changed);
      if (root(el).querySelector('.stage')) afterUpdate.push(status(el));
    };
    await fixture(html`<div>${el}</div>`);
    await whenReady(el);
    expect(afterUpdate[0]).to.equal('loading');
    expect(afterUpdate.at(-1)).to.equal('ready');
  });

  /** A lazy map 3000 px below the screen, still waiting after 300 ms. */
  async function offScreen(): Promise<SisterCityMap> {
    const wrap = await fixture<HTMLElement>(
      html`<div><div style="height: 3000px"></div><sister-city-map></sister-city-map></div>`,
    );
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(status(el)).to.equal('waiting');
    return el;
  }

  it('stays waiting off-screen with loading="lazy", and loads when scrolled near', async () => {
    const el = await offScreen();
    el.scrollIntoView();
    await whenReady(el);
    expect(status(el)).to.equal('ready');
    window.scrollTo(0, 0);
  });

  it('waiting off-screen, loads at once when loading is set to "eager"', async () => {
    const el = await offScreen();
    el.setAttribute('loading', 'eager');
    await whenReady(el);
    expect(status(el)).to.equal('ready');
    expect(el.getBoundingClientRect().top, 'scrolled to').to.be.greaterThan(window.innerHeight);
  });

  it('goes back to waiting with a new ready promise when removed, and keeps the map when moved', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    wrap.querySelector('.a')!.append(el);
    await whenReady(el);
    const first = el.ready;
    const map = container(el);

    wrap.querySelector('.b')!.append(el);
    await frames(2);
    expect(status(el)).to.equal('ready');
    expect(el.ready).to.equal(first);
    expectSame(container(el), map, 'a move re-created the map');

    el.remove();
    await Promise.resolve();
    expect(status(el)).to.equal('waiting');
    expect(el.ready).not.to.equal(first);
    let settled = false;
    void el.ready.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).to.equal(false);
    wrap.append(el);
    await whenReady(el);
    expect(status(el)).to.equal('ready');
  });

  it('re-creates the map (ready → waiting → loading → ready) when the tiles change', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><sister-city-map loading="eager"></sister-city-map></div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await whenReady(el);
    const map = container(el);
    const seen = statuses(el);
    const again = oneEvent(el, 'sister-city-map-ready');
    el.tiles = '/test/fixtures/sister-city-map-no-such-tile.png?{z}/{x}/{y}';
    await again;
    expect(seen).to.deep.equal(['ready', 'waiting', 'loading', 'ready']);
    expect(container(el) !== map).to.equal(true);
    // A region or language change redraws the scene on the same map.
    const seen2 = statuses(el);
    const current = container(el);
    el.region = 'europe';
    el.lang = 'en';
    await el.updateComplete;
    await frames(2);
    expectSame(container(el), current, 'a new region re-created the map');
    expect(seen2).to.deep.equal(['ready']);
  });
});
