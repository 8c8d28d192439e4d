import { expect } from '@open-wc/testing';
import {
  boundsOf,
  distanceKm,
  greatCircle,
  isValidCoordinate,
  padBounds,
  unwrapLongitudes,
  unwrapTo,
  type LatLon,
} from '../../src/sister-city-map/geo.js';

const JAKARTA: LatLon = [-6.175, 106.8275];
const LOS_ANGELES: LatLon = [34.1139, -118.4068];
const ARKANSAS: LatLon = [34.7361, -92.3311];
const ROTTERDAM: LatLon = [51.92, 4.48];
const SURABAYA: LatLon = [-7.2575, 112.7521];
const SEATTLE: LatLon = [47.6062, -122.3321];

/** Haversine distance, written independently of geo.ts, in km. */
function haversine([lat1, lon1]: LatLon, [lat2, lon2]: LatLon): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

const steps = (points: LatLon[]) => points.slice(1).map((p, i) => p[1] - points[i][1]);

describe('geo', () => {
  describe('unwrapTo / unwrapLongitudes', () => {
    it('moves a longitude to the copy nearest the reference', () => {
      expect(unwrapTo(-118.4068, 106.8275)).to.be.closeTo(241.5932, 1e-9);
      expect(unwrapTo(-92.3311, 106.8275)).to.be.closeTo(267.6689, 1e-9);
      expect(unwrapTo(4.48, 106.8275)).to.equal(4.48);
      expect(unwrapTo(179, -179)).to.be.closeTo(-181, 1e-9);
      expect(unwrapTo(541, 0)).to.be.closeTo(-179, 1e-9);
    });

    it('keeps consecutive longitudes within 180° of each other', () => {
      const out = unwrapLongitudes([
        [0, 170],
        [0, 179],
        [0, -179],
        [0, -170],
      ]);
      expect(out.map((p) => p[1])).to.deep.equal([170, 179, 181, 190]);
    });
  });

  describe('greatCircle', () => {
    it('Jakarta → Los Angeles crosses the Pacific: continuous across 180°, never through 0° or Europe', () => {
      const arc = greatCircle(JAKARTA, LOS_ANGELES, 64);
      expect(arc).to.have.length(65);
      expect(arc[0]).to.deep.equal(JAKARTA);
      expect(arc[64][0]).to.equal(LOS_ANGELES[0]);
      expect(arc[64][1]).to.be.closeTo(LOS_ANGELES[1] + 360, 1e-9);
      const lons = arc.map((p) => p[1]);
      // Eastward the whole way, in small steps.
      for (const step of steps(arc)) {
        expect(step).to.be.greaterThan(0);
        expect(step).to.be.lessThan(10);
      }
      expect(Math.min(...lons)).to.be.at.least(JAKARTA[1]);
      expect(Math.max(...lons)).to.be.at.most(LOS_ANGELES[1] + 360 + 1e-9);
      expect(lons.some((l) => l < 180) && lons.some((l) => l > 180)).to.equal(true);
      // It heads north over the Pacific (through the North Pacific, not the Arctic).
      const north = Math.max(...arc.map((p) => p[0]));
      expect(north).to.be.within(40, 60);
    });

    it('Jakarta → Arkansas also goes east across the Pacific', () => {
      const arc = greatCircle(JAKARTA, ARKANSAS);
      const lons = arc.map((p) => p[1]);
      expect(lons[lons.length - 1]).to.be.closeTo(ARKANSAS[1] + 360, 1e-9);
      for (const step of steps(arc)) expect(step).to.be.within(0, 10);
      expect(lons.some((l) => l > 60 && l < 100)).to.equal(false);
    });

    it('Jakarta → Rotterdam goes west over Asia and stays in the eastern hemisphere', () => {
      const arc = greatCircle(JAKARTA, ROTTERDAM);
      for (const [, lon] of arc) expect(lon).to.be.within(ROTTERDAM[1], JAKARTA[1]);
      for (const step of steps(arc)) expect(step).to.be.within(-10, 0);
    });

    it('Surabaya → Seattle crosses the antimeridian continuously', () => {
      const arc = greatCircle(SURABAYA, SEATTLE, 48);
      expect(arc).to.have.length(49);
      expect(arc[48][1]).to.be.closeTo(SEATTLE[1] + 360, 1e-9);
      const maxStep = Math.max(...steps(arc).map(Math.abs));
      expect(maxStep).to.be.lessThan(10);
    });

    it('returns points on the great circle, evenly spaced', () => {
      const arc = greatCircle(JAKARTA, LOS_ANGELES, 64);
      const total = haversine(JAKARTA, LOS_ANGELES);
      expect(total).to.be.within(14_000, 15_000);
      expect(distanceKm(JAKARTA, LOS_ANGELES)).to.be.closeTo(total, 0.01);
      for (let i = 1; i < arc.length - 1; i++) {
        // On the great circle: start→point→end is no longer than the direct path.
        expect(haversine(JAKARTA, arc[i]) + haversine(arc[i], LOS_ANGELES)).to.be.closeTo(total, 0.5);
        expect(haversine(arc[i - 1], arc[i])).to.be.closeTo(total / 64, 0.5);
      }
    });

    it('handles identical and antipodal points without NaN', () => {
      const same = greatCircle(JAKARTA, JAKARTA, 4);
      expect(same).to.have.length(5);
      same.forEach((p) => expect(p).to.deep.equal(JAKARTA));
      const antipode: LatLon = [6.175, 106.8275 - 180];
      const arc = greatCircle(JAKARTA, antipode, 8);
      expect(arc.flat().every(Number.isFinite)).to.equal(true);
      expect(haversine(arc[4], JAKARTA)).to.be.closeTo(haversine(JAKARTA, antipode) / 2, 1);
      const pole = greatCircle([90, 0], [-90, 0], 4);
      expect(pole.flat().every(Number.isFinite)).to.equal(true);
    });

    it('runs an arc to a pole straight into it, not along the map edge to the longitude given', () => {
      // A partner at the North Pole, written with longitude 0: the great circle from Jakarta
      // climbs its meridian (106.8°); Mercator has no pole, so the map clips the arc at its top
      // edge, where a last point at 0° would draw a line 107° along it, and the marker there.
      const north = greatCircle(JAKARTA, [90, 0], 16);
      expect(north[16][0]).to.equal(90);
      north.slice(1).forEach(([, lon]) => expect(lon).to.be.closeTo(106.8275, 1e-6));
      const south = greatCircle([-90, -45], ROTTERDAM, 16);
      expect(south[0][0]).to.equal(-90);
      expect(south[0][1]).to.be.closeTo(4.48, 1e-6);
      expect(south[16]).to.deep.equal(ROTTERDAM);
    });
  });

  describe('bounds', () => {
    it('boundsOf spans the points, with unwrapped longitudes kept', () => {
      const [[s, w], [n, e]] = boundsOf([JAKARTA, ROTTERDAM, [LOS_ANGELES[0], unwrapTo(LOS_ANGELES[1], JAKARTA[1])]])!;
      expect([s, w, n]).to.deep.equal([-6.175, 4.48, 51.92]);
      expect(e).to.be.closeTo(241.5932, 1e-9);
      expect(boundsOf([])).to.equal(null);
    });

    it('padBounds grows the box, keeps at least a minimum size and stays within ±85° latitude', () => {
      expect(padBounds([[0, 0], [10, 20]], 0.1)).to.deep.equal([[-1, -2], [11, 22]]);
      const point = padBounds([[10, 20], [10, 20]], 0.1, 4);
      expect(point).to.deep.equal([[8, 18], [12, 22]]);
      const polar = padBounds([[-84, 0], [84, 10]], 0.5);
      expect(polar[0][0]).to.equal(-85);
      expect(polar[1][0]).to.equal(85);
    });
  });

  it('isValidCoordinate accepts finite in-range pairs only', () => {
    expect(isValidCoordinate(-6.175, 106.8275)).to.equal(true);
    expect(isValidCoordinate(90, -180)).to.equal(true);
    expect(isValidCoordinate(91, 0)).to.equal(false);
    expect(isValidCoordinate(0, 180.5)).to.equal(false);
    expect(isValidCoordinate(null, 0)).to.equal(false);
    expect(isValidCoordinate(Number.NaN, 0)).to.equal(false);
    expect(isValidCoordinate('1', 2)).to.equal(false);
  });
});
