import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import '../core/programs-data.js';
import { coreStrings, formatDate, formatNumber, formatYear } from '../core/i18n.js';
import { heading, headingLevel } from '../core/heading.js';
import { byIds, sourcesOf } from '../core/lookups.js';
import { figureLabel, keyFigureOf } from './key-figure.js';
import { reportedProblem } from '../core/reported.js';
import { publisherOf, sourceLink, sourceTitle } from '../core/source-link.js';
import type { Dataset, Lang, Note, Program, Source } from '../core/types.js';
import { WidgetElement } from '../core/widget-element.js';
import { sectorIcon } from './icons.js';
import { styles } from './program-card.styles.js';
import { cardStrings } from './program-card.strings.js';

/** How much a card shows: `full` (default) or `compact`. */
export type ProgramCardVariant = 'full' | 'compact';

const VARIANTS: readonly ProgramCardVariant[] = ['full', 'compact'];
/** The title's level when `heading-level` is absent or invalid (the property's initial value too). */
const DEFAULT_HEADING_LEVEL = 3;


/**
 * A card about one programme of Jakarta's international cooperation, for an
 * editor to drop beside a paragraph: sector (with an inline icon), title,
 * partners and their countries, a short summary, the key figure made
 * prominent, the year or period, the sources as links, and a note wherever
 * the sources disagree. In Indonesian or English, following the element's
 * language.
 *
 * The card adapts to its own width through a container query (the host is an
 * `inline-size` container): from 480 px up, the key figure sits beside the
 * text; below, everything stacks. It works from 280 px to 720 px wide (and
 * wider) with no horizontal overflow. Because the host is an inline-size
 * container, give it a width when you float it or put it in a flex row (e.g.
 * `float: right; width: min(100%, 320px)`).
 *
 * Variants:
 * - `full` (default): sector, title, key figure, summary, partners, year or
 *   period, notes and the list of sources.
 * - `compact`: sector, title, key figure, partners and year or period; the
 *   summary is left out, and the sources and notes are folded into a
 *   "Sumber / Sources" disclosure (`<details>`; its content is written just
 *   after the card is first shown, or at once when opened).
 *
 * Every text from the dataset is rendered as text, never as HTML; a source
 * link is kept only when its URL is `https:` or `http:` (otherwise the title is
 * shown without a link). Source links open in a new tab with
 * `rel="noopener noreferrer"`.
 *
 * A missing or unknown `program` shows the fallback content written inside
 * the tag (or a short neutral line) in the card's reserved box, and logs one
 * console warning that lists the valid ids; with `debug` or `?jgw-debug`, a
 * localized error box instead.
 *
 * @summary A programme card: sector, title, partners, key figure, period, sources and notes, in Indonesian or English.
 *
 * @attr program - Id of the programme in the dataset, e.g. `c40-hospitals`, `rotterdam-dutep`, `higa`, `asn-new-york`, `agglomeration-aid`, `jeju`, `grand-design`.
 * @attr variant - `full` (default) or `compact`.
 * @attr heading-level - Level of the title heading, `2` to `6` (default `3`), so the card fits the page outline. Other values fall back to `3`.
 * @attr lang - `id` or `en`; when absent, the nearest ancestor's `lang`, then `<html lang>`, then `id`.
 * @attr theme - `light` (default), `dark` or `auto` (follows the reader's system setting).
 * @attr src - URL of a dataset of the same schema; empty for the dataset bundled with the library.
 *
 * @cssprop --jgw-accent - Accent colour: sector label, key figure and its bar (`#b3261e`; dark `#ff8a80`).
 * @cssprop --jgw-text - Text colour (`#1f2328`; dark `#e6edf3`).
 * @cssprop --jgw-muted - Secondary text: labels, publishers, dates (`#57606a`; dark `#9da7b3`).
 * @cssprop --jgw-surface - Card background (`#ffffff`; dark `#161b22`).
 * @cssprop --jgw-border - Card border (`#d0d7de`; dark `#3d444d`).
 * @cssprop --jgw-focus - Focus ring colour (`#0b63ce`; dark `#58a6ff`).
 * @cssprop --jgw-radius - Corner radius of the card (`8px`).
 * @cssprop --jgw-font-family - Font family (the system UI font stack).
 * @cssprop --jgw-font-size - Base font size; the other sizes are relative to it (default `medium`: the text size set in the reader's browser, 16px unless changed; never the page's).
 * @cssprop --jgw-card-min-height - Height the card reserves before its data is ready, kept by the loading and error states (`240px`; `160px` for `variant="compact"`).
 * @cssprop --jgw-card-padding - Inner padding of the card (`1.25em`; `1em` for `variant="compact"`).
 *
 * @csspart card - The card box (an `<article>`).
 * @csspart sector - The sector label with its icon.
 * @csspart title - The title heading.
 * @csspart figure - The key figure box (qualifier, number and label).
 * @csspart summary - The summary paragraph (`full` only).
 * @csspart note - One note where sources disagree.
 * @csspart source - One source in the list (link or plain title, publisher and date).
 * @csspart source-link - The link of a source, when its URL is allowed.
 * @csspart state - The loading, fallback or error box.
 * @csspart error - The error box, shown only with `debug` or `?jgw-debug` (also has part `state`).
 * @csspart fallback - The box that holds the fallback content (or a neutral line) when the data cannot be shown.
 *
 * @slot - Fallback content (e.g. a link to the programme's page) shown before the script runs; hidden once the card renders. Shown again, in the element's box, when its data cannot be used.
 *
 * @tag program-card
 */
export class ProgramCard extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];
  static override properties: PropertyDeclarations = {
    program: {},
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Id of the programme to show: `asn-new-york`, `rotterdam-dutep`, `higa`,
   * `c40-hospitals`, `agglomeration-aid`, `jeju`, `grand-design` (the bundled
   * data), or any id in the `programs` of the dataset at `src`. Missing or
   * unknown: the fallback content and one console warning listing the valid ids.
   */
  program = '';

  /** `full` (default) or `compact`. Any other value is treated as `full`. */
  variant: ProgramCardVariant = 'full';

  /** Heading level of the title, 2 to 6 (default 3). Other values fall back to 3. Pick the level that fits the page's outline: `2` for a card that follows the page's `h1` with no `h2` between (a skipped level is an accessibility fault that axe reports). */
  headingLevel = 3;

  private get resolvedVariant(): ProgramCardVariant {
    this.checkOne('variant', this.variant, VARIANTS);
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  protected renderReady(data: Dataset, lang: Lang): TemplateResult {
    const s = cardStrings[lang];
    const id = (this.program ?? '').trim();
    const program = id ? data.programs.find((p) => p.id === id) : undefined;
    if (!program) {
      const valid = data.programs.map((p) => p.id).join(', ');
      // One the loader left out (and named in the file's warning) is not "not found"; `debug` shows why.
      const skipped = id ? reportedProblem(data, 'programs', id) : undefined;
      if (!skipped) this.warnOnce(
        id ? `unknown program "${id}"; valid ids: ${valid}` : `no program given (set the program attribute); valid ids: ${valid}`,
      );
      return this.renderError(skipped ? s.skippedProgram(id) : id ? s.unknownProgram(id) : s.missingProgram, lang, skipped);
    }
    return this.renderCard(data, program, lang);
  }

  private renderCard(data: Dataset, program: Program, lang: Lang): TemplateResult {
    const s = cardStrings[lang];
    const c = coreStrings[lang];
    const compact = this.resolvedVariant === 'compact';
    const notes = this.allNotes(data, program);
    // The programme's sources, then those of every note it shows (its figure's too).
    const sources = sourcesOf({ sources: program.sources, notes: notes.map((n) => n.id) }, data);

    // The notes, then the sources: in a compact card, inside its disclosure (built when filled, `whenFilled`).
    const notesAndSources = () => html`${notes.length
        ? html`<div class="notes">
            <p class="notes__label" id="notes-label">${s.notes(notes.length)}</p>
            <ul class="notes__list" aria-labelledby="notes-label">
              ${notes.map((note) => html`<li class="note" part="note">${note.text[lang]}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="sources">
        <p class="sources__label" id="sources-label">${c.sources}</p>
        <ul class="sources__list" aria-labelledby="sources-label">
          ${sources.map((source) => this.renderSource(source, lang))}
        </ul>
      </div>`;

    return html`<article class="card ${compact ? 'card--compact' : 'card--full'}" part="card" lang=${lang} aria-labelledby="title">
      <p class="sector" part="sector">${sectorIcon(program.sector)}<span>${s[`sector_${program.sector}`]}</span></p>
      ${heading(headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL, (m) => this.warnOnce(m), this.getAttribute('heading-level')), program.title[lang], {
        id: 'title',
        class: 'title',
        part: 'title',
      })}
      <div class="body">
        ${this.renderFigure(data, program, lang)}
        <div class="text">
          ${compact ? nothing : html`<p class="summary" part="summary">${program.summary[lang]}</p>`}
          ${this.renderFacts(data, program, lang)}
        </div>
      </div>
      ${compact
        ? html`<details class="disclosure">
            <summary class="disclosure__summary" @click=${this.fill}>
              ${notes.length
                ? s.notesAndSources(formatNumber(sources.length, lang), formatNumber(notes.length, lang), notes.length, sources.length)
                : s.sourcesCount(formatNumber(sources.length, lang), sources.length)}
            </summary>
            ${this.whenFilled(() => html`<div class="disclosure__body">${notesAndSources()}</div>`)}
          </details>`
        : notesAndSources()}
    </article>`;
  }

  /** The programme's notes, then those of the headline figure it shares (without repeats). */
  private allNotes(data: Dataset, program: Program): Note[] {
    const metric = program.keyFigure.metric
      ? data.metrics.find((m) => m.id === program.keyFigure.metric)
      : undefined;
    // byIds keeps each once: a note the programme and its figure share is shown once.
    return byIds([...(program.notes ?? []), ...(metric?.notes ?? [])], data.notes);
  }

  private renderFigure(data: Dataset, program: Program, lang: Lang): TemplateResult {
    const figure = keyFigureOf(program, data);
    return html`<p class="figure" part="figure">
      ${figure.atLeast ? html`<span class="figure__qualifier">${cardStrings[lang].atLeast}</span>` : nothing}
      <span class="figure__value">${formatNumber(figure.value, lang)}</span>
      <span class="figure__label">${figureLabel(program, figure, lang)}</span>
    </p>`;
  }

  private renderFacts(data: Dataset, program: Program, lang: Lang): TemplateResult {
    const s = cardStrings[lang];
    const partners = byIds(program.partners, data.partners).map((p) => s.partnerWithCountry(p.name[lang], p.country.name[lang]));
    const names = [...partners, ...(program.counterparts ?? []).map((t) => t[lang])];
    const hasPeriod = program.endYear !== undefined && program.endYear !== program.year;
    const when = hasPeriod
      ? s.periodRange(formatYear(program.year, lang), formatYear(program.endYear!, lang))
      : formatYear(program.year, lang);
    return html`<dl class="facts">
      ${names.length
        ? html`<div class="fact fact--partners">
            <dt>${s.partners(names.length)}</dt>
            <dd>
              <ul class="partners">
                ${names.map((name) => html`<li>${name}</li>`)}
              </ul>
            </dd>
          </div>`
        : nothing}
      <div class="fact fact--when">
        <dt>${hasPeriod ? s.period : s.year}</dt>
        <dd>${when}</dd>
      </div>
    </dl>`;
  }

  private renderSource(source: Source, lang: Lang): TemplateResult {
    const meta = cardStrings[lang].sourceMeta(publisherOf(source, lang), source.date ? formatDate(source.date, lang) : '');
    const title = sourceLink(source, lang, {
      part: 'source-link',
      fallback: html`<span class="source__title">${sourceTitle(source, lang)}</span>`,
    });
    return html`<li class="source" part="source">${title} <span class="source__meta">${meta}</span></li>`;
  }
}
