import { describe, expect, it } from 'vitest';
import { vertices } from './model-vertices.js';
import { collarLine, openingTheta, upperPoint } from '../../generator/last.js';
import { EYESTAY_THICKNESS } from '../../generator/eyelets.js';
import { clipWindowCentres } from '../../generator/upper/heel-counter.js';


/** Distance (mm) from a point to the last's surface in its own cross-section (x held). */
function heightAboveLast([x, y, z]: [number, number, number]): number {
  const side = z >= 0 ? 1 : -1;
  let best = Infinity;
  for (let k = 0; k <= 400; k++) {
    const q = upperPoint(x, side * (k / 400) * (Math.PI / 2));
    best = Math.min(best, Math.hypot(q[1] - y, q[2] - z));
  }
  return best;
}

describe('upper geometry', () => {
  it('keeps the stripes below the collar rim where the last is cut open', () => {
    const offenders = vertices('tiger_stripes').filter(([x, y]) => openingTheta(x) > 0 && y > collarLine(x) - 1);
    expect(offenders).toEqual([]);
  });

  it('lays the lace panel on the upper instead of floating over it', () => {
    // The panel's face sits EYESTAY_THICKNESS above the last; nothing on it, eyelet rings
    // included, stands more than 2.5 mm proud (a 2.1 mm panel with rings on top read as floating).
    const worst = Math.max(...vertices('upper_eyestay').map(heightAboveLast));
    expect(EYESTAY_THICKNESS).toBeLessThanOrEqual(1.8);
    expect(worst).toBeLessThan(2.5);
  });

  it('cuts windows through the heel clip, so the upper shows through on both sides', () => {
    const clip = vertices('upper_heel_counter');
    const centres = clipWindowCentres();
    expect(centres.length).toBe(4);
    for (const c of centres) {
      const nearest = Math.min(...clip.map((v) => Math.hypot(v[0] - c[0], v[1] - c[1], v[2] - c[2])));
      expect(nearest).toBeGreaterThan(5);
    }
    // One large shell round the back (the Kayano 14's counter): up past y 60 at the centre back
    // and reaching forward along both sides over the back third of the shoe.
    const back = clip.filter(([x, , z]) => x < 6 && Math.abs(z) < 6);
    expect(Math.max(...back.map((v) => v[1]))).toBeGreaterThan(62);
    for (const side of [1, -1]) {
      expect(Math.max(...clip.filter((v) => v[2] * side > 0).map((v) => v[0]))).toBeGreaterThan(90);
    }
  });
});
