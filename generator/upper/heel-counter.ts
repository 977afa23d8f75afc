/**
 * The Kayano 14's external heel clip: ONE moulded plastic shell wrapping the back of the heel
 * from under the midsole's top edge up to just under the collar, with two large cut-out windows
 * per side (the upper shows through), thick rounded rims round them, a raised spine up the
 * centre back and a lip flaring out over the foam.
 *
 * It is built as a single thickness field over the heel's surface rather than as rods: the
 * surface is unrolled to (s, y), s the arc length round the heel from the centre back (+ lateral,
 * − medial) and y the height; the shell's offset off the upper is a smooth function of the
 * distance to its nearest edge, and drops just under the upper inside the windows and past the
 * outline. Triangles wholly under the upper are dropped. A raised "GEL" is moulded on its front wing. The outline's top edge runs along a
 * grid row (crisp); the windows are rounded shapes the field resolves.
 */
import { type Vec3, clamp, curve, lerp, smoothstep } from '../math.js';
import { type MeshData, addGrid, appendTris } from '../mesh.js';
import { thetaAt, upperBase, upperNormal, upperPoint } from '../last.js';

/** Shell thickness over the upper (mm): a thin moulded clip (2.4 read thick and toy-like). */
const SHELL = 1.5;
/** Offset of the field where the shell is cut away: just under the upper, so edges never z-fight. */
const UNDER = -0.6;
/** Height (mm) the arc-length table is taken at: the middle of the clip. */
const Y_REF = 60;
/** Arc length (mm) round the heel at which the clip's top edge comes down to its foot: the front tip. */
export const CLIP_TIP = 121;

/**
 * Top edge of the clip against arc length: the Kayano 14's large counter covers the back third
 * of the heel, 64-71 mm up round the back, holding its height well forward along the sides and rounding down to its front
 * tip over the midsole at about x 100 (a triangle low at the front read as a small wedge).
 */
const clipTop = curve([
  [0, 71.5], [5, 71.3], [11, 70.6], [18, 70], [40, 68], [60, 64], [80, 59], [95, 54], [105, 48.5], [113, 40.5], [118, 33], [CLIP_TIP, 27],
]);
/** Bottom edge: tucked under the midsole's top edge (hidden in the foam's lip). */
const clipBottom = (x: number): number => upperBase(x) - 1.2;

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

/** A window's core polygon in (s, y); the window is the set within RADIUS of it (rounded corners). */
type Poly = readonly (readonly [number, number])[];
const WINDOW_RADIUS = 3;
/**
 * Two large windows per side, high enough that a bar of the clip shows over the midsole's lip
 * under them, leaning back like the stripes' 'flash': a broad rear one beside
 * the spine and a long triangular front one, the strut between them running up and back. The
 * solid front wing ahead of them carries the moulded GEL lettering.
 */
const WINDOWS: readonly Poly[] = [
  [[17.5, 53], [37, 51.5], [34.5, 59.5], [17, 61]],
  [[52, 50], [82, 47], [50.5, 57.5]],
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
  Math.min(...WINDOWS.map((w) => polyDistance(w, Math.abs(s), y) - WINDOW_RADIUS));

/** Rise of a rounded edge over its first `w` mm: steep at the cut, flat on the shell. */
const roundRise = (d: number, w: number): number => Math.sin((Math.PI / 2) * clamp(d / w, 0, 1));

/**
 * The rim round each window, across it from the cut (d = 0) outward (mm): the cut wall tucked
 * under the upper, a rounded bead, then a flank diving steeply under the shell, so the shell
 * meets it along a smooth line (a shallow crossing wobbled with the shell's facets) and hides
 * its own ragged edge underneath.
 */
const RIM_PROFILE: readonly (readonly [number, number])[] = [
  [-0.4, UNDER], [0.15, 1.25], [0.55, 1.8], [1.6, 1.9], [2.6, 1.85], [3.4, 1.6], [4.2, 0.8],
];
const rimAt = (d: number): number => {
  const p = RIM_PROFILE;
  if (d <= p[0]![0]) return UNDER;
  for (let k = 1; k < p.length; k++) {
    if (d <= p[k]![0]) return lerp(p[k - 1]![1], p[k]![1], (d - p[k - 1]![0]) / (p[k]![0] - p[k - 1]![0]));
  }
  return p[p.length - 1]![1];
};
/** Height (mm) of the rib where two windows' rims merge across the strut between them. */
const RIB_TOP = 1.85;
/** Where the shell is cut away for a window it dives deep (and is dropped: see CUT_CLEAR). */
const DEEP = -1.3;
/**
 * Shell cells with a corner this close (mm) to a window's cut are dropped: the shell's ragged
 * edge then lies under the rim, whose loft runs from under the upper at the cut over it.
 */
const CUT_CLEAR = 0.8;

/** The shell's offset (mm) off the upper at (s, y), x the last's station there. */
function shellOffset(s: number, y: number, x: number): number {
  const dTop = clipTop(Math.abs(s)) - y;
  if (dTop <= 0) return UNDER;
  const dWin = windowDistance(s, y);
  if (dWin <= 0) return DEEP;
  const rimTop = 0.5 * Math.exp(-(((dTop - 2.4) / 1.6) ** 2));
  // The raised spine up the centre back, fading out under the top bead.
  const spine = 0.5 * smoothstep(11, 6, Math.abs(s)) * smoothstep(0, 6, dTop);
  // The foot flares out over the foam's top edge.
  // (Not at the front tip, where the foam's top edge rolls in onto the upper and would show it.)
  const flare = 1.6 * (1 - smoothstep(2, 8, y - clipBottom(x))) * (1 - smoothstep(80, 110, Math.abs(s)));
  const body = SHELL + rimTop + spine + flare;
  const top = UNDER + (body - UNDER) * roundRise(dTop, 2.6);
  // Up to the rims' crest, kept just below them (past it the shell is lower than the bead anyway).
  return dWin < 2.4 ? Math.min(top, rimAt(dWin) - 0.35 - 0.5 * (1 - smoothstep(0, 1.2, dWin))) : top;
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
  const others = WINDOWS.filter((w) => w !== poly);
  const pointAt = (i: number, j: number): Vec3 => {
    const r = ring[i % ring.length]!;
    const [d, off] = RIM_PROFILE[j]!;
    const sa = r.b[0] + r.n[0] * (WINDOW_RADIUS + d);
    const y = r.b[1] + r.n[1] * (WINDOW_RADIUS + d);
    // Where another window's cut is close (the strut between two windows) the flank stays up at
    // the crest: the two rims merge into one rounded rib instead of two beads with a valley.
    const dOther = Math.min(...others.map((o) => polyDistance(o, sa, y) - WINDOW_RADIUS));
    // (The front window's rib sits a hair under the rear one's, so the two meet in a clean line.)
    const rib = d > 2 ? (RIB_TOP - 0.25 * WINDOWS.indexOf(poly)) * (1 - smoothstep(7, 10, d + dOther)) : -Infinity;
    return surfacePoint(side * sa, y, xAtArc(sa, side), Math.max(off, rib));
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
 * The moulded "GEL" on the clip's front wing (mm in a letter box, u right, v up; 7 mm tall):
 * each letter a polyline of strokes. Raised off the shell, so it reads as branding moulded
 * into the plastic.
 */
const GLYPHS: readonly { w: number; strokes: readonly (readonly [number, number])[][] }[] = [
  { w: 4.6, strokes: [[[4.6, 5.9], [3.6, 7], [1.1, 7], [0, 5.9], [0, 1.1], [1.1, 0], [3.5, 0], [4.6, 1.1], [4.6, 3.2], [2.6, 3.2]]] },
  { w: 4, strokes: [[[4, 7], [0, 7], [0, 0], [4, 0]], [[0, 3.5], [3.2, 3.5]]] },
  { w: 3.8, strokes: [[[0, 7], [0, 0], [3.8, 0]]] },
];
/** Where the lettering starts (arc length, mm), its baseline height, gap between letters and slant ('flash'). */
const LETTERING = { s0: 91, y0: 35.8, gap: 1.5, slant: 0.22, half: 0.7, raise: 0.55 } as const;

/** Raised strokes of the lettering on one side, laid out so it reads left to right from that side. */
function addLettering(m: MeshData, side: number): void {
  const total = GLYPHS.reduce((a, g) => a + g.w, 0) + LETTERING.gap * (GLYPHS.length - 1);
  // (s, y) on the shell for a letter-box point; the medial side runs the other way round the
  // heel, so its text is laid out back to front (otherwise it reads mirrored from that side),
  // slanting the same way as read from there.
  const lean = (v: number): number => LETTERING.slant * v;
  const place = (u: number, v: number): [number, number] => {
    const su = side > 0 ? LETTERING.s0 + u + lean(v) : LETTERING.s0 + total - u - lean(v) + lean(7);
    return [su, LETTERING.y0 + v];
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
      const y = w.reduce((a, p) => a + p[1], 0) / w.length;
      const x = xAtArc(s, side);
      out.push(upperPoint(x, thetaAt(x, y, side)));
    }
  }
  return out;
}

export function buildHeelCounter(): MeshData {
  // Columns: about 2.2 mm apart round the heel, plus the spine's edges.
  const cols = new Set<number>();
  const n = 32;
  for (let i = 0; i <= n; i++) {
    const s = CLIP_TIP * Math.pow(i / n, 1.08);
    cols.add(s).add(-s);
  }
  for (const s of [2, 4.5, 6, 8, 10]) cols.add(s).add(-s);
  const ss = [...cols].sort((a, b) => a - b);
  // Rows: dense at the top edge (its rounded bead), then even down to the hidden foot.
  const topRows = [0, 0.5, 1.3, 2.4, 3.8];
  const nEven = 9;
  const pts: Vec3[] = [];
  const offs: number[] = [];
  const nearCut: boolean[] = [];
  const rows = topRows.length + nEven;
  for (const s of ss) {
    const side = s >= 0 ? 1 : -1;
    const x = xAtArc(Math.abs(s), side);
    const top = clipTop(Math.abs(s));
    const bottom = clipBottom(x);
    const h = Math.max(0.01, top - bottom);
    const k = Math.min(1, h / 24);
    for (let j = 0; j < rows; j++) {
      let y: number;
      if (j < topRows.length) y = top - topRows[j]! * k;
      else y = lerp(top - topRows[topRows.length - 1]! * k, bottom, (j - topRows.length + 1) / nEven);
      // The very top row lies on the edge itself: tuck it under.
      const off = j === 0 ? UNDER : shellOffset(s, y, x);
      const p = surfacePoint(s, y, x, off);
      pts.push(p);
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
  for (const side of [1, -1]) for (const w of WINDOWS) addWindowRim(m, w, side);
  for (const side of [1, -1]) addLettering(m, side);
  return m;
}

const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
