/**
 * The Kayano 14's external heel clip: ONE moulded plastic cup wrapping the back of the heel
 * from under the midsole's top edge up toward the collar, with two cut-out windows per side
 * (the upper shows through), flat bevelled lips round them, a raised spine up the centre back,
 * a base thickening toward the foam and a lip flaring out over it.
 *
 * It is built as a single thickness field over the heel's surface rather than as rods: the
 * surface is unrolled to (s, y), s the arc length round the heel from the centre back (+ lateral,
 * − medial) and y the height; the shell's offset off the upper is a smooth function of the
 * distance to its nearest edge, and drops just under the upper inside the windows and past the
 * outline. Triangles wholly under the upper are dropped. A raised "GEL" is moulded on it under
 * the front window, in a shallow field. The outline's top edge runs along a grid row (crisp): it
 * arches down from the centre back over the heel's turn (from behind a dome, the cup narrowing
 * to its top), runs low along the side and sweeps up the wing to a pointed tip toward the
 * collar, and is skived onto the upper; the wing's lower edge has a low flat lip. Heights follow
 * the collar line (last.ts). The shell and the windows' hidden flanks shade with one normal
 * field, so no patches show where they meet.
 */
import { type Vec3, clamp, curve, lerp, smoothstep } from '../math.js';
import { type MeshData, addGrid, appendTris } from '../mesh.js';
import { collarLine, thetaAt, upperBase, upperNormal, upperPoint } from '../last.js';

/** Shell thickness over the upper (mm): a thin moulded clip (2.4 read thick and toy-like). */
const SHELL = 1.5;
/** Offset of the field where the shell is cut away: just under the upper, so edges never z-fight. */
const UNDER = -0.6;
/** Height (mm) the arc-length table is taken at: the middle of the clip. */
const Y_REF = 60;
/** Arc length (mm) round the heel of the wing's pointed tip: the clip's most forward point. */
const CLIP_WING_S = 118;
/** Arc length (mm) where the clip's front edge leaves the midsole, sweeping up and forward to the tip. */
const CLIP_FOOT_S = 84;

/**
 * Pass 14: from behind the clip read as a flat rectangle with square shoulders and the wings'
 * tips standing up at the sides like ears. Now the top edge falls in one round arch from the
 * centre back over the heel's turn (so from behind the cup narrows to the top, its shoulders
 * rounded), runs low along the side and sweeps up again only along the wing toward the collar.
 * Heights are taken from the collar line (last.ts), so the clip follows it when it moves: the
 * centre back sits CLIP_TOP_BELOW_COLLAR under the collar at the heel, the wing's tip
 * CLIP_TIP_BELOW_COLLAR under the collar above it.
 *
 * Shape of the top edge against arc length (mm, relative to the centre back's height).
 */
const clipTopShape = curve([
  [0, 0], [6, -0.3], [12, -1.2], [18, -2.7], [26, -5.3], [34, -8.3], [42, -10.6], [52, -12.2], [62, -12.8],
  [72, -12.7], [82, -12.0], [92, -10.6], [102, -8.9], [110, -7.8], [CLIP_WING_S, -7.0],
]);
/** Depth (mm) of the clip's top under the collar line at the centre back, and at the wing's tip. */
const CLIP_TOP_BELOW_COLLAR = 13;
const CLIP_TIP_BELOW_COLLAR = 15.5;
const xAtArcRef = (s: number): number => xAtArc(s, 1);
/**
 * A top edge of that shape through `back` at the centre back and `tip` at the wing's tip (the
 * shape's own tip height is corrected, the difference eased in along the wing), against arc length.
 */
function topEdge(back: number, tip: number): (s: number) => number {
  const fix = tip - (back + clipTopShape(CLIP_WING_S));
  return (s) => {
    const a = Math.min(s, CLIP_WING_S);
    return back + clipTopShape(a) + fix * smoothstep(40, CLIP_WING_S, a);
  };
}
// Built on first use: the arc-length table (xAtArc) is set up further down this module.
let clipTopCache: ((s: number) => number) | undefined;
/** Top edge of the clip against arc length (mm), both sides alike. */
function clipTop(s: number): number {
  clipTopCache ??= topEdge(collarLine(0) - CLIP_TOP_BELOW_COLLAR, collarLine(xAtArcRef(CLIP_WING_S)) - CLIP_TIP_BELOW_COLLAR);
  return clipTopCache(s);
}

/**
 * The windows and the lettering are laid out (below, in mm) under the top edge as it stands with
 * the centre back at DESIGN_BACK and the wing's tip at DESIGN_TIP. When the collar line moves the
 * top edge with it, they are stretched up or down with the clip between BOTTOM_REF and its top
 * edge (toAbs), so the bars over the windows and the room round the lettering keep their shares.
 */
const DESIGN_BACK = 75;
const DESIGN_TIP = 70.5;
const BOTTOM_REF = 33;
const designTop = topEdge(DESIGN_BACK, DESIGN_TIP);
const stretch = (s: number): number => (clipTop(Math.abs(s)) - BOTTOM_REF) / (designTop(Math.abs(s)) - BOTTOM_REF);
/** A laid-out height at arc length s to the height on the clip, and back. */
const toAbs = (s: number, yd: number): number => BOTTOM_REF + (yd - BOTTOM_REF) * stretch(s);
const toDesign = (s: number, y: number): number => BOTTOM_REF + (y - BOTTOM_REF) / stretch(s);
/** Bottom edge: tucked under the midsole's top edge (hidden in the foam's lip). */
const clipBottom = (x: number): number => upperBase(x) - 1.2;
/**
 * The wing: ahead of CLIP_FOOT_S the clip's lower edge leaves the foam and sweeps up and
 * forward (concave) to meet the top edge in a pointed tip under the collar padding; a top edge
 * falling to a foot low at the front read as a soft rounded bumper. Both edges run along grid
 * rows, so they stay crisp.
 */
function clipLower(s: number, x: number): number {
  const base = clipBottom(x);
  if (s <= CLIP_FOOT_S) return base;
  const t = Math.min(1, (s - CLIP_FOOT_S) / (CLIP_WING_S - CLIP_FOOT_S));
  return lerp(base, clipTop(CLIP_WING_S), Math.pow(t, 1.7));
}

/** Arc length s round the heel at Y_REF against x, for one side, tabulated; and its inverse. */
function arcTable(side: number): { xs: number[]; ss: number[] } {
  const xs: number[] = [];
  const ss: number[] = [];
  let s = 0;
  let prev = upperPoint(0, thetaAt(0, Y_REF, side));
  for (let x = 0; x <= 140; x += 0.25) {
    const p = upperPoint(x, thetaAt(x, Y_REF, side));
    s += Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]);
    prev = p;
    xs.push(x);
    ss.push(s);
  }
  return { xs, ss };
}
const ARC = { [1]: arcTable(1), [-1]: arcTable(-1) } as const;
function xAtArc(s: number, side: number): number {
  const { xs, ss } = ARC[side > 0 ? 1 : -1];
  let i = 1;
  while (i < ss.length - 1 && ss[i]! < s) i++;
  const t = clamp((s - ss[i - 1]!) / (ss[i]! - ss[i - 1]! || 1), 0, 1);
  return lerp(xs[i - 1]!, xs[i]!, t);
}

/**
 * The wing in side view on the lateral side (x along the last, mm): where its lower edge leaves
 * the foam, and its pointed tip. The stripes' rear ends and the rear quarter end under it.
 */
export const WING_FOOT_X = xAtArc(CLIP_FOOT_S, 1);
export const WING_TIP: readonly [number, number] = [xAtArc(CLIP_WING_S, 1), clipTop(CLIP_WING_S)];

/** A window's core polygon in (s, y); the window is the set within RADIUS of it (rounded corners). */
type Poly = readonly (readonly [number, number])[];
const WINDOW_RADIUS = 4.2;
/**
 * Two large windows per side, high enough that a bar of the clip shows over the midsole's lip
 * under them, leaning back like the stripes' 'flash': a broad rear one beside
 * the spine and a long triangular front one, the strut between them running up and back. The
 * moulded GEL lettering sits on the band under the front one; the solid wing ahead of them
 * sweeps up to its pointed tip.
 */
// Pass 11: rounder corners (radius 4.2, was 3) and a rear window tapering to a point toward the
// spine: seen from behind, the square cut-outs read as a box with two square holes.
// Pass 14: lower and slimmer, under the top edge that now falls round the heel's turn and runs
// low along the side (a bar of about 4 mm over each; the GEL lettering keeps its room below).
const WINDOWS: readonly Poly[] = [
  [[22, 54.6], [40, 51.3], [38.5, 55.5]],
  [[58, 53.3], [83, 53.2], [56.5, 54.6]],
];

/** Signed distance from (s, y) to a convex polygon's boundary (negative inside). */
function polyDistance(poly: Poly, s: number, y: number): number {
  let inside = true;
  let best = Infinity;
  for (let k = 0; k < poly.length; k++) {
    const [ax, ay] = poly[k]!;
    const [bx, by] = poly[(k + 1) % poly.length]!;
    const ex = bx - ax;
    const ey = by - ay;
    const t = clamp(((s - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey), 0, 1);
    best = Math.min(best, Math.hypot(s - ax - ex * t, y - ay - ey * t));
    // Counter-clockwise polygons: a point right of any edge is outside.
    if (ex * (y - ay) - ey * (s - ax) < 0) inside = false;
  }
  return inside ? -best : best;
}

/** Distance (mm) from (s, y) into the shell's material from the nearest window edge. */
const windowDistance = (s: number, y: number): number =>
  Math.min(...WINDOWS.map((w) => polyDistance(w, Math.abs(s), toDesign(s, y)) - WINDOW_RADIUS));


/**
 * The rim round each window, across it from the cut (d = 0) outward (mm): the cut wall tucked
 * under the upper, a narrow chamfer onto a flat moulded lip a little proud of the shell, a
 * second chamfer down to it, then a long flank running just under the shell (clamped to it in
 * addWindowRim) so no light shows where the shell's cells round the cut are dropped. The
 * narrow strips either side of each chamfer keep its creases crisp under smooth normals (a
 * round bead read as a tube laid on the clip).
 */
const RIM_PROFILE: readonly (readonly [number, number])[] = [
  [-0.4, UNDER], [0.0, 1.3], [0.5, 1.85], [0.58, 1.9], [2.0, 1.92], [2.08, 1.86], [2.6, 1.45], [3.4, 1.15], [6.6, 0.85],
];
/** Rows of RIM_PROFILE from here out are the hidden flank: kept under the shell's face. */
const RIM_FLANK = 7;
const rimAt = (d: number): number => {
  const p = RIM_PROFILE;
  if (d <= p[0]![0]) return UNDER;
  for (let k = 1; k < p.length; k++) {
    if (d <= p[k]![0]) return lerp(p[k - 1]![1], p[k]![1], (d - p[k - 1]![0]) / (p[k]![0] - p[k - 1]![0]));
  }
  return p[p.length - 1]![1];
};
/** Where the shell is cut away for a window it dives deep (and is dropped: see CUT_CLEAR). */
const DEEP = -1.3;
/**
 * Shell cells with a corner this close (mm) to a window's cut are dropped: the shell's ragged
 * edge then lies under the rim, whose loft runs from under the upper at the cut over it. (At 0.5
 * mm a dropped cell by the front window's tip showed the upper through a speck past its rim.)
 */
const CUT_CLEAR = 0.2;

/** The shell's offset (mm) off the upper at (s, y), x the last's station there. */
function shellOffset(s: number, y: number, x: number): number {
  const dTop = clipTop(Math.abs(s)) - y;
  if (dTop <= 0) return UNDER;
  // Distance above the wing's lower edge (none behind its foot, where the foot is in the foam).
  const dLow = Math.abs(s) > CLIP_FOOT_S ? y - clipLower(Math.abs(s), x) : Infinity;
  if (dLow <= 0) return UNDER;
  const dWin = windowDistance(s, y);
  if (dWin <= 0) return DEEP;
  // No rolled bead along either edge: along the top a 2.8 mm bead over a steep wall read as a
  // shell standing off the upper with a gap under its lip, and (pass 14) along the wing's lower
  // edge one read from behind and in the rear three-quarter as a step, the clip "stuck on".
  // The raised spine up the centre back, fading out toward the top edge.
  const spine = 0.4 * smoothstep(14, 3, Math.abs(s)) * smoothstep(0, 6, dTop);
  // The foot flares out over the foam's top edge.
  // (Not at the front tip, where the foam's top edge rolls in onto the upper and would show it.)
  const flare = 1.0 * (1 - smoothstep(2, 8, y - clipBottom(x))) * (1 - smoothstep(80, 110, Math.abs(s)));
  // Both fade out where the foot is sunk in the foam (below the midsole's top edge): with the
  // sidewall's top groove cut in under that edge, a full-thickness foot showed in it as a sliver.
  const sunk = smoothstep(upperBase(x) - 0.2, upperBase(x) + 2, y);
  const body = SHELL + spine + (flare + cupBase(s, y, x)) * sunk - letterRecess(s, y);
  // Top edge: the offset tapers from just over the upper at the edge to the full shell over
  // TOP_SKIVE mm, so the edge lies on the upper (no lip, no shadow line under it).
  if (dTop <= dLow) return capAtRims(lerp(0.08, body, smoothstep(0, TOP_SKIVE, dTop)), dWin, s, y, x);
  // The wing's lower edge: a low, flat-topped lip LOW_LIP proud, rising from a thin edge over
  // about a millimetre: the stripes' rear ends run on under it (2.5 mm past the edge, 1.4-1.65 mm
  // proud), and a plain skive let them show on top of the clip's edge. Flat and low, so it does
  // not read as a rolled bead standing off the upper.
  const lip = Math.max(LOW_LIP, body);
  const low = dLow < 3.2 ? lerp(0.3, lip, smoothstep(0, 1.1, dLow)) : lerp(lip, body, smoothstep(3.2, 5, dLow));
  return capAtRims(low, dWin, s, y, x);
}

/** Width (mm) over which the shell's top edge skives down onto the upper. */
const TOP_SKIVE = 3.2;
/** Height (mm) of the wing's lower lip over the upper. */
const LOW_LIP = 2.15;

/** Up to the rims' crest, kept just below them (past it the shell is lower than the bead anyway). */
const capAtRims = (off: number, dWin: number, s: number, y: number, x: number): number =>
  dWin < 2.0 ? Math.min(off, rimAt(dWin) + cupBase(s, y, x) - 0.3 - 0.5 * (1 - smoothstep(0, 1.2, dWin))) : off;

/**
 * Pass 14: the cup's base. The shell thickens toward the sole round the heel (up to CUP_BASE mm
 * at the foam), so from behind the clip tapers from its foot to its top like a moulded heel cup
 * instead of standing as straight walls; it thins out along the wing, whose edge stays thin.
 * The windows' rims ride on it.
 */
const CUP_BASE = 2.0;
/**
 * A shallow moulded field the GEL lettering stands in (mm deep): seen edge-on, from behind and
 * from above, the raised strokes stood out of the side's silhouette as bumps.
 */
const RECESS = 0.8;
function letterRecess(s: number, y: number): number {
  const a = Math.abs(s);
  const ds = Math.min(a - (LETTERING.s0 - 2.5), LETTERING.s0 + 28 - a);
  const yd = toDesign(s, y);
  const dy = Math.min(yd - (LETTERING.y0 - 2.2), LETTERING.y0 + 12 - yd);
  return RECESS * smoothstep(0, 2.2, Math.min(ds, dy));
}
function cupBase(s: number, y: number, x: number): number {
  const up = y - clipBottom(x);
  // (Gone by the GEL lettering, whose raised strokes already stand out of the side's silhouette.)
  return CUP_BASE * Math.pow(1 - smoothstep(0, 26, up), 1.3) * (1 - smoothstep(44, 60, Math.abs(s)));
}

/**
 * Pass 14: the shell and the rims' hidden flanks shade with one normal field, the shell's own
 * (finite differences over the offset field), instead of each grid's face-averaged normals:
 * where the shell's cells round a window are dropped the flank showed through a little lighter,
 * as faint rectangles on the strut. Vertices to re-shade are keyed by their exact position
 * (filled while the shell and rims are built, applied by overrideNormals).
 */
const SHADE = new Map<string, Vec3>();
const keyOf = (p: Vec3): string => `${p[0]},${p[1]},${p[2]}`;
function shellNormal(s: number, y: number, h: number): Vec3 | undefined {
  const side = s >= 0 ? 1 : -1;
  const at = (sq: number, yq: number): Vec3 => {
    const x = xAtArc(Math.abs(sq), side);
    return surfacePoint(sq, yq, x, shellOffset(sq, yq, x));
  };
  const ds = sub3(at(s + h, y), at(s - h, y));
  const dy = sub3(at(s, y + h), at(s, y - h));
  const n: Vec3 = [ds[1] * dy[2] - ds[2] * dy[1], ds[2] * dy[0] - ds[0] * dy[2], ds[0] * dy[1] - ds[1] * dy[0]];
  const l = Math.hypot(n[0], n[1], n[2]);
  if (l < 1e-9) return undefined;
  const x = xAtArc(Math.abs(s), side);
  const out = upperNormal(x, thetaAt(x, y, side));
  const k = (n[0] * out[0] + n[1] * out[1] + n[2] * out[2] < 0 ? -1 : 1) / l;
  return [n[0] * k, n[1] * k, n[2] * k];
}
/** Mark a shell-parallel vertex for the shell's normal, where the field is smooth round it. */
function smoothShade(p: Vec3, s: number, y: number): void {
  const a = Math.abs(s);
  const x = xAtArc(a, s >= 0 ? 1 : -1);
  const dTop = clipTop(a) - y;
  const dLow = a > CLIP_FOOT_S ? y - clipLower(a, x) : Infinity;
  // Clear of the edges themselves and of the rims' crests (creased on purpose); over the edges'
  // skives too (at face-averaged normals a column where the grid's spacing changes showed as a
  // seam there), the differences kept inside the skive.
  const dEdge = Math.min(dTop, dLow);
  if (dEdge < 0.2 || windowDistance(s, y) < 2.4) return;
  const n = shellNormal(s, y, Math.min(0.3, dEdge / 2));
  if (n) SHADE.set(keyOf(p), n);
}
function overrideNormals(m: MeshData): void {
  for (let v = 0; v < m.positions.length / 3; v++) {
    const n = SHADE.get(keyOf([m.positions[3 * v]!, m.positions[3 * v + 1]!, m.positions[3 * v + 2]!]));
    if (!n) continue;
    m.normals[3 * v] = n[0];
    m.normals[3 * v + 1] = n[1];
    m.normals[3 * v + 2] = n[2];
  }
}

/** A point on the shell: (s, y) on the upper, pushed out along its normal by `off`. */
function surfacePoint(s: number, y: number, x: number, off: number): Vec3 {
  const th = thetaAt(x, y, s >= 0 ? 1 : -1);
  const p = upperPoint(x, th);
  const n = upperNormal(x, th);
  return [p[0] + n[0] * off, p[1] + n[1] * off, p[2] + n[2] * off];
}

/**
 * One window's rim: a loft round the rounded polygon (its corners arcs of WINDOW_RADIUS + d),
 * across RIM_PROFILE. `side` mirrors it onto the medial half.
 */
function addWindowRim(m: MeshData, poly: Poly, side: number): void {
  // Samples round the contour: (base point, outward direction).
  const ring: { b: [number, number]; n: [number, number] }[] = [];
  const k = poly.length;
  for (let e = 0; e < k; e++) {
    const prev = poly[(e - 1 + k) % k]!;
    const v = poly[e]!;
    const next = poly[(e + 1) % k]!;
    const nOf = (a: readonly [number, number], b: readonly [number, number]): [number, number] => {
      const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
      return [(b[1] - a[1]) / l, -(b[0] - a[0]) / l];
    };
    const n0 = nOf(prev, v);
    const n1 = nOf(v, next);
    let a0 = Math.atan2(n0[1], n0[0]);
    const a1 = Math.atan2(n1[1], n1[0]);
    while (a0 > a1) a0 -= 2 * Math.PI;
    // The corner's arc, then the straight edge to the next corner.
    const arcSteps = Math.max(2, Math.ceil((a1 - a0) / 0.65));
    for (let i = 0; i < arcSteps; i++) {
      const a = lerp(a0, a1, i / arcSteps);
      ring.push({ b: [v[0], v[1]], n: [Math.cos(a), Math.sin(a)] });
    }
    const edgeLen = Math.hypot(next[0] - v[0], next[1] - v[1]);
    const edgeSteps = Math.max(1, Math.round(edgeLen / 4.5));
    for (let i = 0; i < edgeSteps; i++) {
      const t = i / edgeSteps;
      ring.push({ b: [lerp(v[0], next[0], t), lerp(v[1], next[1], t)], n: n1 });
    }
  }
  const pointAt = (i: number, j: number): Vec3 => {
    const r = ring[i % ring.length]!;
    const [d0, off0] = RIM_PROFILE[j]!;
    let d = d0;
    let sa = 0;
    let y = 0;
    for (;;) {
      sa = r.b[0] + r.n[0] * (WINDOW_RADIUS + d);
      y = toAbs(sa, r.b[1] + r.n[1] * (WINDOW_RADIUS + d));
      // The hidden flank stops short of the clip's top edge (where the shell thins to nothing).
      if (j < RIM_FLANK || d <= 3 || clipTop(Math.abs(sa)) - y > 0.9) break;
      d -= 0.4;
    }
    const x = xAtArc(sa, side);
    let off = j === 0 ? off0 : off0 + cupBase(side * sa, y, x);
    // Past the lip's crest the rim's outer chamfer sinks under the shell where the shell thins
    // toward the top edge (pass 14: over the rear window, nearer the lowered top edge, it stood
    // above the skive as a faint light wedge).
    if (j >= 5 && j < RIM_FLANK) off = Math.min(off, shellOffset(side * sa, y, x) - 0.1);
    // The flank stays under the shell (which is lower near its top edge, and gone past it).
    // (Parallel to the shell's face, so where the shell's cells round the cut are dropped the
    // flank shows with the same shading instead of as lighter patches.) Pass 11: 0.55 mm under it,
    // and no raised rib merging the rims across the strut: at 0.25 mm, and with the rib standing
    // proud of the shell above the strut, both showed as faint lighter rectangles over the windows.
    const flank = j >= RIM_FLANK ? shellOffset(side * sa, y, x) - 0.55 : off;
    const p = surfacePoint(side * sa, y, x, flank);
    if (j >= RIM_FLANK) smoothShade(p, side * sa, y);
    return p;
  };
  addGrid(
    m,
    ring.length,
    RIM_PROFILE.length - 1,
    pointAt,
    (p) => {
      const x = p[0];
      return upperNormal(x, thetaAt(x, p[1], side));
    },
    { closedI: true },
  );
}

/**
 * The moulded "GEL" on the clip (mm in a 7 mm letter box, u right, v up; scaled by LETTERING.scale):
 * each letter a polyline of strokes. Raised off the shell, so it reads as branding moulded
 * into the plastic.
 */
const GLYPHS: readonly { w: number; strokes: readonly (readonly [number, number])[][] }[] = [
  { w: 4.6, strokes: [[[4.6, 5.9], [3.6, 7], [1.1, 7], [0, 5.9], [0, 1.1], [1.1, 0], [3.5, 0], [4.6, 1.1], [4.6, 3.2], [2.6, 3.2]]] },
  { w: 4.4, strokes: [[[4.4, 7], [0, 7], [0, 0], [4.4, 0]], [[0, 3.5], [3.4, 3.5]]] },
  { w: 3.8, strokes: [[[0, 7], [0, 0], [3.8, 0]]] },
];
/** Where the lettering starts (arc length, mm), its baseline height, gap between letters and slant ('flash'). */
// Under the front window, behind the wing's foot, where the clip sits on the foam: the whole
// word on the shell with 2 mm or more to spare on every side (run onto the wing, it was cut off
// at the clip's edge and read "GE"). Pass 11: letters 9.5 mm tall (scale 1.35), 2.2 mm strokes
// raised 2.1 mm, the E wider: at 7 mm and 1.3 mm relief it still read "GFL" in the three-quarter
// view and vanished in the medial side's shade. The windows' bottoms were raised to make room.
// Bold strokes (1.8 mm) and 2.4 mm gaps: at 1.3 mm strokes and 1.5 mm gaps the E's bottom bar
// and the G's left side washed out at product distance and strangers read "GFL" or "G3L".
const LETTERING = { s0: 58, y0: 36.7, gap: 3.0, slant: 0.2, half: 1.1, raise: 2.1, scale: 1.35 } as const;

/** Raised strokes of the lettering on one side, laid out so it reads left to right from that side. */
function addLettering(m: MeshData, side: number): void {
  const total = GLYPHS.reduce((a, g) => a + g.w, 0) + LETTERING.gap * (GLYPHS.length - 1);
  // (s, y) on the shell for a letter-box point; the medial side runs the other way round the
  // heel, so its text is laid out back to front (otherwise it reads mirrored from that side),
  // slanting the same way as read from there.
  const lean = (v: number): number => LETTERING.slant * v;
  const place = (u: number, v: number): [number, number] => {
    const k = LETTERING.scale;
    const su = side > 0 ? LETTERING.s0 + k * (u + lean(v)) : LETTERING.s0 + k * (total - u - lean(v) + lean(7));
    return [su, toAbs(su, LETTERING.y0 + k * v)];
  };
  const h = LETTERING.half;
  // Across: a flat-topped ridge with steep sides.
  const across = [-h, -0.55 * h, 0.55 * h, h];
  let u0 = 0;
  for (const g of GLYPHS) {
    for (const line of g.strokes) {
      // One grid per polyline: rows at its corners (mitred), and past each end a short top and a dipped edge row.
      const pts = line.map((q) => place(u0 + q[0], q[1]));
      const dir = (a: [number, number], b: [number, number]): [number, number] => {
        const l = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
        return [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
      };
      const rows: { c: [number, number]; n: [number, number]; edge: boolean }[] = [];
      const n0 = pts.length - 1;
      const t0 = dir(pts[0]!, pts[1]!);
      const tn = dir(pts[n0 - 1]!, pts[n0]!);
      const perp = (t: [number, number]): [number, number] => [-t[1], t[0]];
      const at = (p: [number, number], t: [number, number], d: number): [number, number] => [p[0] + t[0] * d, p[1] + t[1] * d];
      rows.push({ c: at(pts[0]!, t0, -0.8 * h), n: perp(t0), edge: true }, { c: at(pts[0]!, t0, -0.3 * h), n: perp(t0), edge: false });
      for (let k = 1; k < n0; k++) {
        const a = perp(dir(pts[k - 1]!, pts[k]!));
        const b = perp(dir(pts[k]!, pts[k + 1]!));
        const mx = a[0] + b[0];
        const my = a[1] + b[1];
        // Mitre: the across direction bisects the corner, lengthened so the stroke keeps its width.
        const k2 = (mx * a[0] + my * a[1]) / (mx * mx + my * my || 1);
        rows.push({ c: pts[k]!, n: [mx * k2, my * k2], edge: false });
      }
      rows.push({ c: at(pts[n0]!, tn, 0.3 * h), n: perp(tn), edge: false }, { c: at(pts[n0]!, tn, 0.8 * h), n: perp(tn), edge: true });
      addGrid(
        m,
        rows.length - 1,
        across.length - 1,
        (i, j) => {
          const r = rows[i]!;
          const sa = r.c[0] + r.n[0] * across[j]!;
          const y = r.c[1] + r.n[1] * across[j]!;
          const x = xAtArc(sa, side);
          const edge = r.edge || j === 0 || j === across.length - 1;
          const off = shellOffset(side * sa, y, x) + (edge ? -0.15 : LETTERING.raise);
          return surfacePoint(side * sa, y, x, off);
        },
        (p) => upperNormal(p[0], thetaAt(p[0], p[1], side)),
      );
    }
    u0 += g.w + LETTERING.gap;
  }
}

/** Where each window's middle lies on the upper (mm), both sides: the upper shows through there. */
export function clipWindowCentres(): Vec3[] {
  const out: Vec3[] = [];
  for (const side of [1, -1]) {
    for (const w of WINDOWS) {
      const s = w.reduce((a, p) => a + p[0], 0) / w.length;
      const y = toAbs(s, w.reduce((a, p) => a + p[1], 0) / w.length);
      const x = xAtArc(s, side);
      out.push(upperPoint(x, thetaAt(x, y, side)));
    }
  }
  return out;
}

export function buildHeelCounter(): MeshData {
  SHADE.clear();
  // Columns: about 2.6 mm apart round the heel, denser round the centre back.
  const cols = new Set<number>();
  const n = 27;
  for (let i = 0; i <= n; i++) {
    const s = CLIP_WING_S * Math.pow(i / n, 1.08);
    if (s > 15) cols.add(s).add(-s);
  }
  // Round the centre back, where the heel turns tightest and the spine rises: every 1.5 mm (at
  // 2-3 mm the turn showed as vertical bands from behind). And one where the wing leaves the foam.
  for (let s = 0; s <= 15; s += 1.5) cols.add(s).add(-s);
  cols.add(CLIP_FOOT_S).add(-CLIP_FOOT_S);
  // Toward the wing's tip, where the clip narrows to a point: every 2.5 mm (at 4-5 mm the tip
  // was one cell wide and read blunt).
  for (let s = CLIP_WING_S - 10; s <= CLIP_WING_S; s += 2.5) cols.add(s).add(-s);
  const ss = [...cols].sort((a, b) => a - b);
  // Rows: dense at the top edge (its rounded bead) and the wing's lower edge, even between.
  const topRows = [0, 0.35, 0.9, 1.7, 3.0];
  const lowRows = [3.2, 1.2, 0.45, 0];
  const nMid = 7;
  const pts: Vec3[] = [];
  const offs: number[] = [];
  const yAt: number[] = [];
  const nearCut: boolean[] = [];
  const rows = topRows.length + nMid - 1 + lowRows.length;
  for (const s of ss) {
    const side = s >= 0 ? 1 : -1;
    const x = xAtArc(Math.abs(s), side);
    const top = clipTop(Math.abs(s));
    const bottom = clipLower(Math.abs(s), x);
    const h = Math.max(0.01, top - bottom);
    const k = Math.min(1, h / 24);
    for (let j = 0; j < rows; j++) {
      let y: number;
      if (j < topRows.length) y = top - topRows[j]! * k;
      else if (j < topRows.length + nMid - 1) y = lerp(top - 3.0 * k, bottom + 3.2 * k, (j - topRows.length + 1) / nMid);
      else y = bottom + lowRows[j - topRows.length - nMid + 1]! * k;
      // The very top row lies on the edge itself: tuck it under.
      const off = j === 0 || (j === rows - 1 && Math.abs(s) > CLIP_FOOT_S) ? UNDER : shellOffset(s, y, x);
      const p = surfacePoint(s, y, x, off);
      pts.push(p);
      yAt.push(y);
      offs.push(off);
      nearCut.push(windowDistance(s, y) < CUT_CLEAR);
    }
  }
  const id = (i: number, j: number): number => i * rows + j;
  const tris: [number, number, number][] = [];
  const hidden = (k: number): boolean => offs[k]! <= UNDER + 0.05 || offs[k]! <= DEEP;
  for (let i = 0; i < ss.length - 1; i++) {
    for (let j = 0; j < rows - 1; j++) {
      const a = id(i, j);
      const b = id(i + 1, j);
      const c = id(i + 1, j + 1);
      const d = id(i, j + 1);
      if (hidden(a) && hidden(b) && hidden(c) && hidden(d)) continue;
      // Round the windows the shell stops under the rims (their loft closes the cut).
      if (nearCut[a] || nearCut[b] || nearCut[c] || nearCut[d]) continue;
      // Split along the shorter diagonal; wind each triangle to face outward.
      const d1 = dist2(pts[a]!, pts[c]!);
      const d2 = dist2(pts[b]!, pts[d]!);
      const quad: [number, number, number][] = d1 <= d2 ? [[a, b, c], [a, c, d]] : [[a, b, d], [b, c, d]];
      for (const t of quad) {
        if (hidden(t[0]) && hidden(t[1]) && hidden(t[2])) continue;
        const p0 = pts[t[0]]!;
        const e1 = sub3(pts[t[1]]!, p0);
        const e2 = sub3(pts[t[2]]!, p0);
        const fn: Vec3 = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
        if (Math.hypot(fn[0], fn[1], fn[2]) < 1e-9) continue;
        const sa = ss[i]!;
        const side = sa >= 0 ? 1 : -1;
        const xo = xAtArc(Math.abs(sa), side);
        const out = upperNormal(xo, thetaAt(xo, p0[1], side));
        tris.push(fn[0] * out[0] + fn[1] * out[1] + fn[2] * out[2] < 0 ? [t[0], t[2], t[1]] : t);
      }
    }
  }
  const m: MeshData = { positions: [], normals: [], indices: [] };
  appendTris(m, pts, tris);
  for (let i = 0; i < ss.length; i++) {
    for (let j = 1; j < rows - 1; j++) smoothShade(pts[id(i, j)]!, ss[i]!, yAt[id(i, j)]!);
  }
  for (const side of [1, -1]) for (const w of WINDOWS) addWindowRim(m, w, side);
  overrideNormals(m);
  for (const side of [1, -1]) addLettering(m, side);
  return m;
}

const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
