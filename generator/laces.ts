/**
 * Flat laces criss-crossing over the tongue between the eyestay eyelets, lying low on it: each
 * diagonal comes up out of an eyelet, lies across the tongue and tucks under the opposite
 * panel's inner edge beside the next eyelet, so every eyelet shows one lace going into it;
 * the two diagonals of a pair cross over the tongue's middle, one over the other. A straight
 * bar across the toe-side pair, and a flat bow at the top: two loops and two ends draped
 * sideways over the lace panels.
 */
import { type Vec3, add, clamp, cross, dot, len, lerp, norm, scale, smoothstep, sub } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { upperNormal, upperOffset, upperPoint } from './last.js';
import { addTube } from './tube.js';
import { EYELETS, EYELET_RIM, EYELET_RIM_H, eyeletTheta, eyestayEdges, eyestayFace } from './eyelets.js';
import { tongueTop } from './tongue.js';

/** Flat lace: half-width and half-thickness (mm): a 5 mm flat lace, 1.2 mm thick. */
const LACE_W = 2.4;
const LACE_T = 0.6;
/** Where the lace crimps through an eyelet (half-width, mm; the hole's radius is 1.7). */
const LACE_W_EYELET = 1.1;

/** What a lace lies on at (x, arch angle theta): the tongue, the lace panel, or the upper past it. */
function bed(x: number, theta: number): Vec3 {
  const [inner, outer] = eyestayEdges(x);
  const a = Math.abs(theta);
  // Past the panel: clear of the stripes and overlays that end under its edge.
  const p = a < inner ? upperPoint(x, theta) : a <= outer ? eyestayFace(x, theta) : upperOffset(x, theta, 1.9);
  return [p[0], Math.max(p[1], tongueTop(x, p[2])), p[2]];
}

/** The surface's up at (x, theta), softened toward vertical (the tongue is flatter than the last). */
const bedUp = (x: number, theta: number): Vec3 => norm(upperNormal(x, theta * 0.6));

/** Samples of the support per lace sample that the taut line looks at (finds dips between them). */
const HULL_SUB = 4;

/**
 * Heights of a string pulled taut over `support(s)` for s in 0..1: the upper convex hull of
 * `k` + 1 samples, interpolated.
 */
function tautHeights(support: (s: number) => number, k: number): (s: number) => number {
  const hull: [number, number][] = [];
  for (let i = 0; i <= k; i++) {
    const q: [number, number] = [i / k, support(i / k)];
    // Drop points under the chord from the one before them to q (monotone chain, upper side).
    while (hull.length >= 2) {
      const [a, b] = [hull[hull.length - 2]!, hull[hull.length - 1]!];
      if ((b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]) >= 0) hull.pop();
      else break;
    }
    hull.push(q);
  }
  return (s) => {
    let j = 1;
    while (j < hull.length - 1 && hull[j]![0] < s) j++;
    const [a, b] = [hull[j - 1]!, hull[j]!];
    return lerp(a[1], b[1], clamp((s - a[0]) / (b[0] - a[0]), 0, 1));
  };
}

/** How a lace ends: down into an eyelet, or tucked under a panel's inner edge (hidden). */
type LaceEnd = { eyelet: [number, number] } | { tuck: [number, number] };

/**
 * A lace lying on the bed along `at(s)` (x, theta, extra height over the bed) for s in 0..1,
 * `n` samples, each end optionally going into an eyelet or under a panel's edge.
 */
function addLyingLace(
  m: MeshData,
  at: (s: number) => [number, number, number],
  n: number,
  ends: { start?: LaceEnd; end?: LaceEnd } = {},
  look: { width?: number; pinch?: number } = {},
): void {
  const laceW = look.width ?? LACE_W;
  const path: Vec3[] = [];
  const ups: Vec3[] = [];
  const widths: number[] = [];
  const endPoint = (e: LaceEnd): void => {
    if ('eyelet' in e) {
      // Down the hole's throat-side half, so its far half shows dark beside the lace.
      const [x, th] = e.eyelet;
      path.push(eyestayFace(x, th - Math.sign(th) * 0.008, -1.8));
      ups.push(bedUp(x, th));
      widths.push(LACE_W_EYELET);
    } else {
      // Under the panel, just inside its inner edge.
      const [x, th] = e.tuck;
      const s = Math.sign(th);
      path.push(eyestayFace(x, th + s * 0.05, -1.4));
      ups.push(bedUp(x, th));
      widths.push(laceW * 0.9);
    }
  };
  // Lying taut: the lace's centre line rides the upper hull of what it lies on (the bed and the
  // rims of its eyelets), so it bridges the step off a panel's edge and a rim's crest in one
  // straight run instead of dipping into them (each dip read as a kink).
  const rims = [ends.start, ends.end].flatMap((e) => (e && 'eyelet' in e ? [eyestayFace(e.eyelet[0], e.eyelet[1])] : []));
  const support = (s: number): number => {
    const [x, th] = at(s);
    const b = bed(x, th);
    const rim = Math.max(0, ...rims.map((c) => EYELET_RIM_H * (1 - smoothstep(EYELET_RIM, EYELET_RIM + 1.5, len(sub(b, c))))));
    return b[1] + rim;
  };
  const taut = tautHeights(support, n * HULL_SUB);
  if (ends.start) endPoint(ends.start);
  for (let i = 0; i <= n; i++) {
    const s = i / n;
    const [x, th, lift] = at(s);
    const b = bed(x, th);
    path.push([b[0], taut(s) + LACE_T + lift, b[2]]);
    ups.push(bedUp(x, th));
    // Crimped where it leaves an eyelet, flat across the tongue.
    const fromEyelet = Math.min(ends.start && 'eyelet' in ends.start ? s : 1, ends.end && 'eyelet' in ends.end ? 1 - s : 1);
    widths.push(lerp(LACE_W_EYELET, laceW, clamp(fromEyelet / 0.15, 0, 1)));
  }
  if (ends.end) endPoint(ends.end);
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

/**
 * A diagonal out of eyelet (xa, side a) across the tongue, tucked under side b's panel edge
 * beside eyelet xb (out of the panel's edge at the top pair, whose eyelets feed the bow);
 * `over` lifts it over the pair's other diagonal where they cross.
 */
function addDiagonal(m: MeshData, xa: number, sa: number, xb: number, sb: number, over: boolean, fromEyelet: boolean): void {
  const tha = fromEyelet ? eyeletTheta(xa, sa) : sa * (eyestayEdges(xa)[0] - 0.01);
  const thb = sb * (eyestayEdges(xb)[0] - 0.01);
  // Where it crosses the centre line (and the other diagonal).
  const sc = Math.abs(tha) / (Math.abs(tha) + Math.abs(thb));
  addLyingLace(
    m,
    (s) => {
      const bump = Math.exp(-(((s - sc) / 0.2) ** 2));
      // Out of the eyelet's throat-side half (see addLyingLace).
      return [lerp(xa, xb - 0.5, s), lerp(fromEyelet ? tha - sa * 0.018 : tha, thb, s), over ? 2 * LACE_T * bump : 0];
    },
    7,
    { start: fromEyelet ? { eyelet: [xa, tha] } : { tuck: [xa, tha] }, end: { tuck: [xb - 0.5, thb] } },
  );
}

/** Half-width (mm) of the lace in the bow's loops and ends: a little narrower, as a lace twists there. */
const BOW_W = 1.9;
/**
 * Where the bow's knot sits: on the lacing a little toe-side of the top eyelets (at 130 its
 * loops stood where the tongue's padded top shows from the side, and hid it).
 */
const KNOT_X = 139;
/** Over the raised top crossing (two lace thicknesses at its peak) with a little to spare (mm). */
const OVER_LACES = 4 * LACE_T + 0.3;
/** Arc length (mm) per radian of arch angle over the lace panel, to lay the bow out in mm. */
const ARC_MM = 40;

/**
 * Height over the bed (mm) of a bow strand at arch angle θ: over the lacing near the centre,
 * down onto the lace panel past the eyelets (a draped loop, not one held stiffly level).
 */
const bowLift = (x: number, theta: number, extra = 0): number =>
  lerp(overLacing(x) + extra, 0.15, smoothstep(eyeletTheta(x, 1) - 0.02, eyeletTheta(x, 1) + 0.1, Math.abs(theta)));
/**
 * Height over the bed (mm) that clears the lacing at x: the raised top crossing near the knot,
 * one lace's thickness toe-side of it (held at the crossing's height all the way, the strands
 * going away from the viewer stood up over the crown as stubs in the side views).
 */
const overLacing = (x: number): number => lerp(2 * LACE_T, OVER_LACES, Math.exp(-(((x - (KNOT_X - 2)) / 4.5) ** 2)));

/**
 * A strand of the bow laid out flat from the knot: `length` mm long at `angle` (radians from
 * straight toward the toe, out to `side`), opening `open` mm either side of its axis (0 for an
 * end); x and θ at s in 0..1.
 */
function bowStrand(side: number, angle: number, length: number, open: number, s: number, droop: number): [number, number] {
  const loop = open > 0;
  const out = loop ? Math.pow(Math.sin(Math.PI * s), 0.7) : s;
  const w = loop ? open * Math.sin(2 * Math.PI * s) : 0;
  // Along the axis, curving further out toward its tip (draped over the panel's shoulder).
  const a = angle + droop * out * out;
  const along = length * out;
  const xs = along * Math.cos(a) - w * Math.sin(a);
  const zs = along * Math.sin(a) + w * Math.cos(a);
  return [KNOT_X + xs, side * Math.max(0, zs) / ARC_MM];
}

/**
 * A flat bow lying down on the lacing: the top eyelets' ends meet in a small flat knot; two
 * loops flop forward and out over the laces and the lace panels, and two ends drape on down the
 * panels' sides, every strand flat on what it lies on. (Loops draped straight down the sides
 * read from the side as a stiff wire loop standing up; a tidy bow held level over the tongue
 * read as a lump; loops at varying heights tangled with the diagonals into a spiky mass; none
 * at all read as unlaced.)
 */
function addBow(m: MeshData): void {
  const x0 = EYELETS[0]!;
  for (const side of [1, -1]) {
    const th = eyeletTheta(x0, side);
    // From the top eyelet onto the lacing and into the knot.
    addLyingLace(m, (s) => [lerp(x0, KNOT_X, s), (th - side * 0.018) * (1 - s), OVER_LACES * smoothstep(0.1, 0.8, s)], 4, {
      start: { eyelet: [x0, th] },
    });
    // A loop: out of the knot, forward and out over the laces and onto the panel, round a
    // rounded tip and back; its legs meet under the knot. The lateral one lies a little further
    // forward than the medial one, as a tied bow's loops do.
    const [angle, loopLength] = side > 0 ? [0.35, 21] : [0.45, 19];
    addLyingLace(
      m,
      (s) => {
        const [x, t] = bowStrand(side, angle, loopLength, 4.2, s, 0.12);
        // The loops lie over the ends near the knot.
        return [x, t, bowLift(x, t, 2 * LACE_T)];
      },
      16,
      {},
      { width: BOW_W },
    );
    // An end: from under the knot, out and forward down the panel, cut square.
    const endAngle = side > 0 ? 0.6 : 0.5;
    addLyingLace(
      m,
      (s) => {
        const [x, t] = bowStrand(side, endAngle, 22, 0, s, 0.2);
        return [x + 1, t, bowLift(x, t)];
      },
      7,
      {},
      { width: BOW_W, pinch: 0.85 },
    );
  }
  // The knot: a short, flat wrap across where the loops and ends meet, its ends tucked down
  // among the strands (held level, its end showed from the side as a tab floating over the bow).
  addTube(
    m,
    [-1, -0.5, 0, 0.5, 1].map((k): Vec3 => {
      const b = bed(KNOT_X, 0.07 * k);
      return [b[0], b[1] + LACE_T + overLacing(KNOT_X) + 2 * LACE_T + 0.2 - 1.4 * k * k, b[2]];
    }),
    { segments: 6, up: () => bedUp(KNOT_X, 0), radii: () => [1.9, 0.8] },
  );
}

export function buildLaces(): MeshData {
  const m = emptyMesh();
  for (let k = 0; k < EYELETS.length - 1; k++) {
    const x0 = EYELETS[k]!;
    const x1 = EYELETS[k + 1]!;
    // Alternate which diagonal lies on top; the top eyelets hold the bow's ends instead.
    addDiagonal(m, x0, 1, x1, -1, k % 2 === 0, k > 0);
    addDiagonal(m, x0, -1, x1, 1, k % 2 !== 0, k > 0);
  }
  // Straight bar across the toe-side eyelets, under the last crossing.
  const xl = EYELETS[EYELETS.length - 1]!;
  const [tm, tl] = [eyeletTheta(xl, -1), eyeletTheta(xl, 1)];
  addLyingLace(m, (s) => [xl, lerp(tm + 0.018, tl - 0.018, s), 0], 6, { start: { eyelet: [xl, tm] }, end: { eyelet: [xl, tl] } });
  addBow(m);
  return m;
}
