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

/** Half-height (mm) of a moulded bead: each line is a rounded ridge this far either side of its crest. */
const BEAD = 1.7;
/** A bead's upper flank is short: the crest drops sharply to the band above, a crisp layered edge. */
const BEAD_UP = 0.5;
/** How far the bands between the beads are sunk below the face (mm). */
const RECESS = 3.0;

/**
 * Heights of the two flash lines at x: fractions of the upper layer (wedge top to the wall's head)
 * that grow toward the heel, where that layer is thin, so the lines rise steeply toward it.
 */
export function flashLines(x: number): [number, number] {
  const u0 = wedgeTop(x) + 2 * BEAD + 0.4;
  const u1 = wallHead(x);
  const h = u1 - u0;
  const back = 1 - smoothstep(40, 230, x);
  // The upper line stays clear of the top rim, where the counter's foot and the overlays tuck in.
  const l2 = Math.max(u0 + 2 * BEAD, Math.min(u0 + h * (0.62 + 0.1 * back), midsoleTop(x) - rimDepth(x) - BEAD - 0.3));
  return [Math.min(u0 + h * (0.18 + 0.08 * back), l2 - 2 * BEAD - 2.4), l2];
}

/** The flash lines fade out toward the toe, where the wall curls up with the toe spring. */
const lineFade = (x: number): number => 1 - smoothstep(236, 266, x);
/** The wedge's bead and its proud face fade out under the arch, where the wedge runs into the ground line. */
const wedgeFade = (x: number): number => 1 - smoothstep(118, 148, x);

/**
 * Outward offset of the wall at (x, y) on one side (mm). The heel wedge stands proud; above it the
 * bands are sunk, and each line (the wedge's top edge and the two flash lines) is a rounded moulded
 * bead standing out to the face: its upper half catches the light, its lower half falls in shade, so
 * the lines read at product-page distance. The top is a plain rim, so the edge meeting the upper is clean.
 */
export function sidewallOffset(x: number, y: number, side: number): number {
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const face = wallFace(x);
  const head = wallHead(x);
  const sunk = face - RECESS * lineFade(x);
  let d: number;
  if (y <= wt) d = lerp(sunk, face - 0.5, wedgeFade(x));
  else if (y <= l2 + BEAD_UP) d = sunk;
  else d = lerp(sunk, face - 0.3, smoothstep(l2 + BEAD_UP, head, y));
  const bead = (l: number, amp: number): void => {
    d = lerp(d, face, amp * clamp(1 - (y <= l ? (l - y) / BEAD : (y - l) / BEAD_UP), 0, 1));
  };
  bead(wt, wedgeFade(x));
  bead(l1, lineFade(x));
  bead(l2, lineFade(x));
  // The ends taper the sculpting so the outline stays clean round the heel's back and the toe.
  const ends = lerp(0.35, 1, smoothstep(X0, X0 + 18, x)) * (1 - smoothstep(X1 - 14, X1, x));
  d = face + (d - face) * ends;
  // Nothing sunk in the top few mm: the counter's foot and the overlays tuck in behind the rim there.
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

/** Per-station wall rows, bottom to top: each bead's two feet and its crest, so every line stays crisp. */
export function wallHeights(x: number): number[] {
  const foot = wallFoot(x);
  const head = wallHead(x);
  const wt = wedgeTop(x);
  const [l1, l2] = flashLines(x);
  const rows = [foot, lerp(foot, wt - BEAD, 0.5), wt - BEAD, wt, wt + BEAD_UP, l1 - BEAD, l1, l1 + BEAD_UP, l2 - BEAD, l2, l2 + BEAD_UP, head];
  // Keep the rows in order where the wedge runs into the ground line or the lines crowd the top.
  for (let k = 1; k < rows.length; k++) rows[k] = Math.max(rows[k]!, rows[k - 1]!);
  for (let k = rows.length - 2; k >= 0; k--) rows[k] = Math.min(rows[k]!, rows[k + 1]!);
  return rows.map((r) => clamp(r, foot, head));
}

export { X0, X1 };
