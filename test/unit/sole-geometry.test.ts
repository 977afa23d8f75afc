import { describe, expect, it } from 'vitest';
import { vertices } from './model-vertices.js';
import { midsoleBottom, midsoleTop, upperHalfWidth } from '../../generator/last.js';
import { sidewallOffset } from '../../generator/sole/sidewall.js';


describe('sole geometry', () => {
  it('keeps the heel of the midsole within the counter it cradles (no flare beyond the upper from the back)', () => {
    // Round the heel the foam may stand out from the last by the counter's thickness and the
    // cradle round its foot (~10 mm); the earlier flared heel stood 13.5 mm out.
    const foam = Math.max(...vertices('midsole').filter(([x]) => x < 30).map(([, , z]) => Math.abs(z)));
    let last = 0;
    for (let x = 0; x <= 30; x += 0.5) last = Math.max(last, upperHalfWidth(x, 1), upperHalfWidth(x, -1));
    expect(foam - last).toBeLessThan(10.5);
  });

  it('bridges the midfoot with the TRUSSTIC clear of the ground and no rubber under it', () => {
    expect(vertices('outsole').filter(([x]) => x > 100 && x < 163)).toEqual([]);
    // The shank fills the midfoot down to about 4 mm off the ground (KAYANO14.md: the outsole steps up
    // about 4 mm there), so from the side it reads as a piece, not a bright slot; but it stays clear.
    const lowest = Math.min(...vertices('trusstic').filter(([x]) => x > 115 && x < 150).map(([, y]) => y));
    expect(lowest).toBeGreaterThan(3);
  });

  it('shows the GEL windows at the size and place KAYANO14.md gives (heel ~36 x 13 mm near x 48, forefoot near x 205 or forward)', () => {
    const lateral = vertices('gel_heel').filter(([, , z]) => z > 0);
    const xs = lateral.map(([x]) => x);
    const ys = lateral.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(x1 - x0).toBeGreaterThan(31);
    expect(x1 - x0).toBeLessThan(41);
    expect(y1 - y0).toBeGreaterThan(10);
    expect(y1 - y0).toBeLessThan(16);
    expect((x0 + x1) / 2).toBeGreaterThan(43);
    expect((x0 + x1) / 2).toBeLessThan(55);
    // A medial heel unit too.
    expect(vertices('gel_heel').some(([, , z]) => z < 0)).toBe(true);
    const fx = vertices('gel_forefoot').map(([x]) => x);
    expect((Math.min(...fx) + Math.max(...fx)) / 2).toBeGreaterThanOrEqual(205);
  });

  it('builds the sidewall in layers: at the heel and the midfoot the wall steps in at least twice by 2 mm or more (not an even slab)', () => {
    for (const x of [60, 120]) {
      for (const side of [1, -1]) {
        const d: number[] = [];
        for (let y = midsoleBottom(x) + 1.2; y <= midsoleTop(x) - 1; y += 0.1) d.push(sidewallOffset(x, y, side));
        // A step in: going up 0.6 mm the wall falls back 2 mm or more (a layer's ledge over the tucked foot of the next).
        const stepIn = (k: number): boolean => k + 6 < d.length && d[k]! - d[k + 6]! >= 2;
        let steps = 0;
        for (let k = 0; k < d.length; k++) if (stepIn(k) && (k === 0 || !stepIn(k - 1))) steps++;
        expect(steps, `x ${x}, side ${side}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
