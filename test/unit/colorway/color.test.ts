import { describe, expect, it } from 'vitest';
import {
  formatHex,
  linearToSrgb,
  parseColor,
  rgbToLinear,
  srgbToLinear,
  toHex,
} from '../../../src/colorway/color.js';
import { NAMED_COLORS } from '../../../src/colorway/named-colors.js';

/** Parse and give the 8-bit hex (and alpha) for compact assertions. */
function hexOf(input: string): { hex: string; alpha: number } | undefined {
  const r = parseColor(input);
  return r.ok ? { hex: formatHex(r.rgb), alpha: Math.round(r.alpha * 1000) / 1000 } : undefined;
}

describe('parseColor: accepted syntaxes', () => {
  it.each([
    ['#abc', '#aabbcc', 1],
    ['#ABCD', '#aabbcc', 0.867],
    ['#b5b8bb', '#b5b8bb', 1],
    ['#B5B8BB80', '#b5b8bb', 0.502],
    ['  #1F4FA8 \n', '#1f4fa8', 1],
    ['rgb(255, 0, 0)', '#ff0000', 1],
    ['rgba(255,0,0,0.5)', '#ff0000', 0.5],
    ['RGB( 10 , 20 , 30 )', '#0a141e', 1],
    ['rgb(100%, 50%, 0%)', '#ff8000', 1],
    ['rgb(255 128 0)', '#ff8000', 1],
    ['rgb(255 128 0 / 25%)', '#ff8000', 0.25],
    ['rgba(0 0 255 / .5)', '#0000ff', 0.5],
    ['rgb(300, -5, 0)', '#ff0000', 1], // out-of-gamut channels clamp, as in CSS
    ['rgb(1e2, 0, 0)', '#640000', 1],
    ['hsl(0, 100%, 50%)', '#ff0000', 1],
    ['hsl(120, 100%, 25%)', '#008000', 1],
    ['hsla(240, 100%, 50%, 0.3)', '#0000ff', 0.3],
    ['hsl(0.5turn 100% 50%)', '#00ffff', 1],
    ['hsl(-120deg 100% 50%)', '#0000ff', 1],
    ['hsl(3.14159265rad 100% 50%)', '#00ffff', 1],
    ['hsl(200grad 100% 50% / 40%)', '#00ffff', 0.4],
    ['hsl(0, 0%, 50%)', '#808080', 1],
    ['red', '#ff0000', 1],
    ['RebeccaPurple', '#663399', 1],
    [' lightGoldenRodYellow ', '#fafad2', 1],
  ])('%s -> %s', (input, hex, alpha) => {
    expect(hexOf(input)).toEqual({ hex, alpha });
  });

  it('knows all 148 CSS named colours, and each parses to its table value', () => {
    expect(NAMED_COLORS.size).toBe(148);
    for (const [name, value] of NAMED_COLORS) {
      expect(name).toMatch(/^[a-z]+$/);
      expect(toHex(name.toUpperCase())).toBe('#' + value.toString(16).padStart(6, '0'));
    }
    // Spot checks against the CSS spec values.
    expect(NAMED_COLORS.get('tomato')).toBe(0xff6347);
    expect(NAMED_COLORS.get('darkslategrey')).toBe(0x2f4f4f);
    expect(NAMED_COLORS.get('lightslategray')).toBe(0x778899);
  });
});

describe('parseColor: rejected input (never throws)', () => {
  it.each([
    '#GGG',
    '#ggg',
    '#12',
    '#12345',
    '#1234567',
    '#123456789',
    '##fff',
    'red;url(x)',
    'red; background:url(x)',
    'NaN',
    'rgb(NaN, 0, 0)',
    'rgb(Infinity, 0, 0)',
    'rgb(1e999, 0, 0)',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'url(x)',
    'expression(alert(1))',
    'rgb(255, 0)',
    'rgb(255, 0, 0, 0, 0)',
    'rgb(255 0, 0)',
    'rgb(100%, 0, 0)', // legacy syntax must not mix numbers and percentages
    'rgb(255 0 0 / )',
    'rgb(255 0 0 / 1 / 1)',
    'rgb(255, 0, 0',
    'rgb((255), 0, 0)',
    'rgb(255px, 0, 0)',
    'hsl(0, 100, 50)', // legacy hsl needs percentages
    'hsl(10foo, 50%, 50%)',
    'cmyk(0, 0, 0, 0)',
    'transparent',
    'currentcolor',
    'inherit',
    'reddish',
    '',
    '   ',
    '#' + 'f'.repeat(200),
    'a'.repeat(10_000),
  ])('%j', (input) => {
    const r = parseColor(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });

  it.each([null, undefined, 0xff0000, {}, [], true, Symbol('x')])('non-string %s', (input) => {
    expect(parseColor(input as unknown).ok).toBe(false);
  });

  it('never echoes the input in the reason', () => {
    const r = parseColor('<script>alert(1)</script>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('<');
  });
});

describe('sRGB <-> linear (IEC 61966-2-1)', () => {
  it('maps known values', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 4);
    expect(srgbToLinear(0.2)).toBeCloseTo(0.0331, 4);
    expect(linearToSrgb(0.214)).toBeCloseTo(0.5, 3);
    expect(linearToSrgb(0.18)).toBeCloseTo(0.4614, 4);
  });

  it('uses the linear segment at and below the 0.04045 threshold', () => {
    expect(srgbToLinear(0.04045)).toBeCloseTo(0.04045 / 12.92, 12);
    expect(srgbToLinear(0.02)).toBeCloseTo(0.02 / 12.92, 12);
    expect(linearToSrgb(0.002)).toBeCloseTo(0.002 * 12.92, 12);
    // The two segments meet: no visible step at the threshold.
    expect(Math.abs(srgbToLinear(0.04046) - srgbToLinear(0.04045))).toBeLessThan(1e-5);
  });

  it('round-trips every 8-bit level', () => {
    for (let i = 0; i <= 255; i++) {
      expect(Math.round(linearToSrgb(srgbToLinear(i / 255)) * 255)).toBe(i);
    }
  });

  it('rgbToLinear converts each channel', () => {
    const [r, g, b] = rgbToLinear([1, 0.5, 0]);
    expect(r).toBeCloseTo(1, 12);
    expect(g).toBeCloseTo(0.214, 4);
    expect(b).toBe(0);
  });
});

describe('formatHex / toHex', () => {
  it('normalises to lowercase #rrggbb', () => {
    expect(formatHex([1, 0.5, 0])).toBe('#ff8000');
    expect(formatHex([2, -1, 0.2])).toBe('#ff0033');
    expect(toHex('#ABC')).toBe('#aabbcc');
    expect(toHex('rgb(31, 79, 168)')).toBe('#1f4fa8');
    expect(toHex('#GGG')).toBeUndefined();
  });
});
