/** Indexed triangle meshes built from parametric grids, with smooth face-averaged normals. */
import { type Vec3, add, cross, dot, norm, sub } from './math.js';

export interface MeshData {
  positions: number[];
  normals: number[];
  indices: number[];
  /** Optional TEXCOORD_0, 0..1 (only the mesh base carries a texture). */
  uvs?: number[];
  /** TANGENT (xyzw) for normal-mapped parts, derived from the UVs. */
  tangents?: number[];
  /**
   * Optional COLOR_0 (linear rgb, 0..1, one triple per vertex): a tone baked into the part that
   * multiplies whatever colour its material (a colorway) sets, e.g. the midsole's firmer-foam post.
   */
  colors?: number[];
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
  uv?: (i: number, j: number) => [number, number],
): void {
  const ci = opts.closedI ? ni : ni + 1;
  const cj = opts.closedJ ? nj : nj + 1;
  const pts: Vec3[] = [];
  const uvs: [number, number][] = [];
  for (let i = 0; i < ci; i++) {
    for (let j = 0; j < cj; j++) {
      pts.push(point(i, j));
      if (uv) uvs.push(uv(i, j));
    }
  }
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
  appendTris(mesh, pts, tris, uv ? uvs : undefined);
}

const scale3 = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const dist2 = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** Append triangles with area-weighted smooth normals; unused points are dropped. */
export function appendTris(
  mesh: MeshData,
  pts: Vec3[],
  tris: [number, number, number][],
  uvs?: [number, number][],
): void {
  const acc: Vec3[] = pts.map(() => [0, 0, 0]);
  for (const t of tris) {
    const fn = cross(sub(pts[t[1]]!, pts[t[0]]!), sub(pts[t[2]]!, pts[t[0]]!));
    for (const k of t) acc[k] = add(acc[k]!, fn);
  }
  // Per-vertex tangents from the UV gradient of each triangle (normal mapping needs them).
  const tan: Vec3[] = pts.map(() => [0, 0, 0]);
  const bit: Vec3[] = pts.map(() => [0, 0, 0]);
  if (uvs) {
    for (const t of tris) {
      const [a, b, c] = t;
      const e1 = sub(pts[b]!, pts[a]!);
      const e2 = sub(pts[c]!, pts[a]!);
      const du1 = uvs[b]![0] - uvs[a]![0];
      const dv1 = uvs[b]![1] - uvs[a]![1];
      const du2 = uvs[c]![0] - uvs[a]![0];
      const dv2 = uvs[c]![1] - uvs[a]![1];
      const det = du1 * dv2 - du2 * dv1;
      if (Math.abs(det) < 1e-12) continue;
      const r = 1 / det;
      const sdir: Vec3 = [(e1[0] * dv2 - e2[0] * dv1) * r, (e1[1] * dv2 - e2[1] * dv1) * r, (e1[2] * dv2 - e2[2] * dv1) * r];
      const tdir: Vec3 = [(e2[0] * du1 - e1[0] * du2) * r, (e2[1] * du1 - e1[1] * du2) * r, (e2[2] * du1 - e1[2] * du2) * r];
      for (const k of t) {
        tan[k] = add(tan[k]!, sdir);
        bit[k] = add(bit[k]!, tdir);
      }
    }
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
        if (uvs) {
          (mesh.uvs ??= []).push(uvs[k]![0], uvs[k]![1]);
          // Gram-Schmidt against the normal; w gives the bitangent's handedness.
          let tv = tan[k]!;
          tv = norm(sub(tv, [n[0] * dot(n, tv), n[1] * dot(n, tv), n[2] * dot(n, tv)]));
          const w = dot(cross(n, tv), bit[k]!) < 0 ? -1 : 1;
          (mesh.tangents ??= []).push(tv[0], tv[1], tv[2], w);
        }
      }
      mesh.indices.push(remap.get(k)!);
    }
  }
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

/** Paints COLOR_0 (grey level `tone(p)`) on the mesh's vertices added since it was last painted. */
export function paintVertices(m: MeshData, tone: (x: number, y: number, z: number, nz: number) => number): void {
  const colors = (m.colors ??= []);
  const p = m.positions;
  for (let i = colors.length / 3; i < p.length / 3; i++) {
    const t = tone(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!, m.normals[3 * i + 2] ?? 0);
    colors.push(t, t, t);
  }
}
