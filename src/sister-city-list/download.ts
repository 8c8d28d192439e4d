/**
 * "Unduh data / Download the data": the partners a table or map shows, as a
 * CSV file made in the browser when the link is activated (the same format as
 * `npx jakarta-global-widgets csv-export`: UTF-8 with BOM, `;` between cells,
 * both languages side by side). Nothing is fetched; the link's `href` becomes
 * a `blob:` URL at the click, which a strict Content-Security-Policy allows
 * (a download is not a fetch). Shared by `<sister-city-list>` and `<sister-city-map>`.
 * Prerendered (no script yet), the link has no `href`: it reads as plain text
 * until the element upgrades, instead of jumping to the top of the page.
 */
import { css, html, isServer, nothing, type TemplateResult } from 'lit';
import type { Bilingual } from '../core/i18n.js';
import type * as CsvModule from '../check/csv.js';
import type { Lang, Partner } from '../core/types.js';

const downloadIndonesian = {
  link: 'Unduh data',
  /** After the link: the format and how many partners; `count` is already formatted. */
  detail: (count: string, _n: number) => `(CSV, ${count} mitra)`,
  file: 'mitra-kota-kembar-jakarta.csv',
};

export const downloadStrings: Bilingual<typeof downloadIndonesian> = {
  id: downloadIndonesian,
  en: {
    link: 'Download the data',
    detail: (count: string, n: number) => `(CSV, ${count} ${n === 1 ? 'partner' : 'partners'})`,
    file: 'jakarta-sister-cities.csv',
  },
};

/**
 * The CSV writer, loaded when a reader points at or focuses the link (few
 * readers download: the pages that show a table do not pay for it up front).
 */
let toCsv: typeof CsvModule.toCsv | undefined;
// Destructured, so that the bundle keeps the writer only (not the import side, `fromCsv` and its messages).
const loadCsv = () => import('../check/csv.js').then(({ toCsv: writer }) => (toCsv = writer));
const prefetch = () => void loadCsv().catch(() => {});

/** The link (part `download`); `count` is `partners.length`, formatted. */
export function downloadLink(partners: readonly Partner[], lang: Lang, count: string): TemplateResult {
  const s = downloadStrings[lang];
  const onClick = (event: MouseEvent) => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (!toCsv) {
      // Activated before the writer arrived (a tap with no hover): activated again once it is here.
      event.preventDefault();
      loadCsv().then(
        () => link.click(),
        (error: unknown) => console.warn(`jakarta-global-widgets: the CSV file could not be made: ${String(error)}`),
      );
      return;
    }
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    const blob = new Blob([toCsv('partners', { metrics: [], partners: [...partners] })], { type: 'text/csv;charset=utf-8' });
    link.href = URL.createObjectURL(blob);
  };
  return html`<p class="download" lang=${lang}>
    <a
      part="download"
      href=${isServer ? nothing : '#'}
      download=${s.file}
      @click=${onClick}
      @pointerenter=${prefetch}
      @focus=${prefetch}
      >${s.link}</a
    >
    <span class="download__detail">${s.detail(count, partners.length)}</span>
  </p>`;
}

export const downloadStyles = css`
  /* Above the table (beside the region menu when there is one), under the map's heading. */
  .download {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .controls .download {
    margin: 0 0 0 auto;
  }
  .titles .download {
    margin: 0.25em 0 0;
  }
  .download a[href] {
    color: var(--_accent);
    font-weight: 600;
    border-radius: calc(var(--_radius) / 2);
  }
  /* Prerendered, before the script: the file can only be made in the browser, so plain text, not a link to "#". */
  .download a:not([href]) {
    text-decoration: none;
    font-weight: 600;
  }
`;
