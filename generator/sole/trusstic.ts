/**
 * TRUSSTIC shank: a moulded plastic bridge under the midfoot between the heel and forefoot
 * pads, seen mostly in the gap between them. Underneath it is a shallow curved shell: a dished
 * arch clear of the ground, a raised central rib running its length, its edges rolled round.
 * On each side it shows as a smooth plate whose top edge sweeps up in one arch (higher on the
 * medial side), its face bulging with rounded edges and a rib along its middle, so it reads as
 * one moulded part.
 */
import { clamp, roundEnd, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { OUTSOLE_T, midsoleBottom } from '../last.js';
import { addHugLoft } from './hug-loft.js';
import { baseFace, sidewallOffset } from './sidewall.js';

const XA = 90;
const XB = 176;

/** 0..1 along the span. */
const along = (x: number): number => clamp((x - XA) / (XB - XA), 0, 1);

/** 0 at the span's rounded ends, 1 over its middle: where the shank's shaping (dish, arch) applies. */
const span = (x: number): number => smoothstep(XA + 2, XA + 16, x) * (1 - smoothstep(XB - 16, XB - 2, x));

/**
 * How high the side plate climbs above the midsole's underside (mm): a shaped outline, not one
 * even arch (that read as a fused tube): its top edge sweeps up toward the heel to a high rear
 * shoulder, then runs down and forward in a long straight-ish slope to a low front tip.
 */
function plateHeight(x: number, side: number): number {
  const a = along(x);
  const rise = Math.pow(Math.sin(Math.PI * a), 0.5);
  const sweep = 1.45 - 0.95 * a;
  return 1.2 + (side < 0 ? 7.2 : 5.4) * rise * sweep;
}

/** Extra offset that puts a point at height y on the plate's face, proud of the foam's face. */
const onPlate = (x: number, side: number, y: number, proud: number): number => baseFace(x, side) + proud - sidewallOffset(x, y, side);

/**
 * Height of the underside's arch above the ground at x (before the dish): from the rubber's
 * underside at the pads it drops to about 4 mm at the span's ends (KAYANO14.md: the outsole steps up
 * about 4 mm there) and arches up to about 6 mm in the middle: a bridge in side view, filling the
 * midfoot instead of leaving a bright slot.
 */
const arch = (x: number): number => OUTSOLE_T - 0.6 - (1.6 - 2.4 * Math.sin(Math.PI * along(x))) * span(x);

/**
 * The side face's profile, bottom to top: [fraction of the plate's height, mm proud of the foam,
 * mm more on the rib]: a rounded bulge with a raised rib along its middle that follows the arch.
 */
const FACE: readonly (readonly [number, number, number])[] = [
  [0, -0.8, 0], [0.14, 0.2, 0], [0.4, 0.8, 0], [0.46, 0.85, 1.2], [0.56, 0.85, 1.2], [0.62, 0.8, 0], [0.88, 0.45, 0], [1, -0.1, 0],
];

/**
 * Depth of the underside's dish (mm) across it, centre out ([fraction across, depth]): the central
 * rib stands down, the dish sinks either side of it and rolls back down to the rounded edge.
 */
const DISH: readonly (readonly [number, number])[] = [[0, 0], [0.1, 0.7], [0.24, 1.8], [0.6, 1.8], [0.84, 0.6]];

/** The dish's depth at fraction f across (-1..1), read between its rows. */
function dishDepth(f: number): number {
  const a = Math.abs(f);
  for (let k = 1; k < DISH.length; k++) {
    const [f1, d1] = DISH[k]!;
    if (a <= f1) {
      const [f0, d0] = DISH[k - 1]!;
      return d0 + ((d1 - d0) * (a - f0)) / (f1 - f0);
    }
  }
  return DISH[DISH.length - 1]![1];
}

/** Stations: close at the rounded ends, even over the smooth span (nothing to pin now). */
function shankStations(): number[] {
  const xs: number[] = [];
  for (let x = XA; x < XA + 8; x += 2) xs.push(x);
  for (let x = XA + 8; x < XB - 8; x += 6) xs.push(x);
  for (let x = XB - 8; x <= XB + 1e-9; x += 2) xs.push(Math.min(x, XB));
  return xs;
}

export function buildTrusstic(): MeshData {
  const m = emptyMesh();
  addHugLoft(m, {
    xs: shankStations(),
    ends: (x) => roundEnd(x - XA, 6) * roundEnd(XB - x, 6),
    across: DISH.map(([f]) => f),
    bottom: (x, f) => arch(x) + dishDepth(f) * span(x),
    side: (x, sd) => {
      const yb = arch(x) + 0.5;
      const top = midsoleBottom(x) + plateHeight(x, sd);
      // The plate's face leans in toward its foot, so it faces the ground a little and reads darker than the foam.
      return FACE.map(([s, proud, rib]) => {
        const y = yb + (top - yb) * s;
        return [y, onPlate(x, sd, y, proud + rib * span(x))] as const;
      });
    },
    inner: (x) => midsoleBottom(x) + 0.8,
  });
  return m;
}
