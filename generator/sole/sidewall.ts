/**
 * The midsole's sculpted sidewall, as an outward offset (mm) from the plan outline, built as
 * stacked foam layers so it reads LAYERED at product-page distance:
 * - a proud base layer along the whole length that rises into the raised, angled heel wedge (on
 *   the medial side it stands further out, climbs higher and runs on under the arch: the firmer
 *   post, ending in a step);
 * - above it two layers split by the 'flash' line, which starts behind the forefoot GEL window and
 *   rises toward the heel.
 * Each tucked underside is also baked darker (foam-tone.ts, `grooveShade`) so the lines read as
 * crisp moulded grooves; round the heel the layers step in toward the counter (`layerLean`).
 * Each layer above the base starts tucked in under the ledge of the one below and curls out to the
 * face. Under this render's light a white wall only darkens where it faces the ground, so those
 * curled undersides are what make each line read as a dark edge from product-page distance (fine
 * grooves or sunk bands did not). The wall is a profile of [height, offset] rows per station.
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

/** Where the heel wedge's ledge sits (mm above the ground), lateral: above the GEL window, falling to the arch. */
// (Pass 14: it climbs toward the heel's back, steeper than the top edge, so the heel's shelves read angled, not level.)
const wedgeLat = curve([[-5, 30.4], [10, 29.6], [30, 27.8], [46, 26.5], [62, 24.5], [78, 21], [95, 17.4], [115, 14.6], [135, 13], [155, 12.5]]);
/** Medial: the firmer post, higher under the arch and running further forward before it ends in a steep front. */
const wedgeMed = curve([[-5, 30.4], [10, 29.6], [30, 27.8], [50, 26.2], [75, 24], [110, 21.5], [140, 19.8], [158, 18.6]]);

/** The base layer's face (mm beyond the outline): what a piece laid on the foam's foot (the TRUSSTIC's plate) must stand clear of. */
export const baseFace = (x: number, side = 1): number => wallFace(x) + baseOut(x, side);

/** Lowest wall row: the bottom edge is rounded below it. */
const wallFoot = (x: number): number => midsoleBottom(x) + 1.2;
/** Highest wall row: the top edge is rounded above it. */
const wallHead = (x: number): number => midsoleTop(x) - 1.0;

/** Height of the base layer over the wall's foot where there is no wedge (mm): a thin proud strip. */
const BASE = 2.4;

/** Top edge of the base layer / heel wedge at x on one side. */
export function wedgeTop(x: number, side = 1): number {
  const foot = wallFoot(x);
  const base = foot + BASE;
  const [line, a, b] = side > 0 ? [wedgeLat, 128, 156] : [wedgeMed, 150, 162];
  const t = 1 - smoothstep(a, b, x);
  // Round the heel's back both sides share one ledge height: the two walls meet on the centre line,
  // and a 0.4 mm step there (with the groove's baked shade under it) read as a hard vertical seam.
  const own = lerp((wedgeLat(x) + wedgeMed(x)) / 2, line(x), smoothstep(10, 45, x));
  return lerp(base, Math.max(base, Math.min(own, wallHead(x) - 5.8)), t);
}

/** The lower flash line: from behind the forefoot window up toward the heel, a little steeper than the top edge. */
// (Pass 14: a wave, not a line parallel to the top edge: high under the heel's top shelf, sweeping down
// through the midfoot, dipping under the arch and rising a little into the forefoot behind its window.)
const line1 = curve([[-5, 34.4], [10, 33.6], [40, 31.4], [70, 27], [95, 21.6], [120, 17.6], [145, 16], [168, 15.6], [186, 16.4], [200, 16], [214, 15], [232, 16.6], [250, 20.6], [266, 24.6]]);
/** Heights of the two flash lines at x on one side (each kept clear of the layer below it). */
export function flashLines(x: number, side = 1): [number, number] {
  const wt = wedgeTop(x, side);
  const l1 = Math.max(line1(x), wt + 1.6);
  // The upper line now runs along the top edge everywhere (its layer collapses there): 2-4 mm under
  // the edge along the midfoot and forefoot it read as an odd extra lip just under the upper.
  return [l1, wallHead(x)];
}

/**
 * The line fades out just behind the forefoot window (at the forefoot's coarser stations a layer
 * cut off by the window's flat patch read as a lump).
 */
const line1Fade = (x: number): number => 1 - smoothstep(250, 272, x);

/** The base layer stands this far proud of the face (mm): most round the heel, where it is the raised wedge, and along the medial post, which ends in a step. */
const baseOut = (x: number, side = 1): number =>
  heelFlare(x) +
  (side > 0 ? lerp(0.9, 0.3, smoothstep(90, 160, x)) : lerp(0.9, 2.0, smoothstep(35, 80, x)) - 1.7 * smoothstep(150, 164, x));
/** Extra lean-out (mm) of the base layer's foot round the heel's back, behind the GEL window. */
const footFlare = (x: number): number => 2 * (1 - smoothstep(2, 40, x));
/** Pass 14: round the heel the base layer (the wedge with the GEL window) flares further out past the layers above it. */
const heelFlare = (x: number): number => 1.6 * (1 - smoothstep(8, 40, x));
/** How far each layer above the base tucks in at its foot (mm): its underside curls in below it. */
const TUCK = 4.5;
/** Height (mm) of a layer's curled-in underside (at most 70% of the layer). */
const UNDERSIDE = 4.5;
/** The ledge between two layers rises this much (mm): nearly flat, so it catches the light from above. */
const LEDGE = 0.4;

/**
 * The wall's profile at x on one side, bottom to top: [height mm, offset mm beyond the outline],
 * before the windows: the base, then per layer its tucked foot, its curl and its face.
 */
function layerProfile(x: number, side: number): [number, number][] {
  const foot = wallFoot(x);
  const head = wallHead(x);
  const wt = wedgeTop(x, side);
  const [l1, l2] = flashLines(x, side);
  const face = wallFace(x);
  // The layers run on round the heel (its back shows them stepped in side view), easing off only at its very tip; they taper out at the toe.
  const ends = lerp(0.4, 1, smoothstep(X0, X0 + 10, x)) * (1 - smoothstep(X1 - 14, X1, x));
  // The base layer's ledge runs on to the toe's curl.
  const fb = ends * (1 - smoothstep(236, 262, x));
  // The base eases back to the face at the heel's tip, where the rubber's wrapped back closes over it.
  const bo = baseOut(x, side) * fb * smoothstep(X0, X0 + 12, x);
  const rows: [number, number][] = [
    // (Pass 14: round the heel's back, behind the window, the base layer's face leans out toward its foot: the heel flares.)
    [foot, face + bo + footFlare(x) * fb],
    [wt, face + bo],
  ];
  let lean = 0;
  const layer = (yb: number, ye: number, fade: number, scale = 1): void => {
    const h = Math.max(0, ye - yb);
    const u = Math.min(UNDERSIDE * scale, 0.7 * h);
    // A layer thinning out to nothing (the upper line running into the top edge) loses its tuck with it.
    const t = TUCK * scale * fade * smoothstep(0.3, 3, h);
    lean = Math.min(1, lean + 0.5);
    const f = face - leanAt(x) * lean;
    rows.push([yb, f - t], [yb + 0.5 * u, f - 0.3 * t], [yb + u, f], [ye, f]);
  };
  // Where the base is only a strip along the forefoot its ledge is shallower: a deep slot there would read as a split sole.
  // Over the heel wedge's ledge the step is the boldest, so the raised, angled heel reads first.
  // (Not round the heel's back, where from behind a deep ledge read as a flat shelf.)
  layer(wt + LEDGE * fb, l1, fb * lerp(1, 0.5, smoothstep(125, 175, x)), lerp(1, 1.25, smoothstep(20, 60, x)) - 0.6 * smoothstep(120, 160, x));
  const f1 = line1Fade(x) * ends;
  // The top layer: round the heel a shallower tuck, clear of the counter's foot.
  // (Pass 14: the line runs on past the forefoot window and up the toe's curl, a shallower groove there.)
  layer(l1 + LEDGE * f1, l2, f1 * lerp(0.6, 1, smoothstep(95, 125, x)), 1 - 0.45 * smoothstep(196, 222, x));
  // Keep the rows in order where the wedge runs into the lines or the lines crowd the top.
  for (let k = 1; k < rows.length; k++) rows[k]![0] = Math.max(rows[k]![0], rows[k - 1]![0]);
  for (let k = rows.length - 2; k >= 0; k--) rows[k]![0] = Math.min(rows[k]![0], rows[k + 1]![0]);
  for (const r of rows) r[0] = clamp(r[0], foot, head);
  return rows;
}

/**
 * 0..1: how deep a point of the wall at (x, y) sits in a layer's tucked-in underside (how far
 * behind the face it is): foam-tone.ts bakes shadow there, so each moulded line reads as a crisp
 * dark groove at product-page distance without needing a deeper (shelf-like) undercut.
 */
export function grooveShade(x: number, y: number, side: number): number {
  if (y < wallFoot(x) + 0.05 || y > wallHead(x) + 0.05) return 0;
  return smoothstep(0.1, 0.9, wallFace(x) - layerLean(x, y, side) - sidewallOffset(x, y, side));
}

/**
 * Round the heel each layer above the wedge stands a little further in than the one below, so from
 * behind the foam narrows toward the counter it cradles (a flared, stepped heel, not a box wider
 * than the upper). Max lean (mm) at the heel's back, gone by the midfoot.
 */
const LEAN = 2.4;
const leanAt = (x: number): number => LEAN * (1 - smoothstep(30, 75, x));
/** The lean of the layer that point (x, y) belongs to (its tucked foot counts with the layer above). */
function layerLean(x: number, y: number, side: number): number {
  const [l1] = flashLines(x, side);
  return y <= wedgeTop(x, side) ? 0 : leanAt(x) * (y <= l1 ? 0.5 : 1);
}

/** Offset over the GEL windows' patches: the relief flattens to the face so each rim sits on a clean surface. */
const windowFlat = (x: number, side: number): number => wallFace(x) + baseOut(x, side) - 0.2;

/** The wall's rows at x on one side, bottom to top, with the windows' patches flattened. */
export function wallProfile(x: number, side: number): [number, number][] {
  return layerProfile(x, side).map(([y, d]) => [y, lerp(d, windowFlat(x, side), windowMask(x, y, side))]);
}

/** Outward offset of the wall at (x, y) on one side (mm): the profile read between its rows. */
export function sidewallOffset(x: number, y: number, side: number): number {
  const rows = layerProfile(x, side);
  let d = rows[0]![1];
  if (y >= rows[rows.length - 1]![0]) d = rows[rows.length - 1]![1];
  else {
    for (let k = 1; k < rows.length; k++) {
      const [y1, d1] = rows[k]!;
      if (y <= y1) {
        const [y0, d0] = rows[k - 1]!;
        d = y1 - y0 < 1e-9 ? d1 : lerp(d0, d1, (y - y0) / (y1 - y0));
        break;
      }
    }
  }
  return lerp(d, windowFlat(x, side), windowMask(x, y, side));
}

/** Point on the wall at height y pushed to `d` mm beyond the outline. */
export function wallPointAt(x: number, y: number, side: number, d: number): Vec3 {
  const w = soleHalfWidth(x, side);
  const [nx, nz] = planNormal(x, side);
  return [x + nx * d, y, side * (w + nz * d)];
}

/** Point on the midsole sidewall, pushed `extra` mm further out (the GEL units, rims and rubber sit on it). */
export function sidewallPoint(x: number, y: number, side: number, extra = 0): Vec3 {
  return wallPointAt(x, y, side, sidewallOffset(x, y, side) + extra);
}

export { X0, X1 };
