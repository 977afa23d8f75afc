/**
 * A closed solid lofted along x that hugs the midsole's outline: the rubber pads and the
 * TRUSSTIC wrap the foam's sculpted wall (and its rounded heel) instead of standing
 * beside it as boxes.
 */
import { type Vec3, clamp, lerp } from '../math.js';
import { type MeshData, addGrid } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';

export interface HugLoftSpec {
  /** Stations along x. */
  xs: number[];
  /** 0..1 scale of the cross-section toward the centre line at x (rounds the piece's open ends; 1 = full). */
  ends: (x: number) => number;
  /** Fractions across the underside from the centre (0) to the edge (1), ascending, without 1. */
  across: number[];
  /** Height of the underside at x, fraction f in -1 (medial)..1 (lateral). */
  bottom: (x: number, f: number) => number;
  /** The side wall at x on one side, bottom to top: [height mm, offset mm beyond the midsole wall]. */
  side: (x: number, side: number) => (readonly [number, number])[];
  /** Height of the hidden inner face (inside the foam) at x. */
  inner: (x: number) => number;
}

export function addHugLoft(m: MeshData, spec: HugLoftSpec): void {
  const { xs, ends, across, bottom, side, inner } = spec;
  const loop = (x: number): Vec3[] => {
    const e = ends(x);
    // Shrink a point toward (x, *, 0) by the end scale, so open ends close in a rounded cap.
    const s = (p: Vec3): Vec3 => [lerp(x, p[0], e), p[1], p[2] * e];
    const half = (sd: number): Vec3[] => {
      const rows = side(x, sd);
      const edge = sidewallPoint(x, rows[0]![0], sd, rows[0]![1]);
      const pts: Vec3[] = [];
      for (const f of across) {
        if (f === 0) continue;
        pts.push(s([lerp(x, edge[0], f), bottom(x, sd * f), edge[2] * f]));
      }
      for (const [y, off] of rows) pts.push(s(sidewallPoint(x, y, sd, off)));
      const top = rows[rows.length - 1]!;
      // Back in under the foam: the hidden inner face.
      const tip = sidewallPoint(x, top[0], sd, -2.5);
      pts.push(s([lerp(x, tip[0], 0.9), inner(x), tip[2] * 0.9]));
      return pts;
    };
    return [[x, bottom(x, 0), 0], ...half(1), [x, inner(x), 0], ...half(-1).reverse()];
  };
  const loops = xs.map(loop);
  const mid = (xs[0]! + xs[xs.length - 1]!) / 2;
  addGrid(
    m,
    xs.length - 1,
    loops[0]!.length,
    (i, j) => loops[i]![j % loops[i]!.length]!,
    (p) => [p[0] - clamp(p[0], Math.min(mid, xs[0]! + 20), Math.max(mid, xs[xs.length - 1]! - 20)), p[1] - (inner(p[0]) - 3), p[2]],
    { closedJ: true },
  );
}
