/**
 * The GEL units seen through their windows, and the "GEL" moulded beside the lateral heel
 * window (in the GEL's own material, so it reads at product-page distance).
 */
import type { Vec3 } from '../math.js';
import { type MeshData, addGrid, emptyMesh } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';
import { FOREFOOT_WINDOWS, type GelWindow, HEEL_WINDOWS } from './windows.js';

/**
 * The GEL unit in a window: sunk well below the rim's crest, a clear pod with its
 * sealed GEL's pleats (ribs across it), domed toward its middle.
 */
/** Height (mm off the wall) of a unit's lens at elliptic radius r (0 centre, 1 window edge): a low dome. */
const lensHeight = (r: number): number => 0.1 + 0.8 * Math.sqrt(Math.max(0, 1 - Math.pow(Math.min(r, 1), 2.4)));

function addGelUnit(m: MeshData, w: GelWindow, ribs: number): void {
  const nx = 14;
  const ny = Math.max(8, 4 * ribs);
  addGrid(
    m,
    nx,
    ny,
    (i, j) => {
      const u = -1 + (2 * i) / nx;
      const v = -1 + (2 * j) / ny;
      // Square grid mapped onto the ellipse (disc mapping), so the edge is the window's own ellipse.
      const ex = u * Math.sqrt(1 - (v * v) / 2) * 0.975;
      const ey = v * Math.sqrt(1 - (u * u) / 2) * 0.975;
      const r = Math.hypot(ex, ey);
      // Pleats run up and down the pod (across its length), so they read as the GEL's cells.
      // With ribs the sealed GEL shows its cells: pleats across the pod, crossed by one along it.
      const rib = ribs > 0 ? (0.6 * (1 - Math.cos(Math.PI * ribs * (u + 1))) / 2) * (0.55 + 0.45 * Math.cos(Math.PI * 2 * v)) : 0;
      const off = lensHeight(r) + rib * Math.sqrt(Math.max(0, 1 - Math.pow(r, 3)));
      return sidewallPoint(w.cx + w.rx * ex, w.cy + w.ry * ey, w.side, off);
    },
    () => [0, 0, w.side],
  );
}

/** A stroke: a polyline in the letter box (mm), drawn as one raised bar with bevelled sides and ends. */
type Stroke = readonly (readonly [number, number])[];

/** The G's bowl: one open arc round its letter box's centre, from the top right round to just below the right side's middle. */
function gBowl(): Stroke {
  const n = 14;
  const [cx, cy, rx, ry] = [2.9, 4, 2.9, 4];
  const a0 = Math.PI * 0.24;
  const a1 = Math.PI * 1.93;
  return Array.from({ length: n + 1 }, (_, k) => {
    const p = a0 + ((a1 - a0) * k) / n;
    return [cx + rx * Math.cos(p), cy + ry * Math.sin(p)] as const;
  });
}

/**
 * Strokes of the "GEL" lettering (mm, x toward the toe, y up, so it reads left to right from
 * the lateral side): G, E, L in letter boxes about 5 wide, 8 high. The G has its bar and spur,
 * so it cannot read as a turned "e". No wordmark, just the name.
 */
const GEL_STROKES: readonly Stroke[] = [
  gBowl(),
  [[3.3, 4.1], [6.1, 4.1]],
  [[5.75, 4.1], [5.75, 2.4]],
  // E
  [[9, 0], [9, 8]], [[9, 8], [13, 8]], [[9, 4], [12.4, 4]], [[9, 0], [13, 0]],
  // L
  [[15.4, 0], [15.4, 8]], [[15.4, 0], [19.4, 0]],
];
/** Width of the lettering's box (mm). */
const LETTERS_WIDTH = 19.4;
/** Letter stroke half-width and slant (the lettering leans forward, with the flash lines). */
const STROKE_HALF = 0.85;
const STROKE_HALF_ACROSS = 1.15;
/** Letter height and how far the letters stand off the lens (mm): low, so they stay legible from a grazing angle. */
const LETTER_HEIGHT = 8;
const LETTER_RELIEF = 1.2;
const SLANT = 0.12;

/** Samples along a stroke: its points, plus a square-cut cap past each end. [x, y, tangent x, tangent y]. */
function strokeSamples(path: Stroke, cap: number): [number, number, number, number][] {
  const n = path.length;
  const tangent = (k: number): [number, number] => {
    const [ax, ay] = path[Math.max(0, k - 1)]!;
    const [bx, by] = path[Math.min(n - 1, k + 1)]!;
    const l = Math.hypot(bx - ax, by - ay);
    return [(bx - ax) / l, (by - ay) / l];
  };
  const [t0x, t0y] = tangent(0);
  const [t1x, t1y] = tangent(n - 1);
  const [sx, sy] = path[0]!;
  const [ex, ey] = path[n - 1]!;
  const out: [number, number, number, number][] = [[sx - t0x * cap, sy - t0y * cap, t0x, t0y]];
  for (let k = 1; k < n - 1; k++) out.push([path[k]![0], path[k]![1], ...tangent(k)]);
  out.push([ex + t1x * cap, ey + t1y * cap, t1x, t1y]);
  return out;
}

/**
 * The "GEL" moulded on the lateral heel unit's lens, standing proud of it (inside the
 * window, so the part keeps the window's footprint for framing it). Each stroke is a flat
 * top and two steep sides as separate grids, so its edges stay crisp and catch the light.
 */
function addGelLettering(m: MeshData, w: GelWindow, scale: number): void {
  // Centred in the window, letters `scale` times the heel's size.
  const x0 = w.cx - (scale * (LETTERS_WIDTH + SLANT * LETTER_HEIGHT)) / 2;
  const y0 = w.cy - (scale * LETTER_HEIGHT) / 2 - 0.2;
  const at = (px: number, py: number, off: number): Vec3 => {
    const x = x0 + scale * (px + SLANT * py);
    const y = y0 + scale * py;
    const r = Math.hypot((x - w.cx) / w.rx, (y - w.cy) / w.ry);
    return sidewallPoint(x, y, 1, lensHeight(r) + off);
  };
  for (const path of GEL_STROKES) {
    // Bars across are bolder: seen from above (three-quarter views) the letters are squashed in height.
    const [ax, ay] = path[0]!;
    const [bx, by] = path[path.length - 1]!;
    const half = path.length === 2 && Math.abs(by - ay) < Math.abs(bx - ax) ? STROKE_HALF_ACROSS : STROKE_HALF;
    // Across the stroke: foot, top edge, top edge, foot (sides slightly battered).
    const across: readonly (readonly [number, number])[] = [[-half - 0.2, -0.2], [-half, LETTER_RELIEF], [half, LETTER_RELIEF], [half + 0.2, -0.2]];
    const along = strokeSamples(path, half);
    const point = (i: number, j: number): Vec3 => {
      const [px, py, tx, ty] = along[i]!;
      const [c, off] = across[j]!;
      return at(px - ty * c, py + tx * c, off);
    };
    for (const j0 of [0, 1, 2]) addGrid(m, along.length - 1, 1, (i, j) => point(i, j0 + j), () => [0, 0, 1]);
    // End caps: a quad down to the lens at each end.
    for (const i of [0, along.length - 1]) {
      const q = [point(i, 0), point(i, 1), point(i, 2), point(i, 3)];
      addGrid(m, 1, 1, (a, b) => (a === 0 ? (b === 0 ? q[0]! : q[1]!) : b === 0 ? q[3]! : q[2]!), () => [0, 0, 1]);
    }
  }
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  // The lateral unit's lens is smooth (the lettering sits on it); the medial one shows the GEL's pleats.
  for (const w of HEEL_WINDOWS) addGelUnit(m, w, w.side > 0 ? 0 : 3);
  addGelLettering(m, HEEL_WINDOWS[0]!, 0.86);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  // The forefoot unit carries its own, smaller "GEL" (its lens is smooth for it).
  for (const w of FOREFOOT_WINDOWS) {
    addGelUnit(m, w, 0);
    addGelLettering(m, w, 0.62);
  }
  return m;
}
