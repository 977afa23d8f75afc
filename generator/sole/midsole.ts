/** The foam midsole: a lofted closed solid with the sculpted sidewall, the heel lip and the GEL window rims. */
import { type Vec3, clamp, lerp, smoothstep } from '../math.js';
import { type MeshData, addGrid, emptyMesh, paintVertices } from '../mesh.js';
import { midsoleBottom, midsoleTop } from '../last.js';
import { X0, X1, stations } from './plan.js';
import { sidewallPoint, wallPointAt, wallProfile } from './sidewall.js';
import { FRAME_CREST, type GelWindow, RIM_OUTER, WINDOWS, WINDOW_FLOOR, windowPoint, windowRadius } from './windows.js';
import { foamTone } from './foam-tone.js';

/** Height (mm) of the foam lip that rises round the heel above the midsole's top. */
const heelLip = (x: number): number => 2 * (1 - smoothstep(25, 100, x));

/** Where the top edge rolls in to, inside the plan outline (mm): just outside the upper's surface. */
const ROLL_IN = 2.9;

/** Station spacing: close at the rounded tips and round the heel's windows, wider under the forefoot. */
const spacing = (x: number): number => (x < 8 || x > 282 ? 2.8 : x < 80 ? 6 : x < 150 ? 9 : 7.2);

export function buildMidsole(): MeshData {
  const m = emptyMesh();
  const xs = stations(X0, X1, spacing);
  // Loop: bottom centre → lateral underside → lateral wall up → top → medial wall down → medial underside.
  const half = (x: number, side: number): Vec3[] => {
    const yb = midsoleBottom(x);
    const yt = midsoleTop(x);
    const wall = wallProfile(x, side);
    const bot = wallPointAt(x, wall[0]![0], side, wall[0]![1]);
    const top = wallPointAt(x, wall[wall.length - 1]![0], side, wall[wall.length - 1]![1]);
    const seq: Vec3[] = [];
    // The underside is hidden under the rubber and the shank: one ring in from the edge is enough.
    seq.push([lerp(x, bot[0], 0.9), yb, bot[2] * 0.9]);
    seq.push([lerp(x, bot[0], 0.98), yb + 0.3, bot[2] * 0.98]);
    for (const [y, d] of wall) seq.push(wallPointAt(x, y, side, d));
    // Round the heel the foam rises in a lip that cups the counter's foot.
    const lip = heelLip(x);
    // (Every loop keeps the same length: where there is no lip this point is a collapsed row.)
    const lipPoint: Vec3 = [top[0], top[1] + Math.max(lip, 0.4), top[2]];
    // In front of the heel the top edge rolls in onto the upper (no shelf round it).
    const roll = wallPointAt(x, yt + 0.2, side, -ROLL_IN);
    const s = smoothstep(70, 110, x);
    seq.push([lerp(lipPoint[0], roll[0], s), lerp(lipPoint[1], roll[1], s), lerp(lipPoint[2], roll[2], s)]);
    // The top face is hidden under the upper: one ring is enough.
    seq.push([lerp(x, top[0], 0.9), yt + lip, top[2] * 0.9]);
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
  paintVertices(m, foamTone);
  for (const w of WINDOWS) addWindow(m, w);
  return m;
}

/**
 * The window's profiles (radius in window radii, mm off the flattened wall, which lies 0.2 mm
 * inside the foam's own face there), inside out, each its own grid so the lip's edge stays crisp:
 * the recess floor (a dark disc the GEL unit stands in and is seen through) running into the
 * recess's sloped inner wall, then the frame: a flat-topped lip of foam standing proud of the wall,
 * its flank rolling down onto it. The lip's height over the floor is the recess's depth.
 */
const RECESS: readonly (readonly [number, number])[] = [
  [0, WINDOW_FLOOR],
  [0.9, WINDOW_FLOOR],
  [0.955, WINDOW_FLOOR + 0.45 * (FRAME_CREST - WINDOW_FLOOR)],
  [1.0, FRAME_CREST],
];
// (Rings a grid shares with the next are nudged apart, so welding the part's normals keeps this edge crisp.)
const FRAME: readonly (readonly [number, number])[] = [
  [1.003, FRAME_CREST],
  [1.1, 0.7 * FRAME_CREST],
  [RIM_OUTER, 0],
];
/** Samples round a window: enough for the squarer back end's corners. */
const AROUND = 32;

/**
 * Tones (COLOR_0) in the recess: the floor reads as a shadowed cavity; its wall lightens toward the
 * lip, more along the bottom (facing up, into the light) than along the top (under the lip's overhang).
 */
const FLOOR_TONE = 0.04;
function recessTone(w: GelWindow, x: number, y: number): number {
  const up = Math.sin(Math.atan2((y - w.cy) / w.ry, (x - w.cx) / w.rx));
  return FLOOR_TONE + (0.1 + 0.2 * (1 - up) / 2) * smoothstep(0.9, 1.0, windowRadius(w, x, y));
}

/** The moulded window (midsole foam): a dark recess inside a raised lip, so the GEL reads as set inside the foam. */
function addWindow(m: MeshData, w: GelWindow): void {
  for (const profile of [RECESS, FRAME]) {
    addGrid(
      m,
      AROUND,
      profile.length - 1,
      (i, j) => {
        const [r, off] = profile[j]!;
        const [x, y] = windowPoint(w, r, (2 * Math.PI * i) / AROUND);
        return sidewallPoint(x, y, w.side, off);
      },
      // The recess's inner wall faces the window's centre; the floor, frame and flank face out.
      (p, _i, j) => (profile === RECESS && j >= 1 ? [w.cx - p[0], w.cy - p[1], w.side * 2] : [p[0] - w.cx, p[1] - w.cy, w.side * 4]),
      { closedI: true },
    );
    if (profile === FRAME) paintVertices(m, foamTone);
    else paintVertices(m, (x, y) => recessTone(w, x, y));
  }
}
