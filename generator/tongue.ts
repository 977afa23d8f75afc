/** Padded tongue lying in the throat and rising above it behind the laces. */
import { type Vec3, cross, lerp, norm, roundEnd, sub } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { curve } from './math.js';
import { upperRoof } from './last.js';

/** Side-view centre line: on the roof at the vamp, curling up and back to ~104 mm. */
const tongueX = curve([[0, 196], [0.45, 150], [0.72, 126], [1, 106]]);
const tongueY = (t: number, x: number): number => {
  const onRoof = upperRoof(x) + 0.8;
  // Past the last eyelet the tongue lifts off the last toward its padded top.
  const k = Math.max(0, (t - 0.72) / 0.28);
  const free = lerp(upperRoof(126) + 0.8, 107, Math.sin((k * Math.PI) / 2));
  return t < 0.72 ? onRoof : free;
};

export function tonguePoint(t: number, u: number): Vec3 {
  const x = tongueX(t);
  const len = 110;
  const hw = lerp(13, 21, Math.max(0, (t - 0.55) / 0.45)) * roundEnd((1 - t) * len, 9) * roundEnd(t * len, 6);
  const z = u * hw;
  // Follow the last's crown so the tongue hugs it.
  const y = tongueY(t, x) - (z * z) / 90;
  return [x, y, z];
}

export function buildTongue(): MeshData {
  const m = emptyMesh();
  const nt = 30;
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
        const dt = sub(tonguePoint(Math.min(1, t + 0.01), u), tonguePoint(Math.max(0, t - 0.01), u));
        const du = sub(tonguePoint(t, Math.min(1, u + 0.02)), tonguePoint(t, Math.max(-1, u - 0.02)));
        let n = norm(cross(du, dt));
        if (n[1] + -n[0] * 0.3 < 0) n = [-n[0], -n[1], -n[2]];
        const prof = Math.pow(Math.max(0, 1 - Math.pow(Math.abs(u), 4)), 0.3) * Math.min(1, (1 - t) * 12);
        const th = face > 0 ? 3.2 * prof : -0.6 * prof;
        return [c[0] + n[0] * th, c[1] + n[1] * th, c[2] + n[2] * th];
      },
      (p) => {
        const t0 = Math.min(1, Math.max(0, (196 - p[0]) / 86));
        void t0;
        return face > 0 ? [0.3 * (p[0] < 124 ? -1 : 0), 1, 0] : [0.3 * (p[0] < 124 ? 1 : 0), -1, 0];
      },
    );
  }
  return m;
}
