/**
 * TRUSSTIC shank: a moulded plastic bridge under the midfoot between the heel and
 * forefoot pads. Underneath it is clear of the ground with a raised spine; on each side
 * it climbs the foam as a plate (higher on the medial side) whose top edge dips between
 * two humps like a truss, so it reads as its own piece from the side and from below.
 */
import { clamp, roundEnd, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { OUTSOLE_T, midsoleBottom } from '../last.js';
import { stations } from './plan.js';
import { addHugLoft } from './hug-loft.js';
import { sidewallOffset, wallHeights } from './sidewall.js';

const XA = 90;
const XB = 176;

/** 0..1 along the span. */
const along = (x: number): number => clamp((x - XA) / (XB - XA), 0, 1);

/** How high the side plate climbs above the midsole's underside (mm): two humps with a dip between. */
function plateHeight(x: number, side: number): number {
  const t = along(x);
  const arch = Math.pow(Math.sin(Math.PI * t), 0.8);
  const dip = Math.exp(-(((t - 0.5) / 0.13) ** 2));
  return 1.5 + (side < 0 ? 10 : 6.5) * arch * (1 - 0.4 * dip);
}

/**
 * Extra offset (mm) that puts the plate at y on one flat surface standing 0.9 mm proud of
 * the foam's fullest point below the plate's top edge, so the plate reads as its own piece.
 */
function plateOffset(x: number, side: number, y: number, top: number): number {
  let most = -Infinity;
  for (const h of wallHeights(x)) if (h <= top + 0.5) most = Math.max(most, sidewallOffset(x, h, side));
  return most - sidewallOffset(x, y, side) + 0.9;
}

/** Moulded struts standing out of the side plates (mm): the truss's uprights under each hump and at the dip. */
function strut(x: number): number {
  let r = 0;
  for (const t of [0.3, 0.5, 0.7]) r = Math.max(r, clamp(1 - Math.abs(along(x) - t) / 0.045, 0, 1));
  return 1.8 * r;
}

export function buildTrusstic(): MeshData {
  const m = emptyMesh();
  const xs = stations(XA, XB, (x) => (x < XA + 6 || x > XB - 6 ? 1.5 : 3));
  const span = (x: number): number => smoothstep(XA + 2, XA + 22, x) * (1 - smoothstep(XB - 22, XB - 2, x));
  addHugLoft(m, {
    xs,
    ends: (x) => roundEnd(x - XA, 6) * roundEnd(XB - x, 6),
    across: [0, 0.1, 0.2, 0.72, 0.84],
    // Underside: a bridge arching clear of the ground, framed by a rim and split by a spine
    // that stand down from its recessed panels.
    bottom: (x, f) => {
      const a = Math.abs(f);
      const frame = Math.max(clamp(1 - a / 0.1, 0, 1), clamp((a - 0.72) / 0.12, 0, 1));
      return OUTSOLE_T - 0.6 + (1.2 + 1.8 * Math.sin(Math.PI * along(x))) * span(x) + 1.6 * (1 - frame) * span(x);
    },
    side: (x, sd) => {
      const yb0 = OUTSOLE_T - 0.1 + (1.2 + 1.8 * Math.sin(Math.PI * along(x))) * span(x);
      const top = midsoleBottom(x) + plateHeight(x, sd);
      const rib = strut(x);
      return [
        [yb0, plateOffset(x, sd, yb0, top) - 0.4],
        [yb0 + 0.8, plateOffset(x, sd, yb0 + 0.8, top) + rib],
        [top - 0.8, plateOffset(x, sd, top - 0.8, top) + rib],
        [top, plateOffset(x, sd, top, top) - 0.7 + 0.5 * rib],
      ];
    },
    inner: (x) => midsoleBottom(x) + 0.8,
  });
  return m;
}
