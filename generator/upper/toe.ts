/**
 * The toe mudguard: a thin stitched overlay wrapping the front of the toe, low along the
 * sides and coming to a point over the toe box's centre; the vamp mesh shows above it. Thin and with a soft edge, so it reads as a
 * sewn-on piece rather than a moulded shell.
 */
import { lerp, smoothstep } from '../math.js';
import { type MeshData, emptyMesh, weldNormals } from '../mesh.js';
import { LENGTH, upperBase, upperPoint } from '../last.js';
import { GRAIN_UV_MM } from '../materials.js';
import { addPanel } from '../panel.js';

const HALF_PI = Math.PI / 2;
/** How far the mudguard tucks under the midsole's top (radians past the base): clear of the sidewall's grooves. */
const TOE_TUCK = 0.08;
/** Height above the mesh base (mm): under the forefoot wing where they overlap. */
const THICKNESS = 0.75;

/** Top edge of the mudguard in side view, at arch angle θ. */
function mudguardTop(x: number, theta: number): number {
  const t = Math.abs(theta);
  // A rounded rise over the centre line, reaching back onto the toe box (a sharp V there
  // pinched the cap into a faceted crease at the tip).
  // Low enough that the vamp mesh shows over the front of the toe box: a wrap, not a dome.
  // Broad and low: a narrow 7 mm point bulged over the tip with a notch either side, a pinch.
  const point = 4 * (1 - smoothstep(0, 1.3, t));
  // Pass 14: the rise scaled down toward the tip with the lower, tapering toe box, so the centre
  // point still reaches the top only near the nose (at full height it capped the toe's whole front as a shell).
  const rise = 6.5 + 8.5 * Math.pow(smoothstep(200, 286, x), 1.1) + point * smoothstep(240, 272, x);
  return upperBase(x) + rise * lerp(1, 0.82, smoothstep(230, 280, x));
}

/** x where the mudguard's top edge crosses the arch angle θ (bisection; the region lies in front of it). */
function mudguardStart(theta: number): number {
  const below = (x: number): boolean => upperPoint(x, theta)[1] <= mudguardTop(x, theta);
  let lo = 200;
  let hi = LENGTH;
  if (below(lo)) return lo;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Axis (x, mm) and radius (mm) of the cylinder the toe cap's grain is wrapped on: round the front, one scale. */
const GRAIN_AXIS_X = 240;
const GRAIN_RADIUS = 45;

/** Grain UVs: round a vertical cylinder about the toe (arc mm) and up (mm), over GRAIN_UV_MM. */
function toeUv(x: number, theta: number): [number, number] {
  const p = upperPoint(x, theta);
  const arc = GRAIN_RADIUS * Math.atan2(p[2], p[0] - GRAIN_AXIS_X);
  return [0.5 + arc / GRAIN_UV_MM, p[1] / GRAIN_UV_MM];
}

export function buildToe(): MeshData {
  const m = emptyMesh();
  const starts = new Map<number, number>();
  const map = (a: number, b: number): { x: number; theta: number } => {
    // Denser toward the sides' base, where the arch turns sharply down into the tuck: there a
    // coarse chord would sag under the mesh base and let it show through the cap.
    const u = 2 * a - 1;
    const th = (HALF_PI + TOE_TUCK) * Math.sign(u) * Math.sin((Math.abs(u) * Math.PI) / 2);
    let x0 = starts.get(th);
    if (x0 === undefined) {
      x0 = mudguardStart(th);
      starts.set(th, x0);
    }
    // Rows packed toward the tip, where the last rounds off fastest: coarse there, the cap's
    // chords cut inside the mesh base and it showed through under the cap's front.
    return { x: lerp(x0, LENGTH, 1 - Math.pow(1 - b, 1.5)), theta: th };
  };
  addPanel(m, {
    na: 34,
    nb: 12,
    thickness: THICKNESS,
    edge: 1.2,
    stitchB: 2.0,
    stitchDepth: 0.5,
    stitchHalf: 0.45,
    openEndB: true,
    map,
    uv: (a, b) => {
      const q = map(a, b);
      return toeUv(q.x, q.theta);
    },
  });
  // The b = 1 row collapses onto the vertical tip line from both sides (the last's half-width is
  // 0 there), but each side's thickness offset pushed it off the line by its own normal: close
  // that slit (only the tip row lies so near the centre plane there), then share the two
  // sides' normals, or the halves met in a faceted crease down the tip.
  for (let i = 0; i < m.positions.length; i += 3) {
    if (m.positions[i]! > LENGTH - 1 && Math.abs(m.positions[i + 2]!) < 1) m.positions[i + 2] = 0;
  }
  weldNormals(m);
  return m;
}
