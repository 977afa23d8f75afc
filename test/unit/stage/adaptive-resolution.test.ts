import { describe, expect, it } from 'vitest';
import { AdaptiveResolution, MIN_SCALE, STEP, WINDOW } from '../../../src/stage/adaptive-resolution.js';

/** Feeds `count` consecutive frames `interval` ms apart, starting after `start`; returns the time of the last. */
function frames(resolution: AdaptiveResolution, count: number, interval: number, start = 0): number {
  let time = start;
  for (let i = 0; i < count; i++) resolution.frame((time += interval), true);
  return time;
}

describe('AdaptiveResolution', () => {
  it('keeps full resolution while frames are fast', () => {
    const resolution = new AdaptiveResolution();
    frames(resolution, 30, 16.7);
    expect(resolution.scale).toBe(1);
  });

  it('lowers the scale a step at a time while frames stay slow, down to the minimum', () => {
    const resolution = new AdaptiveResolution();
    frames(resolution, WINDOW + 1, 60);
    expect(resolution.scale).toBeCloseTo(STEP);
    frames(resolution, 60, 60, 1000);
    expect(resolution.scale).toBe(MIN_SCALE);
  });

  it('does not count idle gaps between separate interactions as slow frames', () => {
    const resolution = new AdaptiveResolution();
    for (let i = 1; i <= 20; i++) resolution.frame(i * 1000, false);
    expect(resolution.scale).toBe(1);
  });

  it('raises the scale again when frames get fast, and restore() returns to full at rest', () => {
    const resolution = new AdaptiveResolution();
    let time = frames(resolution, 20, 60);
    expect(resolution.scale).toBeLessThan(1);
    const low = resolution.scale;
    time = frames(resolution, WINDOW + 1, 10, time);
    expect(resolution.scale).toBeGreaterThan(low);
    frames(resolution, 20, 60, time);
    expect(resolution.restore()).toBe(true);
    expect(resolution.scale).toBe(1);
    expect(resolution.restore(), 'already full').toBe(false);
  });

  it('stays at 1 when turned off, and reports no change', () => {
    const resolution = new AdaptiveResolution();
    resolution.enabled = false;
    let changed = false;
    for (let i = 1; i <= 30; i++) changed = resolution.frame(i * 80, true) || changed;
    expect(changed).toBe(false);
    expect(resolution.scale).toBe(1);
  });
});
