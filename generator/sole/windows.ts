/** Where the GEL windows sit on the midsole sidewall (side-view ellipses, mm). */
import { smoothstep } from '../math.js';

/** A GEL window in side view on one side (+1 lateral, -1 medial). */
export interface GelWindow {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  side: number;
}

/** Rearfoot windows (lateral, and a smaller one on the medial side). */
export const HEEL_WINDOWS: readonly GelWindow[] = [
  // About 36 x 13 mm near x 48, under the heel wedge's ledge (KAYANO14.md); the medial one a little smaller.
  // (Their back ends stay clear of the heel's curve, where from behind a rim stood out past the wall.)
  { cx: 54, cy: 16.4, rx: 17.5, ry: 6.4, side: 1 },
  { cx: 56, cy: 16.2, rx: 16, ry: 5.8, side: -1 },
];
/** The lateral forefoot window under the ball of the foot. */
export const FOREFOOT_WINDOWS: readonly GelWindow[] = [{ cx: 214, cy: 13.2, rx: 11, ry: 4.2, side: 1 }];
export const WINDOWS: readonly GelWindow[] = [...HEEL_WINDOWS, ...FOREFOOT_WINDOWS];

/** The frame round a window reaches out to this radius (in window radii). */
export const RIM_OUTER = 1.12;
/**
 * Heights (mm off the flattened wall, which lies 0.2 mm inside the foam's face) of the window's
 * dark recess floor and of its frame's crest: the GEL unit stands between the two, set back.
 */
export const WINDOW_FLOOR = 0.55;
export const FRAME_CREST = 1.2;

/** Elliptic radius of (x, y) from a window's centre, in window radii. */
export const windowRadius = (w: GelWindow, x: number, y: number): number => Math.hypot((x - w.cx) / w.rx, (y - w.cy) / w.ry);

/** 1 on and just round a window (the wall's relief is flattened there so its rim sits cleanly), 0 away from it. */
export function windowMask(x: number, y: number, side: number): number {
  let m = 0;
  for (const w of WINDOWS) {
    if (w.side !== side) continue;
    m = Math.max(m, 1 - smoothstep(RIM_OUTER - 0.04, RIM_OUTER + 0.14, windowRadius(w, x, y)));
  }
  return m;
}
