import { describe, expect, it } from 'vitest';
import { FINISHES, FINISH_NAMES, isFinishName, resolveFinish, roundFactor } from '../../../src/colorway/finish.js';

describe('finishes', () => {
  it('defines the required named finishes with values in range', () => {
    expect([...FINISH_NAMES].sort()).toEqual(['gloss', 'matte', 'reflective', 'satin', 'translucent']);
    for (const name of FINISH_NAMES) {
      const f = FINISHES[name];
      expect(f.name).toBe(name);
      for (const v of [f.metalness, f.roughness, f.transmission, f.emissiveIntensity]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reflective is metallic silver; translucent is glossy with transmission and a faint glow', () => {
    expect(FINISHES.reflective.metalness).toBeCloseTo(0.9, 5);
    expect(FINISHES.reflective.roughness).toBeCloseTo(0.3, 5);
    expect(FINISHES.translucent.roughness).toBeLessThan(FINISHES.satin.roughness);
    expect(FINISHES.translucent.transmission).toBeGreaterThan(0);
    expect(FINISHES.translucent.emissiveIntensity).toBeGreaterThan(0);
    expect(FINISHES.matte.roughness).toBeGreaterThan(FINISHES.satin.roughness);
    expect(FINISHES.satin.roughness).toBeGreaterThan(FINISHES.gloss.roughness);
    for (const n of ['matte', 'satin', 'gloss', 'reflective'] as const) {
      expect(FINISHES[n].transmission).toBe(0);
    }
  });

  it('isFinishName is exact and ignores inherited keys', () => {
    expect(isFinishName('gloss')).toBe(true);
    expect(isFinishName('Gloss')).toBe(false);
    expect(isFinishName('toString')).toBe(false);
    expect(isFinishName('__proto__')).toBe(false);
    expect(isFinishName(1)).toBe(false);
  });

  it('resolves names and objects; objects keep the base name and extras', () => {
    const named = resolveFinish('reflective');
    expect(named).toEqual({ ok: true, finish: FINISHES.reflective });
    const obj = resolveFinish({ roughness: 0.4 }, FINISHES.translucent);
    expect(obj).toEqual({ ok: true, finish: { ...FINISHES.translucent, roughness: 0.4 } });
    const both = resolveFinish({ metalness: 1, roughness: 0 });
    expect(both.ok && both.finish).toMatchObject({ name: 'matte', metalness: 1, roughness: 0 });
  });

  it.each([
    ['unknown name', 'shiny'],
    ['out of range', { metalness: 1.5 }],
    ['negative', { roughness: -0.1 }],
    ['NaN', { roughness: Number.NaN }],
    ['string number', { metalness: '0.5' }],
    ['extra key', { metalness: 0.5, glow: 1 }],
    ['array', [0.5, 0.5]],
    ['null', null],
  ])('rejects %s', (_label, input) => {
    const r = resolveFinish(input);
    expect(r.ok).toBe(false);
  });

  it('rounds factors to 4 decimals, idempotently', () => {
    expect(roundFactor(0.123456)).toBe(0.1235);
    expect(roundFactor(roundFactor(1 / 3))).toBe(roundFactor(1 / 3));
  });
});
