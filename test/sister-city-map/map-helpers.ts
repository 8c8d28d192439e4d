/** Helpers shared by the `<sister-city-map>` tests. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/sister-city-map/define.js';
import type { SisterCityMap } from '../../src/sister-city-map/sister-city-map.js';

export type { SisterCityMap };

/** Resolves when the map is drawn, or fails after `timeout` ms. */
export function whenReady(el: SisterCityMap, timeout = 8000): Promise<void> {
  return Promise.race([
    el.ready,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('map not ready in time')), timeout)),
  ]);
}

/** A fixture of a map, returned once the map is drawn. */
export async function readyMap(template: TemplateResult): Promise<SisterCityMap> {
  const el = await fixture<SisterCityMap>(template);
  await whenReady(el);
  return el;
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The partner markers, in DOM (= Tab) order. */
export function markers(el: Element): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('.marker--partner')];
}

export function marker(el: Element, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`.marker--partner[data-id="${id}"]`);
  if (!found) throw new Error(`no marker for ${id}`);
  return found;
}

export function arcs(el: Element): SVGPathElement[] {
  return [...root(el).querySelectorAll<SVGPathElement>('path.arc')];
}

export function stage(el: Element): HTMLElement {
  return root(el).querySelector<HTMLElement>('.stage')!;
}

export function container(el: Element): HTMLElement {
  return root(el).querySelector<HTMLElement>('.leaflet-container')!;
}

export function centerOf(target: Element): { x: number; y: number } {
  const r = target.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** True when the point lies inside the element's box (with `slack` px). */
export function inside(point: { x: number; y: number }, box: Element, slack = 0): boolean {
  const r = box.getBoundingClientRect();
  return (
    point.x >= r.left - slack && point.x <= r.right + slack && point.y >= r.top - slack && point.y <= r.bottom + slack
  );
}

/** True when two boxes share some area (touching edges do not count). */
export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Screen points of an SVG path's `M`/`L` vertices, one array per sub-path. */
export function pathPoints(path: SVGPathElement): { x: number; y: number }[][] {
  const ctm = path.getScreenCTM()!;
  const svg = path.ownerSVGElement!;
  const parts: { x: number; y: number }[][] = [];
  for (const m of (path.getAttribute('d') ?? '').matchAll(/([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)) {
    if (m[1] === 'M') parts.push([]);
    const p = svg.createSVGPoint();
    p.x = Number(m[2]);
    p.y = Number(m[3]);
    const q = p.matrixTransform(ctm);
    parts[parts.length - 1].push({ x: q.x, y: q.y });
  }
  return parts;
}

/** Distance in px between two screen points. */
export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Where partner `id` is on screen: its marker's centre, or, for a marker spread aside from a close
 * neighbour (declutter.ts), the start of the leader line drawn from its real place to the marker.
 */
export function placeOf(el: Element, id: string): { x: number; y: number } {
  const at = centerOf(marker(el, id));
  for (const leader of root(el).querySelectorAll<SVGPathElement>('path.leader')) {
    const points = pathPoints(leader)[0];
    if (distance(points[points.length - 1], at) < 3) return points[0];
  }
  return at;
}

/** Waits for `frames` animation frames. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** Waits until the element's map status settles to a drawn map with `count` markers. */
export async function untilMarkers(el: Element, count: number, message?: string): Promise<void> {
  await waitUntil(() => markers(el).length === count, message ?? `expected ${count} markers`, { timeout: 4000 });
}

/** A short label for a node (chai would walk a whole element, with Leaflet's objects, to print it). */
function label(value: unknown): string {
  if (value instanceof Element) {
    const cls = value.getAttribute('class');
    return `<${value.localName}${value.id ? `#${value.id}` : ''}${cls ? ` class="${cls}"` : ''}>`;
  }
  return String(value);
}

/** Asserts identity (elements, null) with a short message. */
export function expectSame(actual: unknown, expected: unknown, message = 'not the same'): void {
  if (actual !== expected) throw new Error(`${message}: expected ${label(expected)}, got ${label(actual)}`);
}

/** A cancelable wheel event over the centre of `target` (zoom in by default), dispatched; returned to check `defaultPrevented`. */
export function wheel(target: Element, init: WheelEventInit = {}): WheelEvent {
  const { x, y } = centerOf(target);
  const event = new WheelEvent('wheel', {
    deltaY: -120,
    clientX: x,
    clientY: y,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}
