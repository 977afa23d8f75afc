/**
 * Bands drawn in side view: a cubic centre line (x along the last, y height, mm) and a
 * width easing from one end to the other. The stripes and the overlays that outline them
 * share these, so an outline follows its stripe exactly.
 */
import { clamp, lerp, smoothstep } from '../math.js';
import { upperBase } from '../last.js';
import { WING_FOOT_X, WING_TIP } from './heel-counter.js';

export type P2 = readonly [number, number];

export interface SideBand {
  /** Cubic Bézier control points of the centre line, side view (mm). */
  p: readonly [P2, P2, P2, P2];
  /** Width at p[0] and at p[3] (mm). */
  w0: number;
  w1: number;
  /**
   * Width profile: if set, the width goes from w0 to w1 as s^taper (1 a straight taper, above 1 it holds its breadth longer before narrowing), so a band reads as
   * a brush stroke broad at its start and tapering to a point, not an even ribbon. Unset: smoothstep.
   */
  taper?: number;
}

export function bezier(p: SideBand['p'], s: number): P2 {
  const u = 1 - s;
  const [a, b, c, d] = p;
  const k = [u * u * u, 3 * u * u * s, 3 * u * s * s, s * s * s] as const;
  return [k[0] * a[0] + k[1] * b[0] + k[2] * c[0] + k[3] * d[0], k[0] * a[1] + k[1] * b[1] + k[2] * c[1] + k[3] * d[1]];
}

/** Unit tangent of the centre line at s. */
export function tangent(st: SideBand, s: number): P2 {
  const c2 = bezier(st.p, clamp(s + 0.01, 0, 1));
  const c1 = bezier(st.p, clamp(s - 0.01, 0, 1));
  const tx = c2[0] - c1[0];
  const ty = c2[1] - c1[1];
  const tl = Math.hypot(tx, ty) || 1;
  return [tx / tl, ty / tl];
}

/** Width of the band at s (mm). */
export const bandWidth = (st: SideBand, s: number): number =>
  lerp(st.w0, st.w1, st.taper === undefined ? smoothstep(0, 1, s) : Math.pow(clamp(s, 0, 1), st.taper));

/** Side-view point at s along the centre line, `across` mm off it (to the left of the direction of travel). */
export function bandAt(st: SideBand, s: number, across: number): P2 {
  const c = bezier(st.p, s);
  const [tx, ty] = tangent(st, s);
  return [c[0] - ty * across, c[1] + tx * across];
}

/** Where two centre lines cross: the parameter on each (polyline search; they must cross once). */
export function crossing(a: SideBand, b: SideBand): { sa: number; sb: number; at: P2 } {
  const n = 240;
  const pa = Array.from({ length: n + 1 }, (_, i) => bezier(a.p, i / n));
  const pb = Array.from({ length: n + 1 }, (_, i) => bezier(b.p, i / n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [p, p2] = [pa[i]!, pa[i + 1]!];
      const [q, q2] = [pb[j]!, pb[j + 1]!];
      const rx = p2[0] - p[0];
      const ry = p2[1] - p[1];
      const sx = q2[0] - q[0];
      const sy = q2[1] - q[1];
      const den = rx * sy - ry * sx;
      if (Math.abs(den) < 1e-12) continue;
      const t = ((q[0] - p[0]) * sy - (q[1] - p[1]) * sx) / den;
      const u = ((q[0] - p[0]) * ry - (q[1] - p[1]) * rx) / den;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1) {
        return { sa: (i + t) / n, sb: (j + u) / n, at: [p[0] + rx * t, p[1] + ry * t] };
      }
    }
  }
  throw new Error('side bands do not cross');
}

/**
 * Where band `under` (at `across` mm off its centre line) meets the edge zone of band `over`
 * at a crossing: the parameter on `under`, before (`dir` −1) or after (+1) the crossing, at
 * which the point lies `clearance` mm from `over`'s centre line. Lets the band underneath
 * stop short on both sides of the one on top, with its ends cut parallel to it.
 */
export function cutAt(under: SideBand, over: SideBand, across: number, clearance: number, dir: -1 | 1): number {
  const x = crossing(over, under);
  const c = x.at;
  const [tx, ty] = tangent(over, x.sa);
  const dist = (s: number): number => {
    const q = bandAt(under, s, across);
    return (q[0] - c[0]) * -ty + (q[1] - c[1]) * tx;
  };
  const far = clamp(x.sb + dir * 0.45, 0, 1);
  const target = Math.sign(dist(far)) * clearance;
  let lo = Math.min(x.sb, far);
  let hi = Math.max(x.sb, far);
  // Bisection on |dist| rising away from the crossing.
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    const beyond = Math.abs(dist(mid)) > Math.abs(target);
    if ((dir > 0) === beyond) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** The heel clip's wing (heel-counter.ts): the stripes' rear ends tuck under it, the rear quarter's rear edge hides under it. */
export { WING_FOOT_X, WING_TIP };
/** Height of the wing's lower edge at x (−∞ behind its foot, where the clip sits on the foam). */
export function wingLower(x: number): number {
  if (x <= WING_FOOT_X) return -Infinity;
  const t = Math.min(1, (x - WING_FOOT_X) / (WING_TIP[0] - WING_FOOT_X));
  return lerp(upperBase(x) - 1.2, WING_TIP[1], Math.pow(t, 1.7));
}
/** Whether a side-view point lies under the clip (behind its wing's lower edge, below its top). */
export const underClip = (x: number, y: number): boolean => x < WING_TIP[0] && y < WING_TIP[1] && y > wingLower(x);
