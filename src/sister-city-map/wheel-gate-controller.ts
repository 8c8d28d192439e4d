import type { ReactiveControllerHost } from 'lit';

/** How long the "Ctrl + scroll to zoom" hint stays, in ms. */
export const HINT_MS = 1600;

/** The part of the map view the gate drives (`MapView` has it). */
export interface WheelZoomable {
  setWheelZoom(enabled: boolean): void;
  readonly wheelZoom: boolean;
}

/**
 * Wheel gating: scrolling the page over the map never zooms it. The wheel
 * zooms only once the map was clicked or focused (until the pointer leaves
 * the map box or focus leaves the map), or with Ctrl/⌘ (then the page is not
 * zoomed either); otherwise the page scrolls as usual and `hint` turns on for
 * `HINT_MS`, so the element can say how to zoom.
 *
 * In the shape of Leaflet's interaction handlers: `enable()` once a map is
 * drawn, `disable()` when it goes; `addHooks()` / `removeHooks()` add and
 * remove the listeners on the map box (the stage, which also holds the
 * panel and the controls). The wheel listener runs in the capture phase,
 * before Leaflet's own wheel handler on the map container.
 */
export class WheelGateController {
  /** True while the hint should show. */
  hint = false;
  private stage: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private view: WheelZoomable | undefined;
  private armed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * It needs no host lifecycle hook (a move in the DOM keeps the map; the
   * lifecycle controller disables the gate when it destroys the map), only
   * `requestUpdate` when the hint changes.
   */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** Gates the wheel over `container` (the Leaflet map) inside `stage`. */
  enable(stage: HTMLElement, container: HTMLElement, view: WheelZoomable): void {
    this.disable();
    this.stage = stage;
    this.container = container;
    this.view = view;
    this.addHooks();
  }

  disable(): void {
    if (!this.view) return;
    this.removeHooks();
    this.stage = this.container = this.view = undefined;
    this.armed = false;
    this.setHint(false);
  }

  enabled(): boolean {
    return !!this.view;
  }

  addHooks(): void {
    this.hooks('addEventListener');
  }

  removeHooks(): void {
    this.hooks('removeEventListener');
  }

  private hooks(method: 'addEventListener' | 'removeEventListener'): void {
    const stage = this.stage!;
    for (const type of ['focusin', 'focusout', 'pointerdown', 'pointerleave']) stage[method](type, this);
    stage[method]('wheel', this, true);
  }

  /** @internal The listener of every hook. */
  handleEvent(e: Event): void {
    const container = this.container!;
    const inMap = e.composedPath().includes(container);
    switch (e.type) {
      case 'focusin':
      case 'pointerdown':
        if (inMap) this.arm(true);
        break;
      case 'focusout': {
        const next = (e as FocusEvent).relatedTarget as Node | null;
        if (!next || !container.contains(next)) this.arm(false);
        break;
      }
      case 'pointerleave':
        if (this.armed) this.arm(false);
        break;
      case 'wheel': {
        const view = this.view!;
        if (!inMap || this.armed) return;
        const { ctrlKey, metaKey } = e as WheelEvent;
        if (ctrlKey || metaKey) {
          if (!view.wheelZoom) view.setWheelZoom(true); // Leaflet's handler takes this event
          return;
        }
        if (view.wheelZoom) view.setWheelZoom(false);
        this.setHint(true);
      }
    }
  }

  private arm(on: boolean): void {
    this.armed = on;
    this.view?.setWheelZoom(on);
    if (on) this.setHint(false);
  }

  private setHint(on: boolean): void {
    clearTimeout(this.timer);
    this.timer = on ? setTimeout(() => this.setHint(false), HINT_MS) : undefined;
    if (this.hint !== on) {
      this.hint = on;
      this.host.requestUpdate();
    }
  }
}
