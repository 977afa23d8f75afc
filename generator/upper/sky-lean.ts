/**
 * Shading-normal lean for the metallic parts of the upper. A metallic panel is a mirror: where
 * its side is upright, a view from above (three-quarter) or from behind reflects the dark floor
 * of the surroundings and it reads matte grey, while from the side it reflects the bright walls
 * and reads chrome. Leaning the normals up keeps the reflection in the bright upper half in
 * every view, so the part keeps one tone. Positions are untouched.
 */
import type { MeshData } from '../mesh.js';

/** Add `lean` to each unit normal's y and renormalise (0.3 tilts an upright side about 17 degrees). */
export function leanNormalsUp(m: MeshData, lean: number): void {
  const n = m.normals;
  for (let i = 0; i < n.length; i += 3) {
    const x = n[i]!;
    const y = n[i + 1]! + lean;
    const z = n[i + 2]!;
    const l = Math.hypot(x, y, z) || 1;
    n[i] = x / l;
    n[i + 1] = y / l;
    n[i + 2] = z / l;
  }
}
