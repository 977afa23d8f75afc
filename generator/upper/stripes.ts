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
import { collarLine, openingTheta, thetaAt, upperBase, upperPoint, upperRoof } from '../last.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';
import { type SideBand, bandAt, bandWidth, crossing, cutAt } from './side-band.js';

/** The front band, from its foot at the midsole (p[0]) to its top under the lace panel. */
export const FRONT_STRIPE: SideBand = { p: [[203, 10], [182, 17], [170, 75], [124, 91]], w0: 17, w1: 7 };
/** The rear band, from its top under the lace panel (p[0]) to its foot at the midsole behind the midfoot. */
export const REAR_STRIPE: SideBand = { p: [[197, 74], [170, 62], [136, 46], [104, 15]], w0: 5.5, w1: 13 };
export const STRIPES: readonly SideBand[] = [FRONT_STRIPE, REAR_STRIPE];

/**
 * Layer heights above the mesh base (mm): clear of the outlining overlays under them
 * (so they read by relief), the front band on top.
 */
const REAR_LAYER = 1.4;
const FRONT_LAYER = 1.65;
/**
 * Where a band runs under the lace panel it thins to this: below the bottom of the panel's
 * stitch groove (1.0; at 1.3 the bands showed through the groove as blue specks in kiko).
 */
const UNDER_EYESTAY = 0.85;
/**
 * How far (mm) inside the front band's edge the rear band's cut ends stop: under its flat top,
 * past its bevel, so the rear band reads as running on under it (cut ends left a gap beside
 * it, which read as two loose pieces stopping in mid-air).
 */
const UNDER_FRONT = 1.6;

/**
 * Lowest point a stripe may reach at x: just inside the midsole's rim. Deeper, a band's foot
 * showed through the sunk flash-line band below the rim as loose specks of colour.
 */
const floor = (x: number): number => upperBase(x) - 0.5;

/**
 * Highest point a stripe may reach at x: clear of the padded collar where the last is cut open,
 * and under the lace panel well short of its throat edge (past it, a band's top showed in the
 * throat as a saw-tooth beside the panel; 1.5 mm short, close to the panel's stitch groove there).
 */
function ceiling(x: number): number {
  const top = openingTheta(x) > 0 ? collarLine(x) - 5 : upperRoof(x) - 1;
  if (x <= EYESTAY_X[0] || x >= EYESTAY_X[1]) return top;
  return Math.min(top, upperPoint(x, eyestayEdges(x)[0])[1] - 3);
}

/**
 * 1 where a point lies under the lace panel, easing to 0 a few mm outside its outer edge: a band
 * ramps down before it reaches the panel, so it never pokes through the panel's bevelled edge.
 * (Over a longer ramp a band sank under the overlay it lies on outside the panel: slivers of it
 * frayed the band's tip.)
 */
export const underEyestay = (x: number, theta: number): number =>
  x > EYESTAY_X[0] && x < EYESTAY_X[1] ? smoothstep(0.05, 0, Math.abs(theta) - eyestayEdges(x)[1]) : 0;

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

/**
 * Where a band's line at `a` across it (0-1, as sideBandMap) meets the floor, between `inside` (above
 * it) and the band's end `end`: the foot is cut along the midsole's rim line, so it runs into
 * the sole cleanly. (Clamped to the floor instead, the tip folded flat along the rim: a kink.)
 */
export function floorCut(st: SideBand, a: number, inside: number, end: number): number {
  const above = (s: number): boolean => {
    const [x, y] = bandAt(st, s, (a - 0.5) * bandWidth(st, s));
    return y > floor(x);
  };
  if (above(end)) return end;
  let [lo, hi] = [inside, end];
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (above(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
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
  const frontFoot = memo((a) => floorCut(FRONT_STRIPE, a, 0.3, 0));
  addStripePiece(m, FRONT_LAYER, 10, sideBandMap(FRONT_STRIPE, side, 0, frontFoot, () => 1));
  // The rear band in two pieces, stopping CROSS_GAP short of the front band's edges.
  const sb = crossing(FRONT_STRIPE, REAR_STRIPE).sb;
  const clearance = bandWidth(FRONT_STRIPE, crossing(FRONT_STRIPE, REAR_STRIPE).sa) / 2 - UNDER_FRONT;
  const across = (a: number): number => (a - 0.5) * bandWidth(REAR_STRIPE, sb);
  const endTop = memo((a) => cutAt(REAR_STRIPE, FRONT_STRIPE, across(a), clearance, -1));
  const startFoot = memo((a) => cutAt(REAR_STRIPE, FRONT_STRIPE, across(a), clearance, 1));
  addStripePiece(m, REAR_LAYER, 8, sideBandMap(REAR_STRIPE, side, 0, () => 0, endTop));
  const rearFoot = memo((a) => floorCut(REAR_STRIPE, a, 0.7, 1));
  addStripePiece(m, REAR_LAYER, 5, sideBandMap(REAR_STRIPE, side, 0, startFoot, rearFoot));
}

/** The ASICS stripes on both sides. */
export function buildTigerStripes(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) addStripes(m, side);
  return m;
}
