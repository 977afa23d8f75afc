/**
 * The toe mudguard: a stitched overlay wrapping the lower toe, low along the sides and rising
 * toward the nose to about the toe box's mid-height; the vamp mesh shows above it. Thin, with a
 * soft edge, and thinner still under the forefoot wing, so it reads as a sewn-on piece rather
 * than a moulded shell.
 */
import { clamp, lerp, smoothstep } from '../math.js';
import { type MeshData, emptyMesh, weldNormals } from '../mesh.js';
import { LENGTH, upperBase, upperPoint } from '../last.js';
import { GRAIN_UV_MM } from '../materials.js';
import { addPanel } from '../panel.js';
import { type P2, bezier } from './side-band.js';
import { WING_FRONT } from './overlays.js';

const HALF_PI = Math.PI / 2;
/** How far the mudguard tucks under the midsole's top (radians past the base): clear of the sidewall's grooves. */
const TOE_TUCK = 0.08;
/**
 * Height above the mesh base (mm): a shaped piece with a clear edge in front of the forefoot wing
 * (pass 14: at 0.75 all over it read as a thin sheen on the mesh), thinning to UNDER_WING where
 * the wing lies over it (the wing is 0.95 thick there: the cap would show through it).
 */
const THICKNESS = 1.3;
const UNDER_WING = 0.75;
/** The forefoot wing's front edge in side view (overlays.ts), sampled: the cap thins under it. */
const WING_EDGE_PTS: P2[] = Array.from({ length: 65 }, (_, k) => bezier(WING_FRONT, k / 64));
/** x of the wing's front edge at side-view height y (the curve rises monotonically). */
function wingEdgeX(y: number): number {
  const pts = WING_EDGE_PTS;
  if (y <= pts[0]![1]) return pts[0]![0];
  for (let k = 1; k < pts.length; k++) {
    const [x1, y1] = pts[k]!;
    const [x0, y0] = pts[k - 1]!;
    if (y <= y1) return lerp(x0, x1, clamp((y - y0) / (y1 - y0 || 1), 0, 1));
  }
  return pts[pts.length - 1]![0];
}
/** The cap's thickness at (x, θ): UNDER_WING under the wing, rising to THICKNESS 1-6 mm in front of its edge. */
function capThickness(x: number, theta: number): number {
  const d = x - wingEdgeX(upperPoint(x, theta)[1]);
  return lerp(UNDER_WING, THICKNESS, smoothstep(1, 6, d));
}

/** Top edge of the mudguard in side view, at arch angle θ. */
function mudguardTop(x: number, theta: number): number {
  const t = Math.abs(theta);
  // Low along the sides (the vamp mesh shows above it), rising a little toward the tip with the
  // toe spring, so round the nose the edge runs at about the toe box's mid-height and the mesh
  // shows over the top of the toe box. (Pass 14 climbed 16.5 mm more over the centre and capped
  // the whole nose: "a smooth, bulbous chrome blob", "no mesh at the tip".)
  const side = 6.5 + SIDE_RISE * smoothstep(222, 282, x);
  // Over the centre the edge lifts only a touch at the very front: a shallow curve round the nose.
  const centre = CAP_RISE * smoothstep(264, 287, x) * (1 - smoothstep(0, 1.3, t));
  return upperBase(x) + side + centre;
}

/** Rise of the cap's top edge toward the tip along the sides, and the extra over the centre line (mm). */
const SIDE_RISE = 7;
const CAP_RISE = 3;

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
    extra: (a, b) => {
      const q = map(a, b);
      return capThickness(q.x, q.theta) - THICKNESS;
    },
    edge: 1.1,
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
