/**
 * The sole unit: sculpted midsole with heel flare and GEL windows, the GEL
 * units, the TRUSSTIC shank under the midfoot and the lugged outsole pads.
 * Solids are lofted closed loops along x whose widths round to zero at both
 * ends, so every piece is closed without end caps.
 */
import { type Vec3, clamp, lerp, roundEnd, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { midsoleBottom, midsoleTop, soleHalfWidth } from './last.js';

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

/** Lateral heel GEL window and forefoot window (ellipses in side view). */
const WINDOWS = [
  { cx: 48, cy: 17.5, rx: 18, ry: 6.5 },
  { cx: 206, cy: 12.5, rx: 11, ry: 4 },
];

function windowMask(x: number, y: number, side: number): number {
  if (side < 0) return 0;
  let m = 0;
  for (const w of WINDOWS) {
    const r = Math.hypot((x - w.cx) / w.rx, (y - w.cy) / w.ry);
    m = Math.max(m, 1 - smoothstep(1.0, 1.14, r));
  }
  return m;
}

/** Sculpted sidewall: the two wavy lines that split the wall into pillowy bands. */
function sculptLines(x: number): [number, number] {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const h = yt - yb;
  // Waves that drift toward and away from each other: the 'biomorphic' sidewall.
  const l1 = yb + h * (0.3 + 0.12 * Math.sin(x / 27 + 0.4));
  const l2 = yb + h * (0.68 + 0.1 * Math.sin(x / 33 + 2.1));
  return [l1, l2];
}

function sidewallOffset(x: number, y: number, side: number): number {
  const yb = midsoleBottom(x);
  const yt = midsoleTop(x);
  const [l1, l2] = sculptLines(x);
  let d: number;
  // Each band bulges and steps in at its upper line, so the lines catch light as ridges.
  if (y < l1) d = 1.8 + 1.4 * Math.sin((Math.PI * 0.75 * (y - yb)) / (l1 - yb));
  else if (y < l2) d = -1.4 + 2.6 * Math.sin((Math.PI * 0.75 * (y - l1)) / (l2 - l1));
  else d = -1.6 + 1.9 * Math.sin((Math.PI * (y - l2)) / (yt - l2));
  // Heel flare: the wall kicks out toward the ground at the back.
  const v = clamp((y - yb) / (yt - yb), 0, 1);
  d += 3.2 * Math.pow(1 - v, 1.5) * (1 - smoothstep(15, 80, x));
  // Ends taper the sculpting so the outline stays clean at heel and toe.
  d *= smoothstep(X0, X0 + 6, x) * (1 - smoothstep(X1 - 12, X1, x));
  // Flatten the sculpting under the GEL windows so the lens sits on a clean surface.
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
  // Two extra rows pinned to the nearest GEL window's top and bottom so its recess edge is crisp.
  const w = x < 130 ? WINDOWS[0]! : WINDOWS[1]!;
  const pin = [w.cy - w.ry * 1.07, w.cy + w.ry * 1.07].map((y) => clamp(y, yb + 1.3, yt - 1.1));
  return [
    ...pin,
    ...seg(yb + 1.2, l1 - 0.4, 3),
    ...seg(l1 - 0.4, l1 + 0.4, 1),
    ...seg(l1 + 0.4, l2 - 0.4, 3),
    ...seg(l2 - 0.4, l2 + 0.4, 1),
    ...seg(l2 + 0.4, yt - 1.0, 3),
    yt - 1.0,
  ].sort((a, b) => a - b);
}

export function buildMidsole(): MeshData {
  const m = emptyMesh();
  const xs = stations(X0, X1, (x) => {
    if (x < 8 || x > 282) return 2.2;
    if ((x > 26 && x < 70) || (x > 190 && x < 222)) return 2.6;
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
    seq.push([lerp(x, top[0], 0.97), yt - 0.2, top[2] * 0.97]);
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
  return m;
}

/**
 * A GEL window: a clear domed lens set into a shallow recess in the sidewall,
 * the GEL colour showing through. Polar grid over the window's ellipse.
 */
function addGel(m: MeshData, w: { cx: number; cy: number; rx: number; ry: number }, dome: number): void {
  const nu = 28;
  const radii = [0, 0.35, 0.6, 0.78, 0.88, 0.94, 0.98, 1];
  addGrid(
    m,
    nu,
    radii.length - 1,
    (i, j) => {
      const phi = (2 * Math.PI * i) / nu;
      const r = radii[j]!;
      const x = w.cx + w.rx * r * Math.cos(phi);
      const y = w.cy + w.ry * r * Math.sin(phi);
      // Domed middle; the rim stays a hair proud of the recess floor so the lens's own smooth
      // ellipse, not its intersection with the coarser sidewall, draws the window's edge.
      const off = 0.25 + (dome - 0.25) * Math.sqrt(Math.max(0, 1 - Math.pow(r, 6)));
      return sidewallPoint(x, y, 1, off);
    },
    () => [0.05, 0, 1],
    { closedI: true },
  );
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  addGel(m, WINDOWS[0]!, 1.4);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  addGel(m, WINDOWS[1]!, 1.1);
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

/** TRUSSTIC shank: a glossy bridge under the midfoot, between the outsole pads. */
export function buildTrusstic(): MeshData {
  const m = emptyMesh();
  const xa = 93;
  const xb = 172;
  const xs = stations(xa, xb, (x) => (x < xa + 6 || x > xb - 6 ? 1.2 : 4));
  addSlab(
    m,
    xs,
    (x, side) => (soleHalfWidth(x, side) + 3.6) * roundEnd(x - xa, 7) * roundEnd(xb - x, 7),
    (x) => midsoleBottom(x) + 3.5 * smoothstep(xa, xa + 14, x) * (1 - smoothstep(xb - 14, xb, x)) + 0.8,
    (x, f) => 4.6 + 1.4 * (1 - Math.abs(f)) * (1 - Math.abs(f)) * smoothstep(xa + 8, xa + 20, x) * (1 - smoothstep(xb - 20, xb - 8, x)),
    [0, 0.35, 0.7, 0.9, 1],
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
  return Math.max(2.0 * flex, 1.5 * trans);
}

/** Outsole stations pinned to the groove edges so every groove is cut cleanly. */
function grooveStations(xa: number, xb: number): number[] {
  const xs = new Set<number>();
  for (let x = xa; x < xa + 4; x += 1.6) xs.add(x);
  for (let x = xb; x > xb - 4; x -= 1.6) xs.add(x);
  for (let c = grooveCentre(xa + 6); c < xb - 6; c += GROOVE_PITCH) {
    for (const o of [-1.6, -0.8, 0.8, 1.6, GROOVE_PITCH / 2]) xs.add(c + o);
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
        const base = soleHalfWidth(x, side) + 3.2 * (1 - smoothstep(15, 80, x)) + 1.1;
        const ends = (xa < 0 ? 1 : roundEnd(x - xa, 8)) * (xb > 280 ? roundEnd(xb - x, 3) : roundEnd(xb - x, 8));
        return base * ends;
      },
      (x) => midsoleBottom(x) + 1.0,
      (x, f) => {
        const ground = Math.max(0, midsoleBottom(x) - 4);
        const edgeRound = 0.8 * smoothstep(0.85, 1, Math.abs(f));
        return ground + Math.min(lugRelief(x, f), 2.5) * (1 - smoothstep(0.9, 1, Math.abs(f))) + edgeRound;
      },
      [0, 0.06, 0.14, 0.5, 0.9, 1],
    );
  }
  return m;
}

