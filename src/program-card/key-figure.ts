/**
 * The card's key figure, which the gallery's fallback text also gives. In the card's own chunk, not
 * the core every element loads: only the card shows a programme's figure.
 */
import { formatYear } from '../core/i18n.js';
import type { Dataset, KeyFigure, Lang, Program } from '../core/types.js';

/**
 * A programme's key figure as readers see it: when it names a metric that is
 * in the data, the value and year are the metric's (one source of truth: a
 * new `sister-cities` figure changes every card that names it); otherwise
 * the figure's own value, and no year.
 */
export function keyFigureOf(program: Program, data: Pick<Dataset, 'metrics'>): KeyFigure & { year?: number } {
  const figure = program.keyFigure;
  const metric = figure.metric ? data.metrics.find((m) => m.id === figure.metric) : undefined;
  if (!metric || !Number.isFinite(metric.value)) return figure;
  return { ...figure, value: metric.value, year: metric.year };
}

/**
 * The figure's label, with the figure's year when it is not the programme's
 * (nor within its period): the C40 programme of 2022 shows the 27 hospitals
 * of its 2024 results as "… (2024)", not beside "Year 2022" alone.
 */
export function figureLabel(program: Program, figure: ReturnType<typeof keyFigureOf>, lang: Lang): string {
  const { year } = figure;
  const within = year !== undefined && year >= program.year && year <= (program.endYear ?? program.year);
  return year === undefined || within ? figure.label[lang] : `${figure.label[lang]} (${formatYear(year, lang)})`;
}
