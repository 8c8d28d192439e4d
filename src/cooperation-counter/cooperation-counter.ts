import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatDate, formatNumber, ISO_DATE } from '../core/i18n.js';
import { reportedProblem } from '../core/reported.js';
import type { Dataset, Lang, Metric } from '../core/types.js';
import { notesOf, sourcesOf } from '../core/lookups.js';
import { publisherOf, sourceLink } from '../core/source-link.js';
import { WidgetElement } from '../core/widget-element.js';
import { countUp, DEFAULT_DURATION, decimalsOf, valueAt } from './count-up.js';
import { styles } from './cooperation-counter.styles.js';
import { counterStrings } from './cooperation-counter.strings.js';

/** The headline figure shown when `metric` is absent or empty. */
export const DEFAULT_METRIC = 'agreements';

/** Share of the element that must be on screen before it counts. */
const VISIBLE_SHARE = 0.5;

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * A headline figure of the dataset, large, with its label: "102 kerja sama
 * sepanjang 2024". It counts up from 0 once, when at least half of it is on
 * screen, in about 1.2 s with an ease-out, and lands exactly on the final
 * value. With `prefers-reduced-motion: reduce` or `animation="none"` the final
 * value shows at once, as it does in a prerendered counter (Declarative Shadow
 * DOM, see "Prerendered embeds"); a count that cannot run (hidden tab) ends
 * on the final value too. Below the figure, a "Sumber / Sources" disclosure names the
 * figure's sources (and its notes' sources), with links, and the notes where
 * sources disagree; its summary says when there are notes ("Sumber dan
 * catatan" / "Sources and notes"), so a reader knows before opening it that
 * sources disagree. Its content is written in the first idle moment after
 * the figure is first shown (at most half a second later on a busy page), or
 * at once when opened: find-in-page reaches it from that moment. A
 * value wider than the element (a rupiah amount on a phone) wraps inside it
 * instead of widening the page.
 *
 * Numbers are formatted with `Intl` for the element's language (`1.234` in
 * Indonesian, `1,234` in English) in tabular numerals, and the width of the
 * final value is reserved, so nothing moves while it counts. The counting
 * digits are hidden from assistive technology, which reads the final value
 * and the label as plain text (no live region).
 *
 * An unknown `metric`, a figure whose value is not a number, or a `src` that
 * cannot be loaded shows the fallback content written inside the tag (or a
 * short neutral line) in the element's reserved box, and logs one console
 * warning (naming the valid metric ids for an unknown `metric`); with `debug`
 * or `?jgw-debug`, a localized error box instead.
 *
 * @summary An animated headline figure of Jakarta's international cooperation, with its sources.
 *
 * @slot - Fallback content, e.g. `102 kerja sama`: shown before the script runs, or if it never does; hidden once the element is upgraded. Shown again, in the element's box, when its data cannot be used.
 *
 * @cssprop --jgw-accent - Colour of the number (`#b3261e`; dark theme `#ff8a80`).
 * @cssprop --jgw-text - Colour of the label (`#1f2328`; dark `#e6edf3`).
 * @cssprop --jgw-muted - Colour of the caption and the source disclosure (`#57606a`; dark `#9da7b3`).
 * @cssprop --jgw-surface - Background of the element (`#ffffff`; dark `#161b22`).
 * @cssprop --jgw-border - Border of the fallback and error boxes (`#d0d7de`; dark `#3d444d`).
 * @cssprop --jgw-focus - Keyboard focus ring (`#0b63ce`; dark `#58a6ff`).
 * @cssprop --jgw-radius - Corner radius (`8px`).
 * @cssprop --jgw-font-family - Font family (the system UI font stack).
 * @cssprop --jgw-font-size - Base font size; the other sizes are relative to it (default `medium`: the text size set in the reader's browser, 16px unless changed; never the page's).
 * @cssprop --jgw-counter-value-size - Size of the number (`3em`).
 * @cssprop --jgw-counter-label-size - Size of the label (`1.125em`).
 * @cssprop --jgw-counter-padding - Space around the content (`1em`).
 * @cssprop --jgw-counter-min-height - Height reserved before the data arrives, kept by the loading and error states (`10.5em`).
 *
 * @csspart value - The number (the counting digits and the reserved final value).
 * @csspart label - The label after the number.
 * @csspart caption - The caption under the label (only with a `caption` attribute).
 * @csspart source - The "Sumber / Sources" disclosure (a `<details>` element).
 * @csspart state - The loading, fallback or error box.
 * @csspart error - The error box, shown only with `debug` or `?jgw-debug`.
 * @csspart fallback - The box that holds the fallback content (or a neutral line) when the data cannot be shown.
 *
 * @tag cooperation-counter
 */
export class CooperationCounter extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];
  static override properties: PropertyDeclarations = {
    metric: {},
    label: {},
    caption: {},
    duration: { type: Number },
    animation: {},
    progress: { state: true },
  };

  /**
   * Id of the dataset's headline figure to show: `agreements` (the default,
   * used when the attribute is absent or empty), `sister-cities`,
   * `partner-countries`, `institutions`, `regions`, `hospitals`,
   * `asn-new-york`, `asn-rotterdam`, `higa-students`, or any id in the
   * `metrics` of the dataset at `src`.
   */
  metric = DEFAULT_METRIC;

  /** Text shown after the number instead of the dataset's label (same text in every language). */
  label = '';

  /** An optional line of plain text under the label. */
  caption = '';

  /** Length of the count-up in milliseconds (default `1200`); a value that is not a number ≥ 0 falls back to the default. */
  duration = DEFAULT_DURATION;

  /** `count` (default): count up from 0 when visible; `none`: show the final value at once. */
  animation: 'count' | 'none' = 'count';

  /** Eased progress of the count, 0…1; 1 shows the final value. */
  private progress = 0;

  /** Whether at least half of the element is on screen. */
  private seen = false;
  /** Whether the count has started (it runs once). */
  private started = false;
  private stopCount: (() => void) | undefined;
  private observer: IntersectionObserver | undefined;
  private motionQuery: MediaQueryList | undefined;

  /** The count-up length in use: `duration` when it is a number ≥ 0, else the default. */
  get effectiveDuration(): number {
    const d = this.duration;
    return typeof d === 'number' && Number.isFinite(d) && d >= 0 ? d : DEFAULT_DURATION;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = window.matchMedia(REDUCED_MOTION);
    this.motionQuery.addEventListener('change', this.onMotionChange);
    if (!this.started) {
      this.observer = new IntersectionObserver(this.onIntersect, { threshold: [0, VISIBLE_SHARE] });
      this.observer.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.motionQuery = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.finishCount(); // a count cut short by a move or removal ends on the final value
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkOne('animation', this.animation, ['count', 'none']);
    if (changed.has('duration') && this.duration !== null && this.effectiveDuration !== this.duration) {
      this.warnOnce(
        `duration "${this.getAttribute('duration') ?? this.duration}" is not a number of milliseconds ≥ 0; using ${DEFAULT_DURATION}.`,
      );
    }
  }

  /** Before each render, once the dataset controller has its state (it runs after willUpdate). */
  protected override update(changed: PropertyValues<this>): void {
    this.maybeStart();
    super.update(changed);
  }

  protected renderReady(data: Dataset, lang: Lang): TemplateResult | typeof nothing {
    const id = this.metric || DEFAULT_METRIC;
    const metric = data.metrics.find((m) => m.id === id);
    if (!metric || !isNumber(metric.value)) {
      // One the loader reported (and named in the file's warning): `debug` shows its sentence as the cause.
      const reported = reportedProblem(data, 'metrics', id);
      if (!reported) this.warnOnce(
        `metric "${id}" ${metric ? `has no numeric value (${String(metric.value)})` : `is not in the dataset${this.src ? ` "${this.src}"` : ''}`}. ` +
          `Valid metric ids: ${data.metrics.filter((m) => isNumber(m.value)).map((m) => m.id).join(', ')}.`,
      );
      return this.renderError(counterStrings[lang][metric ? 'notANumber' : 'unknownMetric'](id), lang, reported);
    }
    const format = (value: number) => formatNumber(value, lang, numberOptions(metric.value));
    const final = format(metric.value);
    const shown = this.animates() ? valueAt(metric.value, this.progress) : metric.value;
    // A label of only spaces (a CMS field left blank with a space) is none.
    const label = this.label?.trim() || metric.label[lang];
    return html`<div class="counter" lang=${lang}>
      <p class="figure">
        <span class="value" part="value" aria-hidden="true"
          ><span class="value__final">${final}</span><span class="value__now">${format(shown)}</span></span
        ><span class="sr-only final">${final} </span><span class="label" part="label">${label}</span>
      </p>
      ${this.caption?.trim() ? html`<p class="caption" part="caption">${this.caption}</p>` : nothing}
      ${this.renderSources(data, metric, lang)}
    </div>`;
  }

  private renderSources(data: Dataset, metric: Metric, lang: Lang): TemplateResult {
    const s = counterStrings[lang];
    const notes = notesOf(metric, data);
    const sources = sourcesOf(metric, data);
    return html`<details class="source" part="source">
      <summary @click=${this.fill}>${s.summary(sources.length, notes.length)}</summary>
      ${this.whenFilled(
        () => html`<ul>
              ${sources.map(
                (src) => html`<li>
                  ${publisherOf(src, lang)}${s.separator}${sourceLink(src, lang)}${src.date
                    ? html`${s.separator}<time datetime=${ISO_DATE.test(src.date) ? src.date : nothing}>${formatDate(src.date, lang)}</time>`
                    : nothing}
                </li>`,
              )}
            </ul>
            ${notes.length
              ? html`<div class="notes">
                  <p class="notes__title">${s.notes(notes.length)}</p>
                  ${notes.map((n) => html`<p>${n.text[lang]}</p>`)}
                </div>`
              : nothing}`,
      )}
    </details>`;
  }

  /** Whether the figure counts up (not prerendered, not `animation="none"`, no reduced-motion preference). */
  private animates(): boolean {
    return !this.wasPrerendered && this.animation !== 'none' && !(this.motionQuery ?? window.matchMedia(REDUCED_MOTION)).matches;
  }

  /** The figure to show, when the dataset is ready and has it with a numeric value. */
  private readyMetric(): Metric | undefined {
    const state = this.loader.state;
    if (state.status !== 'ready') return undefined;
    const id = this.metric || DEFAULT_METRIC;
    const metric = state.data.metrics.find((m) => m.id === id);
    return metric && isNumber(metric.value) ? metric : undefined;
  }

  /**
   * Starts the count once: when the figure is ready and at least half visible,
   * or at once when it does not count up (called before each render and by the
   * IntersectionObserver).
   */
  private maybeStart(): void {
    if (this.started || !this.readyMetric()) return;
    // A figure that does not count up shows its final value at once, seen or not: set before the
    // first render (this runs in update), not by the observer a frame later, a render of its own.
    const still = !this.animates() || document.visibilityState === 'hidden';
    if (!still && !this.seen) return;
    this.started = true;
    this.observer?.disconnect();
    this.observer = undefined;
    if (still) {
      this.progress = 1;
      return;
    }
    this.stopCount = countUp(this.effectiveDuration, (progress) => {
      this.progress = progress;
      if (progress >= 1) this.stopCount = undefined;
    });
  }

  /** Stops a running count on its final value. */
  private finishCount(): void {
    if (!this.stopCount) return;
    this.stopCount();
    this.stopCount = undefined;
    this.progress = 1;
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const rootHeight = entry.rootBounds?.height ?? Infinity;
      // A figure taller than twice the viewport is "seen" once it fills half of it. Scrolled away
      // again before it could count (its data still loading, its metric unknown), it is not.
      this.seen =
        entry.isIntersecting &&
        (entry.intersectionRatio >= VISIBLE_SHARE || entry.intersectionRect.height >= rootHeight * VISIBLE_SHARE);
    }
    this.maybeStart();
  };

  private readonly onMotionChange = (): void => {
    if (!this.animates()) this.finishCount();
    this.requestUpdate();
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Every frame is written with the final value's precision, so widths stay tabular. */
function numberOptions(value: number): Intl.NumberFormatOptions {
  const digits = decimalsOf(value);
  return digits ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : {};
}
