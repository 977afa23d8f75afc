import { describe, expect, it } from 'vitest';
import { addTriangles, createShadowGrid, darknessAt, shadowTexels, type ShadowFrame } from '../../../src/stage/shadow-raster.js';

// A 1 x 1 m patch of ground at y = 0, 32 cells a side; surfaces 0.1 m up cast nothing.
const frame: ShadowFrame = { size: 32, minX: -0.5, maxX: 0.5, minZ: -0.5, maxZ: 0.5, groundY: 0, maxHeight: 0.1 };

/** Two triangles covering [x0, x1] x [z0, z1] at height y (as xyz triples and an index). */
function square(x0: number, x1: number, z0: number, z1: number, y: number) {
  const positions = [x0, y, z0, x1, y, z0, x1, y, z1, x0, y, z1];
  return { positions, index: [0, 1, 2, 0, 2, 3] };
}

const cell = (grid: Float32Array, x: number, z: number) => {
  const i = Math.floor(((x - frame.minX) / (frame.maxX - frame.minX)) * frame.size);
  const j = Math.floor(((frame.maxZ - z) / (frame.maxZ - frame.minZ)) * frame.size);
  return grid[j * frame.size + i];
};

describe('darknessAt', () => {
  it('is 1 on the ground, 0 from maxHeight up, and falls in between', () => {
    expect(darknessAt(0, 0.1)).toBe(1);
    expect(darknessAt(0.1, 0.1)).toBe(0);
    expect(darknessAt(0.5, 0.1)).toBe(0);
    const samples = [0.01, 0.03, 0.05, 0.07, 0.09].map((h) => darknessAt(h, 0.1));
    for (let i = 1; i < samples.length; i++) expect(samples[i]).toBeLessThan(samples[i - 1]);
  });
});

describe('addTriangles', () => {
  it('darkens the cells under a surface on the ground and nothing else', () => {
    const grid = createShadowGrid(frame);
    const { positions, index } = square(-0.2, 0.2, -0.1, 0.1, 0);
    addTriangles(grid, frame, positions, index);
    expect(cell(grid, 0, 0)).toBe(1);
    expect(cell(grid, 0.15, 0.05)).toBe(1);
    expect(cell(grid, 0.3, 0)).toBe(0);
    expect(cell(grid, 0, 0.2)).toBe(0);
    // 0.4 x 0.2 m of a 1 m^2 patch: about 8% of the cells.
    const covered = grid.filter((v) => v > 0).length / grid.length;
    expect(covered).toBeGreaterThan(0.06);
    expect(covered).toBeLessThan(0.1);
  });

  it('lays the grid out like a ground texture: columns along +x, rows along -z', () => {
    const grid = createShadowGrid(frame);
    const { positions, index } = square(0.3, 0.45, -0.45, -0.3, 0);
    addTriangles(grid, frame, positions, index);
    const size = frame.size;
    // +x is the last columns; -z is the last rows (row 0 is at maxZ).
    expect(grid[(size - 3) * size + (size - 3)]).toBe(1);
    expect(grid[2 * size + 2]).toBe(0);
    expect(grid[2 * size + (size - 3)]).toBe(0);
  });

  it('counts a surface whichever way its triangles wind', () => {
    const a = createShadowGrid(frame);
    const b = createShadowGrid(frame);
    const { positions, index } = square(-0.2, 0.2, -0.1, 0.1, 0.02);
    addTriangles(a, frame, positions, index);
    addTriangles(b, frame, positions, [...index].reverse());
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(cell(a, 0, 0)).toBeCloseTo(darknessAt(0.02, 0.1), 5);
  });

  it('lets the surface nearest the ground decide where layers overlap, and ignores high ones', () => {
    const grid = createShadowGrid(frame);
    for (const y of [0.05, 0.01, 0.3]) {
      const { positions, index } = square(-0.2, 0.2, -0.2, 0.2, y);
      addTriangles(grid, frame, positions, index);
    }
    expect(cell(grid, 0, 0)).toBeCloseTo(darknessAt(0.01, 0.1), 5);
    const high = createShadowGrid(frame);
    const { positions, index } = square(-0.2, 0.2, -0.2, 0.2, 0.3);
    addTriangles(high, frame, positions, index);
    expect(high.every((v) => v === 0)).toBe(true);
  });

  it('interpolates height across a sloping triangle', () => {
    const grid = createShadowGrid(frame);
    // A ramp from the ground at x = -0.4 up to maxHeight at x = 0.4.
    const positions = [-0.4, 0, -0.3, 0.4, 0.1, -0.3, 0.4, 0.1, 0.3, -0.4, 0, 0.3];
    addTriangles(grid, frame, positions, [0, 1, 2, 0, 2, 3]);
    const low = cell(grid, -0.3, 0);
    const mid = cell(grid, 0, 0);
    const high = cell(grid, 0.3, 0);
    expect(low).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(high);
    expect(mid).toBeCloseTo(darknessAt(0.05, 0.1), 1);
  });

  it('reads consecutive triples when there is no index', () => {
    const grid = createShadowGrid(frame);
    addTriangles(grid, frame, [-0.2, 0, -0.2, 0.2, 0, -0.2, 0, 0, 0.2], null);
    expect(cell(grid, 0, -0.1)).toBe(1);
  });
});

describe('shadowTexels', () => {
  it('writes black texels whose alpha is the blurred darkness, with a soft edge', () => {
    const grid = createShadowGrid(frame);
    const { positions, index } = square(-0.25, 0.25, -0.25, 0.25, 0);
    addTriangles(grid, frame, positions, index);
    const rgba = new Uint8Array(frame.size * frame.size * 4);
    shadowTexels(grid, frame.size, rgba);
    const alpha = (i: number, j: number) => rgba[(j * frame.size + i) * 4 + 3];
    const colour = rgba.filter((_, k) => k % 4 !== 3);
    expect(colour.every((v) => v === 0)).toBe(true);
    expect(alpha(16, 16)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
    // Across the edge at cell 8 the alpha ramps instead of stepping from 0 to 255.
    const row = Array.from({ length: 8 }, (_, k) => alpha(4 + k, 16));
    expect(row.some((a) => a > 20 && a < 235)).toBe(true);
    for (let k = 1; k < row.length; k++) expect(row[k]).toBeGreaterThanOrEqual(row[k - 1]);
    // The blur moves darkness around but keeps its total (away from the grid's edges).
    const before = grid.reduce((s, v) => s + v, 0);
    let after = 0;
    for (let k = 3; k < rgba.length; k += 4) after += rgba[k] / 255;
    expect(after).toBeCloseTo(before, -1);
  });
});
