import { describe, expect, it } from 'vitest';
import { parts, vertices } from './model-vertices.js';
import { OUTSOLE_T, midsoleBottom, midsoleTop, upperHalfWidth } from '../../generator/last.js';
import { treadRelief } from '../../generator/sole/outsole.js';
import { X0, grooveShade, sidewallOffset, wallProfile } from '../../generator/sole/sidewall.js';
import { GROOVE_TONE, foamTone } from '../../generator/sole/foam-tone.js';
import { RIM_OUTER, WINDOWS, windowRadius } from '../../generator/sole/windows.js';

/** The midsole's vertices toned dark (the GEL windows' recess floors and inner walls). */
const recess = (): [number, number, number][] => vertices('midsole').filter((_, i) => parts.midsole.colors![3 * i]! < 0.3);


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
    // The window is the midsole's dark recess (its floor and inner wall, toned down in COLOR_0).
    const lateral = recess().filter(([x, , z]) => z > 0 && x < 120);
    const xs = lateral.map(([x]) => x);
    const ys = lateral.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(x1 - x0).toBeGreaterThan(31);
    expect(x1 - x0).toBeLessThan(41);
    expect(y1 - y0).toBeGreaterThan(10);
    expect(y1 - y0).toBeLessThan(16);
    expect((x0 + x1) / 2).toBeGreaterThan(43);
    expect((x0 + x1) / 2).toBeLessThan(55);
    // The GEL unit sits inside it, set in from its edge (a ring of the dark floor shows round it).
    const unit = vertices('gel_heel').filter(([, , z]) => z > 0);
    expect(Math.min(...unit.map(([x]) => x))).toBeGreaterThan(x0 + 2);
    expect(Math.max(...unit.map(([x]) => x))).toBeLessThan(x1 - 2);
    // A medial heel unit and window too.
    expect(vertices('gel_heel').some(([, , z]) => z < 0)).toBe(true);
    expect(recess().some(([x, , z]) => z < 0 && x < 120)).toBe(true);
    const fx = vertices('gel_forefoot').map(([x]) => x);
    expect((Math.min(...fx) + Math.max(...fx)) / 2).toBeGreaterThanOrEqual(205);
  });

  it('sets each GEL window in a recess behind a raised lip, its outline tapering forward, its unit cut into cells', () => {
    const w = WINDOWS[0]!;
    const tone = (i: number): number => parts.midsole.colors![3 * i]!;
    const lateral = vertices('midsole').map((p, i) => [p, tone(i)] as const).filter(([[, , z]]) => z > 0);
    const zAt = (pick: (r: number, t: number) => boolean): number[] =>
      lateral.filter(([[x, y], t]) => pick(windowRadius(w, x, y), t)).map(([[, , z]]) => z);
    const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
    // The lip's crest stands well proud of the dark floor (the recess has depth, not a printed ring).
    const floor = zAt((r, t) => r < 0.85 && t < 0.1);
    const crest = zAt((r, t) => r > 0.999 && r < 1.01 && t > 0.9);
    expect(floor.length).toBeGreaterThan(10);
    expect(crest.length).toBeGreaterThan(10);
    expect(mean(crest) - mean(floor)).toBeGreaterThan(1.2);
    // Not an ellipse: the recess is taller near its back end than near its front.
    const dark = lateral.filter(([[x], t]) => t < 0.3 && x < 120).map(([p]) => p);
    const xs = dark.map(([x]) => x);
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const span = (xa: number): number => {
      const ys = dark.filter(([x]) => Math.abs(x - xa) < 2).map(([, y]) => y);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(span(x0 + 8)).toBeGreaterThan(1.3 * span(x1 - 8));
    // The unit's face is cells: domes standing over darker seams (COLOR_0), not one smooth sheet.
    const gel = parts.gel_heel;
    const tones = vertices('gel_heel').map((_, i) => gel.colors![3 * i]!);
    expect(tones.filter((t) => t === 1).length).toBeGreaterThanOrEqual(10);
    expect(Math.min(...tones)).toBeLessThan(0.6);
  });

  it('tones the medial post grey (COLOR_0) from the heel to under the arch, and nothing else but the window recesses', () => {
    const ms = parts.midsole;
    expect(ms.colors).toHaveLength(ms.positions.length);
    const at = (pick: (x: number, y: number, z: number) => boolean): number[] =>
      vertices('midsole').flatMap(([x, y, z], i) => (pick(x, y, z) ? [ms.colors![3 * i]!] : []));
    // The medial wall low on the heel and the waist is grey; its top layer stays white. (From x 42, was 20:
    // the post now stops short of the heel's back curve, so it reads as an insert, not a grey medial side.)
    const post = at((x, y, z) => z < -20 && x > 42 && x < 130 && y < midsoleBottom(x) + 3 && Math.abs(y - 16) > 9);
    expect(post.length).toBeGreaterThan(10);
    for (const t of post) expect(t).toBeLessThan(0.75);
    for (const t of at((x, y, z) => z < -20 && x > 20 && x < 130 && y > midsoleTop(x) - 1)) expect(t).toBe(1);
    // The lateral side and the forefoot stay white away from the windows, but for the baked shadow in
    // the layers' tucked undersides (the moulded lines), which never reaches the recesses' darkness.
    const away = (x: number, y: number, z: number): boolean => !WINDOWS.some((w) => w.side * z > 0 && windowRadius(w, x, y) < RIM_OUTER + 0.05);
    const white = at((x, y, z) => (z > 5 || x > 170) && away(x, y, z) && grooveShade(x, y, Math.sign(z) || 1) === 0);
    expect(white.length).toBeGreaterThan(100);
    for (const t of white) expect(t).toBe(1);
    const grooves = at((x, y, z) => z > 5 && away(x, y, z) && grooveShade(x, y, 1) === 1);
    expect(grooves.length).toBeGreaterThan(20);
    for (const t of grooves) expect(t).toBeCloseTo(GROOVE_TONE, 5);
    expect(GROOVE_TONE).toBeGreaterThan(0.3);
  });

  it('rocks: the heel is bevelled and the toe springs well off the ground ahead of a flat ball (KAYANO14.md: toe tip ~15 mm up)', () => {
    const rubber = vertices('outsole');
    const lowest = (x0: number, x1: number): number => Math.min(...rubber.filter(([x]) => x >= x0 && x < x1).map(([, y]) => y));
    expect(lowest(170, 195)).toBeLessThan(0.05);
    expect(lowest(240, 250)).toBeGreaterThan(3);
    expect(lowest(275, 285)).toBeGreaterThan(12);
    expect(lowest(-5, 10)).toBeGreaterThan(4);
    // The drop: the midsole's top is at least 10 mm higher at the heel than at the ball.
    expect(midsoleTop(15) - midsoleTop(200)).toBeGreaterThan(10);
  });

  it('cuts the flex and transverse grooves through to the foam inside the outline, but not at the edge', () => {
    const rubber = vertices('outsole');
    // Groove floors sit just inside the foam (so its underside shows in them from below) along the centre line...
    const floors = rubber.filter(([x, y, z]) => Math.abs(z) < 1 && x > 40 && x < 250 && y > midsoleBottom(x) + 0.1 && y < midsoleBottom(x) + 0.5);
    expect(new Set(floors.map(([x]) => Math.round(x / 10))).size).toBeGreaterThan(12);
    // ...and in the transverse grooves away from it; at the very edge the rubber stays a band (nothing cut to the foam).
    expect(rubber.some(([x, y, z]) => Math.abs(z) > 12 && Math.abs(z) < 25 && x > 170 && x < 250 && y > midsoleBottom(x) && y < midsoleBottom(x) + 0.5)).toBe(true);
    // At the rim (f = ±1) every groove is a shallow notch: the rubber keeps at least 3 mm under the foam there.
    for (let x = 40; x < 250; x += 0.25) {
      if (x > 98 && x < 167) continue;
      for (const f of [-1, 1]) expect(treadRelief(x, f), `x ${x}`).toBeLessThan(OUTSOLE_T - 3);
    }
  });

  it('meets the lateral and medial walls on the heel\'s centre line row for row and tone for tone (no seam from behind)', () => {
    // At the heel's tip both walls' rows lie on z = 0: a step between their heights, or a groove shaded
    // with the other side's profile, read as a hard vertical seam down the back of the midsole.
    const lat = wallProfile(X0, 1);
    const med = wallProfile(X0, -1);
    expect(med).toHaveLength(lat.length);
    lat.forEach(([y, d], k) => {
      expect(Math.abs(med[k]![0] - y), `row ${k} at y ${y}`).toBeLessThan(0.01);
      expect(Math.abs(med[k]![1] - d), `row ${k} at y ${y}`).toBeLessThan(0.01);
    });
    // On the centre line the normal says which side's grooves a vertex gets (not always the lateral's).
    let differ = 0;
    for (let y = midsoleBottom(100); y <= midsoleTop(100); y += 0.25) {
      expect(foamTone(100, y, 0, -0.5)).toBe(foamTone(100, y, -1e-3, 0));
      expect(foamTone(100, y, 0, 0.5)).toBe(foamTone(100, y, 1e-3, 0));
      if (Math.abs(foamTone(100, y, 0, -0.5) - foamTone(100, y, 0, 0.5)) > 0.1) differ++;
    }
    expect(differ).toBeGreaterThan(0);
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
