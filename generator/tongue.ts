/** Padded tongue lying in the throat and rising above it behind the laces, its top rolling forward. */
import { type Vec3, lerp, norm, roundEnd, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh, paintVertices } from './mesh.js';
import { curve } from './math.js';
import { upperRoof } from './last.js';

/** Where the tongue leaves the last (arc parameter): just past the top eyelet. */
const FREE = 0.72;
/** Side-view centre line on the last: on the roof at the vamp up to just past the top eyelet. */
const roofX = curve([[0, 214], [0.45, 160], [FREE, 126]]);
/**
 * Past the top eyelet the tongue rises off the last almost upright, its padded top rolling
 * slightly forward over the laces (a cubic in side view, mm), instead of running on up and back
 * like a plank.
 */
// (Top kept at ~113 mm, clearly above the collar from the side; lowered to ~102 it read as
// no tongue at all. It ends nearly upright rather than rolled over, which from behind read as a cap.)
// Pass 10: top 108.5 mm and leaning a little forward, narrower and thinner: at 113 mm, 25 mm wide
// and fully padded it showed over the collar from behind as a big rounded blob.
// Pass 11: top 112.5 mm: at 108.5 the lace bow hid it and from the side and three-quarter views
// the shoe read as having no tongue; now its padded top stands clear above the laces.
// Pass 16: top 114.3 mm and its sides wrapped further back, so from the side it shows as a padded
// tab standing 12 mm over the lace panel's top instead of a thin stub behind the bow.
const FREE_CURVE: readonly (readonly [number, number])[] = [[126, upperRoof(126) + 0.8], [121, 104.5], [116.4, 111.4], [118, 114.1]];
function freePoint(k: number): [number, number] {
  const u = 1 - k;
  const w = [u * u * u, 3 * u * u * k, 3 * u * k * k, k * k * k];
  const c = FREE_CURVE;
  return [w.reduce((a, wi, i) => a + wi * c[i]![0], 0), w.reduce((a, wi, i) => a + wi * c[i]![1], 0)];
}
const tongueX = (t: number): number => (t < FREE ? roofX(t) : freePoint((t - FREE) / (1 - FREE))[0]);
// Its toe end (past the last eyelet, where the lace panel's tip narrows) dives under the vamp: left
// on the surface it showed past the lacing as a flat lace end poking out.
const tipSink = (t: number): number => 4.5 * (1 - smoothstep(0.015, 0.085, t));
const tongueY = (t: number, x: number): number => (t < FREE ? upperRoof(x) + 0.8 - tipSink(t) : freePoint((t - FREE) / (1 - FREE))[1]);

/**
 * Half-width (mm) of the tongue's top (13 down the throat): a little narrower than the throat, so
 * from behind it shows over the collar as a narrow rounded top (at 18 it read as a disc; at 9.5 it
 * read from the side as a lace tab, not a tongue).
 */
export const TOP_HALF_WIDTH = 13;
/** How far (mm) the top's side edges wrap back toward the heel behind its centre line. */
const WRAP = 7;

/** Half-width (mm) at arc parameter t, before its rounded ends: 13 down the throat, narrowing to the top. */
const halfWidthAt = (t: number): number => lerp(13, TOP_HALF_WIDTH, Math.max(0, (t - 0.55) / 0.45));

/** Arc parameter of the tongue at station x down the throat (where it lies on the last; x falls as t grows). */
function throatT(x: number): number {
  let lo = 0;
  let hi = FREE;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (roofX(mid) > x) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Half-width (mm) of the tongue at station x down the throat: what the lace panels ride over (eyelets.ts). */
export const tongueHalfWidth = (x: number): number => halfWidthAt(throatT(x));

/**
 * Height (mm) of the tongue's padded front face at (x, z) down the throat, or -Infinity off it:
 * the lace panels' inner bands lie on it and the laces run over it.
 */
export function tongueTop(x: number, z: number): number {
  const t = throatT(x);
  const u = z / halfWidthAt(t);
  if (Math.abs(u) >= 1) return -Infinity;
  return tongueY(t, x) - (z * z) / 90 + frontThickness(t, u);
}

export function tonguePoint(t: number, u: number): Vec3 {
  const x = tongueX(t);
  const len = 110;
  // The top's corners round off over its last 14 mm: a gentle arch, neither a flat-topped disc
  // nor a pointed one.
  const hw = halfWidthAt(t) * roundEnd((1 - t) * len, 14) * roundEnd(t * len, 6);
  const z = u * hw;
  // Follow the last's crown so the tongue hugs it.
  const y = tongueY(t, x) - (z * z) / 90;
  // Above the lacing its sides wrap back round the shin, so from the side the padded top shows
  // as a rounded shape with depth rather than as a thin blade seen edge-on.
  // Its sides also fall away a little more than the crown, so the top reads rounded from the side.
  const free = smoothstep(FREE - 0.02, 1, t);
  return [x - WRAP * free * u * u, y - 2.5 * free * u * u, z];
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

/** Across the tongue (u in -1..1): a pad with rounded sides, full in the middle, closing at the edges. */
const acrossPad = (u: number): number => Math.pow(Math.max(0, 1 - Math.pow(Math.abs(u), 2.4)), 0.42);
/** Along it: full down the throat, closing in a rounded (elliptic) cap over the top edge. */
const capPad = (t: number): number => (t < CAP ? 1 : Math.sqrt(Math.max(0, 1 - ((t - CAP) / (1 - CAP)) ** 2)));
/** Where the tongue's rounded top cap begins (arc parameter). */
const CAP = 0.92;
/** Foam growth toward the free top (1 under the laces). */
const padGrowth = (t: number, top: number): number => lerp(1, top, smoothstep(0.7, 0.83, t));

/** Tongue's front-face offset at (t, u): thicker foam at the free top (~7 mm through with the back, so its edge reads padded), thin under the laces. */
function frontThickness(t: number, u: number): number {
  return 3.0 * padGrowth(t, 1.9) * acrossPad(u) * capPad(t);
}
/** Back-face offset (negative: behind the centre surface), the padding toward the foot. */
function backThickness(t: number, u: number): number {
  return -0.8 * padGrowth(t, 4.5) * acrossPad(u) * capPad(t);
}

/** Samples along the tongue: even down the throat, closing up toward the rounded top. */
const alongSamples = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => 1 - Math.pow(1 - i / n, 1.5));
/** Samples across: cosine-spaced, so the rounded sides get rows where they turn. */
const acrossSamples = (n: number): number[] => Array.from({ length: n + 1 }, (_, j) => -Math.cos((Math.PI * j) / n));

/** Grey level of the woven label (times the tongue's colour): a darker patch that reads as a label on a pale tongue. */
const LABEL_TONE = 0.38;

export function buildTongue(): MeshData {
  const m = emptyMesh();
  // The woven label stitched on the tongue's top, above the bow (a plain patch: no wordmark); lower,
  // at t 0.77-0.88, the bow hid it; at 0.84-0.96 its edge stuck out over the rounded top from the side.
  const label = { t0: 0.8, t1: 0.91, u: 0.58 };
  // Sampled finely enough along the tongue's bend that its flat facets never sink into the face.
  const [li, lj] = [8, 4];
  addGrid(
    m,
    li,
    lj,
    (i, j) => {
      const t = lerp(label.t0, label.t1, i / li);
      const u = lerp(-label.u, label.u, j / lj);
      const c = tonguePoint(t, u);
      const [nx, ny] = tongueNormal(t);
      // A crisp raised patch: its rim drops straight to the tongue's face.
      const edge = Math.min(i, li - i, j, lj - j) === 0 ? -0.1 : 0.45;
      const th = frontThickness(t, u) + edge;
      return [c[0] + nx * th, c[1] + ny * th, c[2]];
    },
    (_p, i) => {
      const [nx, ny] = tongueNormal(lerp(label.t0, label.t1, i / li));
      return [nx, ny, 0];
    },
  );
  paintVertices(m, () => LABEL_TONE);
  const ts = alongSamples(22);
  const us = acrossSamples(10);
  for (const face of [1, -1]) {
    addGrid(
      m,
      ts.length - 1,
      us.length - 1,
      (i, j) => {
        const t = ts[i]!;
        const u = us[j]!;
        const c = tonguePoint(t, u);
        const [nx, ny] = tongueNormal(t);
        const th = face > 0 ? frontThickness(t, u) : backThickness(t, u);
        return [c[0] + nx * th, c[1] + ny * th, c[2]];
      },
      (p, i, j) => {
        // Away from a point inside the pad: the mid-thickness point at the same column, held
        // back from the rounded top cap, so the cap's faces (which turn to face up and back)
        // are wound outward too.
        const t = Math.min(ts[i]!, CAP - 0.05);
        const u = us[j]!;
        const c = tonguePoint(t, u);
        const [nx, ny] = tongueNormal(t);
        const mid = (frontThickness(t, u) + backThickness(t, u)) / 2;
        const away = norm([p[0] - (c[0] + nx * mid), p[1] - (c[1] + ny * mid), p[2] - c[2] * 0.5]);
        // Plus the face's own side of the centre surface at its true t: where the top's sides wrap
        // back, the held-back point alone turned some of the back face's triangles inward (holes
        // seen from behind).
        const [fx, fy] = tongueNormal(ts[i]!);
        return [away[0] + face * fx, away[1] + face * fy, away[2]];
      },
    );
  }
  paintVertices(m, () => 1);
  return m;
}
