// Builds the vector world basemap of <sister-city-map>:
//   node scripts/build-basemap.mjs          writes src/sister-city-map/basemap-data.json,
//                                           bench/basemap-topology.json and src/check/country-boxes.json
//   node scripts/build-basemap.mjs --check  exits 1 when any of them is out of date
//
// Input: Natural Earth 1:110m countries (public domain) as TopoJSON from the
// `world-atlas` package. The outlines are first made smaller, as TopoJSON:
// - only the `countries` object (the `land` object repeats the same outlines);
// - no properties; each country's `id` is its ISO 3166-1 ALPHA-2 code (the
//   dataset's `country.code`), so the map tints partner countries without
//   shipping a code table; features without a code keep no id;
// - Antarctica and the French Southern and Antarctic Lands dropped (the map
//   never shows latitudes that far south);
// - arcs simplified (Visvalingam, triangles under 0.05 square degrees) and
//   coordinates re-quantized to a coarser grid (about 0.05° by 0.02°, finer than
//   the 1:110m outlines themselves), dropping the points that then coincide.
// That topology is written for the benchmark's bare-Leaflet page (which draws
// it the naive way: topojson-client, then L.geoJSON), as bench/basemap-topology.json.
//
// The map itself gets the same outlines in the form the browser draws directly
// (basemap-data.json): one SVG path `d` per country, already projected to Web
// Mercator, so no projection, clipping or TopoJSON decoding runs in the page:
// - x and y in units of a world WORLD units wide and tall (Leaflet's zoom-0
//   pixel space scaled by WORLD / 256), whole numbers: at the vector basemap's
//   deepest zoom (6, a world 16384 px wide) one unit is 2 px, finer than the
//   1:110m outlines; points that then coincide are dropped, and rings left with
//   fewer than 3 points (specks under a unit) too;
// - each ring's longitudes made continuous and the ring moved by 360° when that
//   brings its middle back within ±180° (Fiji is drawn at 177°…182°, never
//   across the whole map), as the element did at run time before;
// - relative path commands (`M x y l dx dy … z m …`), the shortest text;
// - a partner country is tinted by code, so each entry is [alpha-2 code or "", d].
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/sister-city-map/basemap-data.json', import.meta.url);
const OUT_TOPOLOGY = new URL('../bench/basemap-topology.json', import.meta.url);
const OUT_BOXES = new URL('../src/check/country-boxes.json', import.meta.url);
const WORLD = 8192;
const MAX_LATITUDE = 85.0511287798; // Leaflet's Web Mercator edge
const SOURCE = 'world-atlas/countries-110m.json';
const QUANTIZATION = 7200;
const DROP = new Set(['010', '260']);
const MIN_AREA = 0.05; // square degrees; see simplify()

// ISO 3166-1 numeric → alpha-2 for every country in Natural Earth 1:110m, with
// world-atlas's name, which the script checks so that a wrong line fails loudly.
// Kosovo has no numeric code in world-atlas; it gets the user-assigned XK.
const ISO = {
  '004': ['AF', 'Afghanistan'], '008': ['AL', 'Albania'], '012': ['DZ', 'Algeria'], '024': ['AO', 'Angola'],
  '031': ['AZ', 'Azerbaijan'], '032': ['AR', 'Argentina'], '036': ['AU', 'Australia'], '040': ['AT', 'Austria'],
  '044': ['BS', 'Bahamas'], '050': ['BD', 'Bangladesh'], '051': ['AM', 'Armenia'], '056': ['BE', 'Belgium'],
  '064': ['BT', 'Bhutan'], '068': ['BO', 'Bolivia'], '070': ['BA', 'Bosnia and Herz.'], '072': ['BW', 'Botswana'],
  '076': ['BR', 'Brazil'], '084': ['BZ', 'Belize'], '090': ['SB', 'Solomon Is.'], '096': ['BN', 'Brunei'],
  '100': ['BG', 'Bulgaria'], '104': ['MM', 'Myanmar'], '108': ['BI', 'Burundi'], '112': ['BY', 'Belarus'],
  '116': ['KH', 'Cambodia'], '120': ['CM', 'Cameroon'], '124': ['CA', 'Canada'], '140': ['CF', 'Central African Rep.'],
  '144': ['LK', 'Sri Lanka'], '148': ['TD', 'Chad'], '152': ['CL', 'Chile'], '156': ['CN', 'China'],
  '158': ['TW', 'Taiwan'], '170': ['CO', 'Colombia'], '178': ['CG', 'Congo'], '180': ['CD', 'Dem. Rep. Congo'],
  '188': ['CR', 'Costa Rica'], '191': ['HR', 'Croatia'], '192': ['CU', 'Cuba'], '196': ['CY', 'Cyprus'],
  '203': ['CZ', 'Czechia'], '204': ['BJ', 'Benin'], '208': ['DK', 'Denmark'], '214': ['DO', 'Dominican Rep.'],
  '218': ['EC', 'Ecuador'], '222': ['SV', 'El Salvador'], '226': ['GQ', 'Eq. Guinea'], '231': ['ET', 'Ethiopia'],
  '232': ['ER', 'Eritrea'], '233': ['EE', 'Estonia'], '238': ['FK', 'Falkland Is.'], '242': ['FJ', 'Fiji'],
  '246': ['FI', 'Finland'], '250': ['FR', 'France'], '262': ['DJ', 'Djibouti'], '266': ['GA', 'Gabon'],
  '268': ['GE', 'Georgia'], '270': ['GM', 'Gambia'], '275': ['PS', 'Palestine'], '276': ['DE', 'Germany'],
  '288': ['GH', 'Ghana'], '300': ['GR', 'Greece'], '304': ['GL', 'Greenland'], '320': ['GT', 'Guatemala'],
  '324': ['GN', 'Guinea'], '328': ['GY', 'Guyana'], '332': ['HT', 'Haiti'], '340': ['HN', 'Honduras'],
  '348': ['HU', 'Hungary'], '352': ['IS', 'Iceland'], '356': ['IN', 'India'], '360': ['ID', 'Indonesia'],
  '364': ['IR', 'Iran'], '368': ['IQ', 'Iraq'], '372': ['IE', 'Ireland'], '376': ['IL', 'Israel'],
  '380': ['IT', 'Italy'], '384': ['CI', "Côte d'Ivoire"], '388': ['JM', 'Jamaica'], '392': ['JP', 'Japan'],
  '398': ['KZ', 'Kazakhstan'], '400': ['JO', 'Jordan'], '404': ['KE', 'Kenya'], '408': ['KP', 'North Korea'],
  '410': ['KR', 'South Korea'], '414': ['KW', 'Kuwait'], '417': ['KG', 'Kyrgyzstan'], '418': ['LA', 'Laos'],
  '422': ['LB', 'Lebanon'], '426': ['LS', 'Lesotho'], '428': ['LV', 'Latvia'], '430': ['LR', 'Liberia'],
  '434': ['LY', 'Libya'], '440': ['LT', 'Lithuania'], '442': ['LU', 'Luxembourg'], '450': ['MG', 'Madagascar'],
  '454': ['MW', 'Malawi'], '458': ['MY', 'Malaysia'], '466': ['ML', 'Mali'], '478': ['MR', 'Mauritania'],
  '484': ['MX', 'Mexico'], '496': ['MN', 'Mongolia'], '498': ['MD', 'Moldova'], '499': ['ME', 'Montenegro'],
  '504': ['MA', 'Morocco'], '508': ['MZ', 'Mozambique'], '512': ['OM', 'Oman'], '516': ['NA', 'Namibia'],
  '524': ['NP', 'Nepal'], '528': ['NL', 'Netherlands'], '540': ['NC', 'New Caledonia'], '548': ['VU', 'Vanuatu'],
  '554': ['NZ', 'New Zealand'], '558': ['NI', 'Nicaragua'], '562': ['NE', 'Niger'], '566': ['NG', 'Nigeria'],
  '578': ['NO', 'Norway'], '586': ['PK', 'Pakistan'], '591': ['PA', 'Panama'], '598': ['PG', 'Papua New Guinea'],
  '600': ['PY', 'Paraguay'], '604': ['PE', 'Peru'], '608': ['PH', 'Philippines'], '616': ['PL', 'Poland'],
  '620': ['PT', 'Portugal'], '624': ['GW', 'Guinea-Bissau'], '626': ['TL', 'Timor-Leste'], '630': ['PR', 'Puerto Rico'],
  '634': ['QA', 'Qatar'], '642': ['RO', 'Romania'], '643': ['RU', 'Russia'], '646': ['RW', 'Rwanda'],
  '682': ['SA', 'Saudi Arabia'], '686': ['SN', 'Senegal'], '688': ['RS', 'Serbia'], '694': ['SL', 'Sierra Leone'],
  '703': ['SK', 'Slovakia'], '704': ['VN', 'Vietnam'], '705': ['SI', 'Slovenia'], '706': ['SO', 'Somalia'],
  '710': ['ZA', 'South Africa'], '716': ['ZW', 'Zimbabwe'], '724': ['ES', 'Spain'], '728': ['SS', 'S. Sudan'],
  '729': ['SD', 'Sudan'], '732': ['EH', 'W. Sahara'], '740': ['SR', 'Suriname'], '748': ['SZ', 'eSwatini'],
  '752': ['SE', 'Sweden'], '756': ['CH', 'Switzerland'], '760': ['SY', 'Syria'], '762': ['TJ', 'Tajikistan'],
  '764': ['TH', 'Thailand'], '768': ['TG', 'Togo'], '780': ['TT', 'Trinidad and Tobago'], '784': ['AE', 'United Arab Emirates'],
  '788': ['TN', 'Tunisia'], '792': ['TR', 'Turkey'], '795': ['TM', 'Turkmenistan'], '800': ['UG', 'Uganda'],
  '804': ['UA', 'Ukraine'], '807': ['MK', 'Macedonia'], '818': ['EG', 'Egypt'], '826': ['GB', 'United Kingdom'],
  '834': ['TZ', 'Tanzania'], '840': ['US', 'United States of America'], '854': ['BF', 'Burkina Faso'], '858': ['UY', 'Uruguay'],
  '860': ['UZ', 'Uzbekistan'], '862': ['VE', 'Venezuela'], '887': ['YE', 'Yemen'], '894': ['ZM', 'Zambia'],
};
const NO_CODE = { Kosovo: 'XK', 'N. Cyprus': null, Somaliland: null };

function fail(message) {
  console.error(`build-basemap: ${message}`);
  process.exit(1);
}

/** Decodes a quantized, delta-encoded arc to absolute [lon, lat] pairs. */
function decodeArc(arc, { scale: [kx, ky], translate: [dx, dy] }) {
  let x = 0;
  let y = 0;
  return arc.map(([ax, ay]) => {
    x += ax;
    y += ay;
    return [x * kx + dx, y * ky + dy];
  });
}

/** Calls `fn` on every arc index of a geometry's `arcs` (nested arrays of indexes, ~i for reversed). */
function mapArcIndexes(arcs, fn) {
  return arcs.map((a) => (Array.isArray(a) ? mapArcIndexes(a, fn) : fn(a)));
}

/**
 * Visvalingam–Whyatt simplification of one arc: repeatedly drops the interior
 * point forming the smallest triangle with its neighbours, while that area is
 * under MIN_AREA. Arc ends stay, so shared borders stay shared (topology kept).
 */
function simplify(points) {
  const pts = points.slice();
  const area = (a, b, c) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  for (;;) {
    let best = -1;
    let bestArea = Infinity;
    for (let i = 1; i < pts.length - 1; i++) {
      const a = area(pts[i - 1], pts[i], pts[i + 1]);
      if (a < bestArea) {
        bestArea = a;
        best = i;
      }
    }
    // A closed ring (an island drawn by one arc) keeps at least 4 points.
    const closed = pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1];
    if (best < 0 || bestArea >= MIN_AREA || (closed && pts.length <= 4)) return pts;
    pts.splice(best, 1);
  }
}

export function buildBasemap() {
  const input = require(SOURCE);
  const version = require('world-atlas/package.json').version;
  const absolute = input.arcs.map((arc) => simplify(decodeArc(arc, input.transform)));

  const used = new Map(); // old arc index → new arc index
  const arcs = [];
  const renumber = (i) => {
    const old = i < 0 ? ~i : i;
    if (!used.has(old)) {
      used.set(old, arcs.length);
      arcs.push(absolute[old]);
    }
    const j = used.get(old);
    return i < 0 ? ~j : j;
  };

  const geometries = [];
  for (const g of input.objects.countries.geometries) {
    const name = g.properties?.name;
    if (g.id !== undefined && DROP.has(g.id)) continue;
    let code;
    if (g.id === undefined) {
      if (!(name in NO_CODE)) fail(`feature "${name}" has no id and is not in NO_CODE`);
      code = NO_CODE[name];
    } else {
      const entry = ISO[g.id];
      if (!entry) fail(`no alpha-2 code for numeric id ${g.id} (${name})`);
      if (entry[1] !== name) fail(`id ${g.id} is "${name}" in world-atlas, "${entry[1]}" in the table`);
      code = entry[0];
    }
    const out = { type: g.type, arcs: mapArcIndexes(g.arcs, renumber) };
    if (code) out.id = code;
    geometries.push(out);
  }

  const codes = geometries.map((g) => g.id).filter(Boolean);
  if (new Set(codes).size !== codes.length) fail('an alpha-2 code is used twice');

  const topology = quantize(
    { type: 'Topology', objects: { countries: { type: 'GeometryCollection', geometries } }, arcs },
    QUANTIZATION,
  );
  // Rounds the bounding box and transform (a few decimals are plenty at this scale).
  const round = (v) => Math.round(v * 1e6) / 1e6;
  topology.bbox = topology.bbox.map(round);
  topology.transform = {
    scale: topology.transform.scale.map((v) => Math.round(v * 1e9) / 1e9),
    translate: topology.transform.translate.map(round),
  };
  return {
    source: `Natural Earth 1:110m countries (public domain), world-atlas ${version}; generated by scripts/build-basemap.mjs`,
    ...topology,
  };
}

/** The copy of `lon` (± k·360°) nearest to `reference` (as geo.ts unwrapTo). */
function unwrapTo(lon, reference) {
  const k = Math.round((reference - lon) / 360);
  return k === 0 ? lon : lon + 360 * k;
}

/** A ring's longitudes made continuous, then moved by 360° if its middle lies beyond ±180°. */
function unwrapRing(ring) {
  let previous = ring[0][0];
  let sum = 0;
  const out = ring.map(([lon, lat]) => {
    previous = unwrapTo(lon, previous);
    sum += previous;
    return [previous, lat];
  });
  const shift = -360 * Math.round(sum / out.length / 360);
  return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

/** Web Mercator, in units of a world WORLD wide: x from -180° (0), y from MAX_LATITUDE north (0). */
function project([lon, lat]) {
  const φ = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * WORLD;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2) * WORLD;
  return [Math.round(x), Math.round(y)];
}

/** One ring as whole-number points, consecutive duplicates and the closing point dropped; null when under 3 points. */
function projectRing(ring) {
  const pts = [];
  for (const p of unwrapRing(ring)) {
    const q = project(p);
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  return pts.length >= 3 ? pts : null;
}

/** Path data of polygons (rings of projected points), relative commands throughout. */
function pathData(polygons) {
  let d = '';
  let at = [0, 0];
  const num = (v) => (v < 0 || d.length === 0 || /[a-zA-Z]$/.test(d) ? String(v) : ` ${v}`);
  const pair = (dx, dy) => {
    d += num(dx);
    d += num(dy);
  };
  for (const rings of polygons) {
    for (const ring of rings) {
      const [x0, y0] = ring[0];
      d += d ? 'm' : 'M';
      if (d === 'M') pair(x0, y0);
      else pair(x0 - at[0], y0 - at[1]);
      d += 'l';
      let prev = ring[0];
      for (const p of ring.slice(1)) {
        pair(p[0] - prev[0], p[1] - prev[1]);
        prev = p;
      }
      d += 'z';
      at = ring[0]; // after z, the current point is the ring's start
    }
  }
  return d;
}

/** The topology's countries as [code or "", path data] in Web Mercator units. */
export function buildPaths(topology) {
  const countries = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const projected = [];
    for (const polygon of polygons) {
      const outer = projectRing(polygon[0]);
      if (!outer) continue; // a speck: its holes go with it
      projected.push([outer, ...polygon.slice(1).map(projectRing).filter(Boolean)]);
    }
    if (projected.length) countries.push([f.id ?? '', pathData(projected)]);
  }
  return {
    source: `Natural Earth 1:110m countries (public domain), world-atlas ${require('world-atlas/package.json').version}; generated by scripts/build-basemap.mjs`,
    projection: 'EPSG:3857',
    world: WORLD,
    maxLatitude: MAX_LATITUDE,
    countries,
  };
}

/**
 * Each country's bounding box, [west, south, east, north] in degrees rounded outward to 0.1°, for the
 * data checker (src/check/): a partner placed far outside its country's box has its coordinates
 * wrong, often latitude and longitude swapped. A country whose outlines span more than 180° of
 * longitude (across the antimeridian: Russia, the United States, Fiji…) gets [-180, south, 180, north]:
 * only its latitude is checked.
 */
export function buildBoxes(topology) {
  const boxes = {};
  for (const f of feature(topology, topology.objects.countries).features) {
    if (!f.id) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of polygons.flatMap((polygon) => unwrapRing(polygon[0]))) {
      [west, south, east, north] = [Math.min(west, lon), Math.min(south, lat), Math.max(east, lon), Math.max(north, lat)];
    }
    if (east - west > 180) [west, east] = [-180, 180];
    const down = (v) => Math.floor(v * 10) / 10;
    const up = (v) => Math.ceil(v * 10) / 10;
    boxes[f.id] = [down(west), down(south), up(east), up(north)];
  }
  return {
    source: `Natural Earth 1:110m countries (public domain), world-atlas ${require('world-atlas/package.json').version}; generated by scripts/build-basemap.mjs`,
    boxes: Object.fromEntries(Object.entries(boxes).sort(([a], [b]) => a.localeCompare(b))),
  };
}

const topology = buildBasemap();
const outputs = [
  [OUT, `${JSON.stringify(buildPaths(topology))}\n`],
  [OUT_TOPOLOGY, `${JSON.stringify(topology)}\n`],
  [OUT_BOXES, `${JSON.stringify(buildBoxes(topology))}\n`],
];
if (process.argv.includes('--check')) {
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) fail(`${file.pathname} is out of date: run node scripts/build-basemap.mjs`);
  }
  console.log('build-basemap: basemap-data.json, basemap-topology.json and country-boxes.json are up to date');
} else {
  for (const [file, text] of outputs) {
    writeFileSync(file, text);
    console.log(`build-basemap: wrote ${file.pathname} (${text.length} bytes)`);
  }
}
