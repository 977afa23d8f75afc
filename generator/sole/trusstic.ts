/**
 * TRUSSTIC shank: a moulded plastic bridge under the midfoot between the heel and forefoot
 * pads, seen mostly in the gap between them. Underneath it arches clear of the ground:
 * recessed panels framed by a rim, split by a spine and crossed by ribs (a ladder-like truss).
 * On each side it shows as a low flat plate with a crisp bevelled top edge (higher on the
 * medial side), faint struts over the ribs, so it reads as its own piece from the side.
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

/** Where the cross ribs (and the side struts over them) sit along the span, and their half-width (mm). */
const RIBS = [0.3, 0.5, 0.7] as const;
const RIB_HALF = 2.6;

/** 0..1 on a cross rib: a flat-topped bar with steep sides (full to RIB_HALF - 0.3, nothing past RIB_HALF + 0.3), so each strut's edge is crisp. */
function ribAt(x: number): number {
  let r = 0;
  for (const t of RIBS) {
    const d = Math.abs(x - (XA + t * (XB - XA)));
    r = Math.max(r, clamp((RIB_HALF + 0.3 - d) / 0.6, 0, 1));
  }
  return r;
}

/** How high the side plate climbs above the midsole's underside (mm): a flat-topped trapezoid. */
function plateHeight(x: number, side: number): number {
  const t = along(x);
  const rise = smoothstep(0.02, 0.2, t) * (1 - smoothstep(0.8, 0.98, t));
  return 1.2 + (side < 0 ? 7 : 4.6) * rise;
}

/** Extra offset that puts a point at height y on the plate's flat face, proud of the foam's face. */
const onPlate = (x: number, side: number, y: number, proud: number): number => baseFace(x, side) + proud - sidewallOffset(x, y, side);

/**
 * Height of the underside's arch above the ground at x (before the panels' recess): from the rubber's
 * underside at the pads it drops to about 4 mm at the span's ends (KAYANO14.md: the outsole steps up
 * about 4 mm there) and arches up to about 6 mm in the middle: a bridge in side view, filling the
 * midfoot instead of leaving a bright slot.
 */
const arch = (x: number): number =>
  OUTSOLE_T - 0.6 - (1.6 - 2.4 * Math.sin(Math.PI * along(x))) * smoothstep(XA + 2, XA + 16, x) * (1 - smoothstep(XB - 16, XB - 2, x));

/** Stations: close at the rounded ends, pinned to each rib's edges and centre, sparse over the flat panels. */
function shankStations(): number[] {
  const xs = new Set<number>();
  for (let x = XA; x <= XA + 8; x += 1.6) xs.add(x);
  for (let x = XB - 8; x <= XB + 1e-9; x += 1.6) xs.add(Math.min(x, XB));
  for (let x = XA + 12; x < XB - 10; x += 7) xs.add(x);
  for (const t of RIBS) {
    const c = XA + t * (XB - XA);
    for (const o of [-RIB_HALF - 0.3, -RIB_HALF + 0.3, RIB_HALF - 0.3, RIB_HALF + 0.3]) xs.add(c + o);
  }
  const sorted = [...xs].sort((a, b) => a - b);
  // Drop stations that crowd a rib's own.
  return sorted.filter((x, k) => k === 0 || x - sorted[k - 1]! > 0.5);
}

export function buildTrusstic(): MeshData {
  const m = emptyMesh();
  const span = (x: number): number => smoothstep(XA + 2, XA + 16, x) * (1 - smoothstep(XB - 16, XB - 2, x));
  addHugLoft(m, {
    xs: shankStations(),
    ends: (x) => roundEnd(x - XA, 6) * roundEnd(XB - x, 6),
    across: [0, 0.1, 0.18, 0.74, 0.84],
    // Underside: frame rim, spine and cross ribs stand down from the recessed panels between them.
    bottom: (x, f) => {
      const a = Math.abs(f);
      const frame = Math.max(clamp(1 - a / 0.1, 0, 1), clamp((a - 0.74) / 0.1, 0, 1), ribAt(x));
      return arch(x) + 2 * (1 - frame) * span(x);
    },
    side: (x, sd) => {
      const yb = arch(x) + 0.5;
      // Bold struts over the ribs stand out of sunk panels: a moulded truss, not a plain strip.
      const strut = 1.4 * ribAt(x) * span(x);
      const top = midsoleBottom(x) + plateHeight(x, sd);
      return [
        [yb, onPlate(x, sd, yb, -0.6)],
        // The plate's face leans in toward its foot, so it faces the ground a little and reads darker than the foam.
        [yb + 0.9, onPlate(x, sd, yb + 0.9, -0.8 + strut)],
        [top - 0.9, onPlate(x, sd, top - 0.9, 0.9 + strut)],
        // The bevelled top edge: a clean line against the foam above.
        [top, onPlate(x, sd, top, 0.1)],
      ];
    },
    inner: (x) => midsoleBottom(x) + 0.8,
  });
  return m;
}
