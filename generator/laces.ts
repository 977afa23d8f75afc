/** Flat laces criss-crossing over the tongue between the eyestay eyelets. */
import { type Vec3, lerp } from './math.js';
import { type MeshData, emptyMesh } from './mesh.js';
import { upperRoof } from './last.js';
import { addTube } from './tube.js';
import { EYELETS, eyelet } from './eyelets.js';

/** Round lace radius (mm). */
const LACE_R = 1.5;

function addLace(m: MeshData, a: Vec3, b: Vec3, lift: number): void {
  const n = 10;
  // Each end starts inside its eyelet, under the panel's face, so the lace is threaded through it.
  const path: Vec3[] = [[a[0], a[1] - 2.2, a[2] * 0.97]];
  for (let i = 0; i <= n; i++) {
    const s = i / n;
    const x = lerp(a[0], b[0], s);
    const z = lerp(a[2], b[2], s);
    const base = lerp(a[1], b[1], s);
    // Arch over the tongue, clearing it by `lift`.
    const top = upperRoof(x) + 5.4 + LACE_R + lift - (z * z) / 90;
    const k = Math.sin(Math.PI * s);
    path.push([x, Math.max(base, lerp(base, top, Math.pow(k, 0.35))), z]);
  }
  path.push([b[0], b[1] - 2.2, b[2] * 0.97]);
  addTube(m, path, { segments: 6, up: () => [0, 1, 0], radii: () => [LACE_R, LACE_R * 0.9] });
}

export function buildLaces(): MeshData {
  const m = emptyMesh();
  for (let k = 0; k < EYELETS.length - 1; k++) {
    const x0 = EYELETS[k]!;
    const x1 = EYELETS[k + 1]!;
    // Alternate which diagonal lies on top so crossings never intersect.
    addLace(m, eyelet(x0, 1), eyelet(x1, -1), k % 2 === 0 ? 2.9 : 0);
    addLace(m, eyelet(x0, -1), eyelet(x1, 1), k % 2 === 0 ? 0 : 2.9);
  }
  // Straight bar at the toe-side eyelets.
  addLace(m, eyelet(EYELETS[EYELETS.length - 1]!, -1), eyelet(EYELETS[EYELETS.length - 1]!, 1), 0);
  return m;
}
