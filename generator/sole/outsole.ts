/**
 * The rubber outsole: a heel pad and a forefoot pad whose lugs are cut by transverse
 * grooves, the heel-to-toe flex groove and two side grooves; the grooves run out through
 * the edge so the tread shows from the side, and the heel rubber wraps up round the back.
 */
import { clamp, roundEnd, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { OUTSOLE_T, midsoleBottom } from '../last.js';
import { X0, X1 } from './plan.js';
import { addHugLoft } from './hug-loft.js';
import { wedgeTop } from './sidewall.js';

/** Transverse grooves every GROOVE_PITCH mm across the pads (x of each groove centre), between the heel's and the toe's wrapped rubber. */
const GROOVE_PITCH = 15;
const GROOVE_X0 = 14;
const GROOVE_X1 = 268;
const grooveCentre = (x: number): number => Math.round(x / GROOVE_PITCH) * GROOVE_PITCH;
/** Depth (mm) of the transverse and flex grooves, and of the side grooves. */
const GROOVE = 1.9;
const SIDE_GROOVE = 1.2;
/** Half-width (mm) of a transverse groove's flat floor and of its mouth at the tread: square-cut lugs. */
const GROOVE_FLOOR = 1.1;
const GROOVE_MOUTH = 2.3;
/** Centre (fraction of the half-width) of the side grooves. */
const SIDE_F = 0.57;

/** 1 on a transverse groove's floor, falling to 0 at its mouth (and 0 on the lugs). */
function transShare(x: number): number {
  if (x < GROOVE_X0 || x > GROOVE_X1) return 0;
  const d = Math.abs(x - grooveCentre(x));
  return clamp((GROOVE_MOUTH - d) / (GROOVE_MOUTH - GROOVE_FLOOR), 0, 1);
}

/** Lug pattern as upward relief of the tread (mm) at x, fraction f across. */
function lugRelief(x: number, f: number): number {
  // V grooves: full depth on their centre line, out to nothing at the pinned samples either side.
  const a = Math.abs(f);
  const flex = clamp(1 - a / 0.1, 0, 1);
  const side = clamp(1 - Math.abs(a - SIDE_F) / 0.08, 0, 1);
  // No transverse grooves round the heel's wrapped-up back or up the toe, where the rubber climbs the foam.
  const trans = transShare(x);
  // The long grooves run out before the toe, where the rubber curls up round the front.
  const toe = 1 - smoothstep(258, 276, x);
  return Math.max(GROOVE * flex * toe, GROOVE * trans, SIDE_GROOVE * side * toe);
}

/** Longest gap (mm) between outsole stations. */
const MAX_STEP = 4;

/** Outsole stations pinned to the groove edges so every groove is cut cleanly. */
function grooveStations(xa: number, xb: number): number[] {
  const xs = new Set<number>([xa, xb]);
  for (const o of [1.2, 2.6, 4.2]) {
    xs.add(xa + o);
    xs.add(xb - o);
  }
  for (let c = grooveCentre(xa + 6); c < xb - 6; c += GROOVE_PITCH) {
    if (c < GROOVE_X0 || c > GROOVE_X1) continue;
    for (const o of [-GROOVE_MOUTH, -GROOVE_FLOOR, GROOVE_FLOOR, GROOVE_MOUTH]) xs.add(c + o);
  }
  const sorted = [...xs].filter((x) => x >= xa && x <= xb).sort((p, q) => p - q);
  // Fill the groove-free runs round the heel's back and up the toe so the rubber follows the curved outline.
  const out: number[] = [sorted[0]!];
  for (const x of sorted.slice(1)) {
    const prev = out[out.length - 1]!;
    const n = prev < GROOVE_X0 || prev > GROOVE_X1 ? Math.ceil((x - prev) / MAX_STEP) : 1;
    for (let k = 1; k < n; k++) out.push(prev + ((x - prev) * k) / n);
    out.push(x);
  }
  return out;
}

/** How far the heel rubber climbs the foam above the midsole's underside (mm). */
// (2.5: at 4.5 mm up the bevelled back, and proud of the foam, it read from the heel close-up as
// a separate black slab flaring out behind the midsole.)
const heelWrap = (x: number): number => 2.5 * (1 - smoothstep(4, 40, x));

/** How far the forefoot rubber climbs the toe's curl (mm): a toe bumper, lower than the heel's. */
const toeWrap = (x: number): number => 2 * smoothstep(262, 286, x);

/** 1 where the rubber climbs the heel, 0 where it does not. */
const wrapShare = (x: number): number => 1 - smoothstep(20, 45, x);

/** The tread surface (before the lugs) under x: the midsole's underside less the rubber, which thins up the toe's curl so the nose rounds off rather than ending in a tall vertical cut. */
const ground = (x: number): number => Math.max(0, midsoleBottom(x) - OUTSOLE_T * (1 - 0.55 * smoothstep(274, 292, x)));

export function buildOutsole(): MeshData {
  const m = emptyMesh();
  const pads: [number, number][] = [
    [X0, 98],
    [167, X1],
  ];
  for (const [xa, xb] of pads) {
    addHugLoft(m, {
      xs: grooveStations(xa, xb),
      ends: (x) => (xa <= X0 ? 1 : roundEnd(x - xa, 7)) * (xb >= X1 ? 1 : roundEnd(xb - x, 7)),
      across: [0, 0.1, SIDE_F - 0.08, SIDE_F, SIDE_F + 0.08, 0.93],
      bottom: (x, f) => ground(x) + lugRelief(x, f) + 0.5 * smoothstep(0.85, 1, Math.abs(f)),
      side: (x) => {
        const g = ground(x);
        const relief = Math.min(lugRelief(x, 1), GROOVE);
        // Kept under the heel wedge's ledge (up the bevelled back the wrap would otherwise fold into the groove above it).
        const top = Math.min(midsoleBottom(x) + 0.9 + heelWrap(x) + toeWrap(x), wedgeTop(x, 1) - 1, wedgeTop(x, -1) - 1);
        // Lugs stand a little proud of the rubber's wall, so the tread reads as blocks from the side.
        const lug = 0.15 * (1 - transShare(x)) * (x > GROOVE_X0 && x < GROOVE_X1 ? 1 : 0);
        return [
          [g + relief + 0.7, 0.1 + lug],
          [g + relief + 1.6, 0.6 + lug],
          // A little fuller where it climbs the heel, so the foam's bulge never shows through.
          [top - 0.5, 0.6 + 0.2 * wrapShare(x)],
          [top, 0.1 + 0.2 * wrapShare(x)],
        ];
      },
      inner: (x) => midsoleBottom(x) + 0.6,
    });
  }
  return m;
}
