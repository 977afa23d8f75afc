/**
 * The ASICS stripes: three flat, stitched-on bands on each side, as the spec draws them. A
 * parallel pair rises from the midsole at the ball of the foot up and BACK, flattening as it
 * nears the collar, into the heel clip's front edge (the clip covers where the spec's rear ends
 * would run: they are cut along its wing and tuck under its rolled lip). A third band crosses
 * them behind the midfoot at mid-height, falling from the lace panel's outer edge (its top meets
 * the panel, it does not hide under it) back and down to the clip's foot. (Earlier passes
 * converged the bands' front ends near the forefoot: a "<" or a K crossing high by the laces.)
 * The crossing band lies on top: the pair stops just short of it on both sides (their ends cut
 * parallel to it), so which band is on top reads even silver on silver. Each has a crisp, low
 * edge, so it reads as a strip sewn on, not a tube.
 */
import { type Vec3, dot, lerp, norm, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { collarLine, openingTheta, thetaAt, upperBase, upperNormal, upperPoint, upperRoof } from '../last.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';
import { type SideBand, bandAt, bandWidth, crossing, cutAt, underClip } from './side-band.js';
import { leanNormalsUp } from './sky-lean.js';

/**
 * The rising pair, each from its foot at the midsole in front of the midfoot (p[0]) up and BACK,
 * flattening as it nears the collar, to its top end tucked under the heel clip's front edge.
 * RISE_HIGH is the upper (front) one, RISE_LOW the lower (rear) one, about 17 mm apart centre to
 * centre at their feet and 13 mm higher up; each tapers from 14 mm at the sole toward its tucked end.
 */
export const RISE_HIGH: SideBand = { p: [[197.5, 15], [184, 39], [140, 59.5], [95, 63]], w0: 14, w1: 3, taper: 1.5 };
export const RISE_LOW: SideBand = { p: [[175.5, 15], [163.5, 30], [128, 47], [85, 55]], w0: 14, w1: 3, taper: 1.5 };
/** The crossing band, from its top end at the lace panel's outer edge (p[0]) down and back to the clip. */
export const CROSS_STRIPE: SideBand = { p: [[152, 94], [139.5, 70], [108, 45], [70, 35]], w0: 16, w1: 4, taper: 1.25 };
export const STRIPES: readonly SideBand[] = [RISE_HIGH, RISE_LOW, CROSS_STRIPE];

/**
 * Layer heights above the mesh base (mm): clear of the outlining overlays under them
 * (so they read by relief), the crossing band on top (FRONT_LAYER), the rising pair under it.
 */
const REAR_LAYER = 1.4;
const FRONT_LAYER = 1.65;
/**
 * Where a band runs under the lace panel it thins to this: below the bottom of the panel's
 * stitch groove (1.0; at 1.3 a band's tip showed through the groove as specks).
 */
const UNDER_EYESTAY = 0.85;
/** How far (mm) inside the crossing band's edges the rising bands' cut ends stop (under its flat top, past its bevel). */
const UNDER_FRONT = 1.6;

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
  x > EYESTAY_X[0] && x < EYESTAY_X[1] ? smoothstep(0.06, 0, Math.abs(theta) - eyestayEdges(x)[1]) : 0;

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

/** Width (mm) of a band's bevelled long edges. */
const BEVEL = 1.0;

/**
 * How far a bevel's shading normal leans toward the ground (added to y before renormalising):
 * in the straight side views the flat silver face mirrors the same bright room as the white mesh
 * beside it and the mark nearly vanished; a bevel that mirrors the dark floor draws a fine dark
 * line round each band, like the shadowed edge of a strip sewn on.
 */
const BEVEL_DOWN = 2.5;

function addStripePiece(
  m: MeshData,
  layer: number,
  nb: number,
  st: SideBand,
  side: number,
  from: (a: number) => number,
  to: (a: number) => number,
): void {
  const map = sideBandMap(st, side, 0, from, to);
  // Each grid point's place on the upper and its a (addPanel asks `extra` once per point, in order).
  const grid: { p: Vec3; n: Vec3; a: number }[] = [];
  const base = m.positions.length / 3;
  addPanel(m, {
    na: 2,
    nb,
    thickness: layer,
    // A crisp, low edge: a flat strip stitched on, not a rounded tube. (A darker painted
    // outline read as a dark band at three-quarter and as dark fins from behind.)
    edge: BEVEL,
    edgeB: 0.9,
    // Tucked under the lace panel: thinner there, so the panel's edge lies over it.
    extra: (a, b) => {
      const q = map(a, b);
      grid.push({ p: upperPoint(q.x, q.theta), n: upperNormal(q.x, q.theta), a });
      return (UNDER_EYESTAY - layer) * underEyestay(q.x, q.theta);
    },
    map,
  });
  // The bevel's share of the width as addPanel takes it: at the piece's middle (a tapering band's width varies).
  crispBevels(m, base, grid, BEVEL / bandWidth(st, (from(0.5) + to(0.5)) / 2));
}

/**
 * Shading normals of a band's cross-section, by the grid row each vertex came from: the top's
 * first row off the bevel takes the upper's normal, so the face shades flat to its edge (averaged
 * with the bevel it rounded the whole band like a tube), and the bevel rows lean toward the
 * ground (BEVEL_DOWN). `ea` is about the bevel's share of the width, to tell its rows apart.
 */
function crispBevels(m: MeshData, base: number, grid: { p: Vec3; n: Vec3; a: number }[], ea: number): void {
  const pos = m.positions;
  const nrm = m.normals;
  for (let v = base; v < pos.length / 3; v++) {
    const p: Vec3 = [pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!];
    // The grid point it was offset from along the upper's normal: least distance across that normal.
    let best = grid[0]!;
    let bestD = Infinity;
    for (const g of grid) {
      const d: Vec3 = [p[0] - g.p[0], p[1] - g.p[1], p[2] - g.p[2]];
      const k = dot(d, g.n);
      const t = (d[0] - k * g.n[0]) ** 2 + (d[1] - k * g.n[1]) ** 2 + (d[2] - k * g.n[2]) ** 2;
      if (t < bestD) {
        bestD = t;
        best = g;
      }
    }
    const u = Math.min(best.a, 1 - best.a);
    if (u > 1.5 * ea) continue;
    let n: Vec3;
    if (u > 0.7 * ea) n = best.n;
    else {
      const cur = norm([nrm[3 * v]!, nrm[3 * v + 1]!, nrm[3 * v + 2]!]);
      n = norm([cur[0], cur[1] - BEVEL_DOWN, cur[2]]);
    }
    nrm[3 * v] = n[0];
    nrm[3 * v + 1] = n[1];
    nrm[3 * v + 2] = n[2];
  }
}

/**
 * Where a band's line at `a` across it (0-1, as sideBandMap) leaves the region `inside`, searched
 * from `from` (inside it) toward the band's end `end`: so an end is cut along the line it runs
 * into (the midsole's rim, the lace panel's edge) instead of stopping square in mid-air.
 */
function cutWhere(st: SideBand, a: number, inside: (x: number, y: number) => boolean, from: number, end: number): number {
  const ok = (s: number): boolean => {
    const [x, y] = bandAt(st, s, (a - 0.5) * bandWidth(st, s));
    return inside(x, y);
  };
  if (ok(end)) return end;
  let [lo, hi] = [from, end];
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Above the floor: a band's foot is cut along the midsole's rim line and runs into the sole. */
const aboveFloor = (x: number, y: number): boolean => y > floor(x);

/** Height (mm) a top end reaches past the lace panel's outer edge: just under its bevel, so the band meets the panel. */
const TUCK_UNDER_EYESTAY = 1.5;

/** Below the line TUCK_UNDER_EYESTAY mm inside the lace panel's outer edge (everywhere outside the panel's x range). */
function belowTuck(x: number, y: number): boolean {
  if (x <= EYESTAY_X[0] + 2 || x >= EYESTAY_X[1] - 2) return true;
  return y < upperPoint(x, eyestayEdges(x)[1])[1] + TUCK_UNDER_EYESTAY;
}

/**
 * Not deeper than about 2.5 mm under the heel clip (tested 2 mm forward and 1.5 mm down, out
 * across the wing's lower edge): a rear end is cut along the clip's edge and runs on under its
 * rolled lip (whose face is 2.4 mm proud there, over the bands' 1.4-1.65), not stopping in mid-air.
 */
const clearOfClip = (x: number, y: number): boolean => !underClip(x + 2, y - 1.5);

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

/** The three stripes on one side. */
function addStripes(m: MeshData, side: number): void {
  // The crossing band, on top: top end at the lace panel's edge, foot under the heel clip.
  const xc = crossing(CROSS_STRIPE, RISE_HIGH);
  const crossTop = memo((a) => cutWhere(CROSS_STRIPE, a, belowTuck, xc.sa, 0));
  const crossFoot = memo((a) => cutWhere(CROSS_STRIPE, a, clearOfClip, xc.sa, 1));
  addStripePiece(m, FRONT_LAYER, 10, CROSS_STRIPE, side, crossTop, crossFoot);
  // Each rising band in two pieces, their cut ends UNDER_FRONT inside the crossing band's
  // edges (under its flat top), so it reads as running on beneath it.
  for (const rise of [RISE_HIGH, RISE_LOW]) {
    const x = crossing(rise, CROSS_STRIPE);
    const clearance = bandWidth(CROSS_STRIPE, x.sb) / 2 - UNDER_FRONT;
    const across = (a: number): number => (a - 0.5) * bandWidth(rise, x.sa);
    const foot = memo((a) => cutWhere(rise, a, aboveFloor, x.sa, 0));
    const endFoot = memo((a) => cutAt(rise, CROSS_STRIPE, across(a), clearance, -1));
    const startTop = memo((a) => cutAt(rise, CROSS_STRIPE, across(a), clearance, 1));
    const top = memo((a) => cutWhere(rise, a, clearOfClip, x.sa, 1));
    addStripePiece(m, REAR_LAYER, 8, rise, side, foot, endFoot);
    addStripePiece(m, REAR_LAYER, 3, rise, side, startTop, top);
  }
}

/**
 * How far the stripes' shading normals lean up (see sky-lean.ts); negative: down. Leaning up
 * (0.15-0.3) they mirrored the same bright room as the white mesh in the straight side views and
 * the mark nearly vanished there; leaning down they mirror the darker floor, so the bands read
 * as grey silver on the white mesh from the side, and a darker grey from above (three-quarter).
 */
const SKY_LEAN = -0.4;

/** The ASICS stripes on both sides. */
export function buildTigerStripes(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) addStripes(m, side);
  leanNormalsUp(m, SKY_LEAN);
  return m;
}
