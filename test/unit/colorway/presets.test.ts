import { describe, expect, it } from 'vitest';
import { KAYANO14_PART_IDS } from '../../../src/profile/kayano14-parts.js';
import { parseColor } from '../../../src/colorway/color.js';
import { FINISHES, isFinishName } from '../../../src/colorway/finish.js';
import { COLORWAY_ID_PATTERN, validateColorway } from '../../../src/colorway/colorway.js';
import { DEFAULT_PRESET_ID, KAYANO14_PRESETS, findPreset } from '../../../src/colorway/presets.js';

const EXPECTED_IDS = [
  'og-2008',
  'pure-silver-red',
  'silver-cream',
  'jjjjound-silver-black',
  'kiko-kostadinov-classic-red-blue',
  'angelo-baque-rebirth-of-cool',
  'beams-mosquito-net',
];

describe('Kayano 14 presets', () => {
  it('has the seven stable ids, unique and safe, with the default first', () => {
    const ids = KAYANO14_PRESETS.map((p) => p.id);
    expect(ids).toEqual(EXPECTED_IDS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(COLORWAY_ID_PATTERN);
    expect(DEFAULT_PRESET_ID).toBe('og-2008');
    expect(findPreset(DEFAULT_PRESET_ID)).toBe(KAYANO14_PRESETS[0]);
  });

  it('findPreset finds by id only', () => {
    expect(findPreset('jjjjound-silver-black')?.name).toBe("JJJJound 'Silver Black'");
    expect(findPreset('nope')).toBeUndefined();
    expect(findPreset('constructor')).toBeUndefined();
  });

  it.each(KAYANO14_PRESETS.map((p) => [p.id, p] as const))(
    '%s covers every contract part with a valid colour and finish',
    (_id, preset) => {
      expect(Object.keys(preset.parts).sort()).toEqual([...KAYANO14_PART_IDS].sort());
      for (const partId of KAYANO14_PART_IDS) {
        const part = preset.parts[partId];
        expect(part.color).toMatch(/^#[0-9a-f]{6}$/);
        expect(parseColor(part.color).ok).toBe(true);
        expect(isFinishName(part.finish)).toBe(true);
        expect(part.metalness).toBeGreaterThanOrEqual(0);
        expect(part.metalness).toBeLessThanOrEqual(1);
        expect(part.roughness).toBeGreaterThanOrEqual(0);
        expect(part.roughness).toBeLessThanOrEqual(1);
      }
      // A preset is a valid Colorway (description is preset metadata, not Colorway JSON).
      const { id, name, parts } = preset;
      expect(validateColorway({ id, name, parts }, KAYANO14_PART_IDS).ok).toBe(true);
      expect(preset.name.length).toBeGreaterThan(0);
      expect(preset.description.length).toBeGreaterThan(0);
    },
  );

  it('follows the palette rules for parts not in the table', () => {
    for (const p of KAYANO14_PRESETS) {
      expect(p.parts.upper_forefoot_overlay.color).toBe(p.parts.upper_midfoot_overlay.color);
      expect(p.parts.heel_tab.color).toBe(p.parts.upper_heel_counter.color);
      expect(p.parts.gel_forefoot).toEqual(p.parts.gel_heel);
      expect(p.parts.tongue.color).toBe(p.parts.upper_mesh.color);
      expect(p.parts.gel_heel.finish).toBe('translucent');
      expect(p.parts.upper_mesh.roughness).toBeGreaterThanOrEqual(0.8);
      expect(p.parts.midsole.roughness).toBeGreaterThanOrEqual(0.8);
      // Metallic parts use the reflective finish and its metalness band.
      for (const part of Object.values(p.parts)) {
        if (part.finish === 'reflective') {
          expect(part.metalness).toBeGreaterThanOrEqual(0.8);
          expect(part.roughness).toBeGreaterThanOrEqual(0.25);
          expect(part.roughness).toBeLessThanOrEqual(0.35);
        } else expect(part.metalness).toBe(0);
      }
    }
  });

  it('matches the palette table for key parts', () => {
    const og = findPreset('og-2008')!;
    expect(og.parts.tiger_stripes).toMatchObject({ color: '#b5b8bb', finish: 'reflective' });
    expect(og.parts.upper_heel_counter.color).toBe('#1f4fa8');
    const jj = findPreset('jjjjound-silver-black')!;
    expect(jj.parts.upper_mesh.color).toBe('#1d1d1f');
    expect(jj.parts.upper_toe.finish).toBe('reflective');
    const ab = findPreset('angelo-baque-rebirth-of-cool')!;
    expect([ab.parts.upper_toe.color, ab.parts.tiger_stripes.color]).toEqual(['#ffdd00', '#ed1c24']);
    expect(FINISHES.translucent.transmission).toBeGreaterThan(0);
  });
});
