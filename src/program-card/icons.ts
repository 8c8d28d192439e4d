import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Sector } from '../core/types.js';

/**
 * Small line icons for the programme sectors, drawn inline (no image request,
 * nothing for `img-src` to block). They take the text colour (`currentColor`)
 * and are decorative: the sector name is always written next to them.
 */
const paths: Record<Sector, SVGTemplateResult> = {
  // A public building with columns.
  governance: svg`<path d="M3 21h18M4 10h16M12 3l8 5H4zM6 10v8M10 10v8M14 10v8M18 10v8"></path>`,
  // A leaf.
  environment: svg`<path d="M4 20c0-9 6-15 16-16-1 10-7 16-16 16zM4 20l8-8"></path>`,
  // A graduation cap.
  education: svg`<path d="M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6"></path>`,
  // A medical cross.
  health: svg`<path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z"></path>`,
  // A globe.
  diplomacy: svg`<circle cx="12" cy="12" r="9"></circle><path d="M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18"></path>`,
  // A folded map.
  planning: svg`<path d="M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3zM9 3v15M15 6v15"></path>`,
};

/** The decorative icon of a sector, 1em square. */
export function sectorIcon(sector: Sector): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[sector]}</svg>`;
}
