/** Sweep an oval cross-section along a polyline (laces, collar roll). */
import { type Vec3, add, cross, dot, norm, scale, sub } from './math.js';
import { type MeshData, addGrid } from './mesh.js';

export interface TubeOptions {
  closed?: boolean;
  /** Preferred "up" for the section at each sample (the section's second axis). */
  up: (i: number) => Vec3;
  /** Half-sizes across (side) and up, per sample. */
  radii: (i: number) => [number, number];
  /** Centre shift along the section axes. */
  shift?: (i: number) => [number, number];
  segments: number;
  /** Superellipse exponent of the section: 1 is an oval, smaller is squarer (a flat ribbon's edges). */
  squareness?: number;
}

export function addTube(mesh: MeshData, path: Vec3[], o: TubeOptions): void {
  const n = path.length;
  const frames = path.map((p, i) => {
    const prev = path[o.closed ? (i - 1 + n) % n : Math.max(0, i - 1)]!;
    const next = path[o.closed ? (i + 1) % n : Math.min(n - 1, i + 1)]!;
    const t = norm(sub(next, prev));
    let up = o.up(i);
    up = norm(sub(up, scale(t, dot(up, t))));
    const side = norm(cross(up, t));
    const [s0, s1] = o.shift ? o.shift(i) : [0, 0];
    return { c: add(add(p, scale(side, s0)), scale(up, s1)), t, up, side };
  });
  const ni = o.closed ? n : n - 1;
  addGrid(
    mesh,
    ni,
    o.segments,
    (i, j) => {
      const f = frames[i % n]!;
      const [ra, rb] = o.radii(i % n);
      const ang = (2 * Math.PI * j) / o.segments;
      // Open ends pinch shut so the tube is closed.
      const pinch = !o.closed && (i === 0 || i === n - 1) ? 0 : 1;
      const e = o.squareness ?? 1;
      const c = Math.sign(Math.cos(ang)) * Math.pow(Math.abs(Math.cos(ang)), e);
      const s = Math.sign(Math.sin(ang)) * Math.pow(Math.abs(Math.sin(ang)), e);
      return add(f.c, add(scale(f.side, c * ra * pinch), scale(f.up, s * rb * pinch)));
    },
    // Compare with the midpoint of the quad's two rings: the tangent component then cancels.
    (p, i) => sub(p, scale(add(frames[i % n]!.c, frames[(i + 1) % n]!.c), 0.5)),
    { closedI: o.closed, closedJ: true },
  );
}
