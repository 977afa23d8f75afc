import { describe, expect, it } from 'vitest';
import { MIN_FACING, rankAnchorCandidates, sampleStep } from '../../../src/annotations/anchor-search.js';

/** Samples on a unit sphere at the origin: front (+Z), side (+X), back (-Z), and a grazing one. */
const sphere = {
  positions: [0, 0, 1, 1, 0, 0, 0, 0, -1, 0.3, 0, 0.954],
  normals: [0, 0, 1, 1, 0, 0, 0, 0, -1, 0.3, 0, 0.954],
};

describe('rankAnchorCandidates', () => {
  it('puts the sample facing the eye head-on and on the axis first, and drops those facing away', () => {
    const ranked = rankAnchorCandidates(sphere, [0, 0, 5], [0, 0, 0], 1);
    expect(ranked[0]).toBe(0);
    expect(ranked).toContain(3);
    expect(ranked, 'back faces away').not.toContain(2);
    expect(ranked, 'side is edge-on').not.toContain(1);
  });

  it('follows the eye: seen from +X the side sample wins', () => {
    expect(rankAnchorCandidates(sphere, [5, 0, 0], [0, 0, 0], 1)[0]).toBe(1);
  });

  it('prefers a sample near the middle of the part to an equally facing one at its edge', () => {
    // Two samples on a plane facing +Z: one under the part's middle, one far to the side.
    const plane = { positions: [3, 0, 0, 0, 0, 0], normals: [0, 0, 1, 0, 0, 1] };
    expect(rankAnchorCandidates(plane, [0, 0, 10], [0, 0, 0], 1)).toEqual([1, 0]);
  });

  it('keeps sample order for equal scores (deterministic), and skips zero normals', () => {
    const twins = { positions: [0, 0, 0, 0, 0, 0, 0, 0, 0], normals: [0, 0, 1, 0, 0, 0, 0, 0, 1] };
    expect(rankAnchorCandidates(twins, [0, 0, 2], [0, 0, 0], 1)).toEqual([0, 2]);
  });

  it('drops samples facing the eye less than MIN_FACING', () => {
    const c = MIN_FACING - 0.01;
    const s = Math.sqrt(1 - c * c);
    const tilted = { positions: [0, 0, 0], normals: [s, 0, c] };
    expect(rankAnchorCandidates(tilted, [0, 0, 100], [0, 0, 0], 1)).toEqual([]);
  });
});

describe('sampleStep', () => {
  it('thins a dense part to at most the limit', () => {
    expect(sampleStep(100, 4000)).toBe(1);
    expect(sampleStep(10_000, 4000)).toBe(3);
    expect(Math.ceil(10_000 / sampleStep(10_000, 4000))).toBeLessThanOrEqual(4000);
  });
});
