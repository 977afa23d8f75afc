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

/** Depth and half-width (mm) of the groove pressed along each flash line. */
const GROOVE_DEPTH = 2.8;
const GROOVE_HALF = 0.7;
/** Height (mm) of each flank of the V groove along the wedge's top edge. */
const LEDGE = 1.3;

/**
 * Heights of the two flash lines at x: fractions of the upper layer (wedge top to the wall's head)
 * that grow toward the heel, where that layer is thin, so the lines rise steeply toward it.
 */
export function flashLines(x: number): [number, number] {
  const u0 = wedgeTop(x) + LEDGE;
  const u1 = wallHead(x);
  const h = u1 - u0;
  const back = 1 - smoothstep(40, 230, x);
  return [u0 + h * (0.3 + 0.12 * back), u0 + h * (0.64 + 0.1 * back)];
}

/** Groove depth along the flash lines: they fade out at the toe and where they crowd at the heel top. */
const grooveFade = (x: number): number => smoothstep(12, 40, x) * (1 - smoothstep(238, 262, x));

/** Base offsets (mm) of the upper layer's three bands, bottom to top: each steps in from the one below. */
const BAND = [1.6, 0.4, -0.9] as const;

/** Outward offset of the wall at (x, y) on one side (mm). */
export function sidewallOffset(x: number, y: number, side: number): number {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const bulge = (a: number, b: number, amp: number): number => amp * Math.sin(Math.PI * clamp((y - a) / Math.max(0.5, b - a), 0, 1));
  const step = wedgeStep(x);
  // Calmer bands toward the toe, where the wall curls up with the toe spring.
  const calm = 1 - 0.7 * smoothstep(225, 270, x);
  let d: number;
  if (y <= wt - LEDGE) {
    // The wedge: proud of the wall by its step and leaning out toward the ground, so it shades as its own layer.
    d = BAND[0] + step * (1 + 1.3 * (1 - clamp((y - yb) / Math.max(0.5, wt - yb), 0, 1))) + bulge(yb, wt, 0.5);
  } else if (y <= wt) {
    // Its top edge is chamfered down into a groove that runs along under the upper layer.
    d = lerp(BAND[0] + step, BAND[0] - 2 * Math.min(1, step), (y - wt + LEDGE) / LEDGE);
  } else if (y <= wt + LEDGE) {
    d = lerp(BAND[0] - 2 * Math.min(1, step), BAND[0], (y - wt) / LEDGE);
  } else if (y < l1) {
    d = BAND[0] + bulge(wt + LEDGE, l1, 0.9 * calm);
  } else if (y < l2) {
    d = BAND[1] + bulge(l1, l2, 1.0 * calm);
  } else {
    d = BAND[2] + bulge(l2, yt, 1.0 * calm);
  }
  const g = GROOVE_DEPTH * grooveFade(x);
  // Full depth between the groove's two pinned rows, easing out over the next millimetre.
  for (const l of [l1, l2]) d -= g * (1 - smoothstep(GROOVE_HALF, GROOVE_HALF + 1.2, Math.abs(y - l)));
  // Ends taper the sculpting so the outline stays clean at the toe and the heel stays ~5 mm behind the counter.
  d *= lerp(0.2, 1, smoothstep(X0, X0 + 16, x)) * (1 - smoothstep(X1 - 14, X1, x));
  const v = clamp((y - yb) / (yt - yb), 0, 1);
  // Flatten the relief round the GEL windows (keeping the wedge's step) so each rim sits on a clean surface.
  const flat = BAND[0] + (y <= wt ? step : 0);
  const out = lerp(d, flat, windowMask(x, y, side)) + heelFlare(x, v) + heelCradle(x);
  // Along the heel's top edge the wall never steps in past the cradle, so the counter's foot stays inside the foam.
  const guard = (1 - smoothstep(85, 110, x)) * smoothstep(yt - 4.5, yt - 3, y);
  return out + Math.max(0, 1.0 + heelCradle(x) - out) * guard;
}

/** Point on the midsole sidewall, pushed `extra` mm further out (the GEL units, rims and rubber sit on it). */
export function sidewallPoint(x: number, y: number, side: number, extra = 0): Vec3 {
  const w = soleHalfWidth(x, side);
  const [nx, nz] = planNormal(x, side);
  const d = sidewallOffset(x, y, side) + extra;
  return [x + nx * d, y, side * (w + nz * d)];
}

/** Per-station wall rows, bottom to top: pinned either side of the ledge and each flash line. */
export function wallHeights(x: number): number[] {
  const foot = wallFoot(x);
  const head = wallHead(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const below = Math.max(foot, wt - LEDGE);
  return [
    foot,
    lerp(foot, below, 0.3),
    lerp(foot, below, 0.65),
    below,
    wt,
    wt + LEDGE,
    lerp(wt + LEDGE, l1 - GROOVE_HALF, 0.5),
    l1 - GROOVE_HALF,
    l1 + GROOVE_HALF,
    lerp(l1 + GROOVE_HALF, l2 - GROOVE_HALF, 0.5),
    l2 - GROOVE_HALF,
    l2 + GROOVE_HALF,
    lerp(l2 + GROOVE_HALF, head, 0.5),
    head,
  ];
}

export { X0, X1 };
