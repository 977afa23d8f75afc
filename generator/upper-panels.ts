/** The upper: mesh base shell and the layered overlays cut from the last's parameter space. */
import { clamp, lerp, smoothstep } from './math.js';
import { type MeshData, addGrid, emptyMesh } from './mesh.js';
import { LENGTH, collarLine, maxFraction, openingTheta, upperBase, thetaAt, thetaAtFraction, upperNormal, upperPoint, upperRoof } from './last.js';
import { addPanel } from './panel.js';

const HALF_PI = Math.PI / 2;
/** How far the upper's lower edge tucks under the midsole rim (radians past the base). */
export const TUCK = 0.16;

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
  const xs = upperStations(56);
  const nt = 18;
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

/** Toe cap / mudguard wrapping the front, with a low band running back along both sides. */
export function buildToe(): MeshData {
  const m = emptyMesh();
  addPanel(m, {
    na: 26,
    nb: 12,
    thickness: 1.1,
    openEndB: true,
    map: (a, b) => {
      const th = lerp(-(HALF_PI + TUCK), HALF_PI + TUCK, a);
      const k = Math.min(1, Math.abs(th) / HALF_PI);
      // Back edge: high over the toe, sweeping back low along the sides.
      // A scalloped edge dipping between the forefoot fingers, as on the real mudguard.
      const scallop = 5 * Math.sin(k * Math.PI * 3) * smoothstep(0.3, 0.6, k);
      const xBack = 258 - 62 * Math.pow(k, 2.0) - 18 * smoothstep(0.85, 1, k) + scallop;
      return { x: lerp(xBack, LENGTH, Math.pow(b, 0.8)), theta: th };
    },
  });
  return m;
}

interface Finger {
  /** Bottom edge x range (at the midsole) and top edge x range (under the eyestay). */
  xb0: number;
  xb1: number;
  xt0: number;
  xt1: number;
  ft: number;
  bow: number;
}

function addFinger(m: MeshData, side: number, f: Finger, thickness: number): void {
  addPanel(m, {
    na: 5,
    nb: 12,
    thickness,
    map: (a, b) => {
      const x = lerp(lerp(f.xb0, f.xb1, a), lerp(f.xt0, f.xt1, a), b) + f.bow * Math.sin(Math.PI * b);
      const fr = Math.min(lerp(-0.08, f.ft, b), maxFraction(x));
      return { x, theta: thetaAtFraction(x, fr, side) };
    },
  });
}

/** Forefoot 'flash' overlays fanning forward from the eyestay down to the toe cap. */
export function buildForefootOverlay(): MeshData {
  const m = emptyMesh();
  const fingers: Finger[] = [
    { xb0: 172, xb1: 202, xt0: 156, xt1: 168, ft: 0.9, bow: -6 },
    { xb0: 210, xb1: 236, xt0: 173, xt1: 184, ft: 0.9, bow: -7 },
  ];
  for (const side of [1, -1]) for (const f of fingers) addFinger(m, side, f, 1.5);
  return m;
}

/** Midfoot overlays sweeping back and down from the eyestay, plus the low wrap tying them together. */
export function buildMidfootOverlay(): MeshData {
  const m = emptyMesh();
  const fingers: Finger[] = [
    { xb0: 62, xb1: 96, xt0: 106, xt1: 120, ft: 0.92, bow: 7 },
    { xb0: 106, xb1: 140, xt0: 126, xt1: 142, ft: 0.92, bow: 6 },
  ];
  for (const side of [1, -1]) {
    for (const f of fingers) addFinger(m, side, f, 1.3);
    // Low band along the sole between heel counter and toe cap.
    addPanel(m, {
      na: 4,
      nb: 30,
      thickness: 1.0,
      map: (a, b) => {
        const x = lerp(70, 205, b);
        const top = 0.2 + 0.06 * Math.sin(Math.PI * b);
        return { x, theta: thetaAtFraction(x, lerp(-0.08, top, a), side) };
      },
    });
  }
  return m;
}

/** Lace panels either side of the throat. */
export function buildEyestay(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    addPanel(m, {
      na: 5,
      nb: 22,
      thickness: 1.8,
      edge: 1.8,
      map: (a, b) => {
        const x = lerp(108, 212, b);
        const thMax = 0.6 + 0.14 * Math.sin(Math.PI * b);
        // Inner edge follows the throat; near the opening it stays clear of the rim.
        const thMin = Math.min(thMax - 0.18, Math.max(openingTheta(x) + 0.03, 0.22 + 0.07 * smoothstep(160, 212, x)));
        return { x, theta: side * lerp(thMin, thMax, a) };
      },
    });
  }
  return m;
}

/** Heel overlay and external counter: the back third, up to ~60 mm at the heel centre. */
export function buildHeelCounter(): MeshData {
  const m = emptyMesh();
  addPanel(m, {
    na: 30,
    nb: 12,
    thickness: 1.6,
    edge: 2,
    map: (a, b) => {
      const side = a >= 0.5 ? 1 : -1;
      const t = Math.abs(2 * a - 1);
      // Front edge: a concave swoop from low and forward to high and back.
      const xFront = 34 + 76 * Math.pow(1 - b, 1.8);
      const x = Math.max(0.02, xFront * Math.pow(t, 1.6));
      const yTop = 64 - 0.2 * x + 4 * Math.sin(Math.min(1, x / 40) * Math.PI);
      const y = lerp(upperBase(x) - 3, yTop, b);
      return { x, theta: thetaAt(x, y, side) };
    },
  });
  return m;
}

type P2 = readonly [number, number];

function addStripe(m: MeshData, side: number, p0: P2, p1: P2, p2: P2, width: number, thickness: number): void {
  const bez = (s: number): P2 => {
    const u = 1 - s;
    return [u * u * p0[0] + 2 * u * s * p1[0] + s * s * p2[0], u * u * p0[1] + 2 * u * s * p1[1] + s * s * p2[1]];
  };
  addPanel(m, {
    na: 3,
    nb: 16,
    thickness,
    edge: 1.3,
    map: (a, b) => {
      const c = bez(b);
      const c2 = bez(Math.min(1, b + 0.01));
      const c1 = bez(Math.max(0, b - 0.01));
      const tx = c2[0] - c1[0];
      const ty = c2[1] - c1[1];
      const tl = Math.hypot(tx, ty) || 1;
      // ASICS stripes taper toward their upper ends.
      const wb = width * (1.15 - 0.4 * b);
      const x = c[0] + (-ty / tl) * (a - 0.5) * wb;
      const y = c[1] + (tx / tl) * (a - 0.5) * wb;
      // Keep below the collar rim where the last is cut open.
      const cap = openingTheta(x) > 0 ? collarLine(x) - 4 : upperRoof(x) - 1;
      return { x, theta: thetaAt(x, Math.min(y, cap), side) };
    },
  });
}

/** The ASICS stripes on both sides: two parallel bands rising to the back, crossed by a third. */
export function buildTigerStripes(): MeshData {
  const m = emptyMesh();
  for (const side of [1, -1]) {
    addStripe(m, side, [178, 30], [126, 44], [76, 62], 10, 1.7);
    addStripe(m, side, [190, 43], [136, 57], [88, 72], 10, 1.7);
    addStripe(m, side, [68, 31], [106, 62], [144, 88], 10, 2.1);
  }
  return m;
}
