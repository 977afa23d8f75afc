import { describe, expect, it } from 'vitest';
import { KAYANO14_PART_IDS } from '../../../src/profile/kayano14-parts.js';
import {
  exportColorway,
  importColorway,
  resolveColorway,
  validateColorway,
  withPartColor,
  type ValidationError,
} from '../../../src/colorway/colorway.js';
import { srgbToLinear } from '../../../src/colorway/color.js';
import { FINISHES } from '../../../src/colorway/finish.js';
import { KAYANO14_PRESETS, findPreset } from '../../../src/colorway/presets.js';

const PARTS = KAYANO14_PART_IDS;
const ok = { id: 'my-look', name: 'My look', parts: { upper_toe: '#ff0000' } };

/** Validate and return the errors (fails the test if validation passed). */
function errorsOf(input: unknown): ValidationError[] {
  const r = validateColorway(input, PARTS);
  expect(r.ok).toBe(false);
  return r.ok ? [] : [...r.errors];
}
const paths = (input: unknown): string[] => errorsOf(input).map((e) => e.path);

describe('validateColorway: accepts', () => {
  it('a minimal colorway, colour strings and part objects', () => {
    const input = {
      id: 'a',
      name: "JJJJound 'Silver Black' & co",
      parts: {
        upper_mesh: 'black',
        upper_toe: { color: 'rgb(169 172 176)', metalness: 0.9, roughness: 0.3 },
        gel_heel: { color: '#1F4FA8', finish: 'translucent' },
        laces: { color: 'hsl(0, 0%, 96%)', metalness: 0, roughness: 1 },
      },
    };
    const r = validateColorway(input, PARTS);
    expect(r).toEqual({ ok: true, colorway: input });
    // A fresh copy, not the caller's object.
    if (r.ok) expect(r.colorway).not.toBe(input);
  });

  it('an empty parts object (parts left out keep their look)', () => {
    expect(validateColorway({ id: 'x', name: 'X', parts: {} }, PARTS).ok).toBe(true);
  });
});

describe('validateColorway: path-named errors', () => {
  it.each([
    ['not an object', 'red', ['$']],
    ['null', null, ['$']],
    ['an array', [ok], ['$']],
    ['missing id', { name: 'n', parts: {} }, ['$.id']],
    ['missing name', { id: 'a', parts: {} }, ['$.name']],
    ['missing parts', { id: 'a', name: 'n' }, ['$.parts']],
    ['everything missing', {}, ['$.id', '$.name', '$.parts']],
    ['id not a string', { ...ok, id: 7 }, ['$.id']],
    ['name not a string', { ...ok, name: ['x'] }, ['$.name']],
    ['parts an array', { ...ok, parts: ['#fff'] }, ['$.parts']],
    ['unknown part', { ...ok, parts: { upper_heel: '#fff' } }, ['$.parts.upper_heel']],
    ['invalid colour #GGG', { ...ok, parts: { upper_toe: '#GGG' } }, ['$.parts.upper_toe']],
    ['invalid colour red;url(x)', { ...ok, parts: { laces: 'red;url(x)' } }, ['$.parts.laces']],
    ['invalid colour NaN', { ...ok, parts: { laces: 'NaN' } }, ['$.parts.laces']],
    ['colour a number', { ...ok, parts: { laces: 0xff0000 } }, ['$.parts.laces']],
    ['invalid nested colour', { ...ok, parts: { upper_toe: { color: '#12' } } }, ['$.parts.upper_toe.color']],
    ['missing nested colour', { ...ok, parts: { upper_toe: { metalness: 0.5 } } }, ['$.parts.upper_toe.color']],
    ['metalness > 1', { ...ok, parts: { upper_toe: { color: 'red', metalness: 1.2 } } }, ['$.parts.upper_toe.metalness']],
    ['roughness < 0', { ...ok, parts: { midsole: { color: 'red', roughness: -1 } } }, ['$.parts.midsole.roughness']],
    ['roughness NaN', { ...ok, parts: { midsole: { color: 'red', roughness: Number.NaN } } }, ['$.parts.midsole.roughness']],
    ['metalness a string', { ...ok, parts: { midsole: { color: 'red', metalness: '1' } } }, ['$.parts.midsole.metalness']],
    ['unknown finish', { ...ok, parts: { gel_heel: { color: 'red', finish: 'glossy' } } }, ['$.parts.gel_heel.finish']],
    ['extra root key', { ...ok, extra: 1 }, ['$.extra']],
    ['extra part key', { ...ok, parts: { laces: { color: 'red', opacity: 0.5 } } }, ['$.parts.laces.opacity']],
    ['id with markup', { ...ok, id: '<img src=x>' }, ['$.id']],
    ['id with uppercase', { ...ok, id: 'My-Look' }, ['$.id']],
    ['id too long', { ...ok, id: 'a'.repeat(65) }, ['$.id']],
    ['empty id', { ...ok, id: '' }, ['$.id']],
    ['name with markup', { ...ok, name: '<script>alert(1)</script>' }, ['$.name']],
    ['name with bidi override', { ...ok, name: 'abc\u202Edef' }, ['$.name']],
    ['name with newline', { ...ok, name: 'a\nb' }, ['$.name']],
    ['empty name', { ...ok, name: '  ' }, ['$.name']],
    ['name too long', { ...ok, name: 'x'.repeat(81) }, ['$.name']],
    ['constructor part key', { ...ok, parts: { constructor: 'red' } }, ['$.parts.constructor']],
  ])('%s', (_label, input, expected) => {
    expect(paths(input)).toEqual(expected);
  });

  it('rejects __proto__ keys from JSON (prototype pollution) without polluting', () => {
    const root = JSON.parse('{"id":"a","name":"n","parts":{},"__proto__":{"polluted":1}}');
    expect(paths(root)).toEqual(['$.__proto__']);
    const part = JSON.parse('{"id":"a","name":"n","parts":{"__proto__":{"color":"red"}}}');
    expect(paths(part)).toEqual(['$.parts.__proto__']);
    const nested = JSON.parse('{"id":"a","name":"n","parts":{"laces":{"color":"red","__proto__":{"x":1}}}}');
    expect(paths(nested)).toEqual(['$.parts.laces.__proto__']);
    for (const input of [root, part, nested]) expect(errorsOf(input)[0]!.message).toBe('forbidden key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not echo hostile input verbatim: quoted, truncated, markup escaped', () => {
    const hostile = '<img src=x onerror=alert(1)>' + 'A'.repeat(500);
    const errs = [
      ...errorsOf({ ...ok, id: hostile }),
      ...errorsOf({ ...ok, name: hostile }),
      ...errorsOf({ ...ok, parts: { [hostile]: 'red' } }),
      ...errorsOf({ ...ok, parts: { laces: hostile } }),
    ];
    expect(errs).toHaveLength(4);
    for (const e of errs) {
      expect(e.message).not.toMatch(/[<>]/);
      expect(e.path).not.toMatch(/[<>]/);
      expect(e.message.length).toBeLessThan(200);
      expect(e.path.length).toBeLessThan(80);
    }
    // The odd key is bracket-quoted in the path.
    expect(errs[2]!.path.startsWith('$.parts["\\u003cimg')).toBe(true);
  });

  it('caps the number of errors for huge hostile input', () => {
    const parts: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) parts[`p${i}`] = 'red';
    expect(errorsOf({ ...ok, parts }).length).toBe(20);
  });

  it('reports throwing getters instead of throwing', () => {
    const evil = { id: 'a', name: 'n', get parts(): never { throw new Error('boom'); } };
    expect(paths(evil)).toEqual(['$']);
  });

  it('rejects class instances and unknown part lists', () => {
    class Fake { id = 'a'; name = 'n'; parts = {}; }
    expect(paths(new Fake())).toEqual(['$']);
    expect(validateColorway(ok, []).ok).toBe(false);
  });
});

describe('resolveColorway', () => {
  it('converts sRGB hex to linear and applies finishes', () => {
    const look = resolveColorway({ id: 'a', name: 'A', parts: { upper_toe: { color: 'RGB(128, 0, 255)', finish: 'reflective', roughness: 0.25 } } });
    const toe = look.parts.upper_toe!;
    expect(toe.hex).toBe('#8000ff');
    expect(toe.linear[0]).toBeCloseTo(srgbToLinear(128 / 255), 12);
    expect(toe.linear[1]).toBe(0);
    expect(toe.linear[2]).toBeCloseTo(1, 12);
    expect(toe).toMatchObject({ finish: 'reflective', metalness: 0.9, roughness: 0.25, transmission: 0 });
  });

  it('keeps base parts and the base finish for colour-only parts', () => {
    const base = resolveColorway(findPreset('og-2008')!);
    const look = resolveColorway({ id: 'b', name: 'B', parts: { gel_heel: 'red' } }, base);
    expect(Object.keys(look.parts)).toEqual(Object.keys(base.parts));
    expect(look.parts.gel_heel).toMatchObject({ hex: '#ff0000', finish: 'translucent', transmission: FINISHES.translucent.transmission });
    expect(look.parts.midsole).toBe(base.parts.midsole);
  });

  it('quantises colours to 8 bits so the rendered colour equals the exported hex', () => {
    const look = resolveColorway({ id: 'q', name: 'Q', parts: { laces: 'rgb(50.3%, 0%, 0%)' } });
    expect(look.parts.laces!.hex).toBe('#800000');
    expect(look.parts.laces!.rgb[0]).toBe(128 / 255);
  });
});

describe('export -> import round trip', () => {
  it.each(KAYANO14_PRESETS.map((p) => [p.id, p] as const))('%s is exact', (_id, preset) => {
    const exported = exportColorway(resolveColorway(preset));
    const json = JSON.stringify(exported);
    const imported = importColorway(JSON.parse(json), PARTS);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(JSON.stringify(exportColorway(imported.look))).toBe(json);
    expect(imported.look).toEqual(resolveColorway(preset));
  });

  it('is exact for a custom look with odd values and syntaxes', () => {
    const custom = {
      id: 'custom-1',
      name: 'Custom',
      parts: {
        upper_toe: { color: 'hsl(33.3, 71.1%, 42.7%)', metalness: 1 / 3, roughness: 0.123456 },
        laces: 'rebeccapurple',
        gel_heel: { color: '#ABCD', finish: 'translucent' },
      },
    };
    const first = importColorway(custom, PARTS);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const exported = exportColorway(first.look);
    expect(exported.parts.upper_toe).toEqual({ color: expect.stringMatching(/^#[0-9a-f]{6}$/), metalness: 0.3333, roughness: 0.1235, finish: 'matte' });
    expect(exported.parts.laces!.color).toBe('#663399');
    const second = importColorway(JSON.parse(JSON.stringify(exported)), PARTS);
    expect(second.ok && second.look).toEqual(first.look);
    expect(second.ok && exportColorway(second.look)).toEqual(exported);
  });

  it('an invalid import does not produce a look', () => {
    const r = importColorway({ id: 'x', name: 'X', parts: { upper_toe: '#GGG' } }, PARTS);
    expect(r.ok).toBe(false);
    expect('look' in r).toBe(false);
  });
});

describe('withPartColor (pure core of setPartColor)', () => {
  const base = resolveColorway(findPreset('og-2008')!);

  it('changes one part and leaves the others and the input unchanged', () => {
    const r = withPartColor(base, 'upper_toe', '#00ff00', 'gloss', PARTS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.look.parts.upper_toe).toMatchObject({ hex: '#00ff00', finish: 'gloss', roughness: FINISHES.gloss.roughness });
    for (const id of PARTS) if (id !== 'upper_toe') expect(r.look.parts[id]).toBe(base.parts[id]);
    expect(base.parts.upper_toe!.hex).toBe('#c9ccd0');
  });

  it('keeps the finish when none is given, and merges a partial finish object', () => {
    const r = withPartColor(base, 'gel_heel', 'gold', { roughness: 0.4 }, PARTS);
    expect(r.ok && r.look.parts.gel_heel).toMatchObject({ hex: '#ffd700', finish: 'translucent', roughness: 0.4 });
    const r2 = withPartColor(base, 'tiger_stripes', 'white', undefined, PARTS);
    expect(r2.ok && r2.look.parts.tiger_stripes).toMatchObject({ finish: 'reflective', metalness: base.parts.tiger_stripes!.metalness });
  });

  it('names the bad argument', () => {
    const r = withPartColor(base, 'sole', '#GGG', 'shiny', PARTS);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['$.part', '$.color', '$.finish']);
  });
});
