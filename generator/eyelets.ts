/** Eyelet positions on the eyestay, shared by the lace panel (its rings) and the laces (their ends). */
import { type Vec3, add, cross, lerp, norm, scale, smoothstep } from './math.js';
import { type MeshData, addGrid } from './mesh.js';
import { openingTheta, upperNormal, upperOffset } from './last.js';

export const EYELETS = [124, 137, 150, 163, 176, 189, 202];
/** Height of the eyestay's top face above the mesh base (mm). */
export const EYESTAY_THICKNESS = 1.5;

/** x range of the lace panel (mm). */
export const EYESTAY_X = [114, 214] as const;

/** Inner (throat) and outer edge of the lace panel at x, as arch angles on one side. */
export function eyestayEdges(x: number): [number, number] {
  const b = (x - EYESTAY_X[0]) / (EYESTAY_X[1] - EYESTAY_X[0]);
  const thMax = 0.62 + 0.12 * Math.sin(Math.PI * b) - 0.07 * smoothstep(0.88, 1, b);
  // Inner edge follows the throat; near the opening it stays clear of the rim.
  const thMin = Math.min(thMax - 0.18, Math.max(openingTheta(x) + 0.03, 0.22 + 0.07 * smoothstep(160, 212, x)));
  // Both edges close in toward the front: a rounded tip, neither a square-cut plank end nor a spike.
  const mid = (thMin + thMax) / 2;
  const k = 1 - 0.45 * Math.pow(smoothstep(0.78, 1, b), 1.2);
  return [lerp(mid, thMin, k), lerp(mid, thMax, k)];
}

export function eyeletTheta(x: number, side: number): number {
  return side * (0.34 + (0.07 * (x - 124)) / 78);
}

/** Where a lace leaves the eyestay: the eyelet's centre, just under the panel's top face. */
export function eyelet(x: number, side: number): Vec3 {
  return upperOffset(x, eyeletTheta(x, side), EYESTAY_THICKNESS - 0.2);
}

/** A small metal-look grommet: a torus lying on the eyestay's top face, around the lace's exit. */
export function addEyeletRing(m: MeshData, x: number, side: number): void {
  const th = eyeletTheta(x, side);
  const n = upperNormal(x, th);
  const c = upperOffset(x, th, EYESTAY_THICKNESS + 0.1);
  // In-plane axes: along the shoe, and across it (both tangent to the surface).
  const along = norm(cross(cross(n, [1, 0, 0]), n));
  const t1: Vec3 = along[0] < 0 ? scale(along, -1) : along;
  const t2 = norm(cross(n, t1));
  // Large enough to read as grommets round the laces at product-page distance.
  // A flat washer (under half as tall as wide in section): a round 3-sided tube read as beads.
  const R = 2.5;
  const r = 0.6;
  const nu = 10;
  const nv = 3;
  const at = (i: number, j: number): { p: Vec3; o: Vec3 } => {
    const u = (2 * Math.PI * i) / nu;
    const v = (2 * Math.PI * j) / nv;
    const radial = add(scale(t1, Math.cos(u)), scale(t2, Math.sin(u)));
    const o = add(scale(radial, Math.cos(v)), scale(n, Math.sin(v)));
    const flat = add(scale(radial, Math.cos(v)), scale(n, 0.45 * Math.sin(v)));
    return { p: add(add(c, scale(radial, R)), scale(flat, r)), o };
  };
  addGrid(m, nu, nv, (i, j) => at(i, j).p, (_p, i, j) => at(i + 0.5, j + 0.5).o, { closedI: true, closedJ: true });
}
