import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDatasetCache } from '../../src/core/dataset.js';
import { HINT_MS, WheelGateController } from '../../src/sister-city-map/wheel-gate-controller.js';
import { centerOf, container, distance, expectSame, marker, readyMap, root, wheel, type SisterCityMap } from './map-helpers.js';

/** The gate on a plain stage: a focusable "map" and, beside it, a focusable panel button. */
function setUp() {
  const host = {
    updates: 0,
    addController(_: ReactiveController) {},
    removeController(_: ReactiveController) {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost & { updates: number };
  const stage = document.createElement('div');
  const map = document.createElement('div');
  map.tabIndex = 0;
  map.style.height = '100px';
  const inner = document.createElement('button');
  map.append(inner);
  const panel = document.createElement('button');
  stage.append(map, panel);
  document.body.append(stage);
  const view = {
    wheelZoom: false,
    setWheelZoom(on: boolean) {
      view.wheelZoom = on;
    },
  };
  const gate = new WheelGateController(host);
  gate.enable(stage, map, view);
  return { host, stage, map, inner, panel, view, gate };
}

describe('WheelGateController', () => {
  let ctx: ReturnType<typeof setUp>;
  beforeEach(() => {
    ctx = setUp();
  });
  afterEach(() => {
    ctx.gate.disable();
    ctx.stage.remove();
  });

  it('lets a plain wheel over the map scroll the page and turns the hint on for HINT_MS', async () => {
    const event = wheel(ctx.map);
    expect(event.defaultPrevented).to.equal(false);
    expect(ctx.view.wheelZoom).to.equal(false);
    expect(ctx.gate.hint).to.equal(true);
    expect(ctx.host.updates).to.equal(1);
    await new Promise((r) => setTimeout(r, HINT_MS - 300));
    expect(ctx.gate.hint).to.equal(true);
    await waitUntil(() => !ctx.gate.hint, 'the hint stayed', { timeout: 1000 });
    expect(ctx.host.updates).to.equal(2);
  });

  it('hands a Ctrl or ⌘ wheel to the map, without a hint', () => {
    wheel(ctx.map, { ctrlKey: true });
    expect(ctx.view.wheelZoom).to.equal(true);
    expect(ctx.gate.hint).to.equal(false);
    // The next plain wheel scrolls the page again.
    wheel(ctx.map);
    expect(ctx.view.wheelZoom).to.equal(false);
    expect(ctx.gate.hint).to.equal(true);
    ctx.view.wheelZoom = false;
    wheel(ctx.map, { metaKey: true });
    expect(ctx.view.wheelZoom).to.equal(true);
  });

  it('ignores a wheel over the stage outside the map (the panel)', () => {
    wheel(ctx.panel);
    expect(ctx.gate.hint).to.equal(false);
    expect(ctx.view.wheelZoom).to.equal(false);
  });

  it('arms when the map gets focus, and disarms when focus leaves it (not when it moves inside)', () => {
    ctx.map.focus();
    expect(ctx.view.wheelZoom).to.equal(true);
    ctx.inner.focus();
    expect(ctx.view.wheelZoom).to.equal(true, 'focus moving inside the map disarmed it');
    wheel(ctx.map);
    expect(ctx.gate.hint).to.equal(false);
    ctx.panel.focus();
    expect(ctx.view.wheelZoom).to.equal(false, 'focus left the map but the wheel still zooms');
    wheel(ctx.map);
    expect(ctx.gate.hint).to.equal(true);
  });

  it('arms on a pointer press in the map, and disarms when the pointer leaves the stage', () => {
    ctx.panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(ctx.view.wheelZoom).to.equal(false, 'a press outside the map armed it');
    ctx.map.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(ctx.view.wheelZoom).to.equal(true);
    // pointerleave does not bubble: leaving a child inside the stage keeps it armed.
    ctx.inner.dispatchEvent(new PointerEvent('pointerleave'));
    expect(ctx.view.wheelZoom).to.equal(true);
    ctx.stage.dispatchEvent(new PointerEvent('pointerleave'));
    expect(ctx.view.wheelZoom).to.equal(false);
  });

  it('removes its hooks when disabled, and clears the hint', () => {
    wheel(ctx.map);
    expect(ctx.gate.hint).to.equal(true);
    expect(ctx.gate.enabled()).to.equal(true);
    ctx.gate.disable();
    expect(ctx.gate.enabled()).to.equal(false);
    expect(ctx.gate.hint).to.equal(false);
    ctx.map.focus();
    expect(ctx.view.wheelZoom).to.equal(false);
    wheel(ctx.map);
    expect(ctx.gate.hint).to.equal(false);
  });
});

describe('<sister-city-map> wheel gating', () => {
  beforeEach(() => clearDatasetCache());

  const hint = (el: SisterCityMap) => root(el).querySelector<HTMLElement>('.hint')!;
  const spread = (el: SisterCityMap) => distance(centerOf(marker(el, 'rotterdam')), centerOf(marker(el, 'tokyo')));

  it('does not zoom after focus left the map by keyboard: Tab in, Shift+Tab out, wheel over the map', async () => {
    const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
    // The last zoom control comes just before the map in Tab order.
    const reset = root(el).querySelector<HTMLButtonElement>('.controls button:last-child')!;
    reset.focus();
    await sendKeys({ press: 'Tab' });
    expectSame(root(el).activeElement, container(el), 'Tab did not reach the map');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expectSame(root(el).activeElement, reset, 'Shift+Tab did not leave the map');
    const start = spread(el);
    const event = wheel(container(el));
    expect(event.defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(hint(el).hidden).to.equal(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(spread(el)).to.equal(start);
  });
});
