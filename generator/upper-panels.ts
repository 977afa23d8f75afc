/** The upper: mesh base shell and the layered overlays cut from the last's parameter space. */
import { clamp, lerp, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { LENGTH, maxFraction, openingTheta, upperBase, thetaAt, thetaAtFraction, upperNormal, upperPoint } from './last.js';
import { addPanel } from './panel.js';
import { EYELETS, EYESTAY_THICKNESS, EYESTAY_X, addEyeletRing, eyestayEdges } from './eyelets.js';

const HALF_PI = Math.PI / 2;
/** How far the upper's lower edge tucks under the midsole rim (radians past the base). */
export const TUCK = 0.16;
/** The overlays tuck less deep (radians past the base): clear of the midsole sidewall's grooves. */
const TOE_TUCK = 0.08;

/** x stations denser at the rounded heel and toe. */
export function upperStations(n: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    xs.push(LENGTH * (0.45 * t + 0.55 * (1 - Math.cos(Math.PI * t)) / 2));
  }
  return xs;
}

/** Mesh base: both halves of the last from the tucked lower edge up to the collar opening. */
export function buildUpperMesh(): MeshData {
  const m = emptyMesh();
  const xs = upperStations(36);
  const nt = 12;
  for (const side of [1, -1]) {
    addGrid(
      m,
      xs.length - 1,
      nt,
      (i, j) => {
        const x = xs[i]!;
        const t0 = openingTheta(x);
        // Dense near the rim so the opening edge stays smooth.
        const s = j / nt;
        const th = lerp(t0, HALF_PI + TUCK, s * s * (3 - 2 * s) * 0.35 + s * 0.65);
        return upperPoint(x, side * th);
      },
      (p) => upperNormal(p[0], thetaAt(p[0], p[1], side)),
      {},
      // Mesh texture coordinates: along the length, and around the arch (0.5 on the top line).
      (i, j) => {
        const x = xs[i]!;
        const s = j / nt;
        const th = lerp(openingTheta(x), HALF_PI + TUCK, s * s * (3 - 2 * s) * 0.35 + s * 0.65);
        return [clamp(x / LENGTH, 0, 1), clamp(0.5 + (side * th) / (2 * (HALF_PI + TUCK)), 0, 1)];
      },
    );
  }
  return m;
}

/**
 * Layer heights above the mesh base (mm). Each layer sits clear of the one below
 * so overlapping panels never z-fight: overlays, then the second overlay layer,
 * then the mudguard / stripes on top.
 */
const LAYER = { midfoot: 0.6, mudguard: 1.2, forefoot: 1.35, stripes: 1.55, crossStripe: 1.85 } as const;

/** Top edge of the mudguard in side view: ~45 mm round the toe, sweeping low back along the sides. */
function mudguardTop(x: number, theta: number): number {
  // Low along the sides, rising round the toe's front, and over the top centre a rounded
  // tongue reaching back onto the toe box: a shaped overlay, not a plain cup.
  const tongue = 13 * Math.exp(-((theta / 0.8) ** 2)) * smoothstep(232, 266, x);
  return upperBase(x) + 5 + 13 * Math.pow(smoothstep(200, 286, x), 1.3) + tongue;
}

/** x where the mudguard's top edge crosses the arch angle θ (bisection; the region lies in front of it). */
function mudguardStart(theta: number): number {
  const below = (x: number): boolean => upperPoint(x, theta)[1] <= mudguardTop(x, theta);
  let lo = 194;
  let hi = LENGTH;
  if (below(lo)) return lo;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Toe mudguard: wraps the front up to ~45 mm with a shaped top edge; the vamp mesh shows above it. */
export function buildToe(): MeshData {
  const m = emptyMesh();
  const na = 32;
  const starts = new Map<number, number>();
  addPanel(m, {
    na,
    nb: 12,
    // Under the forefoot overlays: they lie on it, so their crisp edges, not the cap's ramp, draw the seam.
    thickness: LAYER.mudguard,
    edge: 1.8,
    stitchB: 2.2,
    openEndB: true,
    map: (a, b) => {
      // Denser toward the sides' base, where the arch turns sharply down into the tuck: there a
      // coarse chord would sag under the mesh base and let it show through the cap.
      const u = 2 * a - 1;
      // Tucked only shallowly under the midsole's top: deeper, it would show in the sidewall's grooves.
      const th = (HALF_PI + TOE_TUCK) * Math.sign(u) * Math.sin((Math.abs(u) * Math.PI) / 2);
      let x0 = starts.get(th);
      if (x0 === undefined) {
        x0 = mudguardStart(th);
        starts.set(th, x0);
      }
      return { x: lerp(x0, LENGTH, Math.pow(b, 0.85)), theta: th };
    },
  });
  return m;
}

/**
 * A finger-shaped overlay in side view: a band from its foot (tucked under the
 * midsole rim) up to its tip under the eyestay, given by the foot's and tip's
 * x ranges; `bow` bends the centre line so the band sweeps rather than stands.
 */
interface Finger {
  foot: readonly [number, number];
  tip: readonly [number, number];
  /** Arch fraction of the tip (1 = top centre line). */
  ft: number;
  bow: number;
}

function addFinger(m: MeshData, side: number, f: Finger, thickness: number): void {
  addPanel(m, {
    na: 4,
    nb: 10,
    thickness,
    edge: 1.2,
    stitch: 1.5,
    map: (a, b) => {
      // Ease toward the tip so the band narrows like a flash line.
      const x = lerp(lerp(f.foot[0], f.foot[1], a), lerp(f.tip[0], f.tip[1], a), b) + f.bow * Math.sin(Math.PI * b);
      const fr = Math.min(lerp(-0.035, f.ft, b), maxFraction(x));
      return { x, theta: thetaAtFraction(x, fr, side) };
    },
  });
}

/** Forefoot flash overlays: the second, upper layer, fanning down from the front eyestay. */
export function buildForefootOverlay(): MeshData {
  const m = emptyMesh();
  // All sweep down and back ("flash"), the front ones more upright: a fan from the eyestay.
  const fingers: Finger[] = [
    // Broad at the sole, narrowing to a tip tucked under the eyestay: swept back, bowed like a flash line.
    { foot: [118, 166], tip: [166, 183], ft: 0.84, bow: 12 },
    // In front of the stripes: its front edge curves forward into the mudguard.
    // Its tip tucks under the lace panel's outer edge (no flap standing out in front of it).
    { foot: [196, 234], tip: [185, 206], ft: 0.87, bow: -4 },
  ];
  for (const side of [1, -1]) for (const f of fingers) addFinger(m, side, f, LAYER.forefoot);
  return m;
}

/** Midfoot overlays: the first layer, broad bands sweeping back and down from the eyestay to the midsole. */
export function buildMidfootOverlay(): MeshData {
  const m = emptyMesh();
  const fingers: Finger[] = [
    // Behind the crossing stripe, outlining it.
    // The saddle under the collar: its front edge runs under the rear stripe (no ghost edge
    // beside it), and the front bar's rising end lies on it.
    { foot: [18, 60], tip: [60, 134], ft: 0.9, bow: 0 },
    // Under the stripes' crossing, reaching from the mid eyestay to the midsole.
    { foot: [86, 130], tip: [142, 166], ft: 0.86, bow: 10 },
  ];
  for (const side of [1, -1]) for (const f of fingers) addFinger(m, side, f, LAYER.midfoot);
  return m;
}

/** Lace panels either side of the throat. */
export function buildEyestay(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    addPanel(m, {
      na: 4,
      nb: 18,
      thickness: EYESTAY_THICKNESS,
      edge: 1.8,
      stitch: 1.6,
      // Thins toward its front tip so the tip lies down on the vamp instead of lifting off.
      extra: (_a, b) => -0.9 * smoothstep(0.75, 1, b),
      map: (a, b) => {
        const x = lerp(EYESTAY_X[0], EYESTAY_X[1], b);
        const [inner, outer] = eyestayEdges(x);
        return { x, theta: side * lerp(inner, outer, a) };
      },
    });
    for (const x of EYELETS) addEyeletRing(m, x, side);
  }
  return m;
}

export { buildHeelCounter } from './upper/heel-counter.js';
export { buildTigerStripes } from './upper/stripes.js';
