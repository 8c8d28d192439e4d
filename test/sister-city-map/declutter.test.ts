import { expect } from '@open-wc/testing';
import { declutter, type Point } from '../../src/sister-city-map/declutter.js';

const gaps = (ps: Point[]) => {
  let min = Infinity;
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) min = Math.min(min, Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y));
  return min;
};

describe('declutter', () => {
  it('leaves points that are far enough apart where they are', () => {
    const ps = [{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 0, y: 60 }];
    expect(declutter(ps, 44)).to.deep.equal(ps);
  });

  it('spreads three near-coincident points (Seoul, Pyongyang, Jeju at a world view) at least 44 px apart, staying near', () => {
    const ps = [{ x: 100, y: 100 }, { x: 99, y: 96 }, { x: 101, y: 108 }];
    const out = declutter(ps, 44);
    expect(gaps(out)).to.be.at.least(44);
    for (let i = 0; i < ps.length; i++) expect(Math.hypot(out[i].x - ps[i].x, out[i].y - ps[i].y)).to.be.below(50);
    // Their centre barely moves.
    const cx = out.reduce((s, p) => s + p.x, 0) / 3;
    expect(cx).to.be.closeTo(100, 2);
  });

  it('splits coincident points deterministically and never moves a fixed point', () => {
    const ps = [{ x: 10, y: 10 }, { x: 10, y: 10 }, { x: 12, y: 10 }];
    const a = declutter(ps, 44, { fixed: new Set([0]) });
    expect(a).to.deep.equal(declutter(ps, 44, { fixed: new Set([0]) }));
    expect(a[0]).to.deep.equal({ x: 10, y: 10 });
    expect(gaps(a)).to.be.at.least(44);
  });

  it('keeps points that start inside the box inside it', () => {
    const box = { left: 0, top: 0, right: 300, bottom: 300 };
    const ps = [{ x: 150, y: 2 }, { x: 152, y: 4 }, { x: 149, y: 1 }, { x: 500, y: 500 }];
    const out = declutter(ps, 44, { box });
    for (const p of out.slice(0, 3)) {
      expect(p.y).to.be.within(0, 300);
      expect(p.x).to.be.within(0, 300);
    }
    expect(out[3]).to.deep.equal({ x: 500, y: 500 });
    expect(gaps(out.slice(0, 3))).to.be.at.least(43.9);
    // Without the box, the same points are pushed above it.
    expect(Math.min(...declutter(ps, 44).slice(0, 3).map((p) => p.y))).to.be.below(0);
  });

  it('pulls in a point that starts in the margin between the box and the map edge (half a target)', () => {
    // The box is the map less 22 px on each side; Arkansas at x = 310 is drawn
    // in the map's last 22 px, next to a neighbour that pushes it outwards.
    const box = { left: 22, top: 22, right: 300, bottom: 300 };
    const ps = [{ x: 290, y: 150 }, { x: 310, y: 152 }, { x: 340, y: 150 }];
    const out = declutter(ps, 44, { box });
    expect(out[0].x).to.be.within(22, 300);
    expect(out[1].x).to.be.within(22, 300);
    expect(out[1].y).to.be.within(22, 300);
    // 18 px beyond the margin: not in the map, free to move anywhere.
    expect(out[2].x).to.be.above(300);
    expect(gaps(out)).to.be.at.least(43.9);
  });

  it('never leaves a point in the keep-out corner (the zoom controls): it leaves by the nearer edge', () => {
    const box = { left: 22, top: 22, right: 300, bottom: 300 };
    const keepOut = { left: 0, top: 0, right: 150, bottom: 80 };
    // A cluster at the corner's edge, and one point inside it, nearer its bottom than its right.
    const ps = [{ x: 120, y: 90 }, { x: 124, y: 92 }, { x: 118, y: 95 }, { x: 60, y: 70 }];
    const out = declutter(ps, 44, { box, keepOut });
    for (const p of out) expect(p.x >= 150 || p.y >= 80, `${p.x},${p.y} in the corner`).to.equal(true);
    expect(gaps(out)).to.be.at.least(43.9);
    // Without it, the cluster spreads into the corner.
    expect(declutter(ps, 44, { box }).some((p) => p.x < 150 && p.y < 80)).to.equal(true);
    // A fixed point (the home city) stays where it is, even there.
    expect(declutter([{ x: 60, y: 70 }], 44, { box, keepOut, fixed: new Set([0]) })).to.deep.equal([{ x: 60, y: 70 }]);
  });

  it('separates a cluster of nine (Europe)', () => {
    const ps = Array.from({ length: 9 }, (_, i) => ({ x: 200 + (i % 3) * 6, y: 80 + Math.floor(i / 3) * 5 }));
    expect(gaps(declutter(ps, 44))).to.be.at.least(43.9);
  });
});
