/** The upper: mesh base shell and the layered overlays cut from the last's parameter space. */
import { clamp, lerp, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
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

/** Mesh base: both halves of the last from the tucked lower edge up to the collar opening. */
export function buildUpperMesh(): MeshData {
  const m = emptyMesh();
  const xs = upperStations(36);
  const nt = 12;
  for (const side of [1, -1]) {
    addGrid(
      m,
      xs.length - 1,
      nt,
      (i, j) => {
        const x = xs[i]!;
        const t0 = openingTheta(x);
        // Dense near the rim so the opening edge stays smooth.
        const s = j / nt;
        const th = lerp(t0, HALF_PI + TUCK, s * s * (3 - 2 * s) * 0.35 + s * 0.65);
        return upperPoint(x, side * th);
      },
      (p) => upperNormal(p[0], thetaAt(p[0], p[1], side)),
      {},
      // Mesh texture coordinates: along the length, and round the arch by arc length in mm from
      // the top line (0.5 there), so the weave has one scale everywhere (by angle it was fine at
      // the low toe and stretched on the tall heel).
      (i, j) => {
        const x = xs[i]!;
        const s = j / nt;
        const th = lerp(openingTheta(x), HALF_PI + TUCK, s * s * (3 - 2 * s) * 0.35 + s * 0.65);
        return [clamp(x / LENGTH, 0, 1), clamp(0.5 + (side * arcFromTop(x, th)) / (2 * ARC_SPAN), 0, 1)];
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
    const colors = (m.colors ??= []);
    while (colors.length < m.positions.length) colors.push(1);
    for (const x of EYELETS) addEyeletHole(m, x, side);
  }
  return m;
}

export { buildHeelCounter } from './upper/heel-counter.js';
export { buildTigerStripes } from './upper/stripes.js';
export { buildToe } from './upper/toe.js';
export { buildForefootOverlay, buildMidfootOverlay } from './upper/overlays.js';
