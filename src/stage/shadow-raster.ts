/**
 * The contact shadow's image, computed on the CPU: the model's triangles are rasterised
 * top-down into a square grid, each cell as dark as the lowest surface above it is near the
 * ground, then the grid is blurred. Doing this in script instead of two GPU passes saves two shader programs,
 * whose compiles delayed the first frame; the bake itself takes a few milliseconds.
 *
 * Pure maths on typed arrays: no DOM, no WebGL.
 */

/** Where the shadow's square grid lies on the ground, in world units (y up). */
export interface ShadowFrame {
  /** Grid cells per side. */
  size: number;
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
  /** Height of the ground. */
  groundY: number;
  /** Height above the ground at which a surface stops casting any shadow. */
  maxHeight: number;
}

/** A shadow being accumulated: per cell, its darkness so far (0 = none). */
export function createShadowGrid(frame: ShadowFrame): Float32Array {
  return new Float32Array(frame.size * frame.size);
}

/** How dark a surface `height` above the ground makes the ground: 1 touching it, 0 at `maxHeight`. */
export function darknessAt(height: number, maxHeight: number): number {
  const t = Math.min(1, Math.max(0, height / maxHeight));
  const a = 1 - t * t * (3 - 2 * t);
  return a * a;
}

/**
 * Adds triangles to `grid`. `positions` are world-space xyz triples; `index` lists the
 * triangles' corners (or null for consecutive triples). Each cell keeps the darkest value
 * of the surfaces above it: the nearest one to the ground decides, whichever way triangles
 * face and however many layers a model has (scans and CAD exports differ in both).
 * Cell (i, j) samples x = minX + (i + 0.5) / size * width and z = maxZ - (j + 0.5) / size * depth,
 * the orientation of a ground plane's texture (u along +x, v along -z).
 */
export function addTriangles(
  grid: Float32Array,
  frame: ShadowFrame,
  positions: ArrayLike<number>,
  index: ArrayLike<number> | null,
): void {
  const { size, minX, minZ, maxZ, groundY, maxHeight } = frame;
  const toCellX = size / (frame.maxX - minX);
  const toCellY = size / (maxZ - minZ);
  const count = index ? index.length : positions.length / 3;
  const corner = (k: number) => (index ? index[k] : k) * 3;
  for (let k = 0; k + 2 < count; k += 3) {
    const a = corner(k);
    const b = corner(k + 1);
    const c = corner(k + 2);
    const ha = positions[a + 1] - groundY;
    const hb = positions[b + 1] - groundY;
    const hc = positions[c + 1] - groundY;
    if (ha >= maxHeight && hb >= maxHeight && hc >= maxHeight) continue;
    // Cell coordinates: column from x, row from z (row 0 at maxZ).
    const ax = (positions[a] - minX) * toCellX - 0.5;
    const ay = (maxZ - positions[a + 2]) * toCellY - 0.5;
    const bx = (positions[b] - minX) * toCellX - 0.5;
    const by = (maxZ - positions[b + 2]) * toCellY - 0.5;
    const cx = (positions[c] - minX) * toCellX - 0.5;
    const cy = (maxZ - positions[c + 2]) * toCellY - 0.5;
    // Twice the signed area in cell space; zero for a triangle seen edge-on from above.
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (area === 0) continue;
    const sign = area > 0 ? 1 : -1;
    const x0 = Math.max(0, Math.ceil(Math.min(ax, bx, cx)));
    const x1 = Math.min(size - 1, Math.floor(Math.max(ax, bx, cx)));
    const y0 = Math.max(0, Math.ceil(Math.min(ay, by, cy)));
    const y1 = Math.min(size - 1, Math.floor(Math.max(ay, by, cy)));
    const inverse = 1 / Math.abs(area);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        // Barycentric weights from the edge functions.
        const wa = sign * ((bx - x) * (cy - y) - (by - y) * (cx - x)) * inverse;
        const wb = sign * ((cx - x) * (ay - y) - (cy - y) * (ax - x)) * inverse;
        const wc = 1 - wa - wb;
        if (wa < 0 || wb < 0 || wc < 0) continue;
        const darkness = darknessAt(wa * ha + wb * hb + wc * hc, maxHeight);
        const cell = y * size + x;
        if (darkness > grid[cell]) grid[cell] = darkness;
      }
    }
  }
}

// A 9-tap Gaussian in 5 linear-interpolated samples (offsets in cells), normalised to sum to 1.
const OFFSETS = [0, 1.385, 3.231];
const WEIGHTS = [0.227, 0.316, 0.07].map((w) => w / 0.999);

/** Linear interpolation in `line` (`count` values `stride` apart from `base`) at `p`, clamped at the ends. */
function sampleLine(line: Float32Array, base: number, stride: number, count: number, p: number): number {
  const clamped = p < 0 ? 0 : p > count - 1 ? count - 1 : p;
  const i = Math.floor(clamped);
  const f = clamped - i;
  const j = i + 1 < count ? i + 1 : i;
  return line[base + i * stride] * (1 - f) + line[base + j * stride] * f;
}

/** One separable blur pass along x or y, `spread` cells per tap unit. */
function blurPass(from: Float32Array, to: Float32Array, size: number, spread: number, alongX: boolean): void {
  const o1 = OFFSETS[1] * spread;
  const o2 = OFFSETS[2] * spread;
  const [w0, w1, w2] = WEIGHTS;
  for (let line = 0; line < size; line++) {
    // A row (along x) or a column (along y) of the grid.
    const base = alongX ? line * size : line;
    const stride = alongX ? 1 : size;
    for (let k = 0; k < size; k++) {
      to[base + k * stride] =
        from[base + k * stride] * w0 +
        (sampleLine(from, base, stride, size, k + o1) + sampleLine(from, base, stride, size, k - o1)) * w1 +
        (sampleLine(from, base, stride, size, k + o2) + sampleLine(from, base, stride, size, k - o2)) * w2;
    }
  }
}

/**
 * Blurs a darkness grid twice with a widening kernel for a soft penumbra and writes it as
 * black RGBA texels with the darkness as alpha (0-255) into `rgba` (size * size * 4).
 */
export function shadowTexels(grid: Float32Array, size: number, rgba: Uint8Array): void {
  const opacity = Float32Array.from(grid);
  const scratch = new Float32Array(grid.length);
  // Spreads as in a 256-cell grid, scaled to this one.
  for (const spread of [1.5, 3]) {
    const cells = (spread * size) / 256;
    blurPass(opacity, scratch, size, cells, true);
    blurPass(scratch, opacity, size, cells, false);
  }
  for (let i = 0; i < opacity.length; i++) {
    rgba[i * 4] = 0;
    rgba[i * 4 + 1] = 0;
    rgba[i * 4 + 2] = 0;
    rgba[i * 4 + 3] = Math.round(Math.min(1, Math.max(0, opacity[i])) * 255);
  }
}
