/** Padded collar roll around the opening, the lining seen through it, and the heel pull tab. */
import { type Vec3, lerp, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { LENGTH, openingTheta, upperBase, upperHalfWidth, upperNormal, upperOffset, upperPoint } from './last.js';
import { upperStations } from './upper-panels.js';
import { addTube } from './tube.js';

/** x range of the collar opening (found by bisection on the opening angle). */
export function openingRange(): [number, number] {
  const edge = (lo: number, hi: number): number => {
    // lo is closed, hi is open (or the reverse): bisect to the boundary.
    const loOpen = openingTheta(lo) > 0;
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      if (openingTheta(mid) > 0 === loOpen) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return [edge(0.01, 40), edge(100, 160)];
}

export function buildCollar(): MeshData {
  const m = emptyMesh();
  const [x0, x1] = openingRange();
  const n = 44;
  const rim: { x: number; th: number }[] = [];
  // Stop short of the very front, where the rim pinches to the centre line: the loop
  // then bridges straight across under the tongue instead of folding on itself.
  const xAt = (t: number): number => lerp(x0, x1 - 5, (1 - Math.cos(Math.PI * t)) / 2);
  for (let i = 0; i <= n; i++) rim.push({ x: xAt(1 - i / n), th: openingTheta(xAt(1 - i / n)) });
  for (let i = 1; i < n; i++) rim.push({ x: xAt(i / n), th: -openingTheta(xAt(i / n)) });
  const path = rim.map((r) => upperPoint(r.x, r.th));
  const normals = rim.map((r) => upperNormal(r.x, r.th));
  addTube(m, path, {
    closed: true,
    segments: 8,
    // The section's "up" axis is the surface normal, so the roll is fat outward and inward.
    up: (i) => normals[i]!,
    radii: (i) => {
      const x = rim[i]!.x;
      const fat = 1 - 0.5 * Math.pow(Math.max(0, (x - 70) / (x1 - 70)), 2);
      // A slimmer roll: padding that reads as part of the upper rather than a separate tube.
      return [3.5 * fat + 0.8, 4.5 * fat + 1.0];
    },
    // Centre the roll inside the rim so it pads the opening rather than sitting on the wall.
    shift: () => [0, -2.2],
  });

  // Lining: the inside of the last, facing inward, so the opening never shows a see-through hole.
  // Only the part of the inside that can be seen through the opening.
  const xs = upperStations(24).filter((x) => x <= x1 + 25);
  const nt = 6;
  for (const side of [1, -1]) {
    addGrid(
      m,
      xs.length - 1,
      nt,
      (i, j) => {
        const x = xs[i]!;
        const th = lerp(openingTheta(x), Math.PI / 2 + 0.05, j / nt);
        return upperOffset(x, side * th, -1.6);
      },
      (p) => [-(p[0] - lerp(40, 240, p[0] / LENGTH)), -(p[1] - 50), -p[2]],
    );
  }
  // Sockliner floor.
  addGrid(
    m,
    xs.length - 1,
    6,
    (i, j) => {
      const x = xs[i]!;
      const zl = upperHalfWidth(x, 1) - 2.5;
      const zm = -(upperHalfWidth(x, -1) - 2.5);
      return [x, upperBase(x) + 4, lerp(zm, zl, j / 6)];
    },
    () => [0, 1, 0],
  );
  return m;
}

/** Heel pull tab: a padded loop standing a few mm above the collar at the back. */
export function buildHeelTab(): MeshData {
  const m = emptyMesh();
  const nu = 10;
  const nv = 12;
  const y0 = 57;
  const y1 = 96;
  const hw = 8;
  for (const face of [1, -1]) {
    addGrid(
      m,
      nu,
      nv,
      (i, j) => {
        const u = -1 + (2 * i) / nu;
        const v = j / nv;
        const prof = Math.pow(Math.max(0, 1 - Math.pow(Math.abs(u), 4)), 0.25) * Math.pow(Math.max(0, 1 - Math.pow(Math.abs(2 * v - 1), 4)), 0.25);
        const z = u * hw;
        const y = lerp(y0, y1, v);
        // Leans back slightly with height, curved around the heel.
        // Hugs the heel, then steps back over the collar roll.
        const xb = -0.3 - 4.2 * smoothstep(72, 84, y) - (z * z) / 70;
        const x = face > 0 ? xb - 2.6 * prof : xb + 0.6 * prof;
        return [x, y, z] as Vec3;
      },
      () => [-face, 0, 0],
    );
  }
  return m;
}
