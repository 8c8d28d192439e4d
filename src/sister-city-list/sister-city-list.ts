import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { coreStrings, formatNumber, formatYear } from '../core/i18n.js';
import type { Dataset, Lang, Note, Partner, Source } from '../core/types.js';
import { notesOf, sourcesOf } from '../core/lookups.js';
import { filterByRegion, isRegion, partnerStrings, REGION_FILTERS, type RegionFilter } from '../core/partners.js';
import { publisherOf, sourceLink, sourceTitle } from '../core/source-link.js';
import '../core/partners-data.js';
import { reportedProblem } from '../core/reported.js';
import { whenIdle } from '../core/idle.js';
import { isUnset, WidgetElement } from '../core/widget-element.js';
import { isSortKey, isSortOrder, SORT_KEYS, SORT_ORDERS, sortPartners, type SortKey, type SortOrder } from './sort.js';
import { downloadLink, downloadStyles } from './download.js';
import { aboutList, aboutStyles } from './about-list.js';
import { skipLink, skipLinkStyles, skipTarget } from './skip-link.js';
import { styles } from './sister-city-list.styles.js';
import { listStrings } from './sister-city-list.strings.js';

/** Detail of `sister-city-list-sort`. */
export interface SisterCityListSortDetail {
  sort: SortKey;
  order: SortOrder;
}

declare module '../core/widget-element.js' {
  interface WidgetEventMap {
    'sister-city-list-sort': SisterCityListSortDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sister-city-list-sort': CustomEvent<SisterCityListSortDetail>;
  }
}

/** The three sortable columns, in table order. */
const SORTABLE: readonly { key: SortKey; label: 'colPartner' | 'colCountry' | 'colSince' }[] = [
  { key: 'name', label: 'colPartner' },
  { key: 'country', label: 'colCountry' },
  { key: 'year', label: 'colSince' },
];

const COLUMNS = 6;

/** Closed disclosures filled in each idle moment after the first render. */
const FILL_ROWS = 6;

let uid = 0;

/**
 * Columns: partner, country, type of partnership, year, confidence of the
 * sources, and the sources themselves with the notes where sources disagree,
 * behind one disclosure per row (their contents are written just after the
 * first render, a few rows at a time, and at once when a row is opened;
 * prerendered, all at once). A region filter narrows the rows. In a box narrower
 * than 42em (672px at 16px) each partner is a card (no sideways scrolling; still a table
 * for assistive technology), under a bar of the three sort buttons ("Urutkan
 * menurut / Sort by"). A "Lewati tabel / Skip the table" link, shown on
 * focus, takes keyboard users past the rows. It stands alone, and
 * `<sister-city-map>` embeds it as its "Tampilkan sebagai tabel / Show as
 * table" view.
 *
 * @summary Jakarta's sister-city partners as an accessible, sortable table.
 *
 * @attr {'id' | 'en'} lang - Language of the element. When absent, the nearest ancestor's `lang`, then `<html lang>`, then `id`.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme (default `light`; `auto` follows the reader's system).
 * @attr {string} src - URL of a dataset of the same schema; empty (default) for the bundled 2024 dataset. A file that cannot be used shows the fallback content (see Bad data in the README); invalid items in it are skipped.
 *
 * @fires {CustomEvent<SisterCityListSortDetail>} sister-city-list-sort - The reader sorted the table with a column heading button: `detail.sort` is `name`, `country` or `year`, `detail.order` is `asc` or `desc`. Not fired when code sets `sort` or `order`.
 *
 * @cssprop --jgw-list-padding - Space between the element's edge and its content (default `0`, flush with the page's text / dark `0.75em`, inside its dark box).
 * @cssprop --jgw-list-min-height - Height reserved before the data is shown; loading and error states keep it (default `320px`).
 * @cssprop --jgw-list-max-height - Maximum height of the table; taller tables scroll inside the element with the column headings kept in view, and their box is then a Tab stop (a region named by the caption) that the arrow keys scroll (default `none`: no scrolling, no extra Tab stop).
 * @cssprop --jgw-accent - Accent colour: the selected row's marker and tint (default `#b3261e` / dark `#ff8a80`).
 * @cssprop --jgw-text - Text colour (default `#1f2328` / dark `#e6edf3`).
 * @cssprop --jgw-muted - Secondary text, e.g. "year unknown" (default `#57606a` / dark `#9da7b3`).
 * @cssprop --jgw-surface - Background (default `#ffffff` / dark `#161b22`).
 * @cssprop --jgw-border - Borders and row rules (default `#d0d7de` / dark `#3d444d`).
 * @cssprop --jgw-focus - Focus ring (default `#0b63ce` / dark `#58a6ff`).
 * @cssprop --jgw-radius - Corner radius (default `8px`).
 * @cssprop --jgw-font-family - Font stack (default: the system UI fonts).
 * @cssprop --jgw-font-size - Base font size; the other sizes are relative to it (default `medium`: the text size set in the reader's browser, 16px unless changed; never the page's).
 *
 * @csspart controls - The region filter above the table (absent with `no-controls`).
 * @csspart table - The `<table>`.
 * @csspart caption - The `<caption>`.
 * @csspart row - Each partner row (`<tr>`); the selected one also has `aria-current="true"`.
 * @csspart download - The "Unduh data / Download the data" link above the table (absent with `no-download`).
 * @csspart about - The "Catatan tentang daftar ini / Notes on this list" disclosure after the table (`<details>`): what the sources say about the list as a whole (the notes of the dataset's `sister-cities` figure: the list is rebuilt, reports of "23 countries"), with the sources they cite; absent when that figure has no notes.
 * @csspart source - Each source in a row's disclosure (`<li>`): the publisher, linked when the source has a usable `https:`/`http:` URL, and the year it was published.
 * @csspart state - The loading, fallback or error box (from the shared base).
 * @csspart error - The error box, shown only with `debug` or `?jgw-debug`.
 * @csspart fallback - The box that holds the fallback content (or a neutral line) when the data cannot be shown.
 *
 * @slot - Fallback content shown before the script runs (e.g. a static list of the partners), hidden once the element renders. Shown again, in the element's box, when its data cannot be used.
 *
 * @tag sister-city-list
 */
export class SisterCityList extends WidgetElement {
  static override styles = [...WidgetElement.styles, skipLinkStyles, downloadStyles, aboutStyles, styles];
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    sort: { reflect: true },
    order: { reflect: true },
    selected: {},
    caption: {},
    noControls: { type: Boolean, reflect: true, attribute: 'no-controls' },
    noDownload: { type: Boolean, reflect: true, attribute: 'no-download' },
    filledRows: { state: true },
    scrolls: { state: true },
  };

  /**
   * Shows only the partners of one region: `all` (default), `asia`, `europe`,
   * `americas`, `africa` or `oceania`. An unknown value shows all partners and
   * logs one console warning listing the valid values. The reader's choice in
   * the region menu is reflected here (without an event).
   */
  region: RegionFilter = 'all';

  /**
   * The sort column: `name` (default), `country` or `year` (unknown years
   * always last). Ties are broken by name. An unknown value sorts by name,
   * with one warning. The reader's choice is reflected here.
   */
  sort: SortKey = 'name';

  /** Sort direction: `asc` (default) or `desc`. An unknown value means `asc`, with one warning. */
  order: SortOrder = 'asc';

  /**
   * Id of a partner to highlight (e.g. `jeju`): its row gets
   * `aria-current="true"` and a visible marker. An id that the dataset does
   * not have highlights nothing and logs one warning. A known partner outside
   * the current `region` is simply not shown.
   */
  selected = '';

  /** Replaces the default table caption ("Mitra kota kembar (sister city) Jakarta, 23 mitra"). */
  caption = '';

  /** Hides the region menu above the table (the region can still be set with `region`). */
  noControls = false;

  /**
   * Hides the "Unduh data / Download the data" link above the table (the
   * partners it shows, as a CSV file made in the browser).
   */
  noDownload = false;

  private readonly ids = `scl${++uid}`;

  /**
   * How many rows (in the order shown) have the sources and notes of their
   * closed disclosure rendered. None on the first render: they were about half
   * of the table's first render, for text nobody sees until a disclosure
   * opens. They are filled a few rows per idle moment right after (so that
   * find-in-page, which opens a closed disclosure on a match, reaches them a
   * moment later); a disclosure the reader opens first is filled at once. On
   * the server (prerendered embeds), all of them.
   */
  private filledRows = isServer ? Number.POSITIVE_INFINITY : 0;

  /**
   * What the status line says after the reader's own change (WCAG 4.1.3): the new caption after a
   * region is chosen in the menu (the count changed), the new order after a sort button. A change
   * made by the page's script (region, sort, order, data, the language: its own or an ancestor's)
   * empties it, so that nothing is read that the reader did not do. Worded at render time, in the
   * element's language.
   */
  private announce: '' | 'region' | 'sort' = '';
  /** The reader's change that the next update shows (set by the menu's and the sort buttons' handlers). */
  private readerChange: '' | 'region' | 'sort' = '';
  /** The language of the last update, whose change by the page empties the status line too. */
  private announcedLang: Lang | undefined;
  /** Partners whose disclosure was opened before its turn came. */
  private readonly openedRows = new Set<string>();
  private filling = false;
  /** Rows in the last render. */
  private shownRows = 0;

  /**
   * Whether the table scrolls inside its box (`--jgw-list-max-height`, or a
   * word too long for the width). Only then is the box a Tab stop and a named
   * region, so that a keyboard reader can scroll it; otherwise it would be a
   * stop with nothing to do, before every table (the sort buttons and the
   * disclosures inside are stops of their own).
   */
  private scrolls = false;
  /** Watches the box and its table (`watchScroll`). */
  private scrollWatch: ResizeObserver | undefined;
  private watched: Element | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region') && !isUnset(this.region) && !isRegion(this.region)) {
      this.warnOnce(`unknown region "${this.region}"; showing all partners. Valid values: ${REGION_FILTERS.join(', ')}.`);
    }
    if (changed.has('sort') && !isUnset(this.sort) && !isSortKey(this.sort)) {
      this.warnOnce(`unknown sort "${this.sort}"; sorting by name. Valid values: ${SORT_KEYS.join(', ')}.`);
    }
    if (changed.has('order') && !isUnset(this.order) && !isSortOrder(this.order)) {
      this.warnOnce(`unknown order "${this.order}"; using asc. Valid values: ${SORT_ORDERS.join(', ')}.`);
    }
    // The language is the resolved one: an ancestor's `lang` switched by the page changes it too.
    const lang = this.language;
    if ((['region', 'sort', 'order', 'src', 'data'] as const).some((p) => changed.has(p)) || lang !== this.announcedLang) {
      this.announce = this.readerChange;
      this.readerChange = '';
      this.announcedLang = lang;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.watchScroll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scrollWatch?.disconnect();
    this.watched = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncRegionMenu();
    this.watchScroll();
    if (this.filledRows < this.shownRows && !this.filling) {
      this.filling = true;
      // (Disconnected meanwhile, it fills all the same: a few short tasks.)
      whenIdle(() => {
        this.filling = false;
        this.filledRows += FILL_ROWS;
      });
    }
  }

  /**
   * Keeps `scrolls` true while the table's box scrolls. A ResizeObserver on
   * the box (its own height) and on the table (its rows) reports after each
   * layout that changes either.
   */
  private watchScroll(): void {
    const box = this.renderRoot.querySelector('.scroller');
    if (box === this.watched) return;
    this.scrollWatch?.disconnect();
    this.watched = box;
    if (!box) return;
    this.scrollWatch ??= new ResizeObserver(() => this.checkScroll());
    this.scrollWatch.observe(box);
    this.scrollWatch.observe(box.firstElementChild!);
  }

  /**
   * Sets `scrolls`. A box that has the focus keeps its Tab stop until the
   * focus leaves it (`left`, from its `focusout`): taking the stop away from
   * the focused box would drop the focus to the page.
   */
  private checkScroll(left?: EventTarget | null): void {
    const box = this.watched;
    if (!box) return;
    const scrolls = box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;
    if (scrolls || left === box || (this.renderRoot as ShadowRoot).activeElement !== box) this.scrolls = scrolls;
  }

  /**
   * Shows the region actually shown in the region menu. The options' `selected`
   * attributes give the server-rendered HTML and the first render their choice,
   * but once the reader has picked an option the browser ignores later changes
   * of those attributes ("dirty" selectedness), so a `region` set by code after
   * that would leave the menu on the reader's old choice. The value is set here,
   * after the render, when the options are in the menu (a `.value` binding on the
   * `<select>` would be applied before its options on the first render).
   */
  private syncRegionMenu(): void {
    const menu = this.renderRoot.querySelector<HTMLSelectElement>('[part="controls"] select');
    if (menu && menu.value !== this.activeRegion) menu.value = this.activeRegion;
  }

  /** The region actually shown (`all` for an unknown value). */
  private get activeRegion(): RegionFilter {
    return isRegion(this.region) ? this.region : 'all';
  }

  private get activeSort(): SortKey {
    return isSortKey(this.sort) ? this.sort : 'name';
  }

  private get activeOrder(): SortOrder {
    return isSortOrder(this.order) ? this.order : 'asc';
  }

  protected renderReady(data: Dataset, lang: Lang): TemplateResult {
    const s = listStrings[lang];
    const region = this.activeRegion;
    const rows = sortPartners(filterByRegion(data.partners, region), this.activeSort, this.activeOrder, lang);
    this.shownRows = rows.length;
    const selected = this.selected && data.partners.some((p) => p.id === this.selected) ? this.selected : '';
    // A partner the loader skipped was reported with its file: no second warning.
    if (this.selected && !selected && !reportedProblem(data, 'partners', this.selected)) {
      this.warnOnce(`unknown partner "${this.selected}" in selected; nothing is highlighted.`);
    }
    // An author's caption of only spaces (a CMS field left blank with a space) is none.
    const caption = this.caption?.trim();
    const captionText =
      caption ||
      s.caption(
        data.city.name[lang],
        formatNumber(rows.length, lang),
        rows.length,
        region === 'all' ? null : partnerStrings[lang][`region_${region}`],
      );
    const captionId = `${this.ids}-caption`;
    const endId = `${this.ids}-end`;
    const core = coreStrings[lang];
    // The skip link is the first tab stop (it skips the menu and the download
    // link too): three key presses get past the element.
    const download = this.noDownload || !rows.length ? nothing : downloadLink(rows, lang, formatNumber(rows.length, lang));
    // The author's caption as written; the default one with its English term marked (WCAG 3.1.2),
    // in the caption and in the status line that reads it out after a change of region.
    const captionShown = caption ? captionText : markTerm(captionText, s.captionTerm);
    const status =
      this.announce === 'region'
        ? captionShown
        : this.announce === 'sort'
          ? s.sorted(s[SORTABLE.find((c) => c.key === this.activeSort)!.label], this.activeOrder)
          : '';
    return html`
      ${skipLink(endId, s.skipTable, lang)}
      ${this.noControls ? download : this.renderControls(region, lang, download)}
      <div class="sr-only" role="status">${status}</div>
      <div
        class="scroller"
        role=${this.scrolls ? 'region' : nothing}
        tabindex=${this.scrolls ? 0 : nothing}
        aria-labelledby=${this.scrolls ? captionId : nothing}
        lang=${lang}
        @focusout=${(e: FocusEvent) => this.checkScroll(e.target)}
      >
        <table part="table">
          <caption part="caption">
            <span class="caption__text" id=${captionId}>${captionShown}</span>
            <span class="sr-only">${s.sortHint}</span>
          </caption>
          <thead>
            <tr data-label=${s.sortBy}>
              ${this.renderSortable(SORTABLE[0], lang)} ${this.renderSortable(SORTABLE[1], lang)}
              <th scope="col">${s.colKind}</th>
              ${this.renderSortable(SORTABLE[2], lang)}
              <th scope="col">${s.colConfidence}</th>
              <th scope="col">${core.sources}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.length
              ? repeat(
                  rows,
                  (p) => p.id,
                  (p, i) => this.renderRow(p, data, lang, p.id === selected, i < this.filledRows || this.openedRows.has(p.id)),
                )
              : html`<tr class="empty">
                  <td colspan=${COLUMNS}>${s.empty}</td>
                </tr>`}
          </tbody>
        </table>
      </div>
      ${skipTarget(endId, s.tableEnd, lang)} ${aboutList(data, lang)}
    `;
  }

  private renderControls(region: RegionFilter, lang: Lang, download: unknown): TemplateResult {
    const id = `${this.ids}-region`;
    return html`<div class="controls" part="controls" lang=${lang}>
      <label for=${id}>${listStrings[lang].regionLabel}</label>
      <select id=${id} @change=${this.onRegionChange}>
        ${REGION_FILTERS.map(
          (r) => html`<option value=${r} ?selected=${r === region}>${partnerStrings[lang][`region_${r}`]}</option>`,
        )}
      </select>
      ${download}
    </div>`;
  }

  private renderSortable(column: (typeof SORTABLE)[number], lang: Lang): TemplateResult {
    const active = column.key === this.activeSort;
    const order = this.activeOrder;
    const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" class="sortable" aria-sort=${ariaSort}>
      <button type="button" class="sort" data-sort=${column.key} @click=${this.onSortClick}>
        ${listStrings[lang][column.label]}${sortArrow(active ? order : null)}
      </button>
    </th>`;
  }

  private renderRow(p: Partner, data: Dataset, lang: Lang, isSelected: boolean, filled: boolean): TemplateResult {
    const labels = partnerStrings[lang];
    const s = listStrings[lang];
    // In the card layout (narrow boxes) each cell shows its column's name as
    // generated content with empty alternative text (the header cells still
    // name the columns for assistive technology).
    return html`<tr part="row" class=${isSelected ? 'is-selected' : ''} aria-current=${isSelected ? 'true' : nothing}>
      <th scope="row">${p.name[lang]}</th>
      <td data-label=${s.colCountry}>${p.country.name[lang]}</td>
      <td data-label=${s.colKind}>${labels[`kind_${p.kind}`]}</td>
      <td class="num" data-label=${s.colSince}>
        ${p.since === null ? html`<span class="muted">${labels.yearUnknown}</span>` : formatYear(p.since, lang)}
      </td>
      <td data-label=${s.colConfidence}>${labels[`confidence_${p.confidence}`]}</td>
      <td class="sources-cell">${this.renderDetails(p, data, lang, filled)}</td>
    </tr>`;
  }

  /**
   * Sources and notes of a row behind one disclosure (one tab stop per row).
   * Its content is rendered when the row's turn comes (see `filledRows`), or
   * at once when it is opened: a click on the summary (the pointer, Enter or
   * Space) renders it before the disclosure opens; an opening by script or
   * by find-in-page, on the `toggle` that follows.
   */
  private renderDetails(p: Partner, data: Dataset, lang: Lang, filled: boolean): TemplateResult {
    const s = listStrings[lang];
    const sources = sourcesOf(p, data);
    const notes = notesOf(p, data);
    const fill = (event: Event): void => {
      if (event.type === 'toggle' && !(event.currentTarget as HTMLDetailsElement).open) return;
      if (this.openedRows.has(p.id)) return;
      this.openedRows.add(p.id);
      this.requestUpdate();
    };
    return html`<details @toggle=${filled ? nothing : fill}>
      <summary @click=${filled ? nothing : fill}>
        ${s.detailsSummary(sources.length, formatNumber(sources.length, lang), notes.length, formatNumber(notes.length, lang))}<span class="sr-only">
          ${s.notesAbout(p.name[lang])}</span
        >
      </summary>
      ${filled ? html`${this.renderSources(sources, lang)}${this.renderNotes(notes, lang)}` : nothing}
    </details>`;
  }

  private renderSources(sources: readonly Source[], lang: Lang): TemplateResult {
    const s = listStrings[lang];
    return html`<ul class="sources">
      ${sources.map((source) => {
        const year = /^\d{4}/.test(source.date ?? '') ? Number(source.date!.slice(0, 4)) : null;
        // The title shown, not only named: three links of one publisher would otherwise look alike.
        const content = html`<span class="source__publisher">${publisherOf(source, lang)}</span
          ><span class="source__title">${s.titleSeparator}${sourceTitle(source, lang)}</span>`;
        return html`<li part="source">
          ${sourceLink(source, lang, { content })}
          ${year === null ? nothing : html`<span class="source__year">${s.sourceYear(formatYear(year, lang))}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  private renderNotes(notes: readonly Note[], lang: Lang): TemplateResult | typeof nothing {
    if (!notes.length) return nothing;
    return html`<p class="notes__title">${listStrings[lang].notesSummary(notes.length, formatNumber(notes.length, lang))}</p>
      <ul class="notes">
        ${notes.map((n) => html`<li lang=${lang}>${n.text[lang]}</li>`)}
      </ul>`;
  }

  private onSortClick(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.sort;
    if (!isSortKey(key)) return;
    const order: SortOrder = key === this.activeSort && this.activeOrder === 'asc' ? 'desc' : 'asc';
    this.sort = key;
    this.order = order;
    this.readerChange = 'sort';
    this.emit('sister-city-list-sort', { sort: key, order });
  }

  private onRegionChange(event: Event): void {
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (!isRegion(value)) return;
    this.readerChange = 'region';
    this.region = value;
  }
}

/** The decorative sort arrow: both faint when the column is not sorted, else the direction. */
function sortArrow(order: SortOrder | null): TemplateResult {
  // Its size in attributes too: with the styles blocked (a prerendered table under a CSP that refuses
  // its stylesheet), an SVG without them is 300 × 150 px.
  return html`<svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
    ${order !== 'desc'
      ? svg`<path class=${order ? 'arrow arrow--on' : 'arrow'} d="M5 1 9.5 7h-9z"></path>`
      : nothing}
    ${order !== 'asc'
      ? svg`<path class=${order ? 'arrow arrow--on' : 'arrow'} d="M5 15 .5 9h9z"></path>`
      : nothing}
  </svg>`;
}

/** `text` with the first `term` in it marked as English (`lang="en"`), when the term is not empty. */
function markTerm(text: string, term: string): TemplateResult | string {
  const at = term ? text.indexOf(term) : -1;
  return at < 0 ? text : html`${text.slice(0, at)}<span lang="en">${term}</span>${text.slice(at + term.length)}`;
}
