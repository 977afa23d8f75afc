/**
 * The GEL units seen through their windows: pleated pads set back inside each window's dark
 * recess (midsole.ts), the recess floor showing round them and through the clear GEL.
 */
import { type MeshData, addGrid, emptyMesh } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';
import { FOREFOOT_WINDOWS, type GelWindow, HEEL_WINDOWS, WINDOW_FLOOR } from './windows.js';

/** The unit's footprint (in window radii): a dark ring of the recess floor shows round it. */
const UNIT_R = 0.8;
/** The unit's flat face (mm off the wall): well below the frame's crest, so it reads as set back. */
const PLATEAU = 0.85;
/** Depth (mm) of the pleats across the unit (the sealed GEL's segments). */
const PLEAT_DEPTH = 0.6;
/** Half-width of a pleat in u (-1..1 along the unit). */
const PLEAT_HALF = 0.045;

/**
 * The GEL unit in a window: a flat-faced pad standing off the recess floor, its edge rolled
 * down to the floor, its face cut by shallow pleats across it (the sealed GEL's segments), so it
 * shows structure rather than a dome. `pleats` are their places along the unit (u, -1..1).
 */
function addGelUnit(m: MeshData, w: GelWindow, pleats: readonly number[]): void {
  // Columns: even, plus each pleat's edges and floor, so every groove is crisp.
  const us = new Set<number>();
  for (let k = 0; k <= 8; k++) us.add(-1 + k / 4);
  // Closer toward the ends, where the disc mapping pinches the outline.
  for (const e of [0.88, 0.95, 0.985]) us.add(e).add(-e);
  for (const c of pleats) for (const o of [-PLEAT_HALF, 0, PLEAT_HALF]) us.add(c + o);
  const sorted = [...us].sort((a, b) => a - b).filter((u, k, all) => k === 0 || u - all[k - 1]! > 0.012);
  const vs = [-1, -0.96, -0.86, -0.6, 0, 0.6, 0.86, 0.96, 1];
  const pleatAt = (u: number): number => {
    let d = 0;
    for (const c of pleats) d = Math.max(d, 1 - Math.min(1, Math.abs(u - c) / PLEAT_HALF));
    return d;
  };
  addGrid(
    m,
    sorted.length - 1,
    vs.length - 1,
    (i, j) => {
      const u = sorted[i]!;
      const v = vs[j]!;
      // Square grid mapped onto the ellipse (disc mapping), so the edge is an ellipse like the window's.
      const ex = u * Math.sqrt(1 - (v * v) / 2);
      const ey = v * Math.sqrt(1 - (u * u) / 2);
      const r = Math.hypot(ex, ey);
      // The face is flat to r 0.8 and rolls down to the floor at the edge.
      const roll = Math.sqrt(Math.max(0, 1 - Math.pow(Math.max(0, (r - 0.8) / 0.2), 2)));
      const off = WINDOW_FLOOR - 0.1 + (PLATEAU - WINDOW_FLOOR + 0.1) * roll - PLEAT_DEPTH * pleatAt(u) * roll;
      return sidewallPoint(w.cx + w.rx * UNIT_R * ex, w.cy + w.ry * UNIT_R * ey, w.side, off);
    },
    () => [0, 0, w.side],
  );
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  // Smooth and low, below the frame: pleated units read as Nike Air pods to strangers. No lettering
  // in the window: seen through the clear GEL the letters smeared ("barely legible"); the heel clip carries "GEL".
  for (const w of HEEL_WINDOWS) addGelUnit(m, w, []);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  for (const w of FOREFOOT_WINDOWS) addGelUnit(m, w, []);
  return m;
}
