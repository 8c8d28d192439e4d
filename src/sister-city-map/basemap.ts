/**
 * The vector world basemap shipped with the library: Natural Earth 1:110m
 * countries, prepared by `scripts/build-basemap.mjs` into `basemap-data.json`
 * in the form the browser draws directly: one SVG path per country, already
 * projected to Web Mercator and quantized, rings that cross the antimeridian
 * made continuous. The page does no projection and no TopoJSON decoding; the
 * map shows it as one SVG overlay (see `leaflet-adapter.ts`), and draws its
 * own lines (the arcs, the leaders) in a second one, in the same units
 * (`createLinesSvg`). The data is
 * loaded lazily, with the map's runtime and Leaflet, so the element's first
 * paint does not pay for it; the map makes no request to a third party.
 */
import basemapData from './basemap-data.json';
import type { LatLon } from './geo.js';

export interface Basemap {
  /** Width and height of one world in path units (Web Mercator, x from -180°, y from `maxLatitude` north). */
  world: number;
  /** Latitude of the world's top edge (and, negated, its bottom edge): Web Mercator's limit. */
  maxLatitude: number;
  /** Each country as [ISO 3166-1 alpha-2 code, or "" for a few disputed areas; SVG path data]. */
  countries: readonly (readonly [code: string, d: string])[];
}

/** Where the basemap's credit links to. */
export const BASEMAP_CREDIT_URL = 'https://www.naturalearthdata.com/';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface BasemapSvg {
  /**
   * Two copies of the world side by side (`viewBox` two worlds wide), to be
   * placed over longitudes [west, west + 720°]: the map shows a second world
   * so partners across the antimeridian have land under them.
   */
  svg: SVGSVGElement;
  /** The country paths (both copies) of each alpha-2 code. */
  byCode: ReadonlyMap<string, readonly SVGPathElement[]>;
}

/** An empty SVG over two copies of the world side by side, in the basemap's units. */
function worldsSvg(world: number, className: string, doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${world * 2} ${world}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', className);
  return svg;
}

/**
 * The basemap as an SVG element, built with DOM calls (no markup parsed, so
 * nothing for Trusted Types to refuse). Countries have class `land`; colours
 * and the partner tint come from the element's stylesheet.
 */
export function createBasemapSvg(basemap: Basemap, doc: Document = document): BasemapSvg {
  const { world } = basemap;
  const svg = worldsSvg(world, 'basemap', doc);
  const first = doc.createElementNS(SVG_NS, 'g');
  for (const [, d] of basemap.countries) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('class', 'land');
    path.setAttribute('d', d);
    first.append(path);
  }
  const second = first.cloneNode(true) as SVGGElement;
  second.setAttribute('transform', `translate(${world} 0)`);
  svg.append(first, second);

  const byCode = new Map<string, SVGPathElement[]>();
  basemap.countries.forEach(([code], i) => {
    if (!code) return;
    byCode.set(code, [first.children[i] as SVGPathElement, second.children[i] as SVGPathElement]);
  });
  return { svg, byCode };
}

export interface LinesSvg {
  /** Placed like the basemap's SVG (over longitudes [west, west + 720°]); class `lines`. */
  svg: SVGSVGElement;
  /** A new group (a `<g>`) of lines of class `className`, drawn over the groups made before it. */
  group(className: string): LineGroup;
}

export interface LineGroup {
  g: SVGGElement;
  /**
   * Replaces the group's lines: one path each, through `points` (`[lat, lon]`) in order, with the
   * group's class, and `data-id` when an id is given (the paths by id are returned).
   */
  draw(lines: readonly { id?: string; points: readonly LatLon[] }[]): Map<string, SVGPathElement>;
}

/**
 * Lines (the partners' arcs, the leaders of markers moved aside) drawn in the
 * basemap's units, over the same two worlds, its west edge at longitude
 * `west`: projected to Web Mercator once, then scaled by the browser with the
 * view, as the basemap is. No zoom or pan projects, simplifies or clips a
 * point in JavaScript, as Leaflet's polylines did for every line.
 */
export function createLinesSvg(basemap: Basemap, west: number, doc: Document = document): LinesSvg {
  const { world, maxLatitude } = basemap;
  const svg = worldsSvg(world, 'lines', doc);
  const limit = (maxLatitude * Math.PI) / 180;
  // The same projection as scripts/build-basemap.mjs (x from `west`, y from `maxLatitude` north),
  // unrounded: a line ends on its marker at the deepest zoom too.
  const at = ([lat, lon]: LatLon) => {
    const φ = Math.max(-limit, Math.min(limit, (lat * Math.PI) / 180));
    const x = ((lon - west) / 360) * world;
    const y = ((1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2) * world;
    return `${x.toFixed(2)} ${y.toFixed(2)}`;
  };
  return {
    svg,
    group(className) {
      const g = doc.createElementNS(SVG_NS, 'g');
      svg.append(g);
      return {
        g,
        draw(lines) {
          const paths = new Map<string, SVGPathElement>();
          const all = lines.map(({ id, points }) => {
            const path = doc.createElementNS(SVG_NS, 'path');
            path.setAttribute('class', className);
            path.setAttribute('d', points.map((p, i) => `${i ? 'L' : 'M'}${at(p)}`).join(''));
            if (id !== undefined) {
              path.dataset.id = id;
              paths.set(id, path);
            }
            return path;
          });
          g.replaceChildren(...all);
          return paths;
        },
      };
    },
  };
}

/**
 * The basemap data. It travels in the map's lazy runtime chunk, with this
 * module: a static import, so that an npm build does not fetch it only once
 * the runtime has run (the CDN build had already put the two in one chunk).
 */
export const basemap = basemapData as unknown as Basemap;
