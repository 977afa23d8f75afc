/**
 * The ASICS stripes: flat, stitched-on bands that lie on the upper and curve with it.
 * A parallel pair drops from under the lace panel down and back into the heel counter;
 * a single curving front bar sweeps from the midsole under the forefoot up and back to
 * the collar, steep at the sole and flattening as it rises, crossing the pair just under
 * the lace panel. Each band tapers and has a crisp raised edge with a stitch line inset
 * from it, so it reads by relief even where it is silver on silver.
 */
import { clamp, lerp, smoothstep } from '../math.js';
import { type MeshData, emptyMesh } from '../mesh.js';
import { collarLine, openingTheta, thetaAt, upperRoof } from '../last.js';
import { EYESTAY_X, eyestayEdges } from '../eyelets.js';
import { addPanel } from '../panel.js';

type P2 = readonly [number, number];

/** A stripe: a cubic centre line in side view (mm), its width at each end, and its layer height. */
interface Stripe {
  p: readonly [P2, P2, P2, P2];
  /** Width at the start (p[0]) and at the end (p[3]), mm. */
  w0: number;
  w1: number;
  layer: number;
}

/**
 * Layer heights above the mesh base (mm): well clear of the overlays they lie on (so they read
 * by relief even silver on silver), the crossing band on top; under the collar padding (2.3).
 */
const PAIR_LAYER = 1.9;
const CROSS_LAYER = 2.2;
/** Where a band runs under the lace panel it thins to this, below the panel's face. */
const UNDER_EYESTAY = 0.9;

export const STRIPES: readonly Stripe[] = [
  // The curving front bar: from under the midsole rim below the forefoot, sweeping up and back
  // to tuck under the collar padding.
  { p: [[200, 20.5], [180, 50], [132, 72], [66, 77]], w0: 13, w1: 8.5, layer: PAIR_LAYER },
  // The parallel rear pair: from under the lace panel's outer edge, down and back into the heel
  // counter; on top of the front bar where they cross it.
  { p: [[158, 85], [132, 64], [100, 42], [76, 28.5]], w0: 9, w1: 11, layer: CROSS_LAYER },
  { p: [[141, 89], [115, 68], [82, 46], [58, 30]], w0: 9, w1: 11, layer: CROSS_LAYER },
];

function bezier(p: Stripe['p'], s: number): P2 {
  const u = 1 - s;
  const [a, b, c, d] = p;
  const k = [u * u * u, 3 * u * u * s, 3 * u * s * s, s * s * s] as const;
  return [k[0] * a[0] + k[1] * b[0] + k[2] * c[0] + k[3] * d[0], k[0] * a[1] + k[1] * b[1] + k[2] * c[1] + k[3] * d[1]];
}

/** Side-view point at `s` along the stripe's centre line, `across` mm off it (to its left). */
function stripeAt(st: Stripe, s: number, across: number): P2 {
  const c = bezier(st.p, s);
  const c2 = bezier(st.p, clamp(s + 0.01, 0, 1));
  const c1 = bezier(st.p, clamp(s - 0.01, 0, 1));
  const tx = c2[0] - c1[0];
  const ty = c2[1] - c1[1];
  const tl = Math.hypot(tx, ty) || 1;
  return [c[0] + (-ty / tl) * across, c[1] + (tx / tl) * across];
}

/** Highest point a stripe may reach at x: clear of the padded collar where the last is cut open. */
const ceiling = (x: number): number => (openingTheta(x) > 0 ? collarLine(x) - 5 : upperRoof(x) - 1);

function addStripeBand(m: MeshData, side: number, st: Stripe): void {
  // End the band (its whole square end) where it would run up into the collar padding.
  const clear = (s: number): boolean =>
    [-0.5, 0.5].every((a) => {
      const [x, y] = stripeAt(st, s, a * st.w1);
      return y <= ceiling(x);
    });
  let sEnd = 1;
  if (!clear(1)) {
    let lo = 0;
    let hi = 1;
    for (let k = 0; k < 30; k++) {
      const mid = (lo + hi) / 2;
      if (clear(mid)) lo = mid;
      else hi = mid;
    }
    sEnd = lo;
  }
  const map = (a: number, b: number): { x: number; theta: number } => {
    const s = lerp(0, sEnd, b);
    const w = lerp(st.w0, st.w1, smoothstep(0, 1, s));
    const [x, y] = stripeAt(st, s, (a - 0.5) * w);
    return { x, theta: thetaAt(x, Math.min(y, ceiling(x) + 3), side) };
  };
  /** 1 where the band lies under the lace panel, easing to 0 just outside the panel's outer edge. */
  const underEyestay = (x: number, theta: number): number =>
    x > EYESTAY_X[0] && x < EYESTAY_X[1] ? smoothstep(0.05, -0.03, Math.abs(theta) - eyestayEdges(x)[1]) : 0;
  addPanel(m, {
    na: 1,
    nb: 16,
    thickness: st.layer,
    // A crisp edge: the band stands as a flat piece with a clean step, not a rounded bar.
    edge: 0.45,
    edgeB: 2.2,
    stitch: 1.5,
    // Tucked under the lace panel: thinner there, so the panel's edge lies over it.
    extra: (a, b) => {
      const q = map(a, b);
      return (UNDER_EYESTAY - st.layer) * underEyestay(q.x, q.theta);
    },
    map,
  });
}

/** The ASICS stripes on both sides. */
export function buildTigerStripes(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) for (const st of STRIPES) addStripeBand(m, side, st);
  return m;
}
