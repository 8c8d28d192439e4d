/** Small helpers shared by the browser tests. */
import 'axe-core/axe.min.js';

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
