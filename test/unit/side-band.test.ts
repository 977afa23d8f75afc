import { describe, expect, it } from 'vitest';
import { bandAt, bandWidth, bezier, crossing, cutAt, tangent } from '../../generator/upper/side-band.js';
import { FRONT_STRIPE, REAR_STRIPE, floorCut } from '../../generator/upper/stripes.js';
import { EYESTAY_X, eyestayEdges } from '../../generator/eyelets.js';
import { upperBase, upperPoint } from '../../generator/last.js';

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
    const clearance = bandWidth(FRONT_STRIPE, x.sa) / 2 - 1.6;
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
  it('draws each stripe as a flowing curve: the front band one S sweep up and back into the lace panel, the rear band one smooth curve', () => {
    const turns = (band: typeof FRONT_STRIPE): number[] =>
      Array.from({ length: 19 }, (_, i) => {
        const t1 = tangent(band, i / 20);
        const t2 = tangent(band, (i + 1) / 20);
        return t1[0] * t2[1] - t1[1] * t2[0];
      });
    // The rear band: the turn keeps one sign, no bend back (it read as a crossbar, an A).
    const rear = turns(REAR_STRIPE);
    expect(rear.every((t) => t >= 0) || rear.every((t) => t <= 0)).toBe(true);
    // The front band: an S, exactly one change of bend (rising steeply at mid-height, easing back
    // toward the collar at its top), not a straight stick mirrored by the rear band.
    const front = turns(FRONT_STRIPE).filter((t) => Math.abs(t) > 1e-4);
    const flips = front.slice(1).filter((t, i) => Math.sign(t) !== Math.sign(front[i]!)).length;
    expect(flips).toBe(1);
    const x = crossing(FRONT_STRIPE, REAR_STRIPE).at;
    // The front band's top end lies behind the X (toward the heel, x small), the rear band's in front of it.
    expect(FRONT_STRIPE.p[3][0]).toBeLessThan(x[0] - 20);
    expect(REAR_STRIPE.p[0][0]).toBeGreaterThan(x[0] + 20);
    // The rear band flattens as it runs forward into the lace panel (steepening there read as a bend up, an A's crossbar).
    const steepness = (s: number): number => Math.abs(tangent(REAR_STRIPE, s)[1] / tangent(REAR_STRIPE, s)[0]);
    expect(steepness(0.05)).toBeLessThan(steepness(0.95));
    // Both tops rise well above the X: it sits around mid-height, not up under the lace panel.
    expect(FRONT_STRIPE.p[3][1]).toBeGreaterThan(x[1] + 15);
    expect(REAR_STRIPE.p[0][1]).toBeGreaterThan(x[1] + 15);
  });

  it('ends every stripe under the lace panel at the top and at the midsole rim at the foot, none in mid-air', () => {
    // Top ends: the whole end, edge to edge, between the lace panel's outer and throat edges.
    for (const [band, s] of [[FRONT_STRIPE, 1], [REAR_STRIPE, 0]] as const) {
      for (const a of [0, 0.5, 1]) {
        const [px, py] = bandAt(band, s, (a - 0.5) * bandWidth(band, s));
        expect(px).toBeGreaterThan(EYESTAY_X[0] + 4);
        expect(px).toBeLessThan(EYESTAY_X[1] - 10);
        const [inner, outer] = eyestayEdges(px);
        expect(py).toBeGreaterThan(upperPoint(px, outer)[1] + 0.5);
        expect(py).toBeLessThan(upperPoint(px, inner)[1]);
      }
    }
    // Feet: each band's end reaches below the rim line, so the cut along it lies tucked in the sole.
    for (const [band, inside, end] of [[FRONT_STRIPE, 0.3, 0], [REAR_STRIPE, 0.7, 1]] as const) {
      for (const a of [0, 0.5, 1]) {
        const s = floorCut(band, a, inside, end);
        expect(s).not.toBe(end);
        const [px, py] = bandAt(band, s, (a - 0.5) * bandWidth(band, s));
        expect(py).toBeCloseTo(upperBase(px) - 0.5, 1);
      }
    }
  });
});
