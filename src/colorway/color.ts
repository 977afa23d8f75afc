/**
 * CSS colour parsing and sRGB <-> linear conversion, without DOM or three.js.
 *
 * Accepted: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` / `rgba()` and
 * `hsl()` / `hsla()` in both the legacy comma syntax and the CSS Color 4 space
 * syntax (with `/ alpha`), percentages, hue units (deg, grad, rad, turn), and
 * the 148 named colours; case-insensitive, surrounding whitespace ignored.
 * Anything else is rejected with a reason (never a throw).
 */
import { NAMED_COLORS } from './named-colors.js';

/** An sRGB colour, each channel 0..1 (gamma-encoded). */
export type RGB = readonly [number, number, number];

/** Result of {@link parseColor}. `alpha` is 0..1 (1 when not given). */
export type ParseColorResult =
  | { readonly ok: true; readonly rgb: RGB; readonly alpha: number }
  | { readonly ok: false; readonly reason: string };

/** Longest string considered; real colour strings are far shorter. */
export const MAX_COLOR_LENGTH = 64;

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNC = /^(rgba?|hsla?)\(([^()]*)\)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/;
const ANGLE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(deg|grad|rad|turn)?$/;

const fail = (reason: string): ParseColorResult => ({ ok: false, reason });
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Parse a CSS colour string as designers write them.
 * @returns `{ ok: true, rgb, alpha }` (sRGB 0..1) or `{ ok: false, reason }`.
 */
export function parseColor(input: unknown): ParseColorResult {
  if (typeof input !== 'string') return fail('expected a colour string');
  if (input.length > MAX_COLOR_LENGTH * 2) return fail('too long for a colour');
  const s = input.trim().toLowerCase();
  if (s.length === 0) return fail('empty colour');
  if (s.length > MAX_COLOR_LENGTH) return fail('too long for a colour');

  if (s.startsWith('#')) return parseHex(s);
  const named = NAMED_COLORS.get(s);
  if (named !== undefined) {
    return { ok: true, rgb: [(named >> 16) / 255, ((named >> 8) & 255) / 255, (named & 255) / 255], alpha: 1 };
  }
  const fn = FUNC.exec(s);
  if (fn) return parseFunction(fn[1]!, fn[2]!);
  return fail('not a CSS colour (use #rrggbb, rgb(), hsl() or a colour name)');
}

function parseHex(s: string): ParseColorResult {
  const m = HEX.exec(s);
  if (!m) return fail('invalid hex colour (use #rgb, #rgba, #rrggbb or #rrggbbaa)');
  let digits = m[1]!;
  // Short forms repeat each digit: #abc == #aabbcc.
  if (digits.length <= 4) digits = Array.from(digits, (d) => d + d).join('');
  const byte = (i: number): number => parseInt(digits.slice(i * 2, i * 2 + 2), 16) / 255;
  return { ok: true, rgb: [byte(0), byte(1), byte(2)], alpha: digits.length === 8 ? byte(3) : 1 };
}

/** A number token, a percentage token, or nothing. */
type Token = { kind: 'number' | 'percent'; value: number } | null;

function token(t: string): Token {
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1) : t;
  if (!NUMBER.test(body)) return null;
  const value = Number(body);
  if (!Number.isFinite(value)) return null;
  return { kind: percent ? 'percent' : 'number', value };
}

function parseFunction(name: string, inner: string): ParseColorResult {
  const args = splitArgs(inner);
  if (!args) return fail(`malformed ${name}() arguments`);
  const { channels, alpha: alphaText, legacy } = args;
  const tokens = channels.map(token);

  let alpha = 1;
  if (alphaText !== undefined) {
    const a = token(alphaText);
    if (!a) return fail(`invalid alpha in ${name}()`);
    alpha = clamp01(a.kind === 'percent' ? a.value / 100 : a.value);
  }

  if (name.startsWith('rgb')) {
    if (tokens.some((t) => t === null)) return fail('invalid number in rgb()');
    const ts = tokens as Exclude<Token, null>[];
    // The legacy comma syntax requires all-numbers or all-percentages.
    if (legacy && !ts.every((t) => t.kind === ts[0]!.kind)) return fail('rgb() mixes numbers and percentages');
    const ch = (t: Exclude<Token, null>): number => clamp01(t.kind === 'percent' ? t.value / 100 : t.value / 255);
    return { ok: true, rgb: [ch(ts[0]!), ch(ts[1]!), ch(ts[2]!)], alpha };
  }

  // hsl(): hue is a number (degrees) or an angle; S and L are percentages
  // (the modern syntax also allows bare numbers meaning percent).
  const hue = parseAngle(channels[0]!);
  if (hue === undefined) return fail('invalid hue in hsl()');
  const sl = [tokens[1], tokens[2]];
  if (sl.some((t) => t === null || (legacy && t.kind !== 'percent'))) {
    return fail('hsl() saturation and lightness must be percentages');
  }
  const sat = clamp01((sl[0] as Exclude<Token, null>).value / 100);
  const light = clamp01((sl[1] as Exclude<Token, null>).value / 100);
  return { ok: true, rgb: hslToRgb(hue, sat, light), alpha };
}

function splitArgs(inner: string): { channels: string[]; alpha?: string; legacy: boolean } | null {
  const text = inner.trim();
  if (text.includes(',')) {
    const parts = text.split(',').map((p) => p.trim());
    if ((parts.length !== 3 && parts.length !== 4) || parts.some((p) => p === '' || /\s/.test(p))) return null;
    return parts.length === 4
      ? { channels: parts.slice(0, 3), alpha: parts[3]!, legacy: true }
      : { channels: parts, legacy: true };
  }
  const slash = text.split('/');
  if (slash.length > 2) return null;
  const channels = slash[0]!.trim().split(/\s+/);
  if (channels.length !== 3 || channels.some((c) => c === '')) return null;
  if (slash.length === 1) return { channels, legacy: false };
  const alpha = slash[1]!.trim();
  if (alpha === '' || /\s/.test(alpha)) return null;
  return { channels, alpha, legacy: false };
}

function parseAngle(t: string): number | undefined {
  const m = ANGLE.exec(t);
  if (!m) return undefined;
  const v = Number(m[1]);
  if (!Number.isFinite(v)) return undefined;
  const perUnit: Record<string, number> = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };
  const deg = v * (m[2] ? perUnit[m[2]]! : 1);
  return ((deg % 360) + 360) % 360;
}

/** HSL (hue in degrees, s and l 0..1) to sRGB 0..1. */
export function hslToRgb(hue: number, s: number, l: number): RGB {
  const chroma = s * Math.min(l, 1 - l);
  const channel = (offset: number): number => {
    const k = (offset + hue / 30) % 12;
    return clamp01(l - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [channel(0), channel(8), channel(4)];
}

/** sRGB-encoded 0..1 -> linear 0..1 (IEC 61966-2-1 piecewise curve). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** Linear 0..1 -> sRGB-encoded 0..1 (inverse of {@link srgbToLinear}). */
export function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
}

/** Convert all three channels of an sRGB colour to linear. */
export function rgbToLinear(rgb: RGB): RGB {
  return [srgbToLinear(rgb[0]), srgbToLinear(rgb[1]), srgbToLinear(rgb[2])];
}

/** Lowercase `#rrggbb` for an sRGB 0..1 colour (channels clamped, rounded to 8 bits). */
export function formatHex(rgb: RGB): string {
  return (
    '#' +
    rgb
      .map((c) => Math.round(clamp01(c) * 255).toString(16).padStart(2, '0'))
      .join('')
  );
}

/** Normalise any accepted colour string to lowercase `#rrggbb` (alpha dropped), or `undefined`. */
export function toHex(input: unknown): string | undefined {
  const r = parseColor(input);
  return r.ok ? formatHex(r.rgb) : undefined;
}
