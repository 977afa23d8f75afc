/**
 * The sole unit: sculpted midsole with heel flare and GEL windows, the GEL
 * units, the TRUSSTIC shank under the midfoot and the lugged outsole pads.
 * Solids are lofted closed loops along x whose widths round to zero at both
 * ends, so every piece is closed without end caps.
 */
import { type Vec3, clamp, lerp, roundEnd, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { OUTSOLE_T, midsoleBottom, midsoleTop, soleHalfWidth } from './last.js';

const X0 = -5;
const X1 = 292;

/** Stations from a target spacing function. */
function stations(x0: number, x1: number, spacing: (x: number) => number): number[] {
  const xs = [x0];
  let x = x0;
  while (x < x1) {
    x = Math.min(x1, x + spacing(x));
    xs.push(x);
  }
  return xs;
}

/** Outward plan-view direction of the outline at x on one side. */
function planNormal(x: number, side: number): [number, number] {
  const h = 0.3;
  const dw = (soleHalfWidth(x + h, side) - soleHalfWidth(x - h, side)) / (2 * h);
  const xn = x < 0 && !isFinite(dw) ? -1 : -dw;
  const l = Math.hypot(xn, 1);
  return [xn / l, 1 / l];
}

/** A GEL window in side view (ellipse, mm) on one side (+1 lateral, -1 medial). */
export interface GelWindow {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  side: number;
}

/** Rearfoot windows (lateral, and a smaller one on the medial side) and the lateral forefoot window. */
export const HEEL_WINDOWS: readonly GelWindow[] = [
  { cx: 48, cy: 16.5, rx: 18, ry: 6.5, side: 1 },
  { cx: 52, cy: 16.5, rx: 14, ry: 5.4, side: -1 },
];
export const FOREFOOT_WINDOWS: readonly GelWindow[] = [{ cx: 204, cy: 14.5, rx: 11.5, ry: 4.2, side: 1 }];
const WINDOWS = [...HEEL_WINDOWS, ...FOREFOOT_WINDOWS];

/** The rim round a window reaches out to this radius (in window radii). */
const RIM_OUTER = 1.32;

/** 1 on and around a window (the wall is flat there so its rim sits cleanly), 0 away from it. */
function windowMask(x: number, y: number, side: number): number {
  let m = 0;
  for (const w of WINDOWS) {
    if (w.side !== side) continue;
    const r = Math.hypot((x - w.cx) / w.rx, (y - w.cy) / w.ry);
    m = Math.max(m, 1 - smoothstep(RIM_OUTER + 0.1, RIM_OUTER + 0.45, r));
  }
  return m;
}

/**
 * Sculpted sidewall: two 'flash' lines that run low along the forefoot and rise
 * toward the heel, passing over the heel window, so the wall reads as layered bands.
 * Returned as heights (mm).
 */
function sculptLines(x: number): [number, number] {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const h = yt - yb;
  const rise = 1 - smoothstep(20, 230, x);
  const f1 = 0.3 + 0.5 * rise * rise + 0.04 * Math.sin(x / 23 + 0.4);
  const f2 = 0.62 + 0.3 * rise + 0.04 * Math.sin(x / 29 + 2.1);
  return [yb + h * f1, yb + h * Math.min(f2, 0.86)];
}

/**
 * The raised heel is wider than the upper's counter all the way up, so the firm counter
 * sits in the foam's cradle rather than standing outside it (mm added to the wall).
 */
export const heelCradle = (x: number): number => 2.6 * (1 - smoothstep(40, 105, x));

/** Height (mm) of the foam lip that rises round the heel above the midsole's top. */
const heelLip = (x: number): number => 3.2 * (1 - smoothstep(30, 95, x));

/** Depth and half-width (mm) of the groove pressed along each flash line. */
const GROOVE_DEPTH = 1.3;
const GROOVE_HALF = 0.9;

function sidewallOffset(x: number, y: number, side: number): number {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const [l1, l2] = sculptLines(x);
  let d: number;
  // Each band bulges and steps in at its upper line, so the lines catch light as ridges.
  if (y < l1) d = 1.8 + 1.6 * Math.sin((Math.PI * 0.75 * (y - yb)) / (l1 - yb));
  else if (y < l2) d = -1.6 + 2.8 * Math.sin((Math.PI * 0.75 * (y - l1)) / (l2 - l1));
  else d = -1.6 + 1.9 * Math.sin((Math.PI * (y - l2)) / Math.max(0.5, yt - l2));
  // A moulded groove along each line, so the flash lines read as lines at a distance.
  for (const l of [l1, l2]) d -= GROOVE_DEPTH * clamp(1 - Math.abs(y - l) / GROOVE_HALF, 0, 1);
  // Ends taper the sculpting so the outline stays clean at heel and toe.
  d *= smoothstep(X0, X0 + 6, x) * (1 - smoothstep(X1 - 12, X1, x));
  // Heel flare: the wall kicks out toward the ground at the back (all the way round it).
  const v = clamp((y - yb) / (yt - yb), 0, 1);
  d += 4 * Math.pow(1 - v, 1.5) * (1 - smoothstep(15, 85, x)) + heelCradle(x);
  // Flatten the sculpting round the GEL windows so each rim sits on a clean surface.
  return lerp(d, 0.4, windowMask(x, y, side));
}

/** Point on the midsole sidewall (exported so the GEL units sit in their windows). */
export function sidewallPoint(x: number, y: number, side: number, extra = 0): Vec3 {
  const w = soleHalfWidth(x, side);
  const [nx, nz] = planNormal(x, side);
  const d = sidewallOffset(x, y, side) + extra;
  return [x + nx * d, y, side * w + side * nz * d];
}

/** Per-station wall heights: samples pinned either side of each sculpt line so the ridges stay crisp. */
function wallHeights(x: number): number[] {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const [l1, l2] = sculptLines(x);
  const seg = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => lerp(a, b, i / n));
  return [
    ...seg(yb + 1.2, l1 - GROOVE_HALF, 3),
    ...seg(l1 - GROOVE_HALF, l1 + GROOVE_HALF, 2),
    ...seg(l1 + GROOVE_HALF, l2 - GROOVE_HALF, 3),
    ...seg(l2 - GROOVE_HALF, l2 + GROOVE_HALF, 2),
    ...seg(l2 + GROOVE_HALF, yt - 1.0, 2),
    yt - 1.0,
  ].sort((a, b) => a - b);
}

export function buildMidsole(): MeshData {
  const m = emptyMesh();
  const xs = stations(X0, X1, (x) => {
    if (x < 8 || x > 282) return 2.8;
    return 7;
  });
  // Loop: bottom centre → lateral underside → lateral wall up → top → medial wall down → medial underside.
  const half = (x: number, side: number): Vec3[] => {
    const yb = midsoleBottom(x);
    const yt = midsoleTop(x);
    const wall = wallHeights(x);
    const bot = sidewallPoint(x, wall[0]!, side);
    const top = sidewallPoint(x, wall[wall.length - 1]!, side);
    const seq: Vec3[] = [];
    for (const f of [0.5, 0.85]) seq.push([lerp(x, bot[0], f), yb, bot[2] * f]);
    seq.push([lerp(x, bot[0], 0.97), yb + 0.25, bot[2] * 0.97]);
    for (const y of wall) seq.push(sidewallPoint(x, y, side));
    // Round the heel the foam rises in a lip that cups the counter's foot: the raised, layered heel.
    const lip = heelLip(x);
    // (Every loop keeps the same length: where there is no lip this point is a collapsed row.)
    seq.push([top[0], top[1] + Math.max(lip, 0.3), top[2]]);
    seq.push([lerp(x, top[0], 0.97), yt - 0.2 + lip, top[2] * 0.97]);
    // The top face is hidden under the upper: one ring is enough.
    seq.push([lerp(x, top[0], 0.6), yt, top[2] * 0.6]);
    return seq;
  };
  const loop = (x: number): Vec3[] => [
    [x, midsoleBottom(x), 0],
    ...half(x, 1),
    [x, midsoleTop(x), 0],
    ...half(x, -1).reverse(),
  ];
  const loops = xs.map(loop);
  const centre = (x: number): Vec3 => [clamp(x, 40, 250), 16, 0];
  addGrid(
    m,
    xs.length - 1,
    loops[0]!.length,
    (i, j) => loops[i]![j % loops[i]!.length]!,
    (p) => {
      const c = centre(p[0]);
      return [p[0] - c[0], p[1] - c[1], p[2]];
    },
    { closedJ: true },
  );
  for (const w of WINDOWS) addWindowRim(m, w);
  addGelLettering(m);
  return m;
}

/**
 * Strokes of the moulded "GEL" beside the lateral heel window, in a letter box 0..3 wide,
 * 0..5 high (mm): G, E, L side by side. No wordmark, just the technology's name.
 */
const GEL_STROKES: readonly (readonly [number, number, number, number])[] = [
  // G
  [0, 0, 0, 5], [0, 5, 3, 5], [0, 0, 3, 0], [3, 0, 3, 2.4], [1.6, 2.4, 3, 2.4],
  // E
  [4.4, 0, 4.4, 5], [4.4, 5, 7.4, 5], [4.4, 2.5, 6.8, 2.5], [4.4, 0, 7.4, 0],
  // L
  [8.8, 0, 8.8, 5], [8.8, 0, 11.6, 0],
];

function addGelLettering(m: MeshData): void {
  const w = HEEL_WINDOWS[0]!;
  const x0 = w.cx + w.rx * RIM_OUTER + 2.5;
  const y0 = w.cy - 2.5;
  const half = 0.5;
  // Across the stroke: a raised bar with bevelled sides; along it: bevelled ends.
  const across: readonly (readonly [number, number])[] = [[-half - 0.25, -0.15], [-half, 0.55], [half, 0.55], [half + 0.25, -0.15]];
  for (const [ax, ay, bx, by] of GEL_STROKES) {
    const len = Math.hypot(bx - ax, by - ay);
    const [tx, ty] = [(bx - ax) / len, (by - ay) / len];
    const along = [-half - 0.25, -half, len + half, len + half + 0.25];
    addGrid(
      m,
      along.length - 1,
      across.length - 1,
      (i, j) => {
        const s = along[i]!;
        const [c, off] = across[j]!;
        const endOff = i === 0 || i === along.length - 1 ? -0.15 : off;
        return sidewallPoint(x0 + ax + tx * s - ty * c, y0 + ay + ty * s + tx * c, 1, Math.min(off, endOff));
      },
      () => [0, 0, 1],
    );
  }
}

/** Radii (in window radii) of the rim's profile: inner wall, crest, outer foot. */
const RIM_PROFILE: readonly (readonly [number, number])[] = [
  [0.98, 0.2], [1.0, 1.4], [1.04, 2.1], [1.1, 2.3], [1.18, 1.9], [1.26, 1.0], [RIM_OUTER, -0.2],
];

/** The moulded rim round a window (midsole foam): a raised lip, so the window reads as a recess. */
function addWindowRim(m: MeshData, w: GelWindow): void {
  const nu = 30;
  addGrid(
    m,
    nu,
    RIM_PROFILE.length - 1,
    (i, j) => {
      const phi = (2 * Math.PI * i) / nu;
      const [r, off] = RIM_PROFILE[j]!;
      return sidewallPoint(w.cx + w.rx * r * Math.cos(phi), w.cy + w.ry * r * Math.sin(phi), w.side, off);
    },
    () => [0, 0, w.side],
    { closedI: true },
  );
}

/**
 * The GEL unit seen in a window: sunk below the rim, a pad with horizontal ribs
 * (the sealed GEL's moulded pleats), domed a little toward its middle.
 */
function addGelUnit(m: MeshData, w: GelWindow, ribs: number): void {
  const nx = 14;
  const ny = 4 * ribs;
  addGrid(
    m,
    nx,
    ny,
    (i, j) => {
      const u = -1 + (2 * i) / nx;
      const v = -1 + (2 * j) / ny;
      // Square grid mapped onto the ellipse (disc mapping), so the edge is the window's own ellipse.
      const ex = u * Math.sqrt(1 - (v * v) / 2) * 0.985;
      const ey = v * Math.sqrt(1 - (u * u) / 2) * 0.985;
      const r = Math.hypot(ex, ey);
      const rib = 0.3 * (1 - Math.cos(Math.PI * ribs * (v + 1))) / 2;
      const off = -0.2 + (1.0 + rib) * Math.sqrt(Math.max(0, 1 - Math.pow(r, 4)));
      return sidewallPoint(w.cx + w.rx * ex, w.cy + w.ry * ey, w.side, off);
    },
    () => [0, 0, w.side],
  );
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  for (const w of HEEL_WINDOWS) addGelUnit(m, w, 3);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  for (const w of FOREFOOT_WINDOWS) addGelUnit(m, w, 2);
  return m;
}

/** Closed lofted slab between two heights with rounded ends; `bottomY` may sculpt the underside. */
function addSlab(
  m: MeshData,
  xs: number[],
  halfW: (x: number, side: number) => number,
  topY: (x: number) => number,
  bottomY: (x: number, f: number) => number,
  acrossFractions: number[],
): void {
  const loop = (x: number): Vec3[] => {
    const pts: Vec3[] = [];
    const yt = topY(x);
    // Underside lateral → medial, then up the medial wall, top medial → lateral, down the lateral wall.
    const fs = [...acrossFractions.map((f) => -f).reverse(), ...acrossFractions.slice(1)];
    const wz = (f: number): number => (f >= 0 ? halfW(x, 1) : halfW(x, -1)) * f;
    for (const f of fs.slice().reverse()) pts.push([x, bottomY(x, f), wz(f)]);
    const yb = bottomY(x, -1);
    const wm = halfW(x, -1);
    pts.push([x, lerp(yb, yt, 0.5), -wm - 0.25]);
    for (const f of [-0.94, 0, 0.94]) pts.push([x, yt, wz(f)]);
    pts.push([x, lerp(bottomY(x, 1), yt, 0.5), halfW(x, 1) + 0.25]);
    return pts;
  };
  const loops = xs.map(loop);
  addGrid(
    m,
    xs.length - 1,
    loops[0]!.length,
    (i, j) => loops[i]![j % loops[i]!.length]!,
    (p) => [p[0] - clamp(p[0], xs[0]! + 15, xs[xs.length - 1]! - 15), p[1] - (topY(p[0]) - 2), p[2]],
    { closedJ: true },
  );
}

/**
 * TRUSSTIC shank: a moulded bridge under the midfoot, between the outsole pads. Its
 * sides stand a little proud of the foam and rise in an arch up the sidewall, so
 * it shows as its own piece from the side as well as from below.
 */
export function buildTrusstic(): MeshData {
  const m = emptyMesh();
  const xa = 90;
  const xb = 175;
  const xs = stations(xa, xb, (x) => (x < xa + 6 || x > xb - 6 ? 1.2 : 3));
  const span = (x: number): number => smoothstep(xa + 2, xa + 22, x) * (1 - smoothstep(xb - 22, xb - 2, x));
  addSlab(
    m,
    xs,
    (x, side) => (soleHalfWidth(x, side) + 2.4) * roundEnd(x - xa, 7) * roundEnd(xb - x, 7),
    // The arch up the sidewall: highest in the middle of the span.
    (x) => midsoleBottom(x) + 1.2 + 5.5 * Math.pow(Math.sin(Math.PI * clamp((x - xa) / (xb - xa), 0, 1)), 1.6),
    // Underside: clear of the ground by ~4 mm, with a central spine.
    (x, f) => OUTSOLE_T - 1.2 + 1.6 * span(x) + 1.4 * (1 - Math.abs(f)) * (1 - Math.abs(f)) * span(x),
    [0, 0.2, 0.35, 0.7, 0.9, 1],
  );
  return m;
}

/** Transverse grooves every GROOVE_PITCH mm across the pads (x of each groove centre). */
const GROOVE_PITCH = 12;
const grooveCentre = (x: number): number => Math.round(x / GROOVE_PITCH) * GROOVE_PITCH;

/** Lug pattern: transverse grooves and the heel-to-toe flex groove, as upward relief (mm). */
function lugRelief(x: number, f: number): number {
  const flex = 1 - smoothstep(0.05, 0.12, Math.abs(f));
  const d = Math.abs(x - grooveCentre(x));
  const trans = d <= 0.8 ? 1 : d >= 1.6 ? 0 : (1.6 - d) / 0.8;
  return Math.max(2.2 * flex, 2.2 * trans);
}

/** Outsole stations pinned to the groove edges so every groove is cut cleanly. */
function grooveStations(xa: number, xb: number): number[] {
  const xs = new Set<number>();
  for (let x = xa; x < xa + 4; x += 1.6) xs.add(x);
  for (let x = xb; x > xb - 4; x -= 1.6) xs.add(x);
  for (let c = grooveCentre(xa + 6); c < xb - 6; c += GROOVE_PITCH) {
    for (const o of [-1.6, -0.8, 0.8, 1.6]) xs.add(c + o);
  }
  return [...xs].filter((x) => x >= xa && x <= xb).sort((p, q) => p - q);
}

export function buildOutsole(): MeshData {
  const m = emptyMesh();
  const pads: [number, number][] = [
    [X0 + 0.5, 98],
    [167, X1 - 0.3],
  ];
  for (const [xa, xb] of pads) {
    const xs = grooveStations(xa, xb);
    addSlab(
      m,
      xs,
      (x, side) => {
        // Flush with the midsole's flared foot, a hair proud so the rubber edge shows.
        const base = soleHalfWidth(x, side) + 4 * (1 - smoothstep(15, 85, x)) + heelCradle(x) + 2.4;
        const ends = (xa < 0 ? 1 : roundEnd(x - xa, 8)) * (xb > 280 ? roundEnd(xb - x, 3) : roundEnd(xb - x, 8));
        return base * ends;
      },
      (x) => midsoleBottom(x) + 1.0,
      (x, f) => {
        const ground = Math.max(0, midsoleBottom(x) - OUTSOLE_T);
        const edgeRound = 0.8 * smoothstep(0.85, 1, Math.abs(f));
        // The transverse grooves run out through the edge, so the tread shows from the side.
        return ground + Math.min(lugRelief(x, f), 2.8) + edgeRound;
      },
      [0, 0.06, 0.14, 0.5, 0.9, 1],
    );
  }
  return m;
}

