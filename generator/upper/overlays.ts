/**
 * The silver overlays of the upper's sides: few, large, shaped pieces lying on the mesh.
 * The midfoot layer is the rear quarter, everything behind the stripes' crossing band down to
 * the heel clip, plus the saddle in front of that band above the upper rising band, so both
 * frame the stripes; mesh shows in the X's lower wedges. The forefoot layer is a broad panel in
 * front of the X, from the front of the lace panel down over the mudguard's rear, made of two
 * lapped pieces with an angular mesh window between them, and a wedge of mesh between it and the
 * stripes. Each has a bevelled edge (the forefoot's front piece a stitch line), and runs on under
 * the lace panel (all are thinner than its face, so they need no thinning there: no step beside its edge).
 */
import { lerp } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { collarLine, openingTheta, thetaAt, upperBase, upperPoint, upperRoof } from '../last.js';
import { GRAIN_UV_MM } from '../materials.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';
import { type P2, type SideBand, WING_FOOT_X, WING_TIP, bezier, crossing } from './side-band.js';
import { CROSS_STRIPE, RISE_HIGH } from './stripes.js';

/** Layer heights above the mesh base (mm); the stripes lie on both. */
const LAYER = { quarter: 0.5, saddle: 0.8, wing: 0.95, vamp: 1.3 } as const;

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
    // runs under the stripes (quarterFront). Both edges are hidden (under the clip and the band),
    // so it is sampled only as finely as keeps its surface under the stripes' bevels: the bytes
    // went to the forefoot pieces' visible edges.
    addSidePanel(m, side, LAYER.quarter, quarterRear, quarterFront, { na: 2, nb: 7, stitch: false });
    addSaddle(m, side);
  }
  return m;
}

/** Where the saddle's front edge leaves the upper rising band (parameter along it from its foot). */
const SADDLE_FOOT_S = 0.3;
/** Top front corner of the saddle, under the lace panel; its front edge leans forward to it, so the mesh between it and the forefoot wing is a wedge, not a strip. */
const SADDLE_TOP_FRONT: P2 = [200, 100];

/**
 * The saddle: the midfoot overlay in front of the crossing band, above the upper rising band,
 * up under the lace panel. Its rear and lower edges run under those bands' centre lines, so both
 * stripes are framed by silver on that side (and the quarter behind), with mesh left in the X's
 * lower wedges and in a wedge before the forefoot wing. A Coons patch between the four edges,
 * since the two lower ones are curves.
 */
function addSaddle(m: MeshData, side: number): void {
  const sHigh = crossing(CROSS_STRIPE, RISE_HIGH);
  const lower = (a: number): P2 => bezier(RISE_HIGH.p, lerp(sHigh.sb, SADDLE_FOOT_S, a));
  const rear = (b: number): P2 => bezier(CROSS_STRIPE.p, lerp(sHigh.sa, 0, b));
  const top = (a: number): P2 => lerp2(bezier(CROSS_STRIPE.p, 0), SADDLE_TOP_FRONT, a);
  const front = (b: number): P2 => lerp2(lower(1), SADDLE_TOP_FRONT, b);
  const map = (a: number, b: number): { x: number; theta: number } => {
    const [l, r, lo, hi] = [rear(b), front(b), lower(a), top(a)];
    const [c00, c10, c01, c11] = [lower(0), lower(1), top(0), top(1)];
    const at = (k: 0 | 1): number =>
      lerp(l[k], r[k], a) + lerp(lo[k], hi[k], b) - lerp(lerp(c00[k], c10[k], a), lerp(c01[k], c11[k], a), b);
    const x = at(0);
    return { x, theta: clampedTheta(x, at(1), side) };
  };
  addPanel(m, { na: 3, nb: 4, thickness: LAYER.saddle, edge: 2.2, map, uv: (a, b) => sideUv(map(a, b)) });
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

/**
 * The forefoot overlay's front edge: from the sole well forward over the mudguard, rising to the
 * front end of the lace panel, so the silver covers most of the forefoot side.
 */
export const WING_FRONT: SideBand['p'] = [foot(266), [262, 46], [236, 64], [216, 84]];

/**
 * The forefoot wing's rear edge: from under the front of the lace panel down and BACK, bowed
 * forward, to the sole a few mm in front of the upper rising band's foot. (Tucked under that
 * band, its top edge ran straight from the band up to the lace panel: a fourth stroke of the
 * mark, a "K". Now a strip of mesh parts it from the stripes all the way up, so it reads as
 * one of the overlays fanning from the eyestay to the sole.)
 */
const WING_REAR: SideBand['p'] = [[203.5, 16], [199, 36], [201.5, 62], [205, 84]];

/**
 * The forefoot overlay is two lapped pieces, so a mesh window opens in it where their edges part:
 * the rear piece's straight front edge and the front piece's rear edge, bowed forward, cross
 * twice, and the window between the crossings has two sharp corners (drawn by the crossing
 * edges, not by the grid, so they stay crisp). Above and below, the front piece lies on the rear.
 * The front piece's rear edge leaves the sole steeply, so the lower corner is a clear V just over
 * the sole (leaving at a shallow angle, it lay along the rear piece's foot as a crumpled sliver).
 */
const REAR_PIECE_FRONT: SideBand['p'] = [[233.3, 16], [226, 33.3], [213, 66.7], [209, 84]];
const FRONT_PIECE_REAR: SideBand['p'] = [[228, 16], [252, 40], [240, 52], [190, 84]];

/**
 * Forefoot overlay: a broad panel in front of the stripes' X, with a mesh window in it. Their long
 * edges are in plain sight, so they are sampled finely along b (coarse, each edge was a polyline
 * of 10-15 mm chords: "jagged, shattered foil"), and the rear piece's front edge ends in front of its rear
 * edge's top (crossing it, the piece's top was a twisted sliver under the lace panel).
 */
export function buildForefootOverlay(): MeshData {
  const m = emptyMesh();
  const footed = (p: SideBand['p']) => (b: number): P2 => {
    const q = bezier(p, b);
    return b === 0 ? foot(q[0]) : q;
  };
  for (const side of [1, -1]) {
    addSidePanel(m, side, LAYER.wing, footed(WING_REAR), footed(REAR_PIECE_FRONT), { na: 2, nb: 7, stitch: false });
    addSidePanel(m, side, LAYER.vamp, footed(FRONT_PIECE_REAR), (b) => bezier(WING_FRONT, b), { na: 2, nb: 10 });
  }
  return m;
}
