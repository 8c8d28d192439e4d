/**
 * "Catatan tentang daftar ini / Notes on this list": what the sources say
 * about the list of partners as a whole, under the table's caption and the
 * map's summary ("23 mitra di 20 negara"). Those counts are the list's own,
 * and the list is not a published one: the notes of the dataset's
 * `sister-cities` figure say so (the list rebuilt from the 2019 official
 * list, reports of "23 countries", ties not counted), with the sources they
 * cite. A dataset without that figure, or whose figure has no notes, shows
 * nothing. Shared by `<sister-city-list>` and `<sister-city-map>` (in the
 * chunk they share, with the partners' data).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber, type Bilingual } from '../core/i18n.js';
import { notesOf, sourcesOf } from '../core/lookups.js';
import { publisherOf, sourceLink } from '../core/source-link.js';
import type { Dataset, Lang } from '../core/types.js';

/** The figure whose notes are about the whole list. */
const LIST_METRIC = 'sister-cities';

const aboutIndonesian = {
  summary: (count: string, _n: number) => `Catatan tentang daftar ini (${count})`,
  sources: 'Sumber',
};

export const aboutStrings: Bilingual<typeof aboutIndonesian> = {
  id: aboutIndonesian,
  en: {
    summary: (count: string, n: number) => `${n === 1 ? 'Note' : 'Notes'} on this list (${count})`,
    sources: 'Sources',
  },
};

/** The disclosure, or nothing when the dataset has no notes about its list. */
export function aboutList(data: Dataset, lang: Lang): TemplateResult | typeof nothing {
  const metric = data.metrics.find((m) => m.id === LIST_METRIC);
  const notes = metric ? notesOf(metric, data) : [];
  if (!metric || !notes.length) return nothing;
  const s = aboutStrings[lang];
  const sources = sourcesOf(metric, data);
  return html`<details class="about" part="about" lang=${lang}>
    <summary>${s.summary(formatNumber(notes.length, lang), notes.length)}</summary>
    <ul class="about__notes">
      ${notes.map((n) => html`<li>${n.text[lang]}</li>`)}
    </ul>
    <p class="about__sources">
      ${s.sources}:
      ${sources.map(
        (source, i) =>
          html`${i ? ', ' : ''}${sourceLink(source, lang, { content: publisherOf(source, lang) })}`,
      )}
    </p>
  </details>`;
}

/** With the disclosures' summaries of both elements (the list's rows' too: the map has no other). */
export const aboutStyles = css`
  summary {
    cursor: pointer;
    width: fit-content;
    color: var(--_text);
    font-weight: 600;
    border-radius: calc(var(--_radius) / 2);
  }
  .about {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .about__notes {
    margin: 0.35em 0 0;
    padding-inline-start: 1.1em;
    color: var(--_text);
  }
  .about__notes li + li {
    margin-block-start: 0.35em;
  }
  .about__sources {
    margin: 0.35em 0 0;
  }
`;
