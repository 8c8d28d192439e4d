import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearDatasetCache } from '../../src/core/dataset.js';
import {
  centerOf,
  container,
  expectSame,
  frames,
  inside,
  marker,
  markers,
  readyMap,
  root,
  stage,
  whenReady,
  type SisterCityMap,
} from './map-helpers.js';

const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));
const LEAFLET = /sister-city-map\/leaflet\.ts/;
const BASEMAP = /basemap-data\.json/;
const RUNTIME = /map-runtime\.ts/;
const adoptedCss = (el: Element) =>
  root(el)
    .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');

describe('<sister-city-map> lifecycle', () => {
  beforeEach(() => clearDatasetCache());

  // First in the file: nothing has imported Leaflet in this page yet.
  it('loads Leaflet and the basemap only when the element comes near the viewport', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <sister-city-map lang="en"></sister-city-map>
    </div>`);
    wrap.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await el.updateComplete;
    await frames(3);
    await new Promise((r) => setTimeout(r, 150));
    expect(loaded(LEAFLET), 'Leaflet loaded off-screen').to.equal(false);
    expect(loaded(BASEMAP), 'basemap loaded off-screen').to.equal(false);
    expect(loaded(RUNTIME), 'map runtime loaded off-screen').to.equal(false);
    expect(adoptedCss(el)).to.not.contain('.leaflet-');
    expect(root(el).querySelector('[part="placeholder"]')).to.not.equal(null);
    expect(stage(el).getBoundingClientRect().height).to.equal(480);

    // Within 200px of the viewport is near enough.
    const top = el.getBoundingClientRect().top;
    window.scrollBy(0, top - window.innerHeight - 150);
    try {
      const ready = oneEvent(el, 'sister-city-map-ready');
      await whenReady(el);
      const { detail } = await ready;
      expect(detail).to.deep.equal({ partners: 23 });
      expect(loaded(LEAFLET)).to.equal(true);
      expect(loaded(BASEMAP)).to.equal(true);
      expect(loaded(RUNTIME)).to.equal(true);
      expect(adoptedCss(el)).to.contain('.leaflet-map-pane');
      expect(root(el).querySelector('[part="placeholder"]')).to.equal(null);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('on paper: a map not drawn yet leaves out its empty box (its heading and summary stay); a drawn one is kept on one page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <sister-city-map lang="en"></sister-city-map>
      <sister-city-map lang="en" loading="eager"></sister-city-map>
    </div>`);
    wrap.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
    const [waiting, drawn] = [...wrap.querySelectorAll<SisterCityMap>('sister-city-map')];
    await whenReady(drawn!);
    await frames(2);
    expect(root(waiting!).querySelector('[part="placeholder"]'), 'the map is drawn: the test would prove nothing').to.not.equal(null);
    await emulateMedia({ media: 'print' });
    try {
      // It printed "Loading the map…" in a 480 px box, split over two pages.
      expect(getComputedStyle(stage(waiting!)).display).to.equal('none');
      expect(root(waiting!).querySelector('.summary')!.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(getComputedStyle(stage(drawn!)).display).to.not.equal('none');
      expect(getComputedStyle(stage(drawn!)).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(stage(waiting!).getBoundingClientRect().height).to.equal(480);
  });

  it('loads at once with loading="eager", even off-screen', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <sister-city-map loading="eager"></sister-city-map>
    </div>`);
    wrap.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await whenReady(el);
    expect(markers(el)).to.have.length(23);
  });

  it('waits for a hidden container, then draws the map at the right size', async () => {
    const wrap = await fixture<HTMLElement>(html`<div hidden><sister-city-map loading="eager"></sister-city-map></div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await el.updateComplete;
    await frames(3);
    await new Promise((r) => setTimeout(r, 200));
    expectSame(root(el).querySelector('.leaflet-container'), null, 'map created while hidden');

    wrap.style.width = '520px';
    wrap.hidden = false;
    await whenReady(el);
    const box = stage(el).getBoundingClientRect();
    expect(box.width).to.equal(520);
    const map = container(el).getBoundingClientRect();
    expect(map.width).to.be.closeTo(box.width - 2, 0.5); // inside the 1px border
    for (const m of markers(el)) expect(inside(centerOf(m), stage(el)), m.dataset.id).to.equal(true);
    // The fitted view uses the width: partners spread over most of it.
    const xs = markers(el).map((m) => centerOf(m).x);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(box.width * 0.6);
  });

  it('follows size changes (ResizeObserver), also while hidden in a closed tab', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><sister-city-map loading="eager"></sister-city-map></div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await whenReady(el);
    wrap.hidden = true;
    await frames(2);
    wrap.style.width = '360px';
    wrap.hidden = false;
    await frames(3);
    // Reset fits the partners to the new size: only right if the map knows it.
    root(el).querySelector<HTMLButtonElement>('.controls button:last-child')!.click();
    await waitUntil(
      () => markers(el).every((m) => inside(centerOf(m), stage(el))),
      'markers outside the resized map',
      { timeout: 3000 },
    );
    const xs = markers(el).map((m) => centerOf(m).x);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.lessThan(360);
  });

  it('re-frames a phone-sized map widened to a wide column, with no stray pan afterwards', async () => {
    // Leaflet's maxBounds check once panned the re-framed view by the old
    // offset: Los Angeles and Arkansas ended ~150 px past the right edge.
    const wrap = await fixture<HTMLElement>(html`<div style="width: 375px"><sister-city-map loading="eager"></sister-city-map></div>`);
    const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
    await whenReady(el);
    for (const width of ['680px', '1280px', '320px', '680px']) {
      wrap.style.width = width;
      await frames(3);
      // Longer than Leaflet's pan animation (0.25 s) and its debounced moveend (0.2 s).
      await new Promise((r) => setTimeout(r, 600));
      const outside = markers(el).filter((m) => !inside(centerOf(m), stage(el))).map((m) => m.dataset.id);
      expect(outside, `outside the map at ${width}`).to.deep.equal([]);
      const home = root(el).querySelector('.marker--home')!;
      expect(inside(centerOf(home), stage(el)), `Jakarta at ${width}`).to.equal(true);
    }
  });

  it('keeps working when moved in the DOM', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div class="a"></div><div class="b"></div></div>`);
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    wrap.querySelector('.a')!.append(el);
    await whenReady(el);
    const map = container(el);
    let readyEvents = 0;
    el.addEventListener('sister-city-map-ready', () => readyEvents++);

    wrap.querySelector('.b')!.append(el);
    await frames(3);
    expectSame(container(el), map, 'the map was re-created');
    expect(readyEvents).to.equal(0);
    expect(markers(el)).to.have.length(23);
    const selected = oneEvent(el, 'sister-city-select');
    marker(el, 'maputo').focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'maputo' });
  });

  for (const where of ['the map', 'a marker', 'a zoom button'] as const) {
    it(`keeps the keyboard in the map when a new src is drawn while focus is on ${where}${where === 'a marker' ? ' the new file lacks' : ''}`, async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const target =
        where === 'the map' ? container(el) : where === 'a marker' ? marker(el, 'tokyo') : root(el).querySelector<HTMLElement>('.controls button')!;
      target.focus();
      expectSame(root(el).activeElement, target, 'the test could not focus its target');
      const drawn = oneEvent(el, 'sister-city-map-ready');
      el.src = '/test/fixtures/mini.json';
      await drawn;
      await frames(2);
      expect(markers(el), 'the new file is not drawn').to.have.length(2);
      expectSame(document.activeElement, el, 'focus left the element');
      // On the same control; from a marker gone with the old file, on the map.
      expectSame(root(el).activeElement, where === 'a zoom button' ? target : container(el), 'focus is not where it should be');
    });
  }

  for (const moved of [false, true]) {
    it(`${moved ? 'leaves focus where the reader put it' : 'gives focus back to the map'} when the map is built anew (new tiles) while focus was on it`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <button>elsewhere</button><sister-city-map loading="eager" lang="en"></sister-city-map>
      </div>`);
      const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
      await whenReady(el);
      const before = container(el);
      before.focus();
      const drawn = oneEvent(el, 'sister-city-map-ready');
      el.tiles = '/test/fixtures/sister-city-map-tile.png?{z}/{x}/{y}';
      if (moved) wrap.querySelector('button')!.focus();
      await drawn;
      await frames(2);
      expect(container(el) !== before, 'the map was not built anew: the test would prove nothing').to.equal(true);
      if (moved) expectSame(document.activeElement, wrap.querySelector('button'), 'the map took focus back');
      else expectSame(root(el).activeElement, container(el), 'focus is not on the new map');
    });
  }

  it('removes the map when removed from the page, and draws it again when re-inserted', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sister-city-map');
    el.setAttribute('loading', 'eager');
    wrap.append(el);
    await whenReady(el);
    const first = container(el);
    el.remove();
    await Promise.resolve();
    await Promise.resolve();
    expectSame(root(el).querySelector('.leaflet-container'), null, 'Leaflet container left behind');
    expect(first.isConnected).to.equal(false);

    const again = oneEvent(el, 'sister-city-map-ready');
    wrap.append(el);
    await again;
    expect(container(el) !== first).to.equal(true);
    expect(markers(el)).to.have.length(23);
  });

  it('leaves no observers or listeners behind after 50 mount/unmount cycles, and never throws', async function () {
    this.timeout(45000);
    type Tracked = { disconnect(): void };
    const live = new Set<Tracked>();
    const created = { ResizeObserver: 0, IntersectionObserver: 0, MutationObserver: 0 };
    const originals = {
      ResizeObserver: window.ResizeObserver,
      IntersectionObserver: window.IntersectionObserver,
      MutationObserver: window.MutationObserver,
    };
    const track = <T extends new (...args: any[]) => Tracked>(name: keyof typeof created, Base: T): T =>
      class extends Base {
        constructor(...args: any[]) {
          super(...args);
          created[name]++;
          live.add(this);
        }
        override disconnect() {
          live.delete(this);
          super.disconnect();
        }
      };
    window.ResizeObserver = track('ResizeObserver', originals.ResizeObserver);
    window.IntersectionObserver = track('IntersectionObserver', originals.IntersectionObserver);
    window.MutationObserver = track('MutationObserver', originals.MutationObserver);

    const listeners = new Map<string, number>();
    const restores: (() => void)[] = [];
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const keyOf = (target: string, type: string, fn: object, options?: boolean | EventListenerOptions) => {
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      if (!ids.has(fn)) ids.set(fn, ++nextId);
      return `${target} ${type}${capture ? ' (capture)' : ''} #${ids.get(fn)}`;
    };
    for (const [name, target] of [
      ['window', window],
      ['document', document],
    ] as const) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      target.addEventListener = function (this: EventTarget, type: string, fn: any, options?: any) {
        if (fn) {
          const key = keyOf(name, type, fn, options);
          listeners.set(key, (listeners.get(key) ?? 0) + 1);
        }
        return add.call(this, type, fn, options);
      } as typeof add;
      target.removeEventListener = function (this: EventTarget, type: string, fn: any, options?: any) {
        if (fn) {
          const key = keyOf(name, type, fn, options);
          if (listeners.has(key)) {
            const n = listeners.get(key)! - 1;
            if (n > 0) listeners.set(key, n);
            else listeners.delete(key);
          }
        }
        return remove.call(this, type, fn, options);
      } as typeof remove;
      restores.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }

    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    listeners.clear();
    const head = document.head.innerHTML;
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const removed: SisterCityMap[] = [];
    try {
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('sister-city-map');
        el.setAttribute('loading', i % 2 ? 'eager' : 'lazy');
        if (i % 5 === 0) el.setAttribute('selected', 'seoul');
        wrap.append(el);
        await whenReady(el);
        if (i % 7 === 0) {
          // Interact a little: press on the map, focus a marker, zoom.
          const box = container(el).getBoundingClientRect();
          await sendMouse({ type: 'click', position: [Math.round(box.left + 40), Math.round(box.bottom - 40)] });
          marker(el, 'tokyo').focus();
          root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
        }
        el.remove();
        removed.push(el);
        await Promise.resolve();
      }
      await frames(2);
      await new Promise((r) => setTimeout(r, 300)); // Leaflet's zoom-animation timers (250 ms)
    } finally {
      window.ResizeObserver = originals.ResizeObserver;
      window.IntersectionObserver = originals.IntersectionObserver;
      window.MutationObserver = originals.MutationObserver;
      restores.forEach((r) => r());
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(created.ResizeObserver).to.equal(50);
    expect(created.IntersectionObserver).to.equal(25);
    expect(live.size, `${live.size} observers still connected`).to.equal(0);
    expect([...listeners.keys()]).to.deep.equal([]);
    expect(removed.every((el) => root(el).querySelector('.leaflet-container') === null)).to.equal(true);
    expect(document.head.innerHTML).to.equal(head);
  });

  it('turns Leaflet’s zoom, fade and marker animations off under reduced motion', async () => {
    const animated = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
    expect(container(animated).classList.contains('leaflet-fade-anim')).to.equal(true);
    expect(root(animated).querySelector('.leaflet-proxy')).to.not.equal(null);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      expect(container(still).classList.contains('leaflet-fade-anim')).to.equal(false);
      expectSame(root(still).querySelector('.leaflet-proxy'), null, 'zoom animation proxy present');
      expect(root(still).querySelector('.leaflet-marker-pane')!.classList.contains('leaflet-zoom-hide')).to.equal(true);
      // A zoom button changes the view at once.
      const before = centerOf(marker(still, 'tokyo'));
      root(still).querySelector<HTMLButtonElement>('.controls button')!.click();
      await frames(1);
      expect(centerOf(marker(still, 'tokyo'))).to.not.deep.equal(before);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
