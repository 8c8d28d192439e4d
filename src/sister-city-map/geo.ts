/**
 * Pure geometry for the map: great-circle arcs, antimeridian-safe longitudes
 * and bounds. No DOM, no Leaflet. Points are `[lat, lon]` in decimal degrees,
 * the order Leaflet uses.
 *
 * Longitudes on the map are "unwrapped" around the home city: a partner is
 * drawn at the copy of its longitude nearest to Jakarta's (Los Angeles at
 * -118.4° + 360° = 241.6°), so arcs cross the Pacific instead of running
 * through Europe, and markers sit where their arcs end. The map draws the
 * basemap twice (at 0° and +360°) so those longitudes have land under them.
 */

/** `[latitude, longitude]` in degrees. */
export type LatLon = [number, number];

/** `[[south, west], [north, east]]` in degrees (west may be > 180 after unwrapping). */
export type Bounds = [LatLon, LatLon];

const RAD = Math.PI / 180;

/** True for a finite latitude in [-90, 90] and longitude in [-180, 180]. */
export function isValidCoordinate(lat: unknown, lon: unknown): boolean {
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/** The copy of `lon` (± k·360°) nearest to `reference`: |result − reference| ≤ 180. */
export function unwrapTo(lon: number, reference: number): number {
  const k = Math.round((reference - lon) / 360);
  return k === 0 ? lon : lon + 360 * k;
}

/**
 * Longitudes made continuous: each point is moved by a multiple of 360° so it
 * differs from the previous one by at most 180°. The first point is kept.
 */
export function unwrapLongitudes(points: readonly LatLon[]): LatLon[] {
  const out: LatLon[] = [];
  let previous: number | undefined;
  for (const [lat, lon] of points) {
    const next = previous === undefined ? lon : unwrapTo(lon, previous);
    out.push([lat, next]);
    previous = next;
  }
  return out;
}

type Vec = [number, number, number];

function toVector([lat, lon]: LatLon): Vec {
  const φ = lat * RAD;
  const λ = lon * RAD;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

function toLatLon([x, y, z]: Vec): LatLon {
  return [Math.atan2(z, Math.hypot(x, y)) / RAD, Math.atan2(y, x) / RAD];
}

/** The central angle between two points, in radians. */
export function centralAngle(a: LatLon, b: LatLon): number {
  const [ax, ay, az] = toVector(a);
  const [bx, by, bz] = toVector(b);
  // atan2 of |a×b| and a·b is accurate for small and near-antipodal angles.
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  return Math.atan2(Math.hypot(cx, cy, cz), ax * bx + ay * by + az * bz);
}

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM;
}

const atPole = ([lat]: LatLon) => Math.abs(lat) > 89.999999;

/**
 * `segments + 1` points along the shorter great circle from `from` to `to`
 * (spherical linear interpolation), longitudes unwrapped so they run
 * continuously from `from`'s longitude: an arc from Jakarta (106.8°) to
 * Los Angeles ends near 241.6°, never jumping through 0°.
 *
 * The two ends are returned as given (the end longitude unwrapped), but for
 * an end at a pole, which takes its neighbour's longitude.
 * Antipodal points have no single great circle; the arc then goes along the
 * meridian plane through `from` (a defined, if arbitrary, choice).
 */
export function greatCircle(from: LatLon, to: LatLon, segments = 64): LatLon[] {
  const n = Math.max(1, Math.floor(segments));
  const a = toVector(from);
  const b = toVector(to);
  const ω = centralAngle(from, to);
  const points: LatLon[] = [];
  if (ω < 1e-9) {
    for (let i = 0; i <= n; i++) points.push([from[0], from[1]]);
    return points;
  }
  let axis: Vec | undefined;
  if (Math.PI - ω < 1e-9) {
    // Antipodal: rotate about an axis perpendicular to `a` in its meridian plane.
    const lon = from[1];
    axis = toVector([0, lon + 90]);
    if (atPole(from)) axis = [0, 1, 0];
  }
  const sinω = Math.sin(ω);
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    let v: Vec;
    if (axis) {
      // Rodrigues rotation of a by t·π about axis (axis ⟂ a).
      const θ = t * Math.PI;
      const [kx, ky, kz] = axis;
      const [x, y, z] = a;
      const cross: Vec = [ky * z - kz * y, kz * x - kx * z, kx * y - ky * x];
      v = [
        x * Math.cos(θ) + cross[0] * Math.sin(θ),
        y * Math.cos(θ) + cross[1] * Math.sin(θ),
        z * Math.cos(θ) + cross[2] * Math.sin(θ),
      ];
    } else {
      const wa = Math.sin((1 - t) * ω) / sinω;
      const wb = Math.sin(t * ω) / sinω;
      v = [wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]];
    }
    points.push(toLatLon(v));
  }
  // An end at a pole has every longitude: it takes its neighbour's, so the arc runs straight into
  // the pole (the map's top or bottom edge) rather than along the edge to the longitude given.
  points[0] = [from[0], atPole(from) ? points[1][1] : from[1]];
  points[n] = [to[0], atPole(to) ? points[n - 1][1] : to[1]];
  return unwrapLongitudes(points);
}

/** The smallest box holding every point (longitudes as given, not wrapped). Null for no points. */
export function boundsOf(points: Iterable<LatLon>): Bounds | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const [lat, lon] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return south === Infinity ? null : [[south, west], [north, east]];
}

/**
 * `bounds` grown by `fraction` of its size on each side (at least `minDegrees`
 * in total per axis), latitudes kept within ±85° (where Web Mercator ends).
 */
export function padBounds(bounds: Bounds, fraction = 0.05, minDegrees = 4): Bounds {
  const [[s, w], [n, e]] = bounds;
  const padLat = Math.max((n - s) * fraction, (minDegrees - (n - s)) / 2, 0);
  const padLon = Math.max((e - w) * fraction, (minDegrees - (e - w)) / 2, 0);
  return [
    [Math.max(-85, s - padLat), w - padLon],
    [Math.min(85, n + padLat), e + padLon],
  ];
}
