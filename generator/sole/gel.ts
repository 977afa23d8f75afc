/**
 * The GEL units seen through their windows: pads set back inside each window's dark recess
 * (midsole.ts), the recess floor showing round them and through the clear GEL. Each pad's face is
 * broken into rows of domed cells (staggered, honeycomb-like), so at product-page distance it
 * catches the light in a pattern of small highlights instead of one glossy sheet: a flat blue
 * face read as a sticker. (Pleats running across it read as Nike Air pods.)
 */
import { type MeshData, addGrid, emptyMesh, paintVertices } from '../mesh.js';
import { sidewallPoint } from './sidewall.js';
import { FOREFOOT_WINDOWS, FRAME_CREST, type GelWindow, HEEL_WINDOWS, WINDOW_FLOOR, windowPoint } from './windows.js';

/** The unit's footprint (in window radii): a dark ring of the recess floor shows round it. */
const UNIT_R = 0.8;
/** Its edge dips just into the floor (no seam shows between them). */
const EDGE = WINDOW_FLOOR - 0.1;
/** The cells' seams (mm off the wall): about half way up the recess, so the unit reads as set back behind the lip. */
const SEAM = WINDOW_FLOOR + 0.4 * (FRAME_CREST - WINDOW_FLOOR);
/** How far each cell's dome stands over its seams (mm). */
const DOME = 0.7;
/** Tones of the seams and of the rolled edge (the cells' centres are 1). */
const SEAM_TONE = 0.4;
const EDGE_TONE = 0.35;
/** Where the face's seam ring sits (in the unit's radii): outside it the edge rolls down to the floor. */
const FACE_R = 0.8;

/**
 * The unit in a window: a grid of `cells` columns by two rows, squared onto the window's outline
 * (disc mapping, then the outline's radius). Grid rows/columns alternate seam, cell centre, seam;
 * the lower row's cells sit half a cell along from the upper's.
 */
function addGelUnit(m: MeshData, w: GelWindow, cells: number): void {
  // u: the edge, then 2 * cells + 1 evenly across the face; v: the edge, then seam, centre, seam, centre, seam.
  const us = [-1, ...Array.from({ length: 2 * cells + 1 }, (_, k) => FACE_R * (-1 + k / cells)), 1];
  const vs = [-1, -FACE_R, -FACE_R / 2, 0, FACE_R / 2, FACE_R, 1];
  // Each grid point's tone, by its place (addGrid drops points no triangle uses).
  const tones = new Map<string, number>();
  const key = (x: number, y: number, z: number): string => `${x.toFixed(4)},${y.toFixed(4)},${z.toFixed(4)}`;
  addGrid(
    m,
    us.length - 1,
    vs.length - 1,
    (i, j) => {
      const u = us[i]!;
      const v = vs[j]!;
      // Square grid onto the unit disc, then out to the window's outline in that direction.
      const ex = u * Math.sqrt(1 - (v * v) / 2);
      const ey = v * Math.sqrt(1 - (u * u) / 2);
      const [x, y] = windowPoint(w, UNIT_R * Math.hypot(ex, ey), Math.atan2(ey, ex));
      const edge = i === 0 || i === us.length - 1 || j === 0 || j === vs.length - 1;
      // A cell's centre: odd columns in the upper row (j 2), even ones in the lower (j 4).
      const k = i - 1;
      const centre = (j === 2 && k % 2 === 1) || (j === 4 && k % 2 === 0 && k > 0 && k < 2 * cells);
      // The faces dome a little toward the middle of the pad, like a filled sac.
      const swell = 0.1 * (1 - Math.min(1, u * u + v * v));
      const off = edge ? EDGE : SEAM + swell + (centre ? DOME : 0);
      const p = sidewallPoint(x, y, w.side, off);
      tones.set(key(...p), edge ? EDGE_TONE : centre ? 1 : SEAM_TONE);
      return p;
    },
    () => [0, 0, w.side],
  );
  // Tones (COLOR_0, multiplying the GEL colour): the seams between cells and the rolled edge are
  // darker, so the cells read as a honeycomb even where the glossy face reflects nothing bright.
  paintVertices(m, (x, y, z) => tones.get(key(x, y, z)) ?? 1);
}

export function buildGelHeel(): MeshData {
  const m = emptyMesh();
  // No lettering in the window: seen through the clear GEL the letters smeared ("barely legible"); the heel clip carries "GEL".
  for (const w of HEEL_WINDOWS) addGelUnit(m, w, 7);
  return m;
}

export function buildGelForefoot(): MeshData {
  const m = emptyMesh();
  for (const w of FOREFOOT_WINDOWS) addGelUnit(m, w, 4);
  return m;
}
