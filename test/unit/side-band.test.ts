import { describe, expect, it } from 'vitest';
import { WING_TIP, bandAt, bandWidth, bezier, crossing, cutAt, tangent, underClip } from '../../generator/upper/side-band.js';
import { CROSS_STRIPE, RISE_HIGH, RISE_LOW } from '../../generator/upper/stripes.js';
import { upperBase, upperPoint, upperRoof } from '../../generator/last.js';
import { EYESTAY_X, eyestayEdges } from '../../generator/eyelets.js';

/** Distance (mm) from a side-view point to a band's centre line (dense polyline search). */
function distToCentre(p: readonly [number, number], band: typeof CROSS_STRIPE): number {
  let best = Infinity;
  for (let i = 0; i <= 2000; i++) {
    const q = bezier(band.p, i / 2000);
    best = Math.min(best, Math.hypot(q[0] - p[0], q[1] - p[1]));
  }
  return best;
}

describe('side-view bands (the stripes)', () => {
  const RISES = [RISE_HIGH, RISE_LOW] as const;

  it('finds the one point where the crossing band crosses each rising band, on both centre lines', () => {
    for (const rise of RISES) {
      const x = crossing(rise, CROSS_STRIPE);
      const a = bezier(rise.p, x.sa);
      const b = bezier(CROSS_STRIPE.p, x.sb);
      expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(0.5);
      // Not at an end of either band: the rising band runs on past it toward the clip.
      expect(x.sa).toBeGreaterThan(0.5);
      expect(x.sa).toBeLessThan(0.95);
      expect(x.sb).toBeGreaterThan(0.3);
      expect(x.sb).toBeLessThan(0.85);
    }
  });

  it('cuts each rising band short of the crossing band on top on both sides, by the clearance', () => {
    for (const rise of RISES) {
      const x = crossing(CROSS_STRIPE, rise);
      const clearance = bandWidth(CROSS_STRIPE, x.sa) / 2 + 1.3;
      for (const across of [-3, 0, 3]) {
        const before = cutAt(rise, CROSS_STRIPE, across, clearance, -1);
        const after = cutAt(rise, CROSS_STRIPE, across, clearance, 1);
        expect(before).toBeLessThan(x.sb);
        expect(after).toBeGreaterThan(x.sb);
        for (const s of [before, after]) {
          expect(distToCentre(bandAt(rise, s, across), CROSS_STRIPE)).toBeCloseTo(clearance, 0);
        }
      }
    }
  });

  it('tapers each stripe from its broad start: the pair from the sole, the crossing band from the lace panel', () => {
    // The rising bands start at the sole (p[0]) and taper toward the clip.
    for (const rise of RISES) expect(bandWidth(rise, 0)).toBeGreaterThan(bandWidth(rise, 1) + 1.5);
    // The crossing band is broad where it rises into the lace panel (p[0]) and tapers toward the heel
    // (was broad at the sole: strangers asked for the ASICS mark's taper, broad at the eyestay).
    expect(bandWidth(CROSS_STRIPE, 0)).toBeGreaterThan(bandWidth(CROSS_STRIPE, 1) + 1.5);
  });

  it('draws the ASICS cross: a parallel pair rising back toward the collar, crossed behind the midfoot by a band falling from the lace panel', () => {
    // Sign changes of the turn between successive tangents: 0 is one smooth curve (no S, no bend back).
    const inflections = (band: typeof CROSS_STRIPE): number => {
      const turns = Array.from({ length: 19 }, (_, i) => {
        const t1 = tangent(band, i / 20);
        const t2 = tangent(band, (i + 1) / 20);
        return t1[0] * t2[1] - t1[1] * t2[0];
      }).filter((t) => Math.abs(t) > 1e-4);
      return turns.slice(1).filter((t, i) => Math.sign(t) !== Math.sign(turns[i]!)).length;
    };
    for (const band of [...RISES, CROSS_STRIPE]) expect(inflections(band)).toBe(0);
    const steepness = (band: typeof CROSS_STRIPE, s: number): number => Math.abs(tangent(band, s)[1] / tangent(band, s)[0]);
    for (const rise of RISES) {
      const [foot, top] = [rise.p[0], rise.p[3]];
      // Up and BACK: the top end far behind and well above the foot, at the ball of the foot.
      expect(foot[0]).toBeGreaterThan(170);
      expect(foot[0]).toBeLessThan(200);
      expect(top[0]).toBeLessThan(foot[0] - 70);
      expect(top[1]).toBeGreaterThan(foot[1] + 30);
      // Curving flatter as it nears the collar.
      expect(steepness(rise, 0.95)).toBeLessThan(0.5 * steepness(rise, 0.05));
    }
    // The pair runs parallel: 12-16 mm between centre lines (a gap of 3-7 mm) along its middle.
    for (const s of [0.3, 0.5, 0.7]) {
      const d = distToCentre(bezier(RISE_LOW.p, s), RISE_HIGH);
      expect(d).toBeGreaterThan(12);
      expect(d).toBeLessThan(16);
    }
    // The crossing band falls back and down: from the lace panel's middle to the clip's front.
    const [ctop, cfoot] = [CROSS_STRIPE.p[0], CROSS_STRIPE.p[3]];
    expect(ctop[0]).toBeGreaterThan(cfoot[0] + 50);
    expect(ctop[1]).toBeGreaterThan(cfoot[1] + 40);
    // The crossings sit behind the midfoot, in front of the clip, around mid-height of the side.
    for (const rise of RISES) {
      const at = crossing(rise, CROSS_STRIPE).at;
      expect(at[0]).toBeGreaterThan(WING_TIP[0]);
      expect(at[0]).toBeLessThan(130);
      const f = (at[1] - upperBase(at[0])) / (upperRoof(at[0]) - upperBase(at[0]));
      expect(f).toBeGreaterThan(0.25);
      expect(f).toBeLessThan(0.55);
    }
  });

  it('runs every end into something: feet below the midsole rim, tops at the lace panel or under the heel clip', () => {
    // Feet: the centre line ends below the upper's base, so the foot is cut along the rim (never short of it).
    for (const p of RISES.map((r) => r.p[0])) expect(p[1]).toBeLessThan(upperBase(p[0]));
    // The rising bands' tops and the crossing band's foot end under the clip: cut along its edge.
    for (const p of [RISE_HIGH.p[3], RISE_LOW.p[3], CROSS_STRIPE.p[3]]) expect(underClip(p[0], p[1])).toBe(true);
    // The crossing band's top: inside the lace panel's x range and above its outer edge, so it meets the panel.
    const p = CROSS_STRIPE.p[0];
    expect(p[0]).toBeGreaterThan(EYESTAY_X[0] + 4);
    expect(p[0]).toBeLessThan(EYESTAY_X[1] - 4);
    expect(p[1]).toBeGreaterThan(upperPoint(p[0], eyestayEdges(p[0])[1])[1] + 2);
  });
});
