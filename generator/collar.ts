/** Padded collar roll around the opening, the lining seen through it, and the heel pull tab. */
import { type Vec3, lerp, smoothPath } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { LENGTH, collarLine, openingTheta, thetaAt, upperBase, upperHalfWidth, upperNormal, upperOffset, upperPoint, upperRoof } from './last.js';
import { addPanel } from './panel.js';
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

/** Top of the collar panel at x: just under the rim. */
const collarTop = (x: number): number => Math.min(collarLine(x), upperRoof(x)) - 0.4;
/** x (mm) where the rim's Achilles notch at the centre back has ended. */
const NOTCH_X = 11;

export function buildCollar(): MeshData {
  const m = emptyMesh();
  const [x0, x1] = openingRange();
  const n = 30;
  const rim: { x: number; th: number }[] = [];
  // Stop short of the very front, where the rim pinches to the centre line: the roll's two
  // ends taper shut there, under the tongue, instead of bridging across the throat as a bar.
  const xAt = (t: number): number => lerp(x0, x1 - 5, (1 - Math.cos(Math.PI * t)) / 2);
  for (let i = 0; i <= n; i++) rim.push({ x: xAt(1 - i / n), th: openingTheta(xAt(1 - i / n)) });
  for (let i = 1; i <= n; i++) rim.push({ x: xAt(i / n), th: -openingTheta(xAt(i / n)) });
  const path = rim.map((r) => upperPoint(r.x, r.th));
  const normals = rim.map((r) => upperNormal(r.x, r.th));
  addTube(m, path, {
    // A squarish section (superellipse): a padded cushion with a flat top and a full outer face;
    // the even round section read as a pool-noodle tube laid round the opening.
    segments: 10,
    squareness: 0.6,
    // The section's "up" axis is the surface normal, so the roll is fat outward and inward.
    up: (i) => normals[i]!,
    radii: (i) => {
      const x = rim[i]!.x;
      // Slimming toward the throat, where the roll's ends taper under the tongue.
      const fat = 1 - 0.72 * Math.pow(Math.max(0, (x - 70) / (x1 - 70)), 2);
      // Two padded lobes either side of the Achilles notch: the roll swells there (more
      // outward than across, a pillow rather than a tube) and slims into the notch at the
      // centre back and toward the throat.
      const lobe = Math.exp(-(((x - 27) / 13) ** 2));
      const pillow = 1 + 0.75 * lobe - 0.4 * Math.exp(-((x / 7) ** 2));
      // (Slimmer than it was: a fatter roll read as a pool-noodle tube.)
      // The flat top widens toward the back (the padding is deepest behind the heel) while the
      // roll's height stays lower there, so it reads as a padded collar, not an even tube.
      const back = Math.exp(-((x / 24) ** 2));
      return [(2.5 * fat * pillow + 0.7) * (1 - 0.15 * back), (2.9 * fat * pillow * (1 + 0.35 * lobe) + 0.9) * (1 + 0.3 * back)];
    },
    // Centre the roll inside the rim so it pads the opening rather than sitting on the wall.
    // The lobes ride up a little above the rim (the side axis points down the wall), so the
    // Achilles notch between them shows as a dip.
    shift: (i) => [-2.6 * Math.exp(-(((rim[i]!.x - 24) / 12) ** 2)), -2.2],
  });

  // Padded collar panel: a smooth band just under the rim, round the back from one
  // side's front to the other's, so the collar reads as its own padded piece.
  addPanel(m, {
    na: 2,
    nb: 36,
    // Thick enough that the stripes' rising ends tuck under the padding.
    thickness: 2.3,
    // A soft, padded lower edge and no stitch grooves: with two stitch lines under the roll the
    // collar read as layered strips; now the one line is where the roll meets the padding.
    edge: 2.4,
    // Padding bulges out below the rim over the ankle bones.
    extra: (a, b) => {
      const x = lerp(0, x1 - 8, Math.pow(Math.abs(2 * b - 1), 1.2));
      return 2.8 * Math.exp(-(((x - 30) / 15) ** 2)) * Math.sin(Math.PI * Math.min(1, a * 1.15));
    },
    map: (a, b) => {
      const side = b < 0.5 ? -1 : 1;
      // 0 at the back centre (where both halves meet on the centre line), 1 at the front ends.
      const u = Math.abs(2 * b - 1);
      const x = lerp(0, x1 - 8, Math.pow(u, 1.2));
      const top = collarTop(x);
      // The bottom edge runs level round the back instead of following the Achilles notch
      // in the rim above (that V read as an uneven, layered gap at the back).
      const bottom = Math.max(top, x < NOTCH_X ? collarTop(NOTCH_X) : -Infinity) - lerp(14, 7, u);
      const y = lerp(top, bottom, a);
      return { x, theta: thetaAt(x, y, side) };
    },
  });

  // Piping: a thin welt along the padded panel's lower edge, the seam where the collar is sewn
  // to the upper (without it the collar's padding faded into the upper with no visible join).
  const pipeN = 34;
  const pipe: Vec3[] = [];
  const pipeNormals: Vec3[] = [];
  for (let k = 0; k <= pipeN; k++) {
    const b = 0.015 + (0.97 * k) / pipeN;
    const side = b < 0.5 ? -1 : 1;
    const u = Math.abs(2 * b - 1);
    const x = lerp(0, x1 - 8, Math.pow(u, 1.2));
    const top = collarTop(x);
    const y = Math.max(top, x < NOTCH_X ? collarTop(NOTCH_X) : -Infinity) - lerp(14, 7, u) + 0.9;
    const th = thetaAt(x, y, side);
    pipe.push(upperOffset(x, th, 2.1));
    pipeNormals.push(upperNormal(x, th));
  }
  addTube(m, pipe, { segments: 4, up: (i) => pipeNormals[i]!, radii: () => [0.85, 0.85] });

  // Lining: the inside of the last, facing inward, so the opening never shows a see-through hole.
  // Only the part of the inside that can be seen through the opening.
  const xs = upperStations(18).filter((x) => x <= x1 + 25);
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
  // Sockliner floor: flat across, so one strip across the width (six were the same plane).
  addGrid(
    m,
    xs.length - 1,
    1,
    (i, j) => {
      const x = xs[i]!;
      const zl = upperHalfWidth(x, 1) - 2.5;
      const zm = -(upperHalfWidth(x, -1) - 2.5);
      return [x, upperBase(x) + 4, lerp(zm, zl, j)];
    },
    () => [0, 1, 0],
  );
  return m;
}

/**
 * Heel pull tab: a short ribbon loop stitched flat over the collar's padding at the back (its
 * foot sunk into the padding, so its pinched end never shows as a notch; clear of the clip), folding tight
 * over the top of the collar roll and down its inside, a few mm above it: a fabric loop joined to
 * the collar (run down the back from the clip and well above the collar, it read as a plastic fin).
 */
export function buildHeelTab(): MeshData {
  const m = emptyMesh();
  // Side-view path on the centre line (x, y). The heel's back wall is the plane x = 0 up to
  // y ~90; the roll's top at the back centre is at about (6.5, 94.3) and its inner face
  // near x ~11. The outer leg lies flush on the wall (half-thickness behind it), the fold
  // clears the roll by ~1.5 mm, and the inner leg dives down inside the roll.
  // Pass 10: the roll's back face slopes up and forward from the panel's top (-1.5, 89) to its
  // crown (~7, 95.4), so the ribbon now follows it, flush, instead of standing upright behind
  // it (that left a 5 mm gap under the fold: from the side the tab read as a hook).
  const control: Vec3[] = [
    [-1.6, 85.0, 0], [-2.7, 86.0, 0], [-2.8, 88.2, 0], [-1.9, 89.8, 0], [1.4, 91.9, 0], [4.4, 94.2, 0], [6.2, 96.1, 0], [8.8, 96.1, 0], [10.9, 94.5, 0], [11.6, 92.4, 0], [10.9, 90.4, 0],
  ];
  const path = smoothPath(control, 3);
  addTube(m, path, {
    segments: 6,
    squareness: 0.3,
    // The ribbon's flat faces look fore and aft: "up" is the path's normal in the side plane.
    up: (i) => {
      const a = path[Math.max(0, i - 1)]!;
      const b = path[Math.min(path.length - 1, i + 1)]!;
      return [b[1] - a[1], -(b[0] - a[0]), 0];
    },
    // A fabric loop ~11 mm wide and ~1.6 mm thick.
    radii: () => [5.5, 0.8],
  });
  return m;
}
