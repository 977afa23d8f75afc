/**
 * Flat laces criss-crossing over the tongue between the eyestay eyelets: each segment dips
 * into an eyelet on one side, lies on the tongue across to the next eyelet on the other side
 * and dips into it; the two diagonals of a pair cross over the tongue's middle, one over the
 * other. A straight bar across the toe-side pair, and a small bow lying on the tongue at the top.
 */
import { type Vec3, add, clamp, cross, dot, lerp, norm, scale, sub } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { upperNormal, upperOffset, upperPoint, upperRoof } from './last.js';
import { addTube } from './tube.js';
import { EYELETS, EYESTAY_THICKNESS, eyeletTheta, eyestayEdges } from './eyelets.js';
import { TOP_HALF_WIDTH } from './tongue.js';

/** Flat lace: half-width and half-thickness (mm). */
const LACE_W = 2.1;
const LACE_T = 0.9;
/** Where the lace crimps through an eyelet (half-width, mm). */
const LACE_W_EYELET = 1.2;

/**
 * Rough half-width of the tongue at x (mm): it widens toward its padded top. Mirrors the
 * tongue's own plan (generator/tongue.ts), which takes its arc parameter rather than x.
 */
function tongueHalfWidth(x: number): number {
  const t = x >= 160 ? ((214 - x) / 54) * 0.45 : 0.45 + ((160 - x) / 34) * 0.27;
  return lerp(13, TOP_HALF_WIDTH, clamp((t - 0.55) / 0.45, 0, 1));
}

/** Height (mm) of the tongue's top face at (x, z), or -Infinity off the tongue. */
function tongueTop(x: number, z: number): number {
  const u = z / tongueHalfWidth(x);
  if (Math.abs(u) >= 1) return -Infinity;
  return upperRoof(x) + 0.8 - (z * z) / 90 + 3.0 * Math.pow(1 - Math.pow(Math.abs(u), 2.4), 0.42);
}

/** What a lace lies on at (x, arch angle theta): the tongue, or the eyestay's face beside it. */
function bed(x: number, theta: number): Vec3 {
  const onPanel = Math.abs(theta) >= eyestayEdges(x)[0];
  const p = onPanel ? upperOffset(x, theta, EYESTAY_THICKNESS) : upperPoint(x, theta);
  return [p[0], Math.max(p[1], tongueTop(x, p[2])), p[2]];
}

/** The surface's up at (x, theta), softened toward vertical (the tongue is flatter than the last). */
const bedUp = (x: number, theta: number): Vec3 => norm(upperNormal(x, theta * 0.6));

/**
 * A lace lying on the bed along `at(s)` (x, theta, extra height over the bed) for s in 0..1,
 * `n` samples, optionally dipping into an eyelet at either end.
 */
function addLyingLace(
  m: MeshData,
  at: (s: number) => [number, number, number],
  n: number,
  dips: { start?: [number, number]; end?: [number, number] } = {},
  look: { width?: number; pinch?: number } = {},
): void {
  const laceW = look.width ?? LACE_W;
  const path: Vec3[] = [];
  const ups: Vec3[] = [];
  const widths: number[] = [];
  const dip = (e: [number, number], down: boolean): void => {
    const [x, th] = e;
    const off = down ? EYESTAY_THICKNESS - 2.6 : EYESTAY_THICKNESS + LACE_T * 0.6;
    path.push(upperOffset(x, th, off));
    ups.push(bedUp(x, th));
    widths.push(LACE_W_EYELET);
  };
  if (dips.start) {
    dip(dips.start, true);
    dip(dips.start, false);
  }
  for (let i = 0; i <= n; i++) {
    const s = i / n;
    const [x, th, lift] = at(s);
    const b = bed(x, th);
    path.push([b[0], b[1] + LACE_T + lift, b[2]]);
    ups.push(bedUp(x, th));
    // Crimped where it leaves an eyelet, flat across the tongue.
    const edge = Math.min(dips.start ? s : 1, dips.end ? 1 - s : 1);
    widths.push(lerp(LACE_W_EYELET, laceW, clamp(edge / 0.2, 0, 1)));
  }
  if (dips.end) {
    dip(dips.end, false);
    dip(dips.end, true);
  }
  addRibbon(m, path, ups, widths, look.pinch);
}

/**
 * Sweep a flat lace along `path`: a rectangle of half-width `widths[i]` across and LACE_T
 * thick, its face toward `ups[i]`. Four corners per sample (normals averaged round them give a
 * flat band with rounded edges for the fewest vertices); the ends pinch shut.
 */
function addRibbon(m: MeshData, path: Vec3[], ups: Vec3[], widths: number[], endPinch = 0.2): void {
  const n = path.length;
  const frames = path.map((p, i) => {
    const t = norm(sub(path[Math.min(n - 1, i + 1)]!, path[Math.max(0, i - 1)]!));
    const up0 = ups[i]!;
    const up = norm(sub(up0, scale(t, dot(up0, t))));
    return { p, up, side: norm(cross(up, t)) };
  });
  const corners: readonly [number, number][] = [[1, 1], [-1, 1], [-1, -1], [1, -1]];
  addGrid(
    m,
    n - 1,
    4,
    (i, j) => {
      const f = frames[i]!;
      const pinch = i === 0 || i === n - 1 ? endPinch : 1;
      const [a, b] = corners[j % 4]!;
      return add(f.p, add(scale(f.side, a * widths[i]! * pinch), scale(f.up, b * LACE_T * pinch)));
    },
    (q, i) => sub(q, scale(add(frames[i]!.p, frames[i + 1]!.p), 0.5)),
    { closedJ: true },
  );
}

/** A diagonal from eyelet (xa, side a) to (xb, side b); `over` lifts it over the other diagonal at the crossing. */
function addDiagonal(m: MeshData, xa: number, sa: number, xb: number, sb: number, over: boolean): void {
  const tha = eyeletTheta(xa, sa);
  const thb = eyeletTheta(xb, sb);
  // The two laces sharing an eyelet enter it a little apart (heel side, toe side).
  const a: [number, number] = [xa + 0.7, tha];
  const b: [number, number] = [xb - 0.7, thb];
  addLyingLace(
    m,
    (s) => {
      const bump = Math.exp(-(((s - 0.5) / 0.2) ** 2));
      return [lerp(a[0], b[0], s), lerp(tha, thb, s) * 0.92, over ? 2 * LACE_T * bump : 0];
    },
    8,
    { start: a, end: b },
  );
}

/** Half-width (mm) of the lace in the bow's loops and tails: narrower, so the loops' holes show. */
const BOW_W = 1.5;
/** Where the bow's knot sits: on the tongue just toe-side of the top eyelets. */
const KNOT_X = 127.5;
/** The bow lies on the laces below it: this much over the bed (mm). */
const OVER_LACES = 2 * LACE_T + 0.4;

/** Arc radius of the throat (mm per radian of arch angle) near the knot: turns mm across into θ. */
const THROAT_R = 38;

/**
 * A flat strand of the bow lying over the lacing, from the knot toward the toe: `along(s)` mm
 * down the direction (1, slope) in (x, mm across), `across(s)` mm square to it, `lift` over the bed.
 */
function addBowStrand(
  m: MeshData,
  side: number,
  slope: number,
  along: (s: number) => number,
  across: (s: number) => number,
  lift: (s: number) => number,
  n: number,
  look: { width?: number; pinch?: number } = {},
): void {
  const l = Math.hypot(1, slope);
  const [dx, dz] = [1 / l, (side * slope) / l];
  addLyingLace(
    m,
    (s) => {
      const a = along(s);
      const c = across(s) * side;
      const x = KNOT_X + a * dx - c * dz;
      const z = a * dz + c * dx;
      return [x, z / THROAT_R, lift(s)];
    },
    n,
    {},
    look,
  );
}

/**
 * A small, tidy bow lying flat on the lacing: the top eyelets' ends meet in a flat knot; two
 * teardrop loops lie out and toward the toe either side, and two short tails run from under
 * the knot down the centre, all at one height just clear of the top crossing (loops at varying
 * heights tangled with the diagonals into a spiky, crumpled mass; a big bow standing off the
 * lacing read as a jumble from the side; none at all read as unlaced).
 */
function addBow(m: MeshData): void {
  const x0 = EYELETS[0]!;
  // Over the raised top crossing (two lace thicknesses at its peak) with a little to spare.
  const lie = 4 * LACE_T + 0.3;
  for (const side of [1, -1]) {
    const th = eyeletTheta(x0, side);
    // From the top eyelet onto the tongue and into the knot, kept low so the loops lie over it.
    addLyingLace(m, (s) => [lerp(x0, KNOT_X, s), th * (1 - s), 0.6 * OVER_LACES * s], 4, { start: [x0, th] });
    // A loop: a flat, rounded oval out sideways (about 70 degrees off the centre line), 10 mm
    // long, of a narrower lace so its hole shows; its two legs meet under the knot. (A narrow
    // teardrop of full-width lace read as a solid pointed petal: the bow as a spiky crown.)
    addBowStrand(
      m,
      side,
      2.8,
      (s) => 5 * (1 - Math.cos(2 * Math.PI * s)),
      (s) => 3.6 * Math.sin(2 * Math.PI * s),
      () => lie,
      20,
      { width: BOW_W },
    );
    // A tail: a short end from under the knot toward the toe, beside the centre line, its end
    // cut square (pinched to a point it read as a spike).
    addBowStrand(m, side, 0.35, (s) => 1 + 8 * s, () => 1.2, () => lie - 0.3, 3, { width: BOW_W, pinch: 0.85 });
  }
  // The knot: a short, flat wrap across the laces' meeting point, covering where the loops' and
  // tails' ends converge.
  addTube(
    m,
    [-1, -0.5, 0, 0.5, 1].map((k): Vec3 => {
      const b = bed(KNOT_X, 0.085 * k);
      return [b[0], b[1] + LACE_T + lie + 0.3 - 0.3 * k * k, b[2]];
    }),
    { segments: 6, up: () => bedUp(KNOT_X, 0), radii: () => [2.4, 1.0] },
  );
}

export function buildLaces(): MeshData {
  const m = emptyMesh();
  for (let k = 0; k < EYELETS.length - 1; k++) {
    const x0 = EYELETS[k]!;
    const x1 = EYELETS[k + 1]!;
    // Alternate which diagonal lies on top.
    addDiagonal(m, x0, 1, x1, -1, k % 2 === 0);
    addDiagonal(m, x0, -1, x1, 1, k % 2 !== 0);
  }
  // Straight bar across the toe-side eyelets, under the first crossing.
  const xl = EYELETS[EYELETS.length - 1]!;
  const thl = eyeletTheta(xl, 1);
  addLyingLace(m, (s) => [xl, lerp(eyeletTheta(xl, -1), thl, s) * 0.96, 0], 6, {
    start: [xl, eyeletTheta(xl, -1)],
    end: [xl, thl],
  });
  addBow(m);
  return m;
}
