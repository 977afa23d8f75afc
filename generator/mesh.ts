/** Indexed triangle meshes built from parametric grids, with smooth face-averaged normals. */
import { type Vec3, add, cross, dot, norm, sub } from './math.js';

export interface MeshData {
  positions: number[];
  normals: number[];
  indices: number[];
}

export const emptyMesh = (): MeshData => ({ positions: [], normals: [], indices: [] });

export interface GridOptions {
  /** Wrap the first parameter (closed loop of rows). */
  closedI?: boolean;
  /** Wrap the second parameter. */
  closedJ?: boolean;
}

/**
 * Append a grid surface: `point(i, j)` for i in 0..ni, j in 0..nj (exclusive of the
 * wrapped end when closed). `outward(p)` gives a rough outward direction so each
 * triangle is wound to face it; normals are then averaged per vertex within the
 * grid, so a grid is smooth and the seams between grids stay crisp.
 */
export function addGrid(
  mesh: MeshData,
  ni: number,
  nj: number,
  point: (i: number, j: number) => Vec3,
  outward: (p: Vec3, i: number, j: number) => Vec3,
  opts: GridOptions = {},
): void {
  const ci = opts.closedI ? ni : ni + 1;
  const cj = opts.closedJ ? nj : nj + 1;
  const pts: Vec3[] = [];
  for (let i = 0; i < ci; i++) for (let j = 0; j < cj; j++) pts.push(point(i, j));
  const id = (i: number, j: number): number => (i % ci) * cj + (j % cj);
  const tris: [number, number, number][] = [];
  for (let i = 0; i < ni; i++) {
    for (let j = 0; j < nj; j++) {
      const a = id(i, j);
      const b = id(i + 1, j);
      const c = id(i + 1, j + 1);
      const d = id(i, j + 1);
      // Split along the shorter diagonal for fewer slivers.
      const d1 = dist2(pts[a]!, pts[c]!);
      const d2 = dist2(pts[b]!, pts[d]!);
      const quad: [number, number, number][] = d1 <= d2 ? [[a, b, c], [a, c, d]] : [[a, b, d], [b, c, d]];
      for (const t of quad) {
        const fn = cross(sub(pts[t[1]]!, pts[t[0]]!), sub(pts[t[2]]!, pts[t[0]]!));
        const area2 = Math.hypot(fn[0], fn[1], fn[2]);
        if (area2 < 1e-9) continue; // degenerate (poles, collapsed ends)
        const centre = scale3(add(add(pts[t[0]]!, pts[t[1]]!), pts[t[2]]!), 1 / 3);
        if (dot(fn, outward(centre, i, j)) < 0) tris.push([t[0], t[2], t[1]]);
        else tris.push(t);
      }
    }
  }
  appendTris(mesh, pts, tris);
}

const scale3 = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** Append triangles with area-weighted smooth normals; unused points are dropped. */
export function appendTris(mesh: MeshData, pts: Vec3[], tris: [number, number, number][]): void {
  const acc: Vec3[] = pts.map(() => [0, 0, 0]);
  for (const t of tris) {
    const fn = cross(sub(pts[t[1]]!, pts[t[0]]!), sub(pts[t[2]]!, pts[t[0]]!));
    for (const k of t) acc[k] = add(acc[k]!, fn);
  }
  const remap = new Map<number, number>();
  const base = mesh.positions.length / 3;
  for (const t of tris) {
    for (const k of t) {
      if (!remap.has(k)) {
        remap.set(k, base + remap.size);
        const p = pts[k]!;
        const n = norm(acc[k]!);
        mesh.positions.push(p[0], p[1], p[2]);
        mesh.normals.push(n[0], n[1], n[2]);
      }
      mesh.indices.push(remap.get(k)!);
    }
  }
}

export function mergeInto(target: MeshData, src: MeshData): void {
  const base = target.positions.length / 3;
  target.positions.push(...src.positions);
  target.normals.push(...src.normals);
  for (const i of src.indices) target.indices.push(i + base);
}

/**
 * Average the normals of vertices that share a position, so the seams of
 * closed lofts (collapsed heel/toe ends, halves meeting on the centre line)
 * shade smoothly. Only for parts meant to be smooth across their seams.
 */
export function weldNormals(mesh: MeshData): void {
  const groups = new Map<string, number[]>();
  const p = mesh.positions;
  for (let i = 0; i < p.length / 3; i++) {
    const key = `${Math.round(p[3 * i]! * 1e3)},${Math.round(p[3 * i + 1]! * 1e3)},${Math.round(p[3 * i + 2]! * 1e3)}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const n = mesh.normals;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    let x = 0, y = 0, z = 0;
    for (const i of g) {
      x += n[3 * i]!;
      y += n[3 * i + 1]!;
      z += n[3 * i + 2]!;
    }
    const l = Math.hypot(x, y, z);
    if (l < 1e-6) continue;
    for (const i of g) {
      n[3 * i] = x / l;
      n[3 * i + 1] = y / l;
      n[3 * i + 2] = z / l;
    }
  }
}
