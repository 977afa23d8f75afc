/**
 * The ASICS stripes: two flat, stitched-on bands crossing in the ASICS X on each side, each
 * one smooth curve: the front band rises from the midsole in front of the midfoot and sweeps
 * up and BACK toward the collar, the rear band rises from behind the midfoot up and forward
 * into the lace panel (no bend near the panel: a bend there read as a crossbar, an A). They
 * cross at mid-height and taper: wide at the sole, narrow at their tops. The front band
 * lies over the rear one: the rear band stops just short of it on both sides (its ends cut
 * parallel to it), so which band is on top reads even silver on silver. Each has a crisp,
 * low edge and a stitch line inset from it, so it reads as a strip sewn on, not a tube.
 */
import { lerp, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { collarLine, openingTheta, thetaAt, upperBase, upperRoof } from '../last.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';
import { type SideBand, bandAt, bandWidth, crossing, cutAt } from './side-band.js';

/** The front band, from its foot at the midsole (p[0]) to its top under the lace panel. */
export const FRONT_STRIPE: SideBand = { p: [[192, 19], [172, 38], [146, 62], [102, 80]], w0: 18, w1: 8 };
/** The rear band, from its top under the lace panel (p[0]) to its foot at the midsole behind the midfoot. */
export const REAR_STRIPE: SideBand = { p: [[188, 80], [156, 70], [128, 46], [113, 24]], w0: 8, w1: 17 };
export const STRIPES: readonly SideBand[] = [FRONT_STRIPE, REAR_STRIPE];

/**
 * Layer heights above the mesh base (mm): clear of the outlining overlays under them
 * (so they read by relief), the front band on top.
 */
const REAR_LAYER = 1.4;
const FRONT_LAYER = 1.65;
/** Where a band runs under the lace panel it thins to this: below the panel's face (1.5), above the overlays it lies on. */
const UNDER_EYESTAY = 1.3;
/** Gap (mm) between the front band's edge and the rear band's cut ends. */
const CROSS_GAP = 1.3;

/**
 * Lowest point a stripe may reach at x: just inside the midsole's rim. Deeper, a band's foot
 * showed through the sunk flash-line band below the rim as loose specks of colour.
 */
const floor = (x: number): number => upperBase(x) - 0.5;

/** Highest point a stripe may reach at x: clear of the padded collar where the last is cut open. */
const ceiling = (x: number): number => (openingTheta(x) > 0 ? collarLine(x) - 5 : upperRoof(x) - 1);

/**
 * 1 where a point lies under the lace panel, easing to 0 a few mm outside its outer edge: a band
 * ramps down before it reaches the panel, so it never pokes through the panel's bevelled edge.
 */
export const underEyestay = (x: number, theta: number): number =>
  x > EYESTAY_X[0] && x < EYESTAY_X[1] ? smoothstep(0.1, 0.01, Math.abs(theta) - eyestayEdges(x)[1]) : 0;

/**
 * Map a stretch of a side band, widened by `grow` mm each side, onto the upper: a across,
 * b along from `from(a)` to `to(a)` (band parameters; per-a so an end can be cut slanted).
 */
export function sideBandMap(
  st: SideBand,
  side: number,
  grow: number,
  from: (a: number) => number,
  to: (a: number) => number,
): (a: number, b: number) => { x: number; theta: number } {
  return (a, b) => {
    const s = lerp(from(a), to(a), b);
    const w = bandWidth(st, s) + 2 * grow;
    const [x, y] = bandAt(st, s, (a - 0.5) * w);
    return { x, theta: thetaAt(x, Math.min(Math.max(y, floor(x)), ceiling(x)), side) };
  };
}

function addStripePiece(m: MeshData, layer: number, nb: number, map: (a: number, b: number) => { x: number; theta: number }): void {
  addPanel(m, {
    na: 2,
    nb,
    thickness: layer,
    // A crisp, low edge: a flat strip stitched on, not a rounded tube.
    edge: 0.7,
    edgeB: 0.9,
    // A fine, shallow stitch line: a deeper, wider groove read as a second rail beside the edge.
    stitch: 1.6,
    stitchDepth: 0.3,
    stitchHalf: 0.22,
    // Tucked under the lace panel: thinner there, so the panel's edge lies over it.
    extra: (a, b) => {
      const q = map(a, b);
      return (UNDER_EYESTAY - layer) * underEyestay(q.x, q.theta);
    },
    map,
  });
}

/** Per-a memo: the cut ends are found by bisection and the panel asks for each a many times. */
function memo(f: (a: number) => number): (a: number) => number {
  const cache = new Map<number, number>();
  return (a) => {
    let v = cache.get(a);
    if (v === undefined) {
      v = f(a);
      cache.set(a, v);
    }
    return v;
  };
}

/** The two stripes on one side. */
function addStripes(m: MeshData, side: number): void {
  addStripePiece(m, FRONT_LAYER, 10, sideBandMap(FRONT_STRIPE, side, 0, () => 0, () => 1));
  // The rear band in two pieces, stopping CROSS_GAP short of the front band's edges.
  const sb = crossing(FRONT_STRIPE, REAR_STRIPE).sb;
  const clearance = bandWidth(FRONT_STRIPE, crossing(FRONT_STRIPE, REAR_STRIPE).sa) / 2 + CROSS_GAP;
  const across = (a: number): number => (a - 0.5) * bandWidth(REAR_STRIPE, sb);
  const endTop = memo((a) => cutAt(REAR_STRIPE, FRONT_STRIPE, across(a), clearance, -1));
  const startFoot = memo((a) => cutAt(REAR_STRIPE, FRONT_STRIPE, across(a), clearance, 1));
  addStripePiece(m, REAR_LAYER, 8, sideBandMap(REAR_STRIPE, side, 0, () => 0, endTop));
  addStripePiece(m, REAR_LAYER, 6, sideBandMap(REAR_STRIPE, side, 0, startFoot, () => 1));
}

/** The ASICS stripes on both sides. */
export function buildTigerStripes(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) addStripes(m, side);
  return m;
}
