/**
 * Headings of every element go through one rule: the level comes from the
 * element's `heading-level` attribute through `headingLevel()` (2 to 6, else
 * the element's default with one warning), and is rendered by `heading()` as a
 * real `h2`…`h6`, so the widget fits the outline of the page it is put in.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The level of an element's heading (its `heading-level` attribute): `value`
 * when it is a whole number from 2 to 6 (1 is the page's own title), else
 * `fallback`, with one warning through `warn` (none when the attribute was
 * removed: the property is then `null`). The warning quotes `attribute` as
 * written where Lit's number would mislead: `"two"` (not `NaN`), `""` (not `0`).
 */
export function headingLevel(
  value: unknown,
  fallback: number,
  warn: (message: string) => void,
  attribute: string | null,
): number {
  if (Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 6) return value as number;
  if (value === null || value === undefined) return fallback;
  warn(`heading-level "${Number.isNaN(value) || attribute === '' ? attribute : value}" is not 2 to 6; using ${fallback}.`);
  return fallback;
}

export interface HeadingAttributes {
  id?: string;
  class?: string;
  part?: string;
  /** `-1` for a heading that receives focus by script (a panel's title). */
  tabindex?: number;
}

/**
 * `content` as a real `h2`…`h6`; no static-html machinery for five tags. Below `h6` (the map's panel
 * under a map at `heading-level="5"` or `"6"`), a `role="heading"` with its `aria-level` (7, 8): HTML
 * has no `h7`, and an `h6` there would make a panel's sections siblings of its title, or the title a
 * sibling of the map's heading.
 */
export function heading(level: number, content: unknown, a: HeadingAttributes = {}): TemplateResult {
  const id = a.id ?? nothing;
  const cls = a.class ?? nothing;
  const part = a.part ?? nothing;
  const tabindex = a.tabindex ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</div>`;
  }
}
