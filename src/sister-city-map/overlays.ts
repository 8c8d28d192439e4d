/**
 * The templates of what lies on the drawn map: the zoom controls, the wheel
 * hint, the credits and the detail panel of the selected partner. Data is
 * rendered as text only; links go through the shared source-link template (`https:`/`http:` only, new tab).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import { coreStrings, formatDate, formatYear } from '../core/i18n.js';
import type { Dataset, Lang, Partner, Source } from '../core/types.js';
import { externalLink, publisherOf, sourceLink, sourceTitle } from '../core/source-link.js';
import { notesOf, sourcesOf } from '../core/lookups.js';
import { partnerStrings, programsOfPartner, type RegionFilter } from '../core/partners.js';
import { BASEMAP_CREDIT_URL } from './basemap.js';
import { located } from './scene.js';
import { overlayStrings } from './overlays.strings.js';

const LEAFLET_URL = 'https://leafletjs.com/';

/**
 * Zoom in, zoom out, reset (a house: back to the region's view): real buttons with localized names.
 * The name is the `title` alone (the icon is hidden): with an `aria-label` too, the same words
 * were the button's name and again its description, read twice.
 */
export function renderControls(
  lang: Lang,
  on: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
): TemplateResult {
  const s = overlayStrings[lang];
  return html`<div class="controls" role="group" aria-label=${s.controlsLabel}>
    <button type="button" title=${s.zoomIn} @click=${on.zoomIn}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M12 5v14M5 12h14"></path></svg>
    </button>
    <button type="button" title=${s.zoomOut} @click=${on.zoomOut}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M5 12h14"></path></svg>
    </button>
    <button type="button" title=${s.resetView} @click=${on.reset}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path d="M3.5 11.5 12 4l8.5 7.5M6 9.5V20h4.5v-5.5h3V20H18V9.5"></path>
      </svg>
    </button>
  </div>`;
}

/** The wheel hint, shown when `on` (visual only: keyboard and screen-reader users never need it). */
export function renderHint(lang: Lang, on: boolean): TemplateResult {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  const text = on ? overlayStrings[lang].wheelHint(mac ? '⌘' : 'Ctrl') : '';
  return html`<div class="hint" aria-hidden="true" ?hidden=${!text}><span class="hint__text">${text}</span></div>`;
}

/** Credits: Leaflet, Natural Earth (proper names, the same in every language), and the embedder's tile attribution as plain text. */
export function renderAttribution(lang: Lang, tiles: string): TemplateResult {
  return html`<div class="attribution">
    ${externalLink(LEAFLET_URL, 'Leaflet', lang)}<span class="attribution__sep" aria-hidden="true">|</span
    >${externalLink(BASEMAP_CREDIT_URL, 'Natural Earth', lang)}${tiles
      ? html`<span class="attribution__sep" aria-hidden="true">|</span><span>${tiles}</span>`
      : nothing}
  </div>`;
}

/**
 * The detail panel of a partner, built from the data with text bindings only:
 * name, country, kind, year (or "year unknown"), confidence, related
 * programmes, notes and sources (links through the shared source-link template).
 */
export function renderPanel(
  p: Partner,
  data: Dataset,
  lang: Lang,
  context: { level: number; region: RegionFilter; onClose: () => void },
): TemplateResult {
  const s = overlayStrings[lang];
  const core = coreStrings[lang];
  const labels = partnerStrings[lang];
  const programs = programsOfPartner(p.id, data);
  const notes = notesOf(p, data);
  const sources = sourcesOf(p, data);
  const locationSources = sourcesOf({ sources: p.locationSources ?? [] }, data);
  const { region } = context;
  const outside = region !== 'all' && p.region !== region;
  const sub = context.level + 1;
  const section = (title: string) => heading(sub + 1, title, { class: 'panel__section' });
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    <div class="panel__head">
      ${heading(sub, p.name[lang], { id: 'panel-title', class: 'panel__title', tabindex: -1 })}
      <button type="button" class="panel__close" title=${s.close} @click=${context.onClose}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13"></path></svg>
      </button>
    </div>
    <dl class="facts">
      <dt>${s.country}</dt>
      <dd>${p.country.name[lang]}</dd>
      <dt>${s.kind}</dt>
      <dd>${labels[`kind_${p.kind}`]}</dd>
      <dt>${s.since}</dt>
      <dd>${p.since === null ? html`<span class="muted">${labels.yearUnknown}</span>` : formatYear(p.since, lang)}</dd>
      <dt>${s.confidence}</dt>
      <dd>${labels[`confidence_${p.confidence}`]}</dd>
    </dl>
    ${!located(p)
      ? html`<p class="panel__note">${s.noLocation}</p>`
      : outside
        ? html`<p class="panel__note">${s.notOnMap(labels[`region_${region}`])}</p>`
        : nothing}
    ${programs.length
      ? html`${section(s.programs)}
          <ul>
            ${programs.map((pr) => html`<li>${pr.title[lang]}</li>`)}
          </ul>`
      : nothing}
    ${notes.length
      ? html`${section(notes.length === 1 ? labels.note : labels.notes)}
          <ul>
            ${notes.map((n) => html`<li>${n.text[lang]}</li>`)}
          </ul>`
      : nothing}
    ${sources.length ? html`${section(core.sources)}${sourceList(sources, lang)}` : nothing}
    ${locationSources.length ? html`${section(s.locationSources)}${sourceList(locationSources, lang)}` : nothing}
  </section>`;
}

/** Sources as a list: publisher and title, linked (new tab) when the URL is `https:`/`http:`, and the date. */
function sourceList(sources: Source[], lang: Lang): TemplateResult {
  return html`<ul>
    ${sources.map(
      (source) =>
        html`<li>
          ${sourceLink(source, lang, { content: html`${publisherOf(source, lang)}: ${sourceTitle(source, lang)}` })}${source.date
            ? html` (${formatDate(source.date, lang)})`
            : nothing}
        </li>`,
    )}
  </ul>`;
}
