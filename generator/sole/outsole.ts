/**
 * The rubber outsole: a heel pad and a forefoot pad whose lugs are cut by transverse grooves
 * (chevrons under the forefoot, slanted under the heel), the heel-to-toe flex groove and two
 * side grooves; the grooves run out through
 * the edge so the tread shows from the side, and the heel rubber wraps up round the back.
 */
import { type Vec3, clamp, lerp, roundEnd, smoothstep } from '../math.js';
import { type MeshData, appendTris, emptyMesh } from '../mesh.js';
import { OUTSOLE_T, midsoleBottom, midsoleTop, soleHalfWidth } from '../last.js';
import { X0, X1 } from './plan.js';
import { addHugLoft } from './hug-loft.js';
import { wedgeTop } from './sidewall.js';

/** Transverse grooves every GROOVE_PITCH mm across the pads (x of each groove centre), between the heel's and the toe's wrapped rubber. */
const GROOVE_PITCH = 15;
const GROOVE_X0 = 14;
const GROOVE_X1 = 268;
const grooveCentre = (x: number): number => Math.round(x / GROOVE_PITCH) * GROOVE_PITCH;
/** Depth (mm) of the transverse and flex grooves, and of the side grooves. */
const GROOVE = 2.3;
const SIDE_GROOVE = 1.4;
/**
 * Depth (mm) a transverse groove keeps where it runs out through the edge: shallow notches, so from
 * the side the tread reads as a road runner's (at the full 2.3 mm it read as sawtooth trail lugs).
 */
const RIM_GROOVE = 1.2;
/**
 * Half-width (mm) of a transverse groove's flat floor and of its mouth at the tread: lugs with
 * chamfered walls (steep, square-cut walls caught no light, so from below the grooves vanished).
 */
const GROOVE_FLOOR = 0.7;
const GROOVE_MOUTH = 3.0;
/** Half-width (fraction of the half-width) of the flex groove's floor. */
const FLEX_FLOOR = 0.045;
/** Centre (fraction of the half-width) of the side grooves. */
const SIDE_F = 0.57;

/** 1 on a transverse groove's floor, falling to 0 at its mouth (and 0 on the lugs). */
function transShare(x: number): number {
  if (x < GROOVE_X0 || x > GROOVE_X1) return 0;
  const d = Math.abs(x - grooveCentre(x));
  return clamp((GROOVE_MOUTH - d) / (GROOVE_MOUTH - GROOVE_FLOOR), 0, 1);
}

/** Lug pattern as upward relief of the tread (mm) at x, fraction f across (exported for the sole tests). */
export function treadRelief(x: number, f: number): number {
  // V grooves: full depth on their centre line, out to nothing at the pinned samples either side.
  const a = Math.abs(f);
  // The flex groove is cut right through the rubber, its floor just inside the foam, so from below
  // the midsole's underside shows in it as a pale line heel to toe (a black-on-black groove did not read).
  const cut = midsoleBottom(x) + 0.3 - ground(x);
  // (Up the heel's bevelled back it eases to a shallow groove: cut through there, from behind the heel read as split.)
  const flex = (clamp((0.1 - a) / (0.1 - FLEX_FLOOR), 0, 1) * lerp(GROOVE, Math.max(cut, GROOVE), smoothstep(8, 26, x))) / GROOVE;
  const side = clamp(1 - Math.abs(a - SIDE_F) / 0.08, 0, 1);
  // No transverse grooves round the heel's wrapped-up back or up the toe, where the rubber climbs the foam.
  // Inside the outline they too are cut to the foam (the pads read as separate lugs from below);
  // at the edge they stay shallow notches, so from the side the rubber is still one band.
  const trans = transShare(x) * lerp(Math.max(cut, GROOVE), RIM_GROOVE, smoothstep(0.6, 0.93, a));
  // The long grooves run out before the toe, where the rubber curls up round the front.
  const toe = 1 - smoothstep(258, 276, x);
  return Math.max(GROOVE * flex * toe, trans, SIDE_GROOVE * side * toe);
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
// (4.5: at 2 mm the bumper hardly showed above the toe's curl from the side.)
const toeWrap = (x: number): number => 4.5 * smoothstep(256, 284, x) * (1 - 0.6 * smoothstep(284, 292, x));
/** Past the base layer's ledge (it runs out by x 262) the toe bumper may climb above it. */
const ledgeFree = (x: number): number => 12 * smoothstep(254, 266, x);

/** 1 where the rubber climbs the heel, 0 where it does not. */
const wrapShare = (x: number): number => 1 - smoothstep(20, 45, x);

/** The tread surface (before the lugs) under x: the midsole's underside less the rubber, which thins up the toe's curl so the nose rounds off rather than ending in a tall vertical cut. */
// (Pass 14: thinner still at the nose, with the underside's steeper curl, so the front rounds up instead of standing as a tall black face.)
const ground = (x: number): number => Math.max(0, midsoleBottom(x) - OUTSOLE_T * (1 - 0.72 * smoothstep(270, 292, x)));

/**
 * How far (mm) the tread at station x is carried along x at fraction f across (-1 medial .. 1 lateral):
 * it turns the straight transverse grooves into a running pattern. Under the forefoot the grooves
 * bend into chevrons opening toward the toe; under the heel they slant (lateral side further back),
 * so with the flex and side grooves the crash pad reads as angled segments. Zero toward the pads'
 * rounded ends, where the rubber follows the curved outline, and changing slowly enough along x
 * that no station overtakes its neighbour.
 */
const CHEVRON = 10;
const HEEL_SLANT = 5;
function shear(x: number, f: number): number {
  const a = Math.min(1, Math.abs(f));
  if (x < 130) return -HEEL_SLANT * f * smoothstep(6, 26, x) * (1 - smoothstep(80, 96, x));
  return CHEVRON * a * smoothstep(170, 186, x) * (1 - smoothstep(246, 266, x));
}

/**
 * Carry a pad's vertices along x by `shear` (fraction from each vertex's own offset across the
 * outline, kept on the outline by rescaling z to the new station's width), then recompute the normals.
 */
function addSheared(m: MeshData, pad: MeshData): void {
  const pts: Vec3[] = [];
  const p = pad.positions;
  for (let i = 0; i < p.length; i += 3) {
    const [x, y, z] = [p[i]!, p[i + 1]!, p[i + 2]!];
    const side = z >= 0 ? 1 : -1;
    const w = Math.max(soleHalfWidth(x, side), 1e-3);
    const dx = shear(x, clamp(z / w, -1, 1));
    const x2 = x + dx;
    pts.push([x2, y, z * (Math.max(soleHalfWidth(x2, side), 1e-3) / w)]);
  }
  const tris: [number, number, number][] = [];
  for (let i = 0; i < pad.indices.length; i += 3) tris.push([pad.indices[i]!, pad.indices[i + 1]!, pad.indices[i + 2]!]);
  appendTris(m, pts, tris);
}

export function buildOutsole(): MeshData {
  const m = emptyMesh();
  const pads: [number, number][] = [
    [X0, 98],
    [167, X1],
  ];
  for (const [xa, xb] of pads) {
    const pad = emptyMesh();
    addHugLoft(pad, {
      xs: grooveStations(xa, xb),
      ends: (x) => (xa <= X0 ? 1 : roundEnd(x - xa, 7)) * (xb >= X1 ? 1 : roundEnd(xb - x, 7)),
      across: [0, FLEX_FLOOR, 0.1, SIDE_F - 0.08, SIDE_F, SIDE_F + 0.08, 0.93],
      bottom: (x, f) => ground(x) + treadRelief(x, f) + 0.5 * smoothstep(0.85, 1, Math.abs(f)),
      side: (x) => {
        const g = ground(x);
        const relief = Math.min(treadRelief(x, 1), GROOVE);
        // Kept under the heel wedge's ledge (up the bevelled back the wrap would otherwise fold into the groove above it).
        const top = Math.min(
          midsoleBottom(x) + 0.9 + heelWrap(x) + toeWrap(x),
          wedgeTop(x, 1) - 1 + ledgeFree(x),
          wedgeTop(x, -1) - 1 + ledgeFree(x),
          // (Pass 14: at the nose, where the underside sweeps up to meet the top, the bumper stays under the foam's top edge.)
          Math.max(midsoleBottom(x) + 1.6, midsoleTop(x) - 2.2),
        );
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
    addSheared(m, pad);
  }
  return m;
}
