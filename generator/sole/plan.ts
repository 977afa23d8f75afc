/** Plan-view helpers shared by the sole's pieces: the loft's extent, its stations and the outline's normal. */
import { soleHalfWidth } from '../last.js';

/** The sole loft runs from just behind the heel to just past the toe (mm). */
export const X0 = -5;
export const X1 = 292;

/** Stations from a target spacing function. */
export function stations(x0: number, x1: number, spacing: (x: number) => number): number[] {
  const xs = [x0];
  let x = x0;
  while (x < x1) {
    x = Math.min(x1, x + spacing(x));
    xs.push(x);
  }
  return xs;
}

/**
 * Outward plan-view direction [nx, nz] of the outline at x on one side (nz for +z lateral).
 * At the two tips, where the outline's width is zero, it points straight back / forward,
 * so both sides meet in one point there and the heel shows no seam.
 */
export function planNormal(x: number, side: number): [number, number] {
  if (x <= X0 + 1e-6) return [-1, 0];
  if (x >= X1 - 1e-6) return [1, 0];
  const h = 0.3;
  const dw = (soleHalfWidth(x + h, side) - soleHalfWidth(x - h, side)) / (2 * h);
  const l = Math.hypot(dw, 1);
  return [-dw / l, 1 / l];
}
