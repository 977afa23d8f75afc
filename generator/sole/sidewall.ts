/**
 * The midsole's sculpted sidewall, as an outward offset (mm) from the plan outline:
 * - the heel wedge, a lower foam layer standing proud of the wall, whose top edge is a
 *   ledge that falls from high at the back to the ground line under the arch (the
 *   raised, angled heel);
 * - above it the upper layer in three bands that step in toward the top, split by two
 *   'flash' lines that start low in the forefoot and rise, converging, toward the heel;
 * - the heel flare and the cradle round the counter.
 * The wall is sampled in rows pinned to these lines so every edge stays crisp.
 */
import { type Vec3, clamp, curve, lerp, smoothstep } from '../math.js';
import { midsoleBottom, midsoleTop, soleHalfWidth } from '../last.js';
import { X0, X1, planNormal } from './plan.js';
import { windowMask } from './windows.js';

/**
 * The raised heel is wider than the upper's counter all the way up, so the firm counter
 * sits in the foam's cradle rather than standing outside it (mm added to the wall).
 */
export const heelCradle = (x: number): number => 2.6 * (1 - smoothstep(40, 105, x));

/** Heel flare: the wall kicks out toward the ground at the back, all round it (mm at height fraction v). */
const heelFlare = (x: number, v: number): number => 4 * Math.pow(1 - v, 1.5) * (1 - smoothstep(15, 85, x));

/** Where the heel wedge's ledge sits (mm above the ground) before it meets the arch's ground line. */
const wedgeLine = curve([[-5, 27], [20, 26], [50, 24.8], [80, 22.8], [105, 17.5], [128, 13], [150, 12]]);
/** How far the wedge stands proud of the upper layer (mm); it fades out under the arch. */
const wedgeStep = (x: number): number => 3 * (1 - smoothstep(105, 150, x));

/** Lowest wall row: the bottom edge is rounded below it. */
const wallFoot = (x: number): number => midsoleBottom(x) + 1.2;
/** Highest wall row: the top edge is rounded above it. */
const wallHead = (x: number): number => midsoleTop(x) - 1.0;

/** Top edge of the heel wedge at x (collapses onto the wall's foot where there is no wedge). */
export function wedgeTop(x: number): number {
  const foot = wallFoot(x);
  const t = 1 - smoothstep(128, 152, x);
  return lerp(foot, Math.max(foot, Math.min(wedgeLine(x), wallHead(x) - 4)), t);
}

/** Half-height (mm) of the lip where one layer overhangs the next. */
const LIP = 0.7;

/**
 * Heights of the two flash lines at x: fractions of the upper layer (wedge top to the wall's head)
 * that grow toward the heel, where that layer is thin, so the lines rise steeply toward it.
 */
export function flashLines(x: number): [number, number] {
  const u0 = wedgeTop(x) + LIP;
  const u1 = wallHead(x);
  const h = u1 - u0;
  const back = 1 - smoothstep(40, 230, x);
  // A gentle wave along each line (the sculpted, biomorphic sidewall), a little out of step with each other.
  const w1 = 0.06 * Math.sin(x / 19 + 0.6);
  const w2 = 0.05 * Math.sin(x / 23 + 2.4);
  return [u0 + h * (0.3 + 0.12 * back + w1), u0 + h * (0.64 + 0.1 * back + w2)];
}

/** The flash lines fade out toward the toe, where the wall curls up with the toe spring. */
const lineFade = (x: number): number => 1 - smoothstep(236, 266, x);

/** The wall's plain offset (mm) and how far each upper-layer band's lower lip stands out from it. */
const BASE = 0.6;
const LIPS = [3, 2.6, 2.2] as const;

/**
 * Outward offset of the wall at (x, y) on one side (mm). The layers lap like clapboard: each
 * band is proudest at its lower edge and leans back in toward its top, where the band above
 * overhangs it, so every line is an undercut lip that the light's shadow picks out.
 */
export function sidewallOffset(x: number, y: number, side: number): number {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const fade = lineFade(x);
  // The upper lines calm down round the back, where they crowd under the heel's lip.
  const heelCalm = smoothstep(20, 70, x);
  // Share of the way up a band (0 at its lower edge, 1 at its top).
  const up = (a: number, b: number): number => clamp((y - a) / Math.max(0.5, b - a), 0, 1);
  const lap = (a: number, b: number, lip: number): number => BASE + lip * fade * (1 - Math.pow(up(a, b), 0.85));
  let d: number;
  if (y <= wt - LIP) {
    // The heel wedge: leans out toward the ground, tucked in at its top under the upper layer's lip.
    d = BASE - 0.3 + wedgeStep(x) * (1.3 - up(yb, wt - LIP));
  } else if (y <= l1 - LIP) {
    d = lap(wt + LIP, l1 - LIP, LIPS[0]);
  } else if (y <= l2 - LIP) {
    d = lap(l1 + LIP, l2 - LIP, LIPS[1] * heelCalm);
  } else {
    d = lap(l2 + LIP, yt, LIPS[2] * heelCalm);
  }
  // Ends taper the sculpting so the outline stays clean at the toe and the heel stays ~5 mm behind the counter.
  d *= lerp(0.2, 1, smoothstep(X0, X0 + 16, x)) * (1 - smoothstep(X1 - 14, X1, x));
  const v = clamp((y - yb) / (yt - yb), 0, 1);
  // Flatten the relief round the GEL windows so each rim sits on a clean surface.
  const out = lerp(d, BASE + 1.2, windowMask(x, y, side)) + heelFlare(x, v) + heelCradle(x);
  // Along the heel's top edge the wall never steps in past the cradle, so the counter's foot stays inside the foam.
  const guard = (1 - smoothstep(85, 110, x)) * smoothstep(yt - 6, yt - 3, y);
  return out + Math.max(0, 1.0 + heelCradle(x) - out) * guard;
}

/** Point on the midsole sidewall, pushed `extra` mm further out (the GEL units, rims and rubber sit on it). */
export function sidewallPoint(x: number, y: number, side: number, extra = 0): Vec3 {
  const w = soleHalfWidth(x, side);
  const [nx, nz] = planNormal(x, side);
  const d = sidewallOffset(x, y, side) + extra;
  return [x + nx * d, y, side * (w + nz * d)];
}

/** Per-station wall rows, bottom to top: pinned either side of each lip so the lines stay crisp. */
export function wallHeights(x: number): number[] {
  const foot = wallFoot(x);
  const head = wallHead(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const below = Math.max(foot, wt - LIP);
  return [
    foot,
    lerp(foot, below, 0.5),
    below,
    wt + LIP,
    lerp(wt + LIP, l1 - LIP, 0.5),
    l1 - LIP,
    l1 + LIP,
    lerp(l1 + LIP, l2 - LIP, 0.5),
    l2 - LIP,
    l2 + LIP,
    lerp(l2 + LIP, head, 0.5),
    head,
  ];
}

export { X0, X1 };
