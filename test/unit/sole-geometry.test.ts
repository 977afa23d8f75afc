import { describe, expect, it } from 'vitest';
import { vertices } from './model-vertices.js';
import { upperHalfWidth } from '../../generator/last.js';


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
});
