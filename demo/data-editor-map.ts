/**
 * The data editor's country list and coordinate picker. The countries are
 * those of the library's own basemap (Natural Earth, bundled with the map:
 * src/sister-city-map/basemap-data.json), named as the dataset names them
 * when a partner or the city already uses the code, otherwise by
 * `Intl.DisplayNames` in Indonesian and English. The picker is a small SVG
 * of the same basemap (Web Mercator, no tiles, nothing from elsewhere):
 * a click gives latitude and longitude.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Basemap } from '../src/sister-city-map/basemap.js';

export interface CountryEntry {
  code: string;
  name: { id: string; en: string };
  /** The region the dataset's partners of this country have, if any. */
  region?: string;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The basemap's countries (and any the data names that it lacks), sorted by their name in `lang`. */
export function countryList(basemap: Basemap | undefined, data: Obj | null, lang: 'id' | 'en'): CountryEntry[] {
  const known = new Map<string, CountryEntry>();
  const fromData = (o: unknown, region?: unknown): void => {
    if (!isObject(o) || !isObject(o.country)) return;
    const { code, name } = o.country;
    if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code) || !isObject(name)) return;
    if (typeof name.id !== 'string' || typeof name.en !== 'string') return;
    const entry = known.get(code) ?? { code, name: { id: name.id, en: name.en } };
    if (typeof region === 'string' && region) entry.region ??= region;
    known.set(code, entry);
  };
  fromData(data?.city);
  if (Array.isArray(data?.partners)) for (const p of data.partners) fromData(p, isObject(p) ? p.region : undefined);

  const names = { id: new Intl.DisplayNames(['id'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };
  for (const [code] of basemap?.countries ?? []) {
    if (!code || known.has(code)) continue;
    try {
      known.set(code, { code, name: { id: names.id.of(code) ?? code, en: names.en.of(code) ?? code } });
    } catch {
      // Not a code Intl knows: left out.
    }
  }
  const collator = new Intl.Collator(lang);
  return [...known.values()].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The countries whose code or name (either language) contains `query`. */
export function searchCountries(list: readonly CountryEntry[], query: string): CountryEntry[] {
  const q = fold(query.trim());
  if (!q) return [...list];
  return list.filter((c) => c.code.toLowerCase() === q || fold(c.name.id).includes(q) || fold(c.name.en).includes(q));
}

/** Web Mercator: longitude and latitude → basemap units. */
export function project(basemap: Basemap, lat: number, lon: number): { x: number; y: number } {
  const { world, maxLatitude } = basemap;
  const phi = (Math.max(-maxLatitude, Math.min(maxLatitude, lat)) * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * world,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * world,
  };
}

/** Basemap units → latitude and longitude, rounded to 4 decimals (about 11 m). */
export function unproject(basemap: Basemap, x: number, y: number): { lat: number; lon: number } {
  const { world } = basemap;
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  let lon = (x / world) * 360 - 180;
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
  return { lat: round(lat), lon: round(lon) };
}

export interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The whole world (without the polar rows nobody clicks on). */
export const worldView = (basemap: Basemap): View => ({ x: 0, y: basemap.world * 0.1, w: basemap.world, h: basemap.world * 0.62 });

/** A view around a box, with a margin, at the picker's 16:10 shape. */
export function viewAround(box: { x: number; y: number; width: number; height: number }, basemap: Basemap): View {
  const min = basemap.world / 60;
  let w = Math.max(box.width * 1.6, min);
  let h = Math.max(box.height * 1.6, min);
  if (w / h > 1.6) h = w / 1.6;
  else w = h * 1.6;
  return { x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2, w, h };
}

export interface PickerPoint {
  lat: number;
  lon: number;
}

/** The picker's SVG content: the land (the chosen country marked), other partners as dots, the partner being edited as a ring. */
export function pickerContent(
  basemap: Basemap,
  view: View,
  country: string,
  others: readonly PickerPoint[],
  current: PickerPoint | null,
): SVGTemplateResult {
  const r = view.w / 90;
  const dot = (p: PickerPoint, cls: string, radius: number) => {
    const { x, y } = project(basemap, p.lat, p.lon);
    return svg`<circle class=${cls} cx=${x.toFixed(1)} cy=${y.toFixed(1)} r=${radius.toFixed(1)}></circle>`;
  };
  return svg`
    <rect class="picker-sea" x="-8192" y="-8192" width="32768" height="32768"></rect>
    ${basemap.countries.map(
      ([code, d]) => svg`<path class=${code && code === country ? 'picker-land picker-land--chosen' : 'picker-land'} data-code=${code} d=${d}></path>`,
    )}
    ${others.map((p) => dot(p, 'picker-other', r * 0.6))}
    ${current ? dot(current, 'picker-current', r) : null}
  `;
}
