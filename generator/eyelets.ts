/** Eyelet positions on the eyestay, shared by the lace panel (its holes) and the laces (their ends). */
import { type Vec3, add, clamp, cross, dot, len, lerp, norm, scale, smoothstep, sub } from './math.js';
import { type MeshData, appendTris, paintVertices } from './mesh.js';
import { openingTheta, upperNormal, upperOffset, upperPoint } from './last.js';
import { tongueHalfWidth, tongueTop } from './tongue.js';

export const EYELETS = [124, 137, 150, 163, 176, 189, 202];
/** Height of the eyestay's top face above the mesh base (mm). */
export const EYESTAY_THICKNESS = 1.5;

/** x range of the lace panel (mm). */
export const EYESTAY_X = [114, 214] as const;

/** Inner (throat) and outer edge of the lace panel at x, as arch angles on one side. */
export function eyestayEdges(x: number): [number, number] {
  const b = (x - EYESTAY_X[0]) / (EYESTAY_X[1] - EYESTAY_X[0]);
  const thMax = 0.62 + 0.12 * Math.sin(Math.PI * b) - 0.07 * smoothstep(0.88, 1, b);
  // Inner edge follows the throat; near the opening it stays clear of the rim. (Closer to the
  // centre than the old 0.22: the panels' edges ride over the tongue's sides, as on a laced shoe.)
  const thMin = Math.min(thMax - 0.18, Math.max(openingTheta(x) + 0.03, 0.17 + 0.08 * smoothstep(160, 212, x)));
  // Both edges close in toward the front: a rounded tip, neither a square-cut plank end nor a spike.
  const mid = (thMin + thMax) / 2;
  const k = 1 - 0.45 * Math.pow(smoothstep(0.78, 1, b), 1.2);
  return [lerp(mid, thMin, k), lerp(mid, thMax, k)];
}

/**
 * Eyelets close to the throat edge (about 3 mm in from it), where the panel lies on the tongue:
 * at θ 0.34 they sat 5-6 mm below the tongue's crest and the laces climbed to it in steep V's.
 */
export function eyeletTheta(x: number, side: number): number {
  return side * (eyestayEdges(x)[0] + 0.085);
}

/** How far the panel's inner band must rise (mm) to lie over the tongue, per x (sampled once). */
const RISE_XS = Array.from({ length: 41 }, (_, i) => EYESTAY_X[0] + ((EYESTAY_X[1] - EYESTAY_X[0]) * i) / 40);
const RISE = RISE_XS.map((x) => {
  let need = 0;
  const [inner] = eyestayEdges(x);
  for (let k = 0; k <= 16; k++) {
    const th = inner + (0.35 * k) / 16;
    const p = upperOffset(x, th, EYESTAY_THICKNESS);
    // The tongue's pad and the panel's face 0.5 mm over it.
    need = Math.max(need, tongueTop(x, p[2]) + 0.5 - p[1]);
  }
  return clamp(need, 0, 3);
});

/**
 * Extra height (mm) of the lace panel's face at (x, θ): its inner band lies on the tongue's
 * padded side (which stands 2-5 mm over the last), then eases down onto the upper past the
 * tongue's edge. Without it the tongue stood up between the panels and the laces climbed to it.
 */
export function eyestayRise(x: number, theta: number): number {
  const f = clamp(((x - EYESTAY_X[0]) / (EYESTAY_X[1] - EYESTAY_X[0])) * 40, 0, 40);
  const i = Math.min(39, Math.floor(f));
  const r = lerp(RISE[i]!, RISE[i + 1]!, f - i);
  const z = Math.abs(upperPoint(x, theta)[2]);
  const hw = tongueHalfWidth(x);
  // Eased in over the panel's heel end, beside the tongue's free top (a full rise there stood
  // the end up as a tray-like wall).
  return r * (1 - smoothstep(hw - 1, hw + 6, z)) * smoothstep(EYESTAY_X[0], EYESTAY_X[0] + 10, x);
}

/** The panel's top face at (x, θ), plus `off` mm. */
export function eyestayFace(x: number, theta: number, off = 0): Vec3 {
  return upperOffset(x, theta, EYESTAY_THICKNESS + eyestayRise(x, theta) + off);
}

/** Where a lace leaves the eyestay: the eyelet's centre, just under the panel's top face. */
export function eyelet(x: number, side: number): Vec3 {
  return eyestayFace(x, eyeletTheta(x, side), -0.2);
}

/** Hole radius (mm), the rim's outer radius, and its crest's height over the panel's face. */
export const EYELET_HOLE = 1.9;
export const EYELET_RIM = 3.1;
export const EYELET_RIM_H = 0.3;

/**
 * A punched, reinforced eyelet: a raised rounded rim on the panel's face with a shadow line at its
 * foot, then a hole that goes dark inside (COLOR_0, which multiplies any colorway's eyestay
 * colour). A low lip the panel's own tone read as a plain dot; the rim's lit crest between the
 * darker foot and the dark hole reads as a ring round a hole.
 */
export function addEyeletHole(m: MeshData, x: number, side: number): void {
  const th = eyeletTheta(x, side);
  const n = upperNormal(x, th);
  const c = eyestayFace(x, th);
  // In-plane axes: along the shoe, and across it (both tangent to the surface).
  const along = norm(cross(cross(n, [1, 0, 0]), n));
  const t1: Vec3 = along[0] < 0 ? scale(along, -1) : along;
  const t2 = norm(cross(n, t1));
  // Rings from the rim's foot (tucked into the face) over its crest into the hole and its floor:
  // radius, height over the face, tone. (The panel is one unbroken sheet, so the "hole" is a dark
  // disc just over its face: cut below the face, it was hidden by the panel.)
  const rings: readonly [number, number, number][] = [
    [EYELET_RIM, -0.15, 0.6],
    [EYELET_HOLE + 0.35, EYELET_RIM_H, 1],
    [EYELET_HOLE + 0.05, 0.18, 0.4],
    [EYELET_HOLE - 0.2, 0.1, 0.06],
  ];
  // Rings of nu points, then the floor's centre (one point: a ring there cost nu - 1 more).
  const nu = 10;
  const pts: Vec3[] = rings.flatMap(([r, h]) =>
    Array.from({ length: nu }, (_, i): Vec3 => {
      const u = (2 * Math.PI * i) / nu;
      return add(c, add(scale(add(scale(t1, Math.cos(u)), scale(t2, Math.sin(u))), r), scale(n, h)));
    }),
  );
  pts.push(add(c, scale(n, 0.1)));
  const tris: [number, number, number][] = [];
  const id = (j: number, i: number): number => j * nu + (i % nu);
  for (let i = 0; i < nu; i++) {
    for (let j = 0; j < rings.length - 1; j++) tris.push([id(j, i), id(j, i + 1), id(j + 1, i + 1)], [id(j, i), id(j + 1, i + 1), id(j + 1, i)]);
    tris.push([id(rings.length - 1, i), id(rings.length - 1, i + 1), pts.length - 1]);
  }
  // Every face looks up out of the panel (no band is steeper than 50 degrees).
  const up = tris.map((t): [number, number, number] =>
    dot(cross(sub(pts[t[1]]!, pts[t[0]]!), sub(pts[t[2]]!, pts[t[0]]!)), n) < 0 ? [t[0], t[2], t[1]] : t,
  );
  appendTris(m, pts, up);
  // Tones by distance from the hole's axis (robust to any dropped vertex).
  paintVertices(m, (x, y, z) => {
    const d = sub([x, y, z], c);
    const r = len(sub(d, scale(n, dot(d, n))));
    return rings.reduce((best, ring) => (Math.abs(ring[0] - r) < Math.abs(best[0] - r) ? ring : best))[2];
  });
}
