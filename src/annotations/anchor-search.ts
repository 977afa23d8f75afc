/**
 * Where to put a callout whose profile leaves its anchor out: the pure half of the search,
 * free of three.js objects and WebGL. `rankAnchorCandidates` orders surface samples of a
 * part (vertex positions and normals, world space) by how good a hotspot each would make
 * seen from an eye point; the caller then keeps the first one no other part hides
 * (`find-anchor.ts`, which raycasts).
 */

/** Surface samples as flat xyz triples, world space: `normals[i*3..]` belongs to `positions[i*3..]`. */
export interface SurfaceSamples {
  readonly positions: ArrayLike<number>;
  readonly normals: ArrayLike<number>;
}

export type Point3 = readonly [number, number, number];

/** Below this cosine between the normal and the direction to the eye, a sample faces too far away to carry a hotspot. */
export const MIN_FACING = 0.35;

/**
 * Indices of the samples that face `eye`, best first: a sample scores by how squarely it
 * faces the eye, less how far it lies off the line from the eye through `centre` (the
 * part's middle as the eye sees it), in units of `radius`. So the hotspot sits on the part's
 * visible side, toward its middle, not on a grazing edge. Ties keep sample order, so the
 * result depends only on the input.
 */
export function rankAnchorCandidates(samples: SurfaceSamples, eye: Point3, centre: Point3, radius: number): number[] {
  const { positions, normals } = samples;
  const count = Math.floor(Math.min(positions.length, normals.length) / 3);
  // The axis from the eye through the part's middle.
  let ax = centre[0] - eye[0], ay = centre[1] - eye[1], az = centre[2] - eye[2];
  const axisLength = Math.hypot(ax, ay, az) || 1;
  ax /= axisLength; ay /= axisLength; az /= axisLength;
  const scale = radius > 0 ? radius : 1;
  const scored: Array<{ index: number; score: number }> = [];
  for (let i = 0; i < count; i++) {
    const px = positions[i * 3]!, py = positions[i * 3 + 1]!, pz = positions[i * 3 + 2]!;
    const nx = normals[i * 3]!, ny = normals[i * 3 + 1]!, nz = normals[i * 3 + 2]!;
    const tx = eye[0] - px, ty = eye[1] - py, tz = eye[2] - pz;
    const toEye = Math.hypot(tx, ty, tz);
    const normalLength = Math.hypot(nx, ny, nz);
    if (toEye === 0 || normalLength === 0) continue;
    const facing = (tx * nx + ty * ny + tz * nz) / (toEye * normalLength);
    if (facing < MIN_FACING) continue;
    // Distance from the axis: the part of (p - eye) across it.
    const vx = px - eye[0], vy = py - eye[1], vz = pz - eye[2];
    const along = vx * ax + vy * ay + vz * az;
    const off = Math.hypot(vx - along * ax, vy - along * ay, vz - along * az) / scale;
    scored.push({ index: i, score: facing - off });
  }
  // Array.prototype.sort is stable: equal scores keep sample order.
  scored.sort((a, b) => b.score - a.score);
  return scored.map((s) => s.index);
}

/**
 * Every `step`-th sample index for a part of `count` samples, so that at most `limit` are
 * ranked: a dense scan's cost is bounded and the choice stays deterministic.
 */
export function sampleStep(count: number, limit: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, limit)));
}
