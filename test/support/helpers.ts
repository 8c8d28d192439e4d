/** Small helpers shared by the browser tests. */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResult> };
  }
}

/** axe-core violations inside `el` (open shadow roots included), as short strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** Collects console.warn calls until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = warn) };
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Normalizes the narrow and non-breaking spaces that Intl puts in numbers and dates. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The text of a shadow root (styles left out) whose nearest `lang` inside it is not `lang`:
 * what a screen reader would read in the page's language instead (each as "tag.class: text").
 */
export function textNotMarked(root: ShadowRoot, lang: string): string[] {
  const unmarked = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('style')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== lang) unmarked.add(`${parent.localName}.${parent.className}: ${node.textContent!.trim().slice(0, 30)}`);
  }
  return [...unmarked];
}

/**
 * The target of a skip link, focused by it, is seen (WCAG 2.4.7): `label`,
 * ringed, inside the bottom of what was `skipped`, over it (taking no room).
 */
export function expectLanding(target: HTMLElement, skipped: Element, label: string): void {
  expect(normalizeSpaces(target.textContent ?? '')).to.equal(label);
  const box = target.getBoundingClientRect();
  const area = skipped.getBoundingClientRect();
  expect(box.width, 'the target is not shown').to.be.greaterThan(40);
  expect(box.height).to.be.greaterThan(16);
  expect(box.left).to.be.at.least(area.left);
  expect(box.right).to.be.at.most(area.right);
  expect(box.top).to.be.at.least(area.top);
  expect(box.bottom).to.be.at.most(area.bottom);
  expect(area.bottom - box.bottom).to.be.below(box.height);
  const style = getComputedStyle(target);
  expect(`${style.outlineStyle} ${style.outlineWidth}`).to.equal('solid 3px');
  expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
}
