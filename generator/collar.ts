/** Padded collar roll around the opening, the lining seen through it, and the heel pull tab. */
import { type Vec3, add, dot, lerp, norm, scale, smoothPath, smoothstep, sub } from './math.js';
import { type MeshData, addGrid, emptyMesh, paintVertices } from './mesh.js';
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

/** Collar roll section: segments round it and its superellipse exponent. */
const ROLL_SEGMENTS = 10;
const ROLL_SQUARENESS = 0.7;
/** COLOR_0 tone of the lining (the roll's inner face and the inside of the heel) and the sockliner. */
const LINING_TONE = 0.42;
const SOCKLINER_TONE = 0.3;

/** Half-sizes of the roll's section (across the rim, out from the wall) at x; x1 is the opening's front end. */
function rollRadii(x: number, x1: number): [number, number] {
  // Slimming toward the throat, where the roll's ends taper under the tongue.
  const fat = 1 - 0.72 * Math.pow(Math.max(0, (x - 70) / (x1 - 70)), 2);
  // The padding is a little fuller round the back (one broad swell either side of the centre,
  // easing into a gentle dip at the centre back) and slims toward the throat. Pass 14's two
  // narrow lobes (+85% at x 24) stood out of the silhouette from behind as "lumpy ears".
  const full = Math.exp(-(((x - 18) / 24) ** 2));
  const dip = Math.exp(-((x / 8) ** 2));
  const pillow = 1 + 0.4 * full - 0.1 * dip;
  // The flat top widens toward the back (the padding is deepest behind the heel) while the
  // roll's height stays lower there, so it reads as a padded collar, not an even tube.
  const back = Math.exp(-((x / 24) ** 2));
  return [(2.5 * fat * pillow + 0.7) * (1 - 0.15 * back), (2.9 * fat * (pillow + 0.12 * full - 0.12 * dip) + 0.9) * (1 + 0.3 * back)];
}

/**
 * Centre shift of the roll's section (along the rim's side axis, which points out and down the
 * wall, and along the outward normal, which at the rim points mostly up). The roll sits inside
 * the rim so it pads the opening; the fuller padding either side of the heel rides up a little
 * and the centre back eases down between, a gentle, even dip round the Achilles.
 */
function rollShift(x: number, x0: number): [number, number] {
  const lobe = Math.exp(-(((x - 18) / 16) ** 2));
  const notch = Math.exp(-(((x - x0) / 9) ** 2));
  return [-LOBE_IN * lobe + NOTCH_BACK * notch, -2.2 + LOBE_UP * lobe - NOTCH_DOWN * notch];
}
/** The padding's swell either side of the heel: how far it rides up and leans in over the foot (mm). */
const LOBE_UP = 0.7;
const LOBE_IN = 0.6;
/** Dip at the centre back: how far the roll sinks there, and eases back over the wall's top (mm). */
const NOTCH_DOWN = 1.6;
const NOTCH_BACK = 2.4;

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
    segments: ROLL_SEGMENTS,
    squareness: ROLL_SQUARENESS,
    // The section's "up" axis is the surface normal, so the roll is fat outward and inward.
    up: (i) => normals[i]!,
    radii: (i) => rollRadii(rim[i]!.x, x1),
    shift: (i) => rollShift(rim[i]!.x, x0),
  });
  // The roll's inner half (from just inside its crown down the face toward the foot) is lining
  // fabric: toned darker in COLOR_0, so the opening shows a lining, not one white tube.
  const colors: number[] = (m.colors = []);
  for (let v = 0; v < m.positions.length / 3; v++) {
    // Lining where the roll's face turns in toward the foot (or under): its normal against the
    // wall's outward normal at that ring, taken level.
    const w = normals[Math.floor(v / ROLL_SEGMENTS)]!;
    const d = norm([-w[0], 0, -w[2]]);
    const nv: Vec3 = [m.normals[3 * v]!, m.normals[3 * v + 1]!, m.normals[3 * v + 2]!];
    const inward = dot(nv, d);
    const t = inward > 0.2 || nv[1] < -0.5 ? LINING_TONE : inward > 0 ? lerp(1, LINING_TONE, inward / 0.2) : 1;
    colors.push(t, t, t);
  }

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
  paintVertices(m, () => 1);

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
  paintVertices(m, () => LINING_TONE);
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
  paintVertices(m, () => SOCKLINER_TONE);
  return m;
}

/**
 * Heel pull tab: a fabric loop sewn into the collar at the centre back. Its outer leg is stitched
 * flat down the collar panel's face, rises behind the roll and stands TAB_RISE mm above its crown,
 * leaning back a little; it folds over in a rounded loop (a gap between the two layers) and its
 * inner leg drops back into the padding. Flat across with rounded top corners, and curving
 * round the heel in plan like the collar it is sewn into. (Pass 14's tab only lapped over the
 * roll's crown, ~1.5 mm proud: strangers read it as "a tiny blue stub".)
 */
export function buildHeelTab(): MeshData {
  const m = emptyMesh();
  const [x0, x1] = openingRange();
  // The roll's section frame at the centre back, as addTube builds it (tangent across, -z).
  const p = upperPoint(x0, 0);
  const n0 = upperNormal(x0, 0);
  const up = norm([n0[0], n0[1], 0]);
  const side: Vec3 = [-up[1], up[0], 0];
  const [s0, s1] = rollShift(x0, x0);
  const [ra, rb] = rollRadii(x0, x1);
  const c = add(p, add(scale(side, s0), scale(up, s1)));
  const e = ROLL_SQUARENESS;
  const sp = (v: number): number => Math.sign(v) * Math.pow(Math.abs(v), e);
  const outline = (a: number): Vec3 => add(c, add(scale(side, sp(Math.cos(a)) * ra), scale(up, sp(Math.sin(a)) * rb)));
  // The roll's crown height and its backmost x (the outer leg rises clear behind it).
  let crownY = -Infinity;
  let backX = Infinity;
  for (let a = 0; a < 2 * Math.PI; a += 0.01) {
    const q = outline(a);
    crownY = Math.max(crownY, q[1]);
    backX = Math.min(backX, q[0]);
  }
  const HALF_T = 0.65;
  // The outer leg: stitched flat down the collar panel's face (its foot sunk into it).
  const xLeg = Math.min(-(2.3 + HALF_T + 0.15), backX - HALF_T - 0.2);
  const yP = collarTop(0);
  // Above the panel it leans back by TAB_LEAN (radians) up to the fold.
  const yTop = crownY + TAB_RISE;
  const yFold = yTop - TAB_LOOP - HALF_T;
  const lean = (y: number): number => xLeg - Math.tan(TAB_LEAN) * Math.max(0, y - yP);
  const dir: Vec3 = norm([-Math.sin(TAB_LEAN), Math.cos(TAB_LEAN), 0]);
  const fwd: Vec3 = [dir[1], -dir[0], 0];
  const foldC: Vec3 = add([lean(yFold), yFold, 0], scale(fwd, TAB_LOOP));
  const control: Vec3[] = [
    [xLeg + 1.2, yP - 9, 0],
    [xLeg, yP - 7.5, 0],
    [xLeg, yP - 3, 0],
    [lean(yP + 1), yP + 1, 0],
    [lean(lerp(yP + 1, yFold, 0.5)), lerp(yP + 1, yFold, 0.5), 0],
  ];
  const outer: Vec3[] = [...control, [lean(yFold), yFold, 0]];
  // The fold: a half circle over the top, the loop's two layers TAB_LOOP * 2 apart.
  const nFold = 8;
  const fold: Vec3[] = [];
  for (let k = 1; k < nFold; k++) {
    const a = Math.PI - (Math.PI * k) / nFold;
    fold.push(add(foldC, add(scale(fwd, TAB_LOOP * Math.cos(a)), scale(dir, TAB_LOOP * Math.sin(a)))));
  }
  // The inner leg: down in front of the outer one and on into the roll's padding (its end at the
  // section's centre, out of sight).
  const innerTop = add(foldC, scale(fwd, TAB_LOOP));
  const inner: Vec3[] = [
    innerTop,
    add(innerTop, scale(dir, -(yFold - crownY) * 0.55)),
    [lerp(innerTop[0], c[0], 0.6), crownY - 1.2, 0],
    [c[0], c[1], 0],
  ];
  const path = [...smoothPath(outer, 2), ...fold, ...smoothPath(inner, 2)];
  const np = path.length;
  const seg = 10;
  // Plan curvature: flat-ish on the back wall, following the collar's curve higher up.
  const bendAt = (q: Vec3): number => lerp(1 / 80, 1 / 45, smoothstep(yP - 3, yP + 3, q[1]));
  // Half-width: a touch wider where it is sewn on; rounded top corners (radius TAB_CORNER).
  const halfW = (q: Vec3): number => {
    const d = yTop - q[1];
    const w = lerp(7.0, TAB_HALF_W, smoothstep(yP - 8, yP, q[1]));
    return d >= TAB_CORNER ? w : w - TAB_CORNER + Math.sqrt(Math.max(0, TAB_CORNER ** 2 - (TAB_CORNER - Math.max(0, d)) ** 2));
  };
  const frames = path.map((q, i) => {
    const a = path[Math.max(0, i - 1)]!;
    const b = path[Math.min(np - 1, i + 1)]!;
    const t = norm(sub(b, a));
    return { q, nrm: [t[1], -t[0], 0] as Vec3 };
  });
  const point = (i: number, j: number): Vec3 => {
    const f = frames[i]!;
    const ang = (2 * Math.PI * j) / seg;
    const pinch = i === 0 || i === np - 1 ? 0 : 1;
    // A flat band with softly rounded edges.
    const zc = Math.sign(Math.cos(ang)) * Math.pow(Math.abs(Math.cos(ang)), 0.2) * halfW(f.q) * pinch;
    const tc = Math.sign(Math.sin(ang)) * Math.pow(Math.abs(Math.sin(ang)), 0.6) * HALF_T * pinch;
    const base = add(f.q, scale(f.nrm, tc));
    return [base[0] + bendAt(f.q) * zc * zc, base[1], zc];
  };
  addGrid(
    m,
    np - 1,
    seg,
    point,
    (q, i) => {
      const f = frames[Math.min(i, np - 1)]!;
      const g = frames[Math.min(i + 1, np - 1)]!;
      const mid = scale(add(f.q, g.q), 0.5);
      const bend = bendAt(mid) * q[2] * q[2];
      // The section's outward normal, an ellipse's (z/W², t/T²) taken about the curved mid-surface:
      // the plain offset from the centre is mostly sideways on a band this flat and, with the
      // plan curve tilting its faces, pointed some of them inward.
      const nrm = norm(add(f.nrm, g.nrm));
      const t = dot(sub(q, [mid[0] + bend, mid[1], 0]), nrm);
      const w = Math.max(1, halfW(mid));
      return add(scale(nrm, t / HALF_T ** 2), [0, 0, q[2] / w ** 2]);
    },
    { closedJ: true },
  );
  return m;
}
/** The pull tab: height of its top above the roll's crown, lean back from upright, half-width, corner radius, loop radius (mm, rad). */
const TAB_RISE = 6;
const TAB_LEAN = 0.2;
const TAB_HALF_W = 6.5;
const TAB_CORNER = 3;
const TAB_LOOP = 1.2;
