import { describe, expect, it } from 'vitest';
import { bandAt, bandWidth, bezier, crossing, cutAt, tangent } from '../../generator/upper/side-band.js';
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
  it('draws each stripe as one smooth curve: front band sweeping back toward the heel, rear band forward into the lace panel', () => {
    for (const band of [FRONT_STRIPE, REAR_STRIPE]) {
      // The turn between successive tangents keeps one sign: no bend back (it read as a crossbar).
      const turns = Array.from({ length: 19 }, (_, i) => {
        const t1 = tangent(band, i / 20);
        const t2 = tangent(band, (i + 1) / 20);
        return t1[0] * t2[1] - t1[1] * t2[0];
      });
      expect(turns.every((t) => t >= 0) || turns.every((t) => t <= 0)).toBe(true);
    }
    const x = crossing(FRONT_STRIPE, REAR_STRIPE).at;
    // The front band's top end lies behind the X (toward the heel, x small), the rear band's in front of it.
    expect(FRONT_STRIPE.p[3][0]).toBeLessThan(x[0] - 20);
    expect(REAR_STRIPE.p[0][0]).toBeGreaterThan(x[0] + 20);
    // The front band sweeps back past the rear band's foot, toward the collar.
    expect(FRONT_STRIPE.p[3][0]).toBeLessThan(REAR_STRIPE.p[3][0]);
    // The rear band flattens as it runs forward into the lace panel (steepening there read as a bend up, an A's crossbar).
    const steepness = (s: number): number => Math.abs(tangent(REAR_STRIPE, s)[1] / tangent(REAR_STRIPE, s)[0]);
    expect(steepness(0.05)).toBeLessThan(steepness(0.95));
    // Both tops rise well above the X: it sits around mid-height, not up under the lace panel.
    expect(FRONT_STRIPE.p[3][1]).toBeGreaterThan(x[1] + 15);
    expect(REAR_STRIPE.p[0][1]).toBeGreaterThan(x[1] + 15);
  });
});
