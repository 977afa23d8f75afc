import { describe, expect, it } from 'vitest';
import { bandAt, bandWidth, bezier, crossing, cutAt } from '../../generator/upper/side-band.js';
import { FRONT_STRIPE, REAR_STRIPE } from '../../generator/upper/stripes.js';

/** Distance (mm) from a side-view point to a band's centre line (dense polyline search). */
function distToCentre(p: readonly [number, number], band: typeof FRONT_STRIPE): number {
  let best = Infinity;
  for (let i = 0; i <= 2000; i++) {
    const q = bezier(band.p, i / 2000);
    best = Math.min(best, Math.hypot(q[0] - p[0], q[1] - p[1]));
  }
  return best;
}

describe('side-view bands (the stripes)', () => {
  it('finds the one point where the two stripes cross, on both centre lines', () => {
    const x = crossing(FRONT_STRIPE, REAR_STRIPE);
    const a = bezier(FRONT_STRIPE.p, x.sa);
    const b = bezier(REAR_STRIPE.p, x.sb);
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(0.5);
    // The X sits in the midfoot, between the lace panel and the sole, not at an end of either band.
    expect(x.sa).toBeGreaterThan(0.2);
    expect(x.sa).toBeLessThan(0.8);
    expect(x.sb).toBeGreaterThan(0.2);
    expect(x.sb).toBeLessThan(0.8);
  });

  it('cuts the band underneath short of the one on top on both sides, by the clearance', () => {
    const x = crossing(FRONT_STRIPE, REAR_STRIPE);
    const clearance = bandWidth(FRONT_STRIPE, x.sa) / 2 + 1.3;
    for (const across of [-3, 0, 3]) {
      const before = cutAt(REAR_STRIPE, FRONT_STRIPE, across, clearance, -1);
      const after = cutAt(REAR_STRIPE, FRONT_STRIPE, across, clearance, 1);
      expect(before).toBeLessThan(x.sb);
      expect(after).toBeGreaterThan(x.sb);
      for (const s of [before, after]) {
        expect(distToCentre(bandAt(REAR_STRIPE, s, across), FRONT_STRIPE)).toBeCloseTo(clearance, 0);
      }
    }
  });

  it('widens each stripe toward the sole and narrows it toward the lace panel', () => {
    // FRONT_STRIPE starts at the sole, REAR_STRIPE ends there.
    expect(bandWidth(FRONT_STRIPE, 0)).toBeGreaterThan(bandWidth(FRONT_STRIPE, 1) + 4);
    expect(bandWidth(REAR_STRIPE, 1)).toBeGreaterThan(bandWidth(REAR_STRIPE, 0) + 4);
  });
});
