/**
 * The midsole's sculpted sidewall, as an outward offset (mm) from the plan outline:
 * - the heel wedge, a lower foam layer whose top edge is a ledge that falls from high at
 *   the back to the ground line under the arch (the raised, angled heel);
 * - above it the upper layer in bands split by two 'flash' lines that start low in the
 *   forefoot and rise toward the heel; each band leans back in under the one above, so
 *   every line is a deep undercut;
 * - a plain rim along the top edge where the foam meets the upper, and a heel no wider
 *   than the counter seated in its cradle.
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

/**
 * The heel's outermost face (mm beyond the outline): the cradle plus a little, so from the back the
 * foam is no wider than the counter seated in it (no flare beyond the upper).
 */
export const wallFace = (x: number): number => heelCradle(x) + 1.2;

/** Where the heel wedge's ledge sits (mm above the ground) before it meets the arch's ground line. */
const wedgeLine = curve([[-5, 25], [20, 24.6], [50, 23.6], [80, 21.5], [105, 17.5], [128, 13], [150, 12]]);

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

/** Height (mm) of the plain rim along the top edge: deeper round the heel, where the counter's foot tucks in. */
const rimDepth = (x: number): number => lerp(4.6, 3.0, smoothstep(80, 120, x));

/** Half-height (mm) of the lip where one layer overhangs the next. */
const LIP = 0.8;

/**
 * Heights of the two flash lines at x: fractions of the upper layer (wedge top to the wall's head)
 * that grow toward the heel, where that layer is thin, so the lines rise steeply toward it.
 */
export function flashLines(x: number): [number, number] {
  const u0 = wedgeTop(x) + LIP;
  const u1 = wallHead(x);
  const h = u1 - u0;
  const back = 1 - smoothstep(40, 230, x);
  // The upper line stays clear of the top rim, where the counter's foot and the overlays tuck in.
  const l2 = Math.min(u0 + h * (0.64 + 0.1 * back), midsoleTop(x) - rimDepth(x) - 0.8);
  return [Math.min(u0 + h * (0.3 + 0.1 * back), l2 - 3), l2];
}

/** The flash lines fade out toward the toe, where the wall curls up with the toe spring. */
const lineFade = (x: number): number => 1 - smoothstep(236, 266, x);

/**
 * How far each band leans back in from the face toward its top (mm): the wedge, the two bands
 * between the flash lines. Deep enough that the overhang of the band above casts a shadow line
 * that reads at product-page distance, deepest where the lines rise toward the heel.
 */
const wedgeDepth = (x: number): number => 4.6 * (1 - smoothstep(110, 150, x));
const bandDepth = (x: number, k: 0 | 1): number => (k === 0 ? 4.6 : 4.0) * lineFade(x) * lerp(0.75, 1, 1 - smoothstep(60, 200, x));

/**
 * Outward offset of the wall at (x, y) on one side (mm). The layers lap like clapboard: each
 * band stands out to the face at its lower edge and leans back in toward its top, where the
 * band above overhangs it, so every line is an undercut lip that the light's shadow picks out.
 * The top band is a smooth rim at the face, so the edge where the foam meets the upper is clean.
 */
export function sidewallOffset(x: number, y: number, side: number): number {
  const yb = midsoleBottom(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const face = wallFace(x);
  // Share of the way up a band (0 at its lower edge, 1 at its top).
  const up = (a: number, b: number): number => clamp((y - a) / Math.max(0.5, b - a), 0, 1);
  // A band too thin to lean back far (where the lines crowd toward the heel) leans back less.
  const lean = (a: number, b: number, depth: number): number =>
    face - depth * smoothstep(0.8, 3.5, b - a) * Math.pow(up(a, b), 1.4);
  let d: number;
  if (y <= wt - LIP) d = lean(yb, wt - LIP, wedgeDepth(x));
  else if (y <= l1 - LIP) d = lean(wt + LIP, l1 - LIP, bandDepth(x, 0));
  else if (y <= l2 - LIP) d = lean(l1 + LIP, l2 - LIP, bandDepth(x, 1));
  else d = face - 0.3 * up(l2 + LIP, midsoleTop(x));
  // The ends taper the sculpting so the outline stays clean round the heel's back and the toe.
  const ends = lerp(0.35, 1, smoothstep(X0, X0 + 18, x)) * (1 - smoothstep(X1 - 14, X1, x));
  d = face + (d - face) * ends;
  // Nothing recessed in the top few mm: the counter's foot and the overlays tuck in behind the rim there.
  const rim = midsoleTop(x) - rimDepth(x);
  d = lerp(d, Math.max(d, face - 0.3), smoothstep(rim - 0.8, rim + 0.2, y));
  // Flatten the relief round the GEL windows so each rim sits on a clean surface.
  return lerp(d, face - 0.8, windowMask(x, y, side));
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
