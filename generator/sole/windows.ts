/** Where the GEL windows sit on the midsole sidewall, and their outline (side view, mm). */
import { lerp, smoothstep } from '../math.js';

/**
 * A GEL window in side view on one side (+1 lateral, -1 medial). Not an ellipse: a rounded slot
 * (a superellipse, squarer at one end) that tapers toward the other end, its top edge sloping more
 * than its bottom, so it follows the sidewall's flash lines like the era's moulded windows.
 */
export interface GelWindow {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  side: number;
  /** Height gained at the back end (lost at the front) in window radii: > 0 taller at the back. */
  taper: number;
}

/** Rearfoot windows (lateral, and a smaller one on the medial side). */
export const HEEL_WINDOWS: readonly GelWindow[] = [
  // About 36 x 13 mm near x 48, under the heel wedge's ledge (KAYANO14.md); the medial one a little smaller.
  // (Their back ends stay clear of the heel's curve, where from behind a rim stood out past the wall.)
  { cx: 54, cy: 16.2, rx: 17.5, ry: 6.0, side: 1, taper: 0.34 },
  { cx: 56, cy: 16.0, rx: 16, ry: 5.1, side: -1, taper: 0.3 },
];
/** The lateral forefoot window under the ball of the foot: its tall end forward, its tail toward the flash line behind it. */
export const FOREFOOT_WINDOWS: readonly GelWindow[] = [{ cx: 214, cy: 13.2, rx: 11, ry: 3.8, side: 1, taper: -0.2 }];
export const WINDOWS: readonly GelWindow[] = [...HEEL_WINDOWS, ...FOREFOOT_WINDOWS];

/** The frame round a window reaches out to this radius (in window radii). */
export const RIM_OUTER = 1.2;
/**
 * Heights (mm off the flattened wall, which lies 0.2 mm inside the foam's face) of the window's
 * dark recess floor (about level with the foam's face) and of its frame's crest, a lip of foam
 * standing well proud of it: the GEL unit stands between the two, set back inside the recess.
 */
export const WINDOW_FLOOR = 0.5;
export const FRAME_CREST = 2.3;

/** Superellipse exponents at the window's tall and tapered ends: square-ish behind, rounder at the tip. */
const SQUARE_TALL = 3;
const SQUARE_TIP = 1.8;

/**
 * The outline's distance from the centre (in window radii, in the frame scaled by rx, ry) in the
 * direction `theta` of that frame.
 */
export function windowRho(w: GelWindow, theta: number): number {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  // The bottom edge tapers less: it runs along the ground, the top along the falling flash lines.
  const k = 1 - (s > 0 ? 1 : 0.35) * w.taper * c;
  // 0 at the tall end, 1 at the tip.
  const tip = smoothstep(-1, 1, Math.sign(w.taper) * c);
  const n = lerp(SQUARE_TALL, SQUARE_TIP, tip);
  return Math.pow(Math.pow(Math.abs(c), n) + Math.pow(Math.abs(s / k), n), -1 / n);
}

/** The point (mm, side view) at `r` window radii from the centre in direction `theta` (1 is the outline). */
export function windowPoint(w: GelWindow, r: number, theta: number): [number, number] {
  const d = r * windowRho(w, theta);
  return [w.cx + w.rx * d * Math.cos(theta), w.cy + w.ry * d * Math.sin(theta)];
}

/** Radius of (x, y) from a window's centre, in window radii (1 on the outline). */
export function windowRadius(w: GelWindow, x: number, y: number): number {
  const u = (x - w.cx) / w.rx;
  const v = (y - w.cy) / w.ry;
  const r = Math.hypot(u, v);
  return r < 1e-9 ? 0 : r / windowRho(w, Math.atan2(v, u));
}

/** 1 on and just round a window (the wall's relief is flattened there so its rim sits cleanly), 0 away from it. */
export function windowMask(x: number, y: number, side: number): number {
  let m = 0;
  for (const w of WINDOWS) {
    if (w.side !== side) continue;
    m = Math.max(m, 1 - smoothstep(RIM_OUTER - 0.04, RIM_OUTER + 0.14, windowRadius(w, x, y)));
  }
  return m;
}
