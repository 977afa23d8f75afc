import { describe, expect, it } from 'vitest';
import { vertices } from './model-vertices.js';
import { collarLine, openingTheta, upperOffset, upperPoint } from '../../generator/last.js';
import { EYESTAY_THICKNESS, EYESTAY_X, eyestayEdges, eyestayRise } from '../../generator/eyelets.js';
import { tongueHalfWidth, tongueTop } from '../../generator/tongue.js';
import { clipWindowCentres } from '../../generator/upper/heel-counter.js';


/** Distance (mm) from a point to the last's surface in its own cross-section (x held), and the nearest θ. */
function nearestOnLast([x, y, z]: [number, number, number]): { height: number; theta: number } {
  const side = z >= 0 ? 1 : -1;
  let best = { height: Infinity, theta: 0 };
  for (let k = 0; k <= 400; k++) {
    const theta = side * (k / 400) * (Math.PI / 2);
    const q = upperPoint(x, theta);
    const d = Math.hypot(q[1] - y, q[2] - z);
    if (d < best.height) best = { height: d, theta };
  }
  return best;
}

describe('upper geometry', () => {
  it('keeps the stripes below the collar rim where the last is cut open', () => {
    const offenders = vertices('tiger_stripes').filter(([x, y]) => openingTheta(x) > 0 && y > collarLine(x) - 1);
    expect(offenders).toEqual([]);
  });

  it('lays the lace panel on the upper, or on the tongue where its inner band rides over it, instead of floating', () => {
    // The panel's face sits EYESTAY_THICKNESS above its bed: the last, or (by eyestayRise) the
    // tongue's padded side its inner band lies on. Nothing on it, eyelets included, stands more
    // than 2.5 mm proud of that bed (a 2.1 mm panel with rings on top read as floating).
    const worst = Math.max(
      ...vertices('upper_eyestay').map((v) => {
        const { height, theta } = nearestOnLast(v);
        return height - eyestayRise(v[0], theta);
      }),
    );
    expect(EYESTAY_THICKNESS).toBeLessThanOrEqual(1.8);
    expect(worst).toBeLessThan(2.5);
    // The rise only lifts the panel onto the tongue: its inner edge (the one that shows) lies
    // within 1 mm of the tongue's top, and there is none a few mm past the tongue's edge.
    for (let i = 0; i <= 20; i++) {
      const x = EYESTAY_X[0] + ((EYESTAY_X[1] - EYESTAY_X[0]) * i) / 20;
      const [inner, outer] = eyestayEdges(x);
      for (let k = 0; k <= 10; k++) {
        const theta = inner + ((outer - inner) * k) / 10;
        const rise = eyestayRise(x, theta);
        const face = upperOffset(x, theta, EYESTAY_THICKNESS + rise);
        if (Math.abs(upperPoint(x, theta)[2]) > tongueHalfWidth(x) + 6) expect(rise).toBe(0);
        else if (k === 0 && rise > 0.05 && Math.abs(face[2]) < tongueHalfWidth(x) - 1) {
          expect(face[1] - tongueTop(x, face[2])).toBeLessThan(1);
        }
      }
    }
  });

  it('cuts windows through the heel clip, so the upper shows through on both sides', () => {
    const clip = vertices('upper_heel_counter');
    const centres = clipWindowCentres();
    expect(centres.length).toBe(4);
    for (const c of centres) {
      const nearest = Math.min(...clip.map((v) => Math.hypot(v[0] - c[0], v[1] - c[1], v[2] - c[2])));
      // (4, was 5: pass 14's front window is a slimmer slot, about 9.5 mm tall, under the side's lowered top edge.)
      expect(nearest).toBeGreaterThan(4);
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
