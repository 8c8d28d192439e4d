/**
 * Markers that can be told apart: near-coincident markers (Seoul, Pyongyang
 * and Jeju; the European cluster at a world view) are displaced, as little as
 * needed, until no two are closer than a tap target (44 × 44 px, WCAG 2.5.8);
 * the adapter draws a leader line from each displaced marker to its place.
 * Pure geometry in screen pixels, no DOM, no Leaflet.
 */

export interface Point {
  x: number;
  y: number;
}

/** A box in the same pixels: points that start inside it are kept inside it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface DeclutterOptions {
  /** Indices of points that never move (the home city). */
  fixed?: ReadonlySet<number>;
  /**
   * The visible map less half a target on each side: a point that starts
   * inside it, or within half a target of it, ends inside it.
   */
  box?: Box;
  /**
   * A corner of the box no point may end in (the zoom controls, with room
   * around them, at its top left): a point there, where it stands or pushed
   * there by its neighbours, leaves it by its right or its bottom edge,
   * whichever is nearer.
   */
  keepOut?: Box;
  /** Rounds of pairwise relaxation, at most. */
  iterations?: number;
}

/**
 * `points` moved apart so that no two are closer than `min` (within
 * `iterations` rounds of pairwise relaxation). Points whose index is in
 * `fixed` never move; the others move symmetrically. The result is
 * deterministic: coincident points are split along an angle that depends on
 * their indices. See `DeclutterOptions` for `box` and `keepOut`.
 */
export function declutter(
  points: readonly Point[],
  min: number,
  { fixed = new Set(), box, keepOut, iterations = 80 }: DeclutterOptions = {},
): Point[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  // A point within half a target of the box (its marker still in the map) counts as inside.
  const r = min / 2;
  const kept = points.map(
    (p) => !!box && p.x >= box.left - r && p.x <= box.right + r && p.y >= box.top - r && p.y <= box.bottom + r,
  );
  for (let round = 0; round < iterations; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= min - 0.01) continue;
        if (d < 1e-6) {
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1e-6;
        }
        const fi = fixed.has(i);
        const fj = fixed.has(j);
        if (fi && fj) continue;
        // A quarter pixel more than needed, so the rounds end with every pair apart.
        const push = min - d + 0.25;
        const ux = dx / d;
        const uy = dy / d;
        const shareA = fi ? 0 : fj ? 1 : 0.5;
        const shareB = 1 - shareA;
        a.x -= ux * push * shareA;
        a.y -= uy * push * shareA;
        b.x += ux * push * shareB;
        b.y += uy * push * shareB;
        moved = true;
      }
    }
    if (box) {
      out.forEach((p, i) => {
        if (!kept[i]) return;
        p.x = Math.min(box.right, Math.max(box.left, p.x));
        p.y = Math.min(box.bottom, Math.max(box.top, p.y));
      });
    }
    if (keepOut) {
      out.forEach((p, i) => {
        if (fixed.has(i) || p.x < keepOut.left || p.x >= keepOut.right || p.y < keepOut.top || p.y >= keepOut.bottom) return;
        if (keepOut.right - p.x <= keepOut.bottom - p.y) p.x = keepOut.right;
        else p.y = keepOut.bottom;
        moved = true;
      });
    }
    if (!moved) break;
  }
  return out;
}
