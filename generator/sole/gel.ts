/**
 * The GEL units seen through their windows: each a sealed GEL capsule sunk inside its
 * window, its cells (a staggered, honeycomb-like pattern of domed pillows) standing inside a
 * thin raised seal bead, with a ring of the recess's floor left showing round it, so the
 * unit reads as set inside the foam. The lateral heel unit carries a bold moulded "GEL".
 */
import { type Vec3, smoothstep } from '../math.js';
import { type MeshData, addGrid, emptyMesh } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';
import { FOREFOOT_WINDOWS, type GelWindow, HEEL_WINDOWS } from './windows.js';

/** The capsule's cells reach out to this radius (in window radii); its seal bead runs round them. */
const CELLS_R = 0.78;
/**
 * The seal bead's profile, inside out: [radius in window radii, mm off the wall]. It rises from
 * the cells' edge to a thin crest and drops back to the wall well inside the rim, leaving the
 * recess's floor showing between bead and rim.
 */
const BEAD: readonly (readonly [number, number])[] = [
  [CELLS_R - 0.01, 0.2], [0.82, 1.35], [0.86, 0.8], [0.885, -0.15],
];

/** Height (mm off the wall) of the capsule's base at elliptic radius r (0 centre, 1 cells' edge): a low dome. */
const domeHeight = (r: number): number => 0.25 + 0.55 * Math.sqrt(Math.max(0, 1 - Math.pow(Math.min(r, 1), 2.4)));
/** How far the cells' pillows stand above the dome at most (mm). */
const CELL_RELIEF = 1.0;

/**
 * 0..1 pillow height at (u, v) in -1..1 over the capsule: `cols` x `rows` cells, every other row
 * shifted half a cell (staggered like a honeycomb), each a rounded dome with a crease between.
 */
function cellPillow(u: number, v: number, cols: number, rows: number): number {
  const b = ((v + 1) / 2) * rows;
  const row = Math.min(rows - 1, Math.floor(b));
  const a = ((u + 1) / 2) * cols + (row % 2 === 1 ? 0.5 : 0);
  const fa = a - Math.floor(a);
  const fb = b - row;
  return Math.pow(Math.sin(Math.PI * fa) * Math.sin(Math.PI * Math.min(fb, 1)), 0.4);
}

interface UnitCells {
  cols: number;
  rows: number;
  /** Half-width (in u, -1..1) of a smooth band across the middle that carries the lettering; 0 for none. */
  lensHalf: number;
}

/** Offset (mm) of the capsule's surface at (u, v) in -1..1 (square, disc-mapped onto the ellipse). */
function capsuleOffset(u: number, v: number, cells: UnitCells): number {
  const ex = u * Math.sqrt(1 - (v * v) / 2);
  const ey = v * Math.sqrt(1 - (u * u) / 2);
  const r = Math.hypot(ex, ey);
  // The cells fade out toward the rim, and out of the lettering's band (the letters stand on a calm lens).
  const lens = cells.lensHalf > 0 ? smoothstep(cells.lensHalf, cells.lensHalf + 0.12, Math.abs(u)) : 1;
  const fade = Math.sqrt(Math.max(0, 1 - Math.pow(r, 4))) * lens;
  return domeHeight(r) + CELL_RELIEF * cellPillow(u, v, cells.cols, cells.rows) * fade;
}

function addGelUnit(m: MeshData, w: GelWindow, cells: UnitCells): void {
  // Four grid steps per cell each way, so every pillow is rounded and every crease lands on a grid line.
  const nx = 4 * cells.cols;
  const ny = 4 * cells.rows;
  addGrid(
    m,
    nx,
    ny,
    (i, j) => {
      const u = -1 + (2 * i) / nx;
      const v = -1 + (2 * j) / ny;
      // Square grid mapped onto the ellipse (disc mapping), so the edge is an ellipse like the window's.
      const ex = u * Math.sqrt(1 - (v * v) / 2) * CELLS_R;
      const ey = v * Math.sqrt(1 - (u * u) / 2) * CELLS_R;
      return sidewallPoint(w.cx + w.rx * ex, w.cy + w.ry * ey, w.side, capsuleOffset(u, v, cells));
    },
    () => [0, 0, w.side],
  );
  const nu = 24;
  addGrid(
    m,
    nu,
    BEAD.length - 1,
    (i, j) => {
      const phi = (2 * Math.PI * i) / nu;
      const [r, off] = BEAD[j]!;
      return sidewallPoint(w.cx + w.rx * r * Math.cos(phi), w.cy + w.ry * r * Math.sin(phi), w.side, off);
    },
    (p) => [p[0] - w.cx, p[1] - w.cy, w.side * 4],
    { closedI: true },
  );
}

/** A stroke: a polyline in the letter box (mm), drawn as one raised bar with steep sides and square ends. */
type Stroke = readonly (readonly [number, number])[];

/** Stroke half-width in the letter box: bold, so the letters stay whole seen at a grazing angle. */
const STROKE_HALF = 1.0;
/** Letter box height; the letters lean forward a little, with the flash lines. */
const LETTER_HEIGHT = 9;
const SLANT = 0.1;

/** The G's bowl: one open arc from the top right round the left to the right side's middle, where its bar turns in. */
function gBowl(): Stroke {
  const n = 12;
  const [cx, cy, rx, ry] = [3.5, 4.5, 2.5, 3.5];
  const a0 = Math.PI * 0.24;
  const a1 = Math.PI * 2;
  return Array.from({ length: n + 1 }, (_, k) => {
    const p = a0 + ((a1 - a0) * k) / n;
    return [cx + rx * Math.cos(p), cy + ry * Math.sin(p)] as const;
  });
}

/**
 * Centre lines of the "GEL" lettering (x toward the toe, y up, so from the lateral side it reads
 * left to right): as few strokes as the letters need (G: bowl and bar; E: four; L: two), with
 * clear gaps between letters, so nothing smears into a neighbour. No wordmark, just the name.
 */
const GEL_STROKES: readonly Stroke[] = [
  gBowl(),
  [[3.6, 4.5], [6, 4.5]],
  // E
  [[9.6, 1], [9.6, 8]], [[9.6, 8], [12.6, 8]], [[9.6, 4.5], [12.1, 4.5]], [[9.6, 1], [12.6, 1]],
  // L
  [[16.2, 1], [16.2, 8]], [[16.2, 1], [19.2, 1]],
];
/** Width of the lettering's box, strokes' ends included. */
const LETTERS_WIDTH = 20.2;
/** How far the letters' crowns stand above the clear lens they sit on (mm): below the rim's crest. */
const LETTER_RELIEF = 1.1;

/** Samples along a stroke: its points, with the ends pushed out by `cap` (square-cut ends). [x, y, tangent x, tangent y]. */
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
 * The "GEL" moulded on the lateral heel capsule's clear band: rounded strokes whose crowns
 * stand proud of the lens, their flanks running down into the capsule (square ends a grid of
 * its own, so the edges stay crisp and catch the light).
 */
function addGelLettering(m: MeshData, w: GelWindow, scale: number): void {
  const x0 = w.cx - (scale * (LETTERS_WIDTH + SLANT * LETTER_HEIGHT)) / 2;
  const y0 = w.cy - (scale * LETTER_HEIGHT) / 2;
  const top = domeHeight(0) + LETTER_RELIEF;
  const at = (px: number, py: number, up: number): Vec3 => {
    const x = x0 + scale * (px + SLANT * py);
    const y = y0 + scale * py;
    const r = Math.hypot((x - w.cx) / (w.rx * CELLS_R), (y - w.cy) / (w.ry * CELLS_R));
    const foot = domeHeight(r) - 0.15;
    return sidewallPoint(x, y, w.side, foot + (top - foot) * up);
  };
  for (const path of GEL_STROKES) {
    const h = STROKE_HALF;
    // Across the stroke: a rounded ridge (foot, shoulder, crown, shoulder, foot), so each stroke
    // carries its own highlight along it and dark flanks: the clear GEL shows letters by their shading alone.
    const across: readonly (readonly [number, number])[] = [[-h, 0], [-0.6 * h, 0.8], [0, 1], [0.6 * h, 0.8], [h, 0]];
    const along = strokeSamples(path, h);
    const point = (i: number, j: number): Vec3 => {
      const [px, py, tx, ty] = along[i]!;
      const [c, up] = across[j]!;
      return at(px - ty * c, py + tx * c, up);
    };
    addGrid(m, along.length - 1, across.length - 1, point, () => [0, 0, w.side]);
    // Square ends: a fan from the crown down to the foot at each end.
    for (const i of [0, along.length - 1]) {
      addGrid(m, 1, across.length - 1, (a, j) => (a === 0 ? point(i, 2) : point(i, j)), () => [0, 0, w.side]);
    }
  }
}

/** Cells per unit: the heel capsules are long (six across, two rows), the forefoot one shorter; the lettered one keeps its middle clear. */
const HEEL_CELLS: UnitCells = { cols: 6, rows: 2, lensHalf: 0 };
const LETTERED_HEEL_CELLS: UnitCells = { ...HEEL_CELLS, lensHalf: 0.6 };
const FOREFOOT_CELLS: UnitCells = { cols: 4, rows: 2, lensHalf: 0 };

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  const [lettered, ...others] = HEEL_WINDOWS;
  addGelUnit(m, lettered!, LETTERED_HEEL_CELLS);
  for (const w of others) addGelUnit(m, w, HEEL_CELLS);
  addGelLettering(m, lettered!, 0.72);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  // No lettering here: at this window's size it could not stay crisp.
  for (const w of FOREFOOT_WINDOWS) addGelUnit(m, w, FOREFOOT_CELLS);
  return m;
}
