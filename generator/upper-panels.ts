/** The upper: mesh base shell and the layered overlays cut from the last's parameter space. */
import { clamp, lerp, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh, paintVertices } from './mesh.js';
import { LENGTH, openingTheta, thetaAt, upperNormal, upperPoint } from './last.js';
import { addPanel } from './panel.js';
import { EYELETS, EYESTAY_THICKNESS, EYESTAY_X, addEyeletHole, eyestayEdges, eyestayRise } from './eyelets.js';

const HALF_PI = Math.PI / 2;
/** How far the upper's lower edge tucks under the midsole rim (radians past the base). */
export const TUCK = 0.16;
/** x stations denser at the rounded heel and toe. */
export function upperStations(n: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    xs.push(LENGTH * (0.45 * t + 0.55 * (1 - Math.cos(Math.PI * t)) / 2));
  }
  return xs;
}

/** Arc length (mm) round the arch that the mesh texture's v range covers each side of the top line. */
const ARC_SPAN = 90;
/** Arc length (mm) over the arch at x from the top line (θ = 0) down to θ (≥ 0). */
function arcFromTop(x: number, theta: number): number {
  const n = 24;
  let total = 0;
  let prev = upperPoint(x, 0);
  for (let k = 1; k <= n; k++) {
    const p = upperPoint(x, (theta * k) / n);
    total += Math.hypot(p[1] - prev[1], p[2] - prev[2]);
    prev = p;
  }
  return total;
}

/**
 * Behind this x the mesh's u runs by arc length along each grid row from the centre back instead
 * of by x: round the heel the rows wrap sideways while x hardly changes, so u = x squeezed the
 * weave into long chevrons across the back. Starting every row at u = 0 on the centre back (a
 * mirror line of the weave) keeps the two halves' weave meeting without a seam there.
 */
const HEEL_ARC_X = 90;
/** Ahead of HEEL_ARC_X each row's extra heel length eases to one shared offset by this x. */
const HEEL_BLEND_X = 160;
/** The shared offset (mm): about the rows' mean extra arc round the heel (12-22 mm). */
const HEEL_EXTRA = 18;
/** mm the u range covers (0..1 keeps TEXCOORD_0 quantizable): the length plus the heel's wrap. */
const U_SPAN = LENGTH + 24;

/** Station whose arc-against-height the heel's v uses, and the x range blending into the arc. */
const V_REF_X = 90;
const V_BLEND: [number, number] = [55, 120];

/** θ of the mesh base's row j (of nt) at x: dense near the rim so the opening edge stays smooth. */
function meshTheta(x: number, j: number, nt: number): number {
  const s = j / nt;
  return lerp(openingTheta(x), HALF_PI + TUCK, s * s * (3 - 2 * s) * 0.35 + s * 0.65);
}

/**
 * u position in mm for each station of row j: behind HEEL_ARC_X the row's own 3-D length from the
 * centre back, so the weave keeps its side scale round the heel; ahead of it x plus the row's
 * extra length, easing to HEEL_EXTRA (a slight shear spread over 70 mm of the quarter).
 */
function rowU(xs: number[], j: number, nt: number, side: number): number[] {
  const sub = 8;
  const at = (x: number) => upperPoint(x, side * meshTheta(x, j, nt));
  const us = [0];
  let u = 0;
  let extra = 0;
  let x0 = 0;
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    if (xs[i - 1]! < HEEL_ARC_X) {
      let prev = at(xs[i - 1]!);
      for (let q = 1; q <= sub; q++) {
        const p = at(lerp(xs[i - 1]!, x, q / sub));
        u += Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]);
        prev = p;
      }
      extra = u - x;
      x0 = x;
      us.push(u);
    } else {
      us.push(x + lerp(extra, HEEL_EXTRA, smoothstep(x0, HEEL_BLEND_X, x)));
    }
  }
  return us;
}

/** Mesh base: both halves of the last from the tucked lower edge up to the collar opening. */
export function buildUpperMesh(): MeshData {
  const m = emptyMesh();
  const xs = upperStations(36);
  const nt = 12;
  for (const side of [1, -1]) {
    const rows = Array.from({ length: nt + 1 }, (_, j) => rowU(xs, j, nt, side));
    addGrid(
      m,
      xs.length - 1,
      nt,
      (i, j) => upperPoint(xs[i]!, side * meshTheta(xs[i]!, j, nt)),
      (p) => upperNormal(p[0], thetaAt(p[0], p[1], side)),
      {},
      // Mesh texture coordinates, both in mm so the weave has one scale everywhere: along the
      // length (by row arc length round the heel), and round the arch by arc length from the
      // top line (0.5 there; by angle it was fine at the low toe and stretched on the tall heel).
      (i, j) => {
        const x = xs[i]!;
        const th = meshTheta(x, j, nt);
        // Round the heel the arch's arc from the top line runs sideways across the closed back
        // (the weave's rows there climbed to a V at the centre): there v goes by height instead,
        // as the arc at V_REF_X at the same height, blending into the arc ahead of it.
        const y = upperPoint(x, th)[1];
        const byHeight = arcFromTop(V_REF_X, thetaAt(V_REF_X, y, 1));
        const arc = lerp(byHeight, arcFromTop(x, th), smoothstep(V_BLEND[0], V_BLEND[1], x));
        return [clamp(rows[j]![i]! / U_SPAN, 0, 1), clamp(0.5 + (side * arc) / (2 * ARC_SPAN), 0, 1)];
      },
    );
  }
  return m;
}

/** Lace panels either side of the throat. */
export function buildEyestay(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    const map = (a: number, b: number): { x: number; theta: number } => {
      const x = lerp(EYESTAY_X[0], EYESTAY_X[1], b);
      const [inner, outer] = eyestayEdges(x);
      return { x, theta: side * lerp(inner, outer, a) };
    };
    addPanel(m, {
      na: 4,
      // (14 along is smooth enough on this gentle curve, and pays for the eyelets' COLOR_0.)
      nb: 14,
      thickness: EYESTAY_THICKNESS,
      // A wide skived edge: the panel's outer edge ramps down onto the upper (a 1.8 mm rounded
      // edge caught a highlight over a shadow line and read as a strip hovering off the upper).
      edge: 2.6,
      stitch: 3.2,
      // Thins toward its front tip so the tip lies down on the vamp instead of lifting off; its
      // inner band rides up over the tongue's padded sides.
      extra: (a, b) => {
        const q = map(a, b);
        return eyestayRise(q.x, q.theta) - 0.9 * smoothstep(0.75, 1, b);
      },
      map,
    });
    // Plain panel: untinted (COLOR_0 multiplies the colorway's colour).
    paintVertices(m, () => 1);
    for (const x of EYELETS) addEyeletHole(m, x, side);
  }
  return m;
}

export { buildHeelCounter } from './upper/heel-counter.js';
export { buildTigerStripes } from './upper/stripes.js';
export { buildToe } from './upper/toe.js';
export { buildForefootOverlay, buildMidfootOverlay } from './upper/overlays.js';
