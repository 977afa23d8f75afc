/**
 * Overlay panels: regions of the last's (x, θ) parameter space, offset outward
 * by their thickness. The offset follows a quarter-round profile near the
 * panel's border and dips just under the surface at the very edge, so every
 * panel reads as a closed piece with rounded edges and never z-fights.
 */
import { type Vec3, clamp, len, sub } from './math.js';
import { edgeSamples } from './math.js';
import { type MeshData, addGrid } from './mesh.js';
import { upperNormal, upperPoint } from './last.js';

export interface PanelSpec {
  /** Parameter-space point for a in 0..1 (across) and b in 0..1 (along). */
  map: (a: number, b: number) => { x: number; theta: number };
  /** Full thickness in mm (also the layer height above the mesh base). */
  thickness: number;
  /** Optional extra thickness across the panel (e.g. a counter flaring out at its foot). */
  extra?: (a: number, b: number) => number;
  /** Samples across and along (interior; edge samples are added). */
  na: number;
  nb: number;
  /** Width of the rounded border in mm. */
  edge?: number;
  /** Width of the rounded border at the b = 0 and b = 1 ends, if not `edge` (a soft ramp where a band ends). */
  edgeB?: number;
  /** Skip rounding on the b = 1 end (e.g. a collapsed toe tip). */
  openEndB?: boolean;
  /**
   * Inset (mm) of a stitch line: a fine groove pressed in along the panel's long
   * edges (a = 0 and a = 1), so it reads as a piece sewn onto the upper.
   */
  stitch?: number;
  /** Inset (mm) of a stitch line along the b = 0 edge (e.g. the mudguard's top edge). */
  stitchB?: number;
  /** Inset (mm) of a stitch line along the b = 1 edge (e.g. the heel overlay's top edge). */
  stitchB1?: number;
  /** Depth and half-width of the stitch grooves (mm), if not the fine default. */
  stitchDepth?: number;
  stitchHalf?: number;
  /** Optional TEXCOORD_0 at (a, b), for a textured panel (every panel of a part must then have it). */
  uv?: (a: number, b: number) => [number, number];
}

/** Depth and half-width of a stitch groove (mm). */
const STITCH_DEPTH = 0.5;
const STITCH_HALF = 0.3;

export function addPanel(mesh: MeshData, spec: PanelSpec): void {
  const edge = spec.edge ?? 1.4;
  const at = (a: number, b: number): Vec3 => {
    const q = spec.map(a, b);
    return upperPoint(q.x, q.theta);
  };
  const lenA = len(sub(at(1, 0.5), at(0, 0.5))) + 1e-6;
  const lenB = len(sub(at(0.5, 1), at(0.5, 0))) + 1e-6;
  const ea = clamp(edge / lenA, 0.02, 0.3);
  const eb = clamp((spec.edgeB ?? edge) / lenB, 0.02, 0.3);
  let as = edgeSamples(spec.na, ea);
  const st = spec.stitch ? spec.stitch / lenA : 0;
  const depth = spec.stitchDepth ?? STITCH_DEPTH;
  const half = spec.stitchHalf ?? STITCH_HALF;
  const sw = half / lenA;
  if (st > 0) {
    // Rows pinned at the groove's edges and bottom, so it stays a crisp line.
    const extra = [st - sw, st, st + sw].flatMap((u) => [u, 1 - u]);
    as = [...new Set([...as, ...extra])].sort((p, q) => p - q);
  }
  let bs = spec.openEndB ? edgeSamples(spec.nb, eb).slice(0, -2) : edgeSamples(spec.nb, eb);
  if (spec.openEndB) bs[bs.length - 1] = 1;
  const stB = spec.stitchB ? spec.stitchB / lenB : 0;
  const swB = half / lenB;
  if (stB > 0) bs = [...new Set([...bs, stB - swB, stB, stB + swB])].sort((p, q) => p - q);
  const stB1 = spec.stitchB1 ? 1 - spec.stitchB1 / lenB : 0;
  if (stB1 > 0) bs = [...new Set([...bs, stB1 - swB, stB1, stB1 + swB])].sort((p, q) => p - q);
  const t = spec.thickness;
  const rim = (u: number, e: number): number => {
    const r = clamp(u / e, 0, 1);
    return Math.sqrt(1 - (1 - r) * (1 - r));
  };
  addGrid(
    mesh,
    as.length - 1,
    bs.length - 1,
    (i, j) => {
      const a = as[i]!;
      const b = bs[j]!;
      const q = spec.map(a, b);
      const ra = rim(Math.min(a, 1 - a), ea);
      const rb = spec.openEndB ? rim(b, eb) : rim(Math.min(b, 1 - b), eb);
      let off = -0.45 + (t + (spec.extra?.(a, b) ?? 0) + 0.45) * ra * rb;
      if (st > 0) {
        const du = Math.abs(Math.min(a, 1 - a) - st);
        off -= depth * clamp(1 - du / sw, 0, 1) * rb;
      }
      if (stB > 0) off -= depth * clamp(1 - Math.abs(b - stB) / swB, 0, 1) * ra;
      if (stB1 > 0) off -= depth * clamp(1 - Math.abs(b - stB1) / swB, 0, 1) * ra;
      const p = upperPoint(q.x, q.theta);
      const n = upperNormal(q.x, q.theta);
      return [p[0] + n[0] * off, p[1] + n[1] * off, p[2] + n[2] * off];
    },
    (_p, i, j) => {
      const q = spec.map(as[i]!, bs[j]!);
      return upperNormal(q.x, q.theta);
    },
    {},
    spec.uv ? (i, j) => spec.uv!(as[i]!, bs[j]!) : undefined,
  );
}
