/**
 * Everything `<sister-city-map>` needs only once it draws a map, in one
 * lazily loaded module: the Leaflet adapter (which itself imports Leaflet
 * lazily), the basemap loader, the geometry of the scene, the map's styles
 * (Leaflet's CSS included) and the templates of what lies on the map (zoom
 * controls, credits, the detail panel). The element class stays small and
 * loads this with Leaflet, when it comes near the viewport.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { coreStrings, formatDate, formatYear } from '../core/i18n.js';
import type { Dataset, Lang, Partner, Source } from '../core/types.js';
import { safeUrl } from '../core/url.js';
import { notesOf, sourcesOf } from '../core/lookups.js';
import { filterByRegion, hasCoordinates, programsOfPartner, type RegionFilter } from '../core/partners.js';
import { BASEMAP_CREDIT_URL } from './basemap.js';
import { boundsOf, greatCircle, isValidCoordinate, padBounds, type Bounds, type LatLon } from './geo.js';
import type { Scene, ScenePartner } from './leaflet-adapter.js';
import { mapStrings } from './sister-city-map.strings.js';

export { loadBasemap, type Basemap } from './basemap.js';
import { loadBasemap } from './basemap.js';
import { loadLeaflet } from './leaflet-adapter.js';
export { createMapView, loadLeaflet, type MapView } from './leaflet-adapter.js';
export { mapViewStyles } from './map-view.styles.js';

const LEAFLET_URL = 'https://leafletjs.com/';
const ARC_SEGMENTS = 64;

/**
 * A partner the map can draw. `src` datasets are validated (bad coordinates
 * become null); the bundled one is checked by the test suite, and checked
 * again here so that a bad value can never throw inside Leaflet.
 */
export function located(p: Partner): p is Partner & { lat: number; lon: number } {
  return hasCoordinates(p) && isValidCoordinate(p.lat, p.lon);
}

/** Ids of the partners the map cannot draw. */
export function unlocatedIds(data: Dataset): string[] {
  return data.partners.filter((p) => !located(p)).map((p) => p.id);
}

/** Great-circle arcs from the home city, computed once per dataset. */
const arcCache = new WeakMap<Dataset, Map<string, LatLon[]>>();

function arcOf(data: Dataset, partner: Partner & { lat: number; lon: number }): LatLon[] {
  let arcs = arcCache.get(data);
  if (!arcs) arcCache.set(data, (arcs = new Map()));
  let arc = arcs.get(partner.id);
  if (!arc) {
    arc = greatCircle([data.city.lat, data.city.lon], [partner.lat, partner.lon], ARC_SEGMENTS);
    arcs.set(partner.id, arc);
  }
  return arc;
}

/**
 * Markers, arcs, tinted countries and the bounds to fit, for a region. Each
 * partner sits where its arc ends (Los Angeles at 241.6°, east of Jakarta).
 * Markers come west to east, which is also their Tab order.
 */
export function buildScene(data: Dataset, region: RegionFilter, lang: Lang): Scene & { bounds: Bounds } {
  const home: LatLon = [data.city.lat, data.city.lon];
  const shown = filterByRegion(data.partners, region).filter(located);
  const partners: ScenePartner[] = shown.map((p) => {
    const arc = arcOf(data, p);
    const [lat, lon] = arc[arc.length - 1];
    return { id: p.id, name: p.name[lang], lat, lon, arc };
  });
  partners.sort((a, b) => a.lon - b.lon || a.lat - b.lat);
  const bounds = padBounds(boundsOf([home, ...partners.flatMap((p) => p.arc)])!, 0, 20);
  return {
    home: { name: data.city.name[lang], lat: home[0], lon: home[1] },
    partners,
    tinted: new Set(shown.map((p) => p.country.code)),
    bounds,
  };
}

/** Zoom in, zoom out, reset: real buttons with localized names. */
export function renderControls(
  lang: Lang,
  on: { zoomIn: () => void; zoomOut: () => void; reset: () => void },
): TemplateResult {
  const s = mapStrings[lang];
  return html`<div class="controls" role="group" aria-label=${s.controlsLabel}>
    <button type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${on.zoomIn}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 5v14M5 12h14"></path></svg>
    </button>
    <button type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${on.zoomOut}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14"></path></svg>
    </button>
    <button type="button" aria-label=${s.resetView} title=${s.resetView} @click=${on.reset}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9V4h5M20 15v5h-5M4 4l6 6M20 20l-6-6M15 4h5v5M9 20H4v-5"></path>
      </svg>
    </button>
  </div>`;
}

/** The wheel hint (visual only: keyboard and screen-reader users never need it). */
export function renderHint(text: string): TemplateResult {
  return html`<div class="hint" aria-hidden="true" ?hidden=${!text}><span class="hint__text">${text}</span></div>`;
}

/** Credits: Leaflet, Natural Earth, and the embedder's tile attribution as plain text. */
export function renderAttribution(lang: Lang, tiles: string): TemplateResult {
  const s = mapStrings[lang];
  const newTab = html`<span class="sr-only"> ${coreStrings[lang].opensInNewTab}</span>`;
  return html`<div class="attribution">
    <a href=${LEAFLET_URL} target="_blank" rel="noopener noreferrer">${s.creditLeaflet}${newTab}</a
    ><span class="attribution__sep" aria-hidden="true">|</span
    ><a href=${BASEMAP_CREDIT_URL} target="_blank" rel="noopener noreferrer">${s.creditNaturalEarth}${newTab}</a
    >${tiles ? html`<span class="attribution__sep" aria-hidden="true">|</span><span>${tiles}</span>` : nothing}
  </div>`;
}

/**
 * The detail panel of a partner, built from the data with text bindings only:
 * name, country, kind, year (or "year unknown"), confidence, related
 * programmes, notes and sources (links only through `safeUrl`, in a new tab).
 */
export function renderPanel(
  p: Partner,
  data: Dataset,
  lang: Lang,
  context: { level: number; region: RegionFilter; onClose: () => void },
): TemplateResult {
  const s = mapStrings[lang];
  const core = coreStrings[lang];
  const programs = programsOfPartner(p.id, data);
  const notes = notesOf(p, data);
  const sources = sourcesOf(p, data);
  const locationSources = sourcesOf({ sources: p.locationSources ?? [] }, data);
  const { region } = context;
  const outside = region !== 'all' && p.region !== region;
  const sub = Math.min(6, context.level + 1);
  const section = (title: string) =>
    html`<div class="panel__section" role="heading" aria-level=${Math.min(6, sub + 1)}>${title}</div>`;
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    <div class="panel__head">
      <div class="panel__title" id="panel-title" role="heading" aria-level=${sub} tabindex="-1">${p.name[lang]}</div>
      <button type="button" class="panel__close" aria-label=${s.close} title=${s.close} @click=${context.onClose}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13"></path></svg>
      </button>
    </div>
    <dl class="facts">
      <dt>${s.country}</dt>
      <dd>${p.country.name[lang]}</dd>
      <dt>${s.kind}</dt>
      <dd>${core[`kind_${p.kind}`]}</dd>
      <dt>${s.since}</dt>
      <dd>${p.since === null ? html`<span class="muted">${core.yearUnknown}</span>` : formatYear(p.since, lang)}</dd>
      <dt>${s.confidence}</dt>
      <dd>${core[`confidence_${p.confidence}`]}</dd>
    </dl>
    ${!located(p)
      ? html`<p class="panel__note">${s.noLocation}</p>`
      : outside
        ? html`<p class="panel__note">${s.notOnMap(core[`region_${region}`])}</p>`
        : nothing}
    ${programs.length
      ? html`${section(s.programs)}
          <ul>
            ${programs.map((pr) => html`<li>${pr.title[lang]}</li>`)}
          </ul>`
      : nothing}
    ${notes.length
      ? html`${section(core.note)}
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
  const core = coreStrings[lang];
  return html`<ul>
    ${sources.map((source) => {
      const url = safeUrl(source.url);
      const date = source.date ? html` (${formatDate(source.date, lang)})` : nothing;
      return url
        ? html`<li>
            <a href=${url} target="_blank" rel="noopener noreferrer"
              >${source.publisher}: ${source.title}<span class="sr-only"> ${core.opensInNewTab}</span></a
            >${date}
          </li>`
        : html`<li>${source.publisher}: ${source.title}${date}</li>`;
    })}
  </ul>`;
}

// This module is loaded only when a map is about to be drawn: start fetching
// Leaflet and the basemap now, in parallel, rather than when the element asks.
// (Both loaders share one promise per page and forget a failure.)
loadLeaflet().catch(() => undefined);
loadBasemap().catch(() => undefined);
