/**
 * The GEL units seen through their windows, and the "GEL" moulded beside the lateral heel
 * window (in the GEL's own material, so it reads at product-page distance).
 */
import { type MeshData, addGrid, emptyMesh } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';
import { FOREFOOT_WINDOWS, type GelWindow, HEEL_WINDOWS } from './windows.js';

/**
 * The GEL unit in a window: sunk well below the rim's crest, a clear pod with its
 * sealed GEL's pleats (ribs across it), domed toward its middle.
 */
/** Height (mm off the wall) of a unit's lens at elliptic radius r (0 centre, 1 window edge): a low dome. */
const lensHeight = (r: number): number => 0.5 + 0.9 * Math.sqrt(Math.max(0, 1 - Math.pow(Math.min(r, 1), 3)));

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
      const rib = 0.45 * (1 - Math.cos(Math.PI * ribs * (u + 1))) / 2;
      const off = lensHeight(r) + rib * Math.sqrt(Math.max(0, 1 - Math.pow(r, 3)));
      return sidewallPoint(w.cx + w.rx * ex, w.cy + w.ry * ey, w.side, off);
    },
    () => [0, 0, w.side],
  );
}

/** A stroke: a polyline in the letter box (mm), drawn as one raised bar with bevelled sides and ends. */
type Stroke = readonly (readonly [number, number])[];

/** The G's bowl: one open arc round the letter box's centre, from the top right round to the right side. */
function gBowl(): Stroke {
  const n = 12;
  const [cx, cy, rx, ry] = [2.1, 3.5, 2.1, 3.5];
  const a0 = Math.PI * 0.28;
  const a1 = Math.PI * 1.97;
  return Array.from({ length: n + 1 }, (_, k) => {
    const p = a0 + ((a1 - a0) * k) / n;
    return [cx + rx * Math.cos(p), cy + ry * Math.sin(p)] as const;
  });
}

/**
 * Strokes of the "GEL" lettering in letter boxes about 4 wide, 7 high (mm): G, E, L side by side.
 * No wordmark, just the technology's name.
 */
const GEL_STROKES: readonly Stroke[] = [
  gBowl(),
  [[2.4, 3.2], [4.1, 3.2]],
  // E
  [[6.4, 0], [6.4, 7]], [[6.4, 7], [10.2, 7]], [[6.4, 3.5], [9.5, 3.5]], [[6.4, 0], [10.2, 0]],
  // L
  [[12.4, 0], [12.4, 7]], [[12.4, 0], [16, 0]],
];
/** Letter stroke half-width and slant (the lettering leans forward, with the flash lines). */
const STROKE_HALF = 0.75;
/** Letter height and how far the letters stand off the lens (mm). */
const LETTER_HEIGHT = 7;
const LETTER_RELIEF = 1.8;
const SLANT = 0.22;

/** Samples along a stroke: its points, plus a bevelled cap past each end. [x, y, tangent x, tangent y, height]. */
function strokeSamples(path: Stroke): [number, number, number, number, number][] {
  const out: [number, number, number, number, number][] = [];
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
  const cap = STROKE_HALF;
  out.push([sx - t0x * (cap + 0.3), sy - t0y * (cap + 0.3), t0x, t0y, -0.2]);
  out.push([sx - t0x * cap, sy - t0y * cap, t0x, t0y, 0.8]);
  for (let k = 1; k < n - 1; k++) out.push([path[k]![0], path[k]![1], ...tangent(k), 0.8]);
  out.push([ex + t1x * cap, ey + t1y * cap, t1x, t1y, 0.8]);
  out.push([ex + t1x * (cap + 0.3), ey + t1y * (cap + 0.3), t1x, t1y, -0.2]);
  return out;
}

/**
 * The "GEL" moulded on the lateral heel unit's lens, standing proud of it (inside the
 * window, so the part keeps the window's footprint for framing it).
 */
function addGelLettering(m: MeshData): void {
  const w = HEEL_WINDOWS[0]!;
  const scale = LETTER_HEIGHT / 7;
  const x0 = w.cx - (16 * scale + SLANT * LETTER_HEIGHT) / 2;
  const y0 = w.cy - LETTER_HEIGHT / 2;
  const half = STROKE_HALF;
  // Across the stroke: a raised bar with bevelled sides.
  const across: readonly (readonly [number, number])[] = [[-half - 0.3, -0.2], [-half, LETTER_RELIEF], [half, LETTER_RELIEF], [half + 0.3, -0.2]];
  for (const path of GEL_STROKES) {
    const along = strokeSamples(path.map(([px, py]) => [px * scale, py * scale] as const));
    addGrid(
      m,
      along.length - 1,
      across.length - 1,
      (i, j) => {
        const [px, py, tx, ty, h] = along[i]!;
        const [c, off] = across[j]!;
        const lx = px - ty * c;
        const ly = py + tx * c;
        const x = x0 + lx + SLANT * ly;
        const y = y0 + ly;
        const r = Math.hypot((x - w.cx) / w.rx, (y - w.cy) / w.ry);
        return sidewallPoint(x, y, 1, lensHeight(r) + Math.min(off, h === 0.8 ? LETTER_RELIEF : h));
      },
      () => [0, 0, 1],
    );
  }
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  // The lateral unit's lens is smooth (the lettering sits on it); the medial one shows the GEL's pleats.
  for (const w of HEEL_WINDOWS) addGelUnit(m, w, w.side > 0 ? 0 : 3);
  addGelLettering(m);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  for (const w of FOREFOOT_WINDOWS) addGelUnit(m, w, 2);
  return m;
}
