/**
 * The Kayano 14's external heel clip: a tall moulded cage round the back of the heel,
 * not a smooth cup. A foot rail wraps the heel over the midsole's top, a top rail runs
 * round the back under the collar padding, a ribbed spine joins them at the back centre,
 * and on each side two swept struts frame open windows where the mesh upper shows through.
 */
import { lerp, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { thetaAt, upperBase } from '../last.js';
import { addPanel } from '../panel.js';

/** A side-view point (x along the last from the heel, y height) on the heel's surface. */
type SidePoint = readonly [number, number];

/** Top rail's upper edge: high at the back centre, sloping down toward the front. */
const railTop = (x: number): number => 80 - 0.18 * x;
/** Top rail's lower edge: the rail slims toward its front end, where it runs into the front strut. */
const railBottom = (x: number): number => railTop(x) - RAIL_DEPTH * (1 - 0.3 * Math.min(1, x / RAIL_FRONT));
/** Top rail's depth at the back centre (mm). */
const RAIL_DEPTH = 12;
/** How far forward the top rail reaches on each side (mm). */
const RAIL_FRONT = 52;
/** How far forward the foot rail reaches on each side (mm). */
const FOOT_FRONT = 96;
/** Foot rail's upper edge: tall at the back, tapering toward its front tip. */
const footTop = (x: number): number => upperBase(x) + lerp(19, 6, Math.min(1, x / FOOT_FRONT));

/**
 * A band round the back of the heel: a runs from the medial front (0) round the back
 * centre (0.5) to the lateral front (1), b from `bottom` up to `top`. The wrap exponent
 * packs samples near the back centre, where the surface turns fastest.
 */
function wrapBand(front: number, bottom: (x: number) => number, top: (x: number) => number) {
  return (a: number, b: number): { x: number; theta: number } => {
    const side = a >= 0.5 ? 1 : -1;
    const x = Math.max(0.02, front * Math.pow(Math.abs(2 * a - 1), 1.6));
    return { x, theta: thetaAt(x, lerp(bottom(x), top(x), b), side) };
  };
}

/** A straight strut in side view from `from` to `to`, `width` mm wide along x. */
function strut(side: number, from: SidePoint, to: SidePoint, width: number) {
  return (a: number, b: number): { x: number; theta: number } => {
    const x = lerp(from[0], to[0], b) + (a - 0.5) * width;
    const y = lerp(from[1], to[1], b);
    return { x, theta: thetaAt(x, y, side) };
  };
}

export function buildHeelCounter(): MeshData {
  const m = emptyMesh();
  // Foot rail: the clip's base, tucked just under the midsole's top and thickening toward
  // it, so the moulded piece reads as seated on the foam rather than stuck on the upper.
  addPanel(m, {
    na: 34,
    nb: 3,
    thickness: 3.2,
    edge: 2.4,
    // Full round the back, where the foam's lip rises to cup it; fading forward, where the
    // midsole's top edge rolls in onto the upper and a thick foot would poke through it.
    extra: (a, b) => {
      const x = FOOT_FRONT * Math.pow(Math.abs(2 * a - 1), 1.6);
      return 4.5 * (1 - smoothstep(30, 80, x)) * (1 - b) * (1 - b);
    },
    map: wrapBand(FOOT_FRONT, (x) => upperBase(x) - 0.8, footTop),
  });
  // Top rail: round the back under the collar padding, the clip's upper lip.
  addPanel(m, {
    na: 20,
    nb: 2,
    thickness: 3.4,
    edge: 2.2,
    map: wrapBand(RAIL_FRONT, railBottom, railTop),
  });
  // Spine up the back centre, ribbed across: the sculpted, moulded look of the clip.
  addPanel(m, {
    na: 4,
    nb: 14,
    thickness: 3.6,
    edge: 2.4,
    extra: (_a, b) => 0.9 * Math.max(0, Math.sin(b * Math.PI * 5)),
    map: wrapBand(14, (x) => footTop(x) - 2, (x) => railBottom(x) + 2),
  });
  for (const side of [1, -1]) {
    // Front strut: the clip's swept front edge, from the top rail's front end down to the foot rail.
    const frontTop: SidePoint = [RAIL_FRONT - 8, railBottom(RAIL_FRONT - 8) + 2];
    const frontFoot: SidePoint = [FOOT_FRONT - 18, footTop(FOOT_FRONT - 24) - 2];
    addPanel(m, { na: 3, nb: 10, thickness: 3.0, edge: 2.2, map: strut(side, frontFoot, frontTop, 15) });
    // Middle strut: a rib from the foot rail up and back to the top rail, splitting the window in two.
    const midTop: SidePoint = [24, railBottom(24) + 2];
    const midFoot: SidePoint = [44, footTop(44) - 2];
    addPanel(m, { na: 3, nb: 8, thickness: 3.0, edge: 2.0, map: strut(side, midFoot, midTop, 13) });
  }
  return m;
}
