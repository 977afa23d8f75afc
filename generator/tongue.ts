/** Padded tongue lying in the throat and rising above it behind the laces. */
import { type Vec3, lerp, roundEnd } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { curve } from './math.js';
import { upperRoof } from './last.js';

/** Side-view centre line: on the roof at the vamp, curling up and back to ~104 mm. */
const tongueX = curve([[0, 214], [0.45, 160], [0.72, 126], [1, 112]]);
const tongueY = (t: number, x: number): number => {
  const onRoof = upperRoof(x) + 0.8;
  // Past the last eyelet the tongue lifts off the last toward its padded top.
  const k = Math.max(0, (t - 0.72) / 0.28);
  const free = lerp(upperRoof(126) + 0.8, 109, Math.sin((k * Math.PI) / 2));
  return t < 0.72 ? onRoof : free;
};

export function tonguePoint(t: number, u: number): Vec3 {
  const x = tongueX(t);
  const len = 110;
  const hw = lerp(13, 18, Math.max(0, (t - 0.55) / 0.45)) * roundEnd((1 - t) * len, 22) * roundEnd(t * len, 6);
  const z = u * hw;
  // Follow the last's crown so the tongue hugs it.
  const y = tongueY(t, x) - (z * z) / 90;
  return [x, y, z];
}

/** Outward normal of the tongue in side view, from the centre line's tangent (faces forward and up). */
function tongueNormal(t: number): [number, number] {
  const h = 0.01;
  const x0 = tongueX(Math.max(0, t - h));
  const x1 = tongueX(Math.min(1, t + h));
  const dx = x1 - x0;
  const dy = tongueY(Math.min(1, t + h), x1) - tongueY(Math.max(0, t - h), x0);
  const l = Math.hypot(dx, dy) || 1;
  return [dy / l, -dx / l];
}

/** Tongue's front-face offset at (t, u): thicker foam at the free top, thin under the laces. */
function frontThickness(t: number, u: number): number {
  const prof = Math.pow(Math.max(0, 1 - u * u), 0.4) * Math.sqrt(Math.min(1, (1 - t) * 10));
  const pad = lerp(1, 2.4, Math.max(0, (t - 0.7) / 0.3));
  return 3.0 * pad * prof;
}

export function buildTongue(): MeshData {
  const m = emptyMesh();
  // The woven label stitched on the tongue's top, above the laces (a plain patch: no wordmark).
  const label = { t0: 0.8, t1: 0.93, u: 0.42 };
  addGrid(
    m,
    6,
    6,
    (i, j) => {
      const t = lerp(label.t0, label.t1, i / 6);
      const u = lerp(-label.u, label.u, j / 6);
      const c = tonguePoint(t, u);
      const [nx, ny] = tongueNormal(t);
      // A crisp raised patch: its rim drops straight to the tongue's face.
      const edge = Math.min(i, 6 - i, j, 6 - j) === 0 ? -0.1 : 1.1;
      const th = frontThickness(t, u) + edge;
      return [c[0] + nx * th, c[1] + ny * th, c[2]];
    },
    (_p, i) => {
      const [nx, ny] = tongueNormal(lerp(label.t0, label.t1, i / 6));
      return [nx, ny, 0];
    },
  );
  const nt = 24;
  const nu = 10;
  for (const face of [1, -1]) {
    addGrid(
      m,
      nt,
      nu,
      (i, j) => {
        const t = i / nt;
        const u = -1 + (2 * j) / nu;
        const c = tonguePoint(t, u);
        const [nx, ny] = tongueNormal(t);
        const prof = Math.pow(Math.max(0, 1 - u * u), 0.4) * Math.sqrt(Math.min(1, (1 - t) * 10));
        // Thicker foam at the free top, thin where it lies under the laces.
        const pad = lerp(1, 2.4, Math.max(0, (t - 0.7) / 0.3));
        const padBack = lerp(1, 2.0, Math.max(0, (t - 0.7) / 0.3));
        const th = face > 0 ? 3.0 * pad * prof : -0.6 * padBack * padBack * padBack * prof;
        return [c[0] + nx * th, c[1] + ny * th, c[2]];
      },
      (_p, i) => {
        const [nx, ny] = tongueNormal(i / nt);
        return [face * nx, face * ny, 0];
      },
    );
  }
  return m;
}
