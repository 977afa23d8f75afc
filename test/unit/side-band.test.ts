import { describe, expect, it } from 'vitest';
import { bandAt, bandWidth, bezier, crossing, cutAt, tangent } from '../../generator/upper/side-band.js';
import { FRONT_STRIPE, REAR_STRIPE } from '../../generator/upper/stripes.js';
import { upperBase, upperPoint, upperRoof } from '../../generator/last.js';
import { EYESTAY_X, eyestayEdges } from '../../generator/eyelets.js';

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
  it('draws each band as one smooth curve (the front one concave toward the heel), crossing in a flattened X', () => {
    // Sign changes of the turn between successive tangents: 0 is one smooth curve (no S, no bend back).
    const inflections = (band: typeof FRONT_STRIPE): number => {
      const turns = Array.from({ length: 19 }, (_, i) => {
        const t1 = tangent(band, i / 20);
        const t2 = tangent(band, (i + 1) / 20);
        return t1[0] * t2[1] - t1[1] * t2[0];
      }).filter((t) => Math.abs(t) > 1e-4);
      return turns.slice(1).filter((t, i) => Math.sign(t) !== Math.sign(turns[i]!)).length;
    };
    expect(inflections(FRONT_STRIPE)).toBe(0);
    expect(inflections(REAR_STRIPE)).toBe(0);
    const x = crossing(FRONT_STRIPE, REAR_STRIPE).at;
    // The front band's top end lies behind the X (toward the heel, x small), the rear band's in front of it.
    expect(FRONT_STRIPE.p[3][0]).toBeLessThan(x[0] - 20);
    expect(REAR_STRIPE.p[0][0]).toBeGreaterThan(x[0] + 15);
    // The rear band runs on down and back toward the heel, past the front band's top.
    expect(REAR_STRIPE.p[3][0]).toBeLessThan(FRONT_STRIPE.p[3][0]);
    // A flattened X: the rear band falls at under 30 degrees overall, and flattens toward the heel.
    const [top, foot] = [REAR_STRIPE.p[0], REAR_STRIPE.p[3]];
    expect((top[1] - foot[1]) / (top[0] - foot[0])).toBeLessThan(Math.tan(Math.PI / 6));
    const steepness = (s: number): number => Math.abs(tangent(REAR_STRIPE, s)[1] / tangent(REAR_STRIPE, s)[0]);
    expect(steepness(0.95)).toBeLessThan(steepness(0.05));
    // The front band turns from rising to running back: concave toward the heel (turning left as it climbs).
    expect(tangent(FRONT_STRIPE, 0)[1]).toBeGreaterThan(2 * Math.abs(tangent(FRONT_STRIPE, 0)[0]));
    expect(Math.abs(tangent(FRONT_STRIPE, 1)[1])).toBeLessThan(0.3 * Math.abs(tangent(FRONT_STRIPE, 1)[0]));
    // The X sits no higher than mid-height of the upper there, and both tops rise well above it.
    expect(x[1]).toBeLessThan(upperBase(x[0]) + 0.55 * (upperRoof(x[0]) - upperBase(x[0])));
    expect(FRONT_STRIPE.p[3][1]).toBeGreaterThan(x[1] + 15);
    expect(REAR_STRIPE.p[0][1]).toBeGreaterThan(x[1] + 15);
  });

  it('runs every end into something: feet below the midsole rim, tops under the lace panel', () => {
    // Feet: the centre line ends below the upper's base, so the foot is cut along the rim (never short of it).
    for (const p of [FRONT_STRIPE.p[0], REAR_STRIPE.p[3]]) expect(p[1]).toBeLessThan(upperBase(p[0]));
    // Tops: inside the lace panel's x range and above its outer edge, so the panel covers the end.
    for (const p of [FRONT_STRIPE.p[3], REAR_STRIPE.p[0]]) {
      expect(p[0]).toBeGreaterThan(EYESTAY_X[0] + 4);
      expect(p[0]).toBeLessThan(EYESTAY_X[1] - 4);
      expect(p[1]).toBeGreaterThan(upperPoint(p[0], eyestayEdges(p[0])[1])[1] + 2);
    }
  });
});
