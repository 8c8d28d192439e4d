import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import rawData from '../../data/jakarta-2024.json';
import { clearDatasetCache } from '../../src/core/dataset.js';
import type { Dataset } from '../../src/core/types.js';
import { overlayStrings } from '../../src/sister-city-map/overlays.strings.js';
import { mapStrings } from '../../src/sister-city-map/sister-city-map.strings.js';
import {
  centerOf,
  container,
  distance,
  expectSame,
  frames,
  inside,
  marker,
  markers,
  overlaps,
  readyMap,
  root,
  wheel,
  whenReady,
  type SisterCityMap,
} from './map-helpers.js';

const data = rawData as unknown as Dataset;
const active = (el: SisterCityMap) => root(el).activeElement;
const spread = (el: SisterCityMap) => distance(centerOf(marker(el, 'rotterdam')), centerOf(marker(el, 'tokyo')));
/** Waits until zoom and pan animations are over (Leaflet drops a zoom asked for during one). */
async function settle(el: SisterCityMap): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  // The spread of the markers (a zoom) and where the first one is (a pan, which a loaded machine can
  // still be animating once the zoom is over): both still across two looks.
  const where = (): string => {
    const first = markers(el)[0]?.getBoundingClientRect();
    return `${spread(el)} ${first?.left} ${first?.top}`;
  };
  let last = '';
  await waitUntil(() => {
    const now = where();
    const still = now === last;
    last = now;
    return still;
  }, 'the view kept moving');
}
const hint = (el: SisterCityMap) => root(el).querySelector<HTMLElement>('.hint');
/** Waits until `target` stands still (a pan does not change `spread`). */
async function standsStill(target: Element): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  let last = '';
  await waitUntil(
    () => {
      const now = JSON.stringify(target.getBoundingClientRect());
      const still = now === last;
      last = now;
      return still;
    },
    'it kept moving',
    { interval: 100 },
  );
}

describe('<sister-city-map> interaction', () => {
  beforeEach(() => clearDatasetCache());

  describe('keyboard', () => {
    it('Tab reaches the zoom controls, the map, then the markers; Enter selects; Escape closes and returns focus', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.focus();
      // The controls, at the map's top left, come first (not after the 24 markers).
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        names.push(active(el)?.getAttribute('title') ?? String(active(el)));
      }
      expect(names).to.deep.equal([overlayStrings.en.zoomIn, overlayStrings.en.zoomOut, overlayStrings.en.resetView]);
      await sendKeys({ press: 'Tab' });
      expectSame(active(el), container(el), 'Tab did not reach the map');
      expect(container(el).getAttribute('role')).to.equal('region');
      expect(container(el).getAttribute('aria-label')).to.equal(mapStrings.en.mapLabel(data.city.name.en));
      await sendKeys({ press: 'Tab' });
      // Markers come west to east: Casablanca first.
      const first = markers(el)[0];
      expect(first.dataset.id).to.equal('casablanca');
      expectSame(active(el), first, 'Tab did not reach the first marker');
      await sendKeys({ press: 'Tab' });
      expectSame(active(el), markers(el)[1], 'Tab did not move to the next marker');

      const id = markers(el)[1].dataset.id!;
      const selected = oneEvent(el, 'sister-city-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ id });
      await el.updateComplete;
      const title = root(el).querySelector('.panel__title');
      expectSame(active(el), title, 'focus did not move into the panel');
      expect(title!.textContent!.trim()).to.equal(data.partners.find((p) => p.id === id)!.name.en);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expectSame(root(el).querySelector('.panel'), null, 'panel still open');
      expectSame(active(el), marker(el, id), 'focus did not return to the marker');
      expect(el.selected).to.equal('');
    });

    it('+ and − on a focused marker zoom around it: it stays in view, focused, where it was', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: 760px"></sister-city-map>`);
      await settle(el);
      // A marker far from the centre, which a zoom around the centre would throw out of the view.
      const target = marker(el, 'casablanca');
      target.focus();
      await standsStill(target);
      const before = centerOf(target);
      const box = container(el).getBoundingClientRect();
      expect(before.x - box.left, 'the marker is not near the edge: the test would prove nothing').to.be.lessThan(box.width / 4);
      const start = spread(el);
      await sendKeys({ press: '+' });
      await settle(el);
      await sendKeys({ press: '+' });
      await settle(el);
      expect(spread(el), 'not zoomed in twice').to.be.greaterThan(start * 3);
      expectSame(active(el), target, 'the marker lost focus');
      // (Only as far as the neighbours' spreading moves it at another zoom.)
      expect(distance(centerOf(target), before), 'the marker moved').to.be.lessThan(16);
      const zoomed = spread(el);
      await sendKeys({ press: '-' });
      await settle(el);
      expect(spread(el), 'not zoomed out').to.be.lessThan(zoomed * 0.6);
      expect(distance(centerOf(target), before)).to.be.lessThan(16);
    });

    for (const motion of ['no-preference', 'reduce'] as const) {
      it(`arrow keys on a focused marker pan the map; once it has left the view, the focus is on the map (motion: ${motion})`, async () => {
        // Without animation, a pan ends before Leaflet's panBy returns.
        await emulateMedia({ reducedMotion: motion });
        try {
          const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: 760px"></sister-city-map>`);
          await settle(el);
          // The marker nearest the middle of the box: a pan or two keeps it in view.
          const box = container(el).getBoundingClientRect();
          const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          const target = markers(el).sort((a, b) => distance(centerOf(a), middle) - distance(centerOf(b), middle))[0]!;
          target.focus();
          await standsStill(target);
          const x = centerOf(target).x;
          await sendKeys({ press: 'ArrowRight' });
          await standsStill(target);
          expect(x - centerOf(target).x, 'the map did not pan').to.be.greaterThan(20);
          expectSame(active(el), target, 'a marker still in view lost focus');
          // Pans until the marker has left the view; the focus must be on the map from that key on.
          for (let i = 0; i < 12 && inside(centerOf(target), container(el)); i++) {
            expectSame(active(el), target, 'a marker still in view lost focus');
            await sendKeys({ press: 'ArrowRight' });
            await standsStill(target);
          }
          expect(inside(centerOf(target), container(el)), 'the marker is still in view: the test would prove nothing').to.equal(false);
          expectSame(active(el), container(el), 'the focus stayed on a marker out of view');
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      });
    }

    it('Space selects too, and Escape from the close button works the same', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      marker(el, 'new-south-wales').focus();
      const selected = oneEvent(el, 'sister-city-select');
      await sendKeys({ press: 'Space' });
      expect((await selected).detail).to.deep.equal({ id: 'new-south-wales' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expectSame(active(el), root(el).querySelector('.panel__close'), 'Tab from the title reaches Close');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(root(el).querySelector('.panel'), null, 'panel still open');
      expectSame(active(el), marker(el, 'new-south-wales'), 'focus did not return to the marker');
    });

    for (const [width, side] of [
      [760, 'beside the map'],
      [360, 'a sheet over its lower part'],
    ] as const) {
      it(`a marker reached by keyboard under the open panel (${side}) is moved clear of it (WCAG 2.4.11)`, async () => {
        const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: ${width}px"></sister-city-map>`);
        const panelRect = () => root(el).querySelector('.panel')!.getBoundingClientRect();
        marker(el, 'casablanca').click();
        await el.updateComplete;
        await settle(el);
        const box = container(el).getBoundingClientRect();
        const beside = width > 500;
        // The panel is where the test means it to be.
        if (beside) expect(panelRect().left).to.be.greaterThan(box.left + box.width / 3);
        else expect(panelRect().top).to.be.greaterThan(box.top + box.height / 4);
        // The selection fits the partners beside the panel: the reader's pans take some under it.
        container(el).focus();
        for (let i = 0; i < 3; i++) await sendKeys({ press: beside ? 'ArrowLeft' : 'ArrowUp' });
        await settle(el);
        const hidden = markers(el).filter((m) => overlaps(m.getBoundingClientRect(), panelRect()));
        expect(hidden.length, 'no marker lies under the panel: the test would prove nothing').to.be.greaterThan(0);
        for (const target of hidden.slice(0, 2)) {
          target.focus();
          await standsStill(target);
          expectSame(active(el), target, 'the marker lost focus');
          const seen = target.getBoundingClientRect();
          expect(overlaps(seen, panelRect()), `${target.dataset.id} still under the panel`).to.equal(false);
          expect(seen.left).to.be.at.least(box.left);
          expect(seen.top).to.be.at.least(box.top);
          expect(beside ? seen.right : seen.bottom).to.be.at.most(beside ? panelRect().left : panelRect().top);
          // Its name, shown on focus, too.
          const name = target.querySelector('.marker__name')!;
          if (beside) await waitUntil(() => name.getBoundingClientRect().right <= panelRect().left, `${target.dataset.id}'s name under the panel`);
        }
        if (!beside) return;
        // A drag from there moves the map with the pointer from its first move: no jump back to
        // where the world's edge meets the box's (under the panel), as Leaflet's drag limit would.
        const target = hidden[hidden.length > 1 ? 1 : 0];
        const before = centerOf(target);
        const from = [Math.round(box.left + 120), Math.round(box.bottom - 40)] as [number, number];
        await sendMouse({ type: 'move', position: from });
        await sendMouse({ type: 'down' });
        for (let dx = 5; dx <= 30; dx += 5) await sendMouse({ type: 'move', position: [from[0] + dx, from[1]] });
        await frames(2);
        const during = centerOf(target);
        await sendMouse({ type: 'up' });
        expect(during.x - before.x, 'the marker jumped at the drag').to.be.closeTo(30, 3);
        expect(during.y - before.y).to.be.closeTo(0, 3);
      });
    }

    it('a marker reached by keyboard under the zoom controls is moved clear of them', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: 760px"></sister-city-map>`);
      const controls = () => root(el).querySelector('.controls')!.getBoundingClientRect();
      const under = (m: HTMLElement) => overlaps(m.getBoundingClientRect(), controls());
      // The reader pans east and south until a marker lies under the controls.
      container(el).focus();
      let hidden: HTMLElement | undefined;
      for (let i = 0; i < 12 && !hidden; i++) {
        await sendKeys({ press: i % 2 ? 'ArrowDown' : 'ArrowRight' });
        await settle(el);
        hidden = markers(el).find(under);
      }
      expect(hidden, 'no marker came under the controls: the test would prove nothing').to.not.equal(undefined);
      hidden!.focus();
      await standsStill(hidden!);
      expectSame(active(el), hidden!, 'the marker lost focus');
      expect(under(hidden!), `${hidden!.dataset.id} still under the controls`).to.equal(false);
    });

    it('Escape that closes the panel, or hides the focused marker\'s name, is not also a close request for a host <dialog> or a page\'s own modal; the next one is', async () => {
      const dialog = await fixture<HTMLDialogElement>(html`<dialog>
        <sister-city-map loading="eager" lang="en" region="asia"></sister-city-map>
      </dialog>`);
      const el = dialog.querySelector<SisterCityMap>('sister-city-map')!;
      // A page's own modal, listening on the document.
      let heard = 0;
      const own = (e: KeyboardEvent) => e.key === 'Escape' && heard++;
      dialog.showModal();
      try {
        await whenReady(el);
        marker(el, 'tokyo').click();
        await el.updateComplete;
        expectSame(active(el), root(el).querySelector('.panel__title'), 'focus did not move into the panel');
        let cancels = 0;
        dialog.addEventListener('cancel', () => cancels++);
        document.addEventListener('keydown', own);

        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        await frames(2);
        expectSame(root(el).querySelector('.panel'), null, 'panel still open');
        expect(dialog.open, 'the dialog closed with the panel').to.equal(true);
        expect(cancels).to.equal(0);
        expectSame(active(el), marker(el, 'tokyo'), 'focus did not return to the marker');
        expect(heard).to.equal(0);

        // The focused marker shows its name (WCAG 1.4.13): Escape hides it, and only that.
        const name = marker(el, 'tokyo').querySelector('.marker__name')!;
        const shown = () => getComputedStyle(name).clipPath === 'none' && getComputedStyle(name).opacity === '1';
        expect(shown(), 'the focused marker shows no name: the test would prove nothing').to.equal(true);
        await sendKeys({ press: 'Escape' });
        await frames(2);
        expect(shown(), 'the name is still shown').to.equal(false);
        expect(dialog.open, 'the dialog closed with the name').to.equal(true);
        expect([cancels, heard]).to.deep.equal([0, 0]);

        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'the third Escape did not close the dialog');
        expect([cancels, heard]).to.deep.equal([1, 1]);
      } finally {
        document.removeEventListener('keydown', own);
        if (dialog.open) dialog.close();
      }
    });

    it('arrow keys pan and +/− zoom the focused map, without scrolling the page', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      container(el).focus();
      const scroll = window.scrollY;
      const before = centerOf(marker(el, 'tokyo'));
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => centerOf(marker(el, 'tokyo')).x < before.x - 50, 'ArrowRight did not pan');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => centerOf(marker(el, 'tokyo')).y < before.y - 50, 'ArrowDown did not pan');
      expect(window.scrollY).to.equal(scroll);

      const wide = spread(el);
      await sendKeys({ press: '+' });
      await waitUntil(() => spread(el) > wide * 1.5, '+ did not zoom in');
      await settle(el);
      const zoomed = spread(el);
      await sendKeys({ press: '-' });
      await waitUntil(() => spread(el) < zoomed * 0.75, '− did not zoom out');
      expect(window.scrollY).to.equal(scroll);
    });

    it('has zoom and reset buttons with localized names', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="id"></sister-city-map>`);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.controls button')];
      // Named by their title alone (the icon is hidden): an aria-label too would read the name twice.
      expect(buttons.map((b) => [b.hasAttribute('aria-label'), b.getAttribute('title')])).to.deep.equal([
        [false, overlayStrings.id.zoomIn],
        [false, overlayStrings.id.zoomOut],
        [false, overlayStrings.id.resetView],
      ]);
      const start = spread(el);
      buttons[0].click();
      await waitUntil(() => spread(el) > start * 1.5, 'zoom in');
      await settle(el);
      buttons[0].click();
      await waitUntil(() => spread(el) > start * 3, 'zoom in again');
      await settle(el);
      buttons[1].click();
      await waitUntil(() => spread(el) < start * 3 && spread(el) > start * 1.5, 'zoom out');
      await settle(el);
      buttons[2].click();
      await waitUntil(() => Math.abs(spread(el) - start) < 2, 'reset did not restore the view');
    });
  });

  describe("a city's name on hover or focus (WCAG 1.4.13)", () => {
    const shown = (m: HTMLElement) => {
      const name = m.querySelector<HTMLElement>('.marker__name')!;
      return name.getBoundingClientRect().width > 1 && getComputedStyle(name).opacity === '1';
    };

    it('Escape hides the name of the focused marker, which stays focused; the next marker shows its own', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const [first, second] = markers(el);
      container(el).focus();
      await sendKeys({ press: 'Tab' }); // by keyboard, so that :focus-visible applies
      expectSame(active(el), first, 'the first marker is not focused');
      expect(shown(first), 'shown on focus').to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(shown(first), 'hidden by Escape').to.equal(false);
      expectSame(active(el), first, 'Escape moved the focus');
      expect(el.selected, 'Escape selected nothing').to.equal('');
      await sendKeys({ press: 'Tab' });
      expectSame(active(el), second);
      expect(shown(second), 'the next marker shows its name').to.equal(true);
    });

    it('a hovered name stays while the pointer moves onto it, and Escape hides it with the focus elsewhere', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const target = marker(el, 'budapest');
      const { x, y } = centerOf(target);
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await waitUntil(() => shown(target), 'not shown on hover');
      // Onto the name itself, above the marker: still Budapest's, no neighbour's.
      const name = target.querySelector('.marker__name')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(name.left + name.width / 2), Math.round(name.top + name.height / 2)] });
      await frames(2);
      expect(shown(target), 'the name went when the pointer reached it').to.equal(true);
      const others = markers(el).filter((m) => m !== target && shown(m)).map((m) => m.dataset.id);
      expect(others, 'a neighbour showed its name instead').to.deep.equal([]);
      // Escape with the focus on the page, not the map.
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Escape' });
      expect(shown(target), 'hidden by Escape').to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('the focus ring stands between two rings of the map’s surface, whatever the land under it', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" theme="dark"></sister-city-map>`);
      const target = markers(el)[0];
      container(el).focus();
      await sendKeys({ press: 'Tab' });
      expectSame(active(el), target);
      const style = getComputedStyle(target);
      const surface = getComputedStyle(root(el).querySelector('.stage')!).getPropertyValue('--_surface').trim();
      expect(style.outlineStyle).to.equal('solid');
      expect(style.boxShadow, 'a surface-coloured ring under the outline').to.match(/0px 0px 0px 5px/);
      // the shadow's colour is the surface's (computed as rgb)
      const probe = document.createElement('span');
      probe.style.color = surface;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      expect(style.boxShadow.startsWith(rgb), `${style.boxShadow} is not ${rgb}`).to.equal(true);
    });
  });

  describe('reset', () => {
    /** Every marker's centre, relative to the map box. */
    const view = (el: SisterCityMap) =>
      Object.fromEntries(
        markers(el).map((m) => {
          const c = centerOf(m);
          const box = container(el).getBoundingClientRect();
          return [m.dataset.id!, { x: c.x - box.left, y: c.y - box.top }];
        }),
      );
    const offBy = (a: ReturnType<typeof view>, b: ReturnType<typeof view>) =>
      Math.max(...Object.keys(a).map((id) => Math.hypot(a[id].x - b[id].x, a[id].y - b[id].y)));
    const reset = (el: SisterCityMap) => root(el).querySelector<HTMLButtonElement>('.controls button:last-child')!;
    const dblclick = (el: SisterCityMap) => {
      // On open sea near the bottom left corner: the zoom keeps that point, so the centre moves too.
      const box = container(el).getBoundingClientRect();
      const at = { clientX: box.left + 60, clientY: box.bottom - 60 };
      container(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, composed: true, ...at }));
    };

    it('returns to the home framing after Leaflet’s double-click zoom', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      await settle(el);
      const home = view(el);
      const start = spread(el);
      dblclick(el);
      await waitUntil(() => spread(el) > start * 1.5, 'the double click did not zoom');
      await settle(el);
      expect(offBy(view(el), home)).to.be.greaterThan(50);
      reset(el).click();
      await settle(el);
      expect(spread(el)).to.be.closeTo(start, 1);
      expect(offBy(view(el), home), 'not back to the home view').to.be.lessThan(1.5);
    });

    it('returns to the home framing when pressed during a zoom animation', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      await settle(el);
      const home = view(el);
      const start = spread(el);
      root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
      // Leaflet drops a view asked for while it animates a zoom.
      await waitUntil(() => root(el).querySelector('.leaflet-zoom-anim'), 'no zoom animation', { interval: 5 });
      reset(el).click();
      await settle(el);
      expect(spread(el)).to.be.closeTo(start, 1);
      expect(offBy(view(el), home), 'not back to the home view').to.be.lessThan(1.5);
    });
  });

  describe('a view the reader moved', () => {
    for (const [width, beside] of [
      [760, true],
      [360, false],
    ] as const) {
      it(`keeps its zoom when a partner is chosen and its panel closed, panned only for the partner to stand clear of the ${beside ? 'side panel' : 'sheet'}`, async () => {
        const el = await readyMap(html`<sister-city-map loading="eager" lang="en" style="width: ${width}px"></sister-city-map>`);
        await settle(el);
        const start = spread(el);
        const zoomIn = root(el).querySelector<HTMLButtonElement>('.controls button')!;
        zoomIn.click();
        await settle(el);
        zoomIn.click();
        await settle(el);
        const zoomed = spread(el);
        expect(zoomed, 'the reader did not zoom in').to.be.greaterThan(start * 2);
        // The marker in view furthest towards the panel, which will cover it.
        const box = container(el).getBoundingClientRect();
        const inView = markers(el).filter((m) => inside(centerOf(m), container(el), -30));
        const edge = (m: HTMLElement) => (beside ? centerOf(m).x : centerOf(m).y);
        const target = inView.sort((a, b) => edge(b) - edge(a))[0];
        expect(target, 'no marker in view').to.not.equal(undefined);
        const id = target.dataset.id!;
        const before = target.getBoundingClientRect();
        target.click();
        await el.updateComplete;
        await settle(el);
        expect(el.selected).to.equal(id);
        const panel = root(el).querySelector('.panel')!.getBoundingClientRect();
        expect(overlaps(before, panel), `${id} was not where the panel opened: the test would prove nothing`).to.equal(true);
        expect(spread(el), 'the view was framed again: the zoom is lost').to.be.closeTo(zoomed, zoomed * 0.02);
        const seen = marker(el, id).getBoundingClientRect();
        expect(overlaps(seen, panel), `${id} under the panel`).to.equal(false);
        expect(seen.left).to.be.at.least(box.left);
        expect(seen.top).to.be.at.least(box.top);

        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        await settle(el);
        expectSame(root(el).querySelector('.panel'), null, 'panel still open');
        expect(spread(el), 'closing the panel framed the view again').to.be.closeTo(zoomed, zoomed * 0.02);
      });
    }
  });

  describe('wheel', () => {
    it('never hijacks page scrolling: a plain wheel scrolls the page and shows a hint', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const start = spread(el);
      const event = wheel(marker(el, 'tokyo').parentElement!, {});
      expect(event.defaultPrevented).to.equal(false);
      await el.updateComplete;
      expect(hint(el)!.hidden).to.equal(false);
      const text = hint(el)!.textContent!.trim();
      expect([overlayStrings.en.wheelHint('Ctrl'), overlayStrings.en.wheelHint('⌘')]).to.include(text);
      expect(hint(el)!.getAttribute('aria-hidden')).to.equal('true');
      await new Promise((r) => setTimeout(r, 300));
      expect(spread(el)).to.equal(start);
      await waitUntil(() => hint(el)!.hidden, 'hint never went away', { timeout: 3000 });
    });

    it('zooms with Ctrl + wheel (and keeps the browser from zooming the page)', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const start = spread(el);
      const event = wheel(container(el), { ctrlKey: true });
      expect(event.defaultPrevented).to.equal(true);
      await waitUntil(() => spread(el) > start * 1.2, 'Ctrl + wheel did not zoom');
      // Without Ctrl again: back to page scrolling.
      await settle(el);
      const zoomed = spread(el);
      const plain = wheel(container(el), {});
      expect(plain.defaultPrevented).to.equal(false);
      await new Promise((r) => setTimeout(r, 300));
      expect(spread(el)).to.be.closeTo(zoomed, 0.5);
    });

    it('zooms with a plain wheel once the map was clicked, until the pointer leaves', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const start = spread(el);
      // Click on open sea, away from the markers.
      const box = container(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 60), Math.round(box.bottom - 60)] });
      await frames(1);
      expectSame(active(el), container(el), 'click did not focus the map');
      const event = wheel(container(el), {});
      expect(event.defaultPrevented).to.equal(true);
      await waitUntil(() => spread(el) > start * 1.2, 'wheel did not zoom the focused map');
      expect(hint(el)!.hidden).to.equal(true);

      await sendMouse({ type: 'move', position: [5, 5] });
      root(el).querySelector('.stage')!.dispatchEvent(new PointerEvent('pointerleave'));
      await new Promise((r) => setTimeout(r, 300));
      const after = wheel(container(el), {});
      expect(after.defaultPrevented).to.equal(false);
    });
  });
});
