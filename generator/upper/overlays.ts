/**
 * The silver overlays of the upper's sides: few, large, shaped pieces lying on the mesh.
 * The midfoot layer is the rear quarter, everything behind the stripes' crossing band down to
 * the heel clip (the X's other wedges show the mesh), so the stripes lie on it; the forefoot
 * layer is one wing in front of the X, fanning from the front of the lace panel down to the
 * sole, with mesh between it and the rising pair's foot. Each has a bevelled edge and a stitch line, and runs on under the lace panel
 * (all are thinner than its face, so they need no thinning there: no step beside its edge).
 */
import { lerp } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { collarLine, openingTheta, thetaAt, upperBase, upperPoint, upperRoof } from '../last.js';
import { GRAIN_UV_MM } from '../materials.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';
import { type P2, type SideBand, WING_FOOT_X, WING_TIP, bezier } from './side-band.js';
import { CROSS_STRIPE } from './stripes.js';

/** Layer heights above the mesh base (mm); the stripes lie on both. */
const LAYER = { quarter: 0.5, wing: 0.95 } as const;

/**
 * θ for a side-view point, kept on the upper: tucked where it is below the base, held under
 * the collar padding where the last is open, and under the lace panel's outer edge there.
 */
function clampedTheta(x: number, y: number, side: number): number {
  const top = openingTheta(x) > 0 ? collarLine(x) - 2 : upperRoof(x) - 1;
  let th = Math.abs(thetaAt(x, Math.min(y, top), side));
  if (x > EYESTAY_X[0] + 1 && x < EYESTAY_X[1] - 1) th = Math.max(th, eyestayEdges(x)[1] - 0.07);
  return side * th;
}

/** A panel between a rear and a front edge in side view, b from the foot (0) to the top (1). */
function addSidePanel(
  m: MeshData,
  side: number,
  layer: number,
  rear: (b: number) => P2,
  front: (b: number) => P2,
  opts: { na?: number; nb?: number; stitch?: boolean } = {},
): void {
  const map = (a: number, b: number): { x: number; theta: number } => {
    const r = rear(b);
    const f = front(b);
    const x = lerp(r[0], f[0], a);
    return { x, theta: clampedTheta(x, lerp(r[1], f[1], a), side) };
  };
  addPanel(m, {
    na: opts.na ?? 4,
    nb: opts.nb ?? 7,
    thickness: layer,
    // Skived soft edges on the big panels, unlike the stripes' crisp bevel and the outlines' piping.
    edge: 2.2,
    // A groove wide enough to draw a line at product-page distance, shallower than the panel.
    stitch: opts.stitch === false ? 0 : 2.8,
    stitchDepth: 0.4,
    stitchHalf: 0.45,
    map,
    uv: (a, b) => sideUv(map(a, b)),
  });
}

/** Grain UVs of a side panel: the side view's x and y in mm, so the grain has one scale on both sides. */
function sideUv(q: { x: number; theta: number }): [number, number] {
  const p = upperPoint(q.x, q.theta);
  return [p[0] / GRAIN_UV_MM, p[1] / GRAIN_UV_MM];
}

/** Side-view point below the base at x: a panel's foot, tucked just under the midsole rim (deeper, it showed through the sunk band below the rim). */
const foot = (x: number): P2 => [x, upperBase(x) - 0.5];

/**
 * Midfoot overlay: the rear quarter. (A separate border round each stripe read as a second,
 * parallel rail beside it, "doubled edges": the stripes are now outlined by the panels they
 * lie on, one crisp edge each.)
 */
export function buildMidfootOverlay(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    // The rear quarter: from the collar down and FORWARD into the heel counter (its rear edge
    // leaning back like the stripes' flash: upright, it read as a hard vertical seam); its front edge
    // runs under the stripes (quarterFront). Sampled finely along that edge: coarse, its flat
    // facets left a saw-tooth where the stripes' bevels meet it.
    addSidePanel(m, side, LAYER.quarter, quarterRear, quarterFront, { na: 5, nb: 14, stitch: false });
  }
  return m;
}

/** How far (mm) behind the wing's lower edge the quarter's rear edge runs: under the clip's flat body, past its rim. */
const UNDER_WING = 3.5;

/**
 * The rear quarter's rear edge: hidden under the heel clip's wing, following its concave
 * lower edge up to its pointed tip, then up under the collar from there, so the only seam
 * left in sight continues the wing's tip. (Leaning back behind the clip, it showed through
 * the clip's windows and above the clip as stray lines.)
 */
function quarterRear(b: number): P2 {
  const b1 = 0.8;
  if (b <= b1) {
    const t = b / b1;
    const xc = lerp(WING_FOOT_X, WING_TIP[0], t);
    const y = lerp(upperBase(xc), WING_TIP[1], Math.pow(t, 1.7));
    return [xc - UNDER_WING, Math.max(y, foot(xc)[1])];
  }
  return lerp2([WING_TIP[0] - UNDER_WING, WING_TIP[1] - 1.5], [WING_TIP[0] + 1, 110], (b - b1) / (1 - b1));
}

const lerp2 = (p: P2, q: P2, t: number): P2 => [lerp(p[0], q[0], t), lerp(p[1], q[1], t)];

/**
 * The rear quarter's front edge, hidden under the crossing band: up its centre line from its
 * foot under the clip to its top at the lace panel, then on up under the panel and the collar.
 * So the quarter fills everything behind the crossing band (the rising pair's upper arms lie on
 * it) and no seam line crosses a wedge of the X.
 */
function quarterFront(b: number): P2 {
  const b1 = 0.88;
  const p: P2 =
    b <= b1 ? bezier(CROSS_STRIPE.p, lerp(1, 0, b / b1)) : lerp2(bezier(CROSS_STRIPE.p, 0), [140, 110], (b - b1) / (1 - b1));
  return [p[0], Math.max(p[1], foot(p[0])[1])];
}

/** The forefoot wing's front edge: from the sole in front of the X, rising to the front of the lace panel. */
export const WING_FRONT: SideBand['p'] = [foot(246), [226, 28], [214, 50], [211, 84]];

/**
 * The forefoot wing's rear edge: from under the front of the lace panel down and BACK, bowed
 * forward, to the sole a few mm in front of the upper rising band's foot. (Tucked under that
 * band, its top edge ran straight from the band up to the lace panel: a fourth stroke of the
 * mark, a "K". Now a strip of mesh parts it from the stripes all the way up, so it reads as
 * one of the overlays fanning from the eyestay to the sole.)
 */
const WING_REAR: SideBand['p'] = [[203.5, 16], [199, 36], [201.5, 62], [205, 84]];

/** Forefoot overlay: the wing in front of the stripes' X. */
export function buildForefootOverlay(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    addSidePanel(
      m,
      side,
      LAYER.wing,
      (b) => {
        const p = bezier(WING_REAR, b);
        return b === 0 ? foot(p[0]) : p;
      },
      (b) => bezier(WING_FRONT, b),
      { na: 5, nb: 8 },
    );
  }
  return m;
}
