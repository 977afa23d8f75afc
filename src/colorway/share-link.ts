/**
 * Share links: the current look as a compact, URL-safe string for a query or
 * hash parameter (`?look=...`), and back.
 *
 * Format (version 1):
 * - A look that is exactly a preset is just the preset id: `jjjjound-silver-black`.
 * - Anything else is `c1.` + base64url (no padding) of the UTF-8 JSON
 *   `{ "v": 1, "base"?: presetId, "id"?, "name"?, "parts": { ...diffs } }`;
 *   `id` and `name` are omitted when they equal the base preset's.
 *   `parts` lists only the parts that differ from the base preset: as a hex
 *   string when only the colour differs (the part keeps the base finish), else
 *   as `{ color, metalness, roughness, finish }`. Without `base` (a look that
 *   lacks some of the preset's parts) `parts` lists every part in full.
 *   The base is the preset with the look's id, else the default preset.
 * Decoding applies the same validation as `validateColorway`, with JSON paths
 * into that payload; it never throws.
 */
import { exportColorway, resolveColorway, validateColorway, type ResolvedColorway, type ValidationError } from './colorway.js';
import { DEFAULT_PRESET_ID, KAYANO14_PRESETS, type ColorwayPreset } from './presets.js';
import { KAYANO14_PART_IDS } from '../profile/kayano14-parts.js';
import { describeType, isPlainObject, quote } from './safe-text.js';
import type { Colorway, ColorwayPart, FullColorwayPart } from './types.js';

/** Prefix of encoded custom looks; the digit is the format version. */
export const SHARE_PREFIX = 'c1.';
/** Longest share string decoded (a full 16-part custom look is ~1.4k). */
export const MAX_SHARE_LENGTH = 4096;

const PRESET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type DecodeShareResult =
  | { readonly ok: true; readonly look: ResolvedColorway; readonly colorway: Colorway }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Options shared by encode and decode; default to the Kayano 14. */
export interface ShareOptions {
  readonly presets?: readonly ColorwayPreset[];
  readonly knownParts?: readonly string[];
  readonly defaultPresetId?: string;
}

function samePart(a: FullColorwayPart, b: FullColorwayPart): boolean {
  return a.color === b.color && a.metalness === b.metalness && a.roughness === b.roughness && a.finish === b.finish;
}

function presetParts(preset: ColorwayPreset): { [partId: string]: FullColorwayPart } {
  return exportColorway(resolveColorway(preset)).parts;
}

/** Encode a resolved look as a share string (see the module doc for the format). */
export function encodeShareLink(look: ResolvedColorway, options: ShareOptions = {}): string {
  const presets = options.presets ?? KAYANO14_PRESETS;
  const exported = exportColorway(look);
  const own = presets.find((p) => p.id === look.id);
  const base = own ?? presets.find((p) => p.id === (options.defaultPresetId ?? DEFAULT_PRESET_ID));
  const baseParts = base ? presetParts(base) : {};
  const baseIds = Object.keys(baseParts);
  const lookIds = Object.keys(exported.parts);
  // Diffs only work if the look has every base part in the base's order (so decoding rebuilds the same object).
  const diffable = base !== undefined && lookIds.length >= baseIds.length && baseIds.every((id, i) => lookIds[i] === id);

  if (own && diffable && lookIds.length === baseIds.length && own.name === look.name) {
    if (baseIds.every((id) => samePart(exported.parts[id]!, baseParts[id]!))) return own.id;
  }

  const parts: { [partId: string]: ColorwayPart } = {};
  for (const id of lookIds) {
    const p = exported.parts[id]!;
    const b = diffable ? baseParts[id] : undefined;
    if (b && samePart(p, b)) continue;
    parts[id] = b && p.metalness === b.metalness && p.roughness === b.roughness && p.finish === b.finish ? p.color : { ...p };
  }
  // id and name are left out when they equal the base preset's (the common case: a tweaked preset).
  const payload = diffable
    ? {
        v: 1,
        base: base!.id,
        ...(look.id === base!.id ? {} : { id: look.id }),
        ...(look.name === base!.name ? {} : { name: look.name }),
        parts,
      }
    : { v: 1, id: look.id, name: look.name, parts };
  return SHARE_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
}

/**
 * Decode a share string into a look (resolved on its base preset) and its
 * full Colorway JSON. Hostile or broken strings give path-named errors.
 */
export function decodeShareLink(input: unknown, options: ShareOptions = {}): DecodeShareResult {
  const presets = options.presets ?? KAYANO14_PRESETS;
  const knownParts = options.knownParts ?? KAYANO14_PART_IDS;
  const fail = (path: string, message: string): DecodeShareResult => ({ ok: false, errors: [{ path, message }] });
  try {
    if (typeof input !== 'string') return fail('$', `expected a share string, got ${describeType(input)}`);
    if (input.length > MAX_SHARE_LENGTH) return fail('$', `share string too long (${input.length} chars; at most ${MAX_SHARE_LENGTH})`);

    if (!input.startsWith(SHARE_PREFIX)) {
      if (!PRESET_ID.test(input)) return fail('$', `not a share string or preset id: ${quote(input)}`);
      const preset = presets.find((p) => p.id === input);
      if (!preset) return fail('$', `unknown preset ${quote(input)}`);
      const look = resolveColorway(preset);
      return { ok: true, look, colorway: exportColorway(look) };
    }

    const body = input.slice(SHARE_PREFIX.length);
    const bytes = BASE64URL.test(body) ? fromBase64Url(body) : undefined;
    if (!bytes) return fail('$', 'share string is not valid base64url');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('$', 'share string is not valid UTF-8');
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('$', 'share string does not hold valid JSON');
    }
    return decodePayload(data, presets, knownParts);
  } catch {
    return fail('$', 'share string could not be read');
  }
}

function decodePayload(data: unknown, presets: readonly ColorwayPreset[], knownParts: readonly string[]): DecodeShareResult {
  if (!isPlainObject(data)) return { ok: false, errors: [{ path: '$', message: `expected an object, got ${describeType(data)}` }] };
  const errors: ValidationError[] = [];
  const v = Object.prototype.hasOwnProperty.call(data, 'v') ? data.v : undefined;
  if (v !== 1) errors.push({ path: '$.v', message: v === undefined ? 'missing (required)' : 'unsupported version; expected 1' });
  let base: ColorwayPreset | undefined;
  if (Object.prototype.hasOwnProperty.call(data, 'base')) {
    const b = data.base;
    base = typeof b === 'string' ? presets.find((p) => p.id === b) : undefined;
    if (!base) {
      errors.push({ path: '$.base', message: typeof b === 'string' ? `unknown preset ${quote(b)}` : `expected a preset id, got ${describeType(b)}` });
      // Without the base, id/name/parts cannot be completed: more errors would only be noise.
      return { ok: false, errors };
    }
  }
  // Hand the colorway fields to the shared validator. Object.fromEntries
  // defines own properties, so a "__proto__" key stays a key (and is rejected).
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'v' && k !== 'base'));
  if (base) {
    if (!Object.prototype.hasOwnProperty.call(rest, 'id')) rest.id = base.id;
    if (!Object.prototype.hasOwnProperty.call(rest, 'name')) rest.name = base.name;
  }
  const checked = validateColorway(rest, knownParts);
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  const look = resolveColorway(checked.colorway, base ? resolveColorway(base) : undefined);
  return { ok: true, look, colorway: exportColorway(look) };
}

/** base64url without padding. */
function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (rest > 1) out += ALPHABET[(n >> 6) & 63]!;
    if (rest > 2) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Strict base64url decode: only the canonical encoding of some bytes is accepted. */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const d = Array.from(chunk, (c) => ALPHABET.indexOf(c));
    if (d.some((x) => x < 0)) return undefined;
    const n = (d[0]! << 18) | (d[1]! << 12) | ((d[2] ?? 0) << 6) | (d[3] ?? 0);
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  const result = Uint8Array.from(bytes);
  // Reject non-canonical trailing bits so each look has exactly one string.
  return toBase64Url(result) === text ? result : undefined;
}
