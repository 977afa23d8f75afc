/**
 * Colorway validation, resolution (to renderer-ready values) and export.
 *
 * Pipeline: untrusted JSON -> {@link validateColorway} -> {@link resolveColorway}
 * (on top of the current look) -> {@link exportColorway} -> the same JSON again.
 * Resolution quantises colours to 8-bit hex and factors to 4 decimals, so an
 * exported look imports back to identical values.
 */
import { formatHex, parseColor, rgbToLinear, type RGB } from './color.js';
import {
  DEFAULT_FINISH,
  FINISHES,
  FINISH_NAMES,
  isFinishName,
  isUnitNumber,
  resolveFinish,
  roundFactor,
  type ResolvedFinish,
} from './finish.js';
import { childPath, describeType, isPlainObject, isPollutionKey, quote } from './safe-text.js';
import type { Colorway, ColorwayPart, FinishName, FullColorwayPart } from './types.js';

export type { Colorway, ColorwayPart, FullColorwayPart, FinishName } from './types.js';

/** A part ready for a renderer. */
export interface ResolvedPart {
  /** Lowercase `#rrggbb`, sRGB: the canonical colour. */
  readonly hex: string;
  /** sRGB 0..1, exactly `hex`. */
  readonly rgb: RGB;
  /** Linear-light 0..1 (three.js working space) for `material.color`. */
  readonly linear: RGB;
  readonly metalness: number;
  readonly roughness: number;
  /** See `finish.ts`. */
  readonly transmission: number;
  readonly emissiveIntensity: number;
  /** The named finish the parameters derive from. */
  readonly finish: FinishName;
}

/** A whole look, resolved. `parts` holds only the parts the look defines. */
export interface ResolvedColorway {
  readonly id: string;
  readonly name: string;
  readonly parts: { readonly [partId: string]: ResolvedPart };
}

/** One validation problem, with the JSON path of the offending value. */
export interface ValidationError {
  /** e.g. `$.parts.upper_toe.color`; odd keys are bracket-quoted. */
  readonly path: string;
  /** Short, plain text; user values are quoted and truncated. */
  readonly message: string;
}

export type ValidateColorwayResult =
  | { readonly ok: true; readonly colorway: Colorway }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

export type ImportColorwayResult =
  | { readonly ok: true; readonly colorway: Colorway; readonly look: ResolvedColorway }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Safe ids: lowercase letters, digits and dashes; starts with a letter or digit; at most 64 chars. */
export const COLORWAY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest display name accepted. */
export const MAX_NAME_LENGTH = 80;
/** Stop collecting after this many errors (hostile input can have thousands). */
export const MAX_ERRORS = 20;

// Markup delimiters, control characters and bidi / invisible formatting
// characters: none belongs in a display name.
const UNSAFE_NAME = /[<>\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const ROOT_KEYS = ['id', 'name', 'parts'] as const;
const PART_KEYS = ['color', 'metalness', 'roughness', 'finish'] as const;

class Errors {
  readonly list: ValidationError[] = [];
  add(path: string, message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ path, message });
  }
}

/**
 * Validate untrusted input as a Colorway for a model with `knownParts`.
 * Never throws; on success returns a fresh copy holding only known keys.
 * @param rootPath path prefix for error messages (default `$`).
 */
export function validateColorway(
  input: unknown,
  knownParts: readonly string[],
  rootPath = '$',
): ValidateColorwayResult {
  const errors = new Errors();
  try {
    const colorway = checkColorway(input, knownParts, rootPath, errors);
    if (errors.list.length === 0 && colorway) return { ok: true, colorway };
  } catch {
    // Getters or proxies in hand-built objects can throw; report, don't crash.
    errors.add(rootPath, 'could not be read');
  }
  if (errors.list.length === 0) errors.add(rootPath, 'invalid colorway');
  return { ok: false, errors: errors.list };
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string, errors: Errors): void {
  for (const key of Object.keys(obj)) {
    if (isPollutionKey(key)) errors.add(childPath(path, key), 'forbidden key');
    else if (!allowed.includes(key)) errors.add(childPath(path, key), `unknown key; expected ${allowed.join(', ')}`);
  }
}

function checkColorway(input: unknown, knownParts: readonly string[], root: string, errors: Errors): Colorway | undefined {
  if (!isPlainObject(input)) {
    errors.add(root, `expected a colorway object, got ${describeType(input)}`);
    return undefined;
  }
  checkKeys(input, ROOT_KEYS, root, errors);
  const id = checkId(input, root, errors);
  const name = checkName(input, root, errors);
  const parts = checkParts(input, knownParts, root, errors);
  if (id === undefined || name === undefined || parts === undefined) return undefined;
  return { id, name, parts };
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function checkId(obj: Record<string, unknown>, root: string, errors: Errors): string | undefined {
  const path = `${root}.id`;
  const id = own(obj, 'id');
  if (id === undefined) return void errors.add(path, 'missing (required)');
  if (typeof id !== 'string') return void errors.add(path, `expected a string, got ${describeType(id)}`);
  if (id.length > 64) return void errors.add(path, `too long (${id.length} chars; at most 64)`);
  if (!COLORWAY_ID_PATTERN.test(id)) {
    return void errors.add(path, `must be lowercase letters, digits and dashes, got ${quote(id)}`);
  }
  return id;
}

function checkName(obj: Record<string, unknown>, root: string, errors: Errors): string | undefined {
  const path = `${root}.name`;
  const name = own(obj, 'name');
  if (name === undefined) return void errors.add(path, 'missing (required)');
  if (typeof name !== 'string') return void errors.add(path, `expected a string, got ${describeType(name)}`);
  if (name.trim() === '') return void errors.add(path, 'must not be empty');
  if (name.length > MAX_NAME_LENGTH) return void errors.add(path, `too long (${name.length} chars; at most ${MAX_NAME_LENGTH})`);
  if (UNSAFE_NAME.test(name)) return void errors.add(path, `must be plain text (no markup or control characters), got ${quote(name)}`);
  return name;
}

function checkParts(
  obj: Record<string, unknown>,
  knownParts: readonly string[],
  root: string,
  errors: Errors,
): Colorway['parts'] | undefined {
  const path = `${root}.parts`;
  const parts = own(obj, 'parts');
  if (parts === undefined) return void errors.add(path, 'missing (required)');
  if (!isPlainObject(parts)) return void errors.add(path, `expected an object of part id -> colour, got ${describeType(parts)}`);
  const out: Colorway['parts'] = {};
  let ok = true;
  for (const key of Object.keys(parts)) {
    const partPath = childPath(path, key);
    if (isPollutionKey(key)) {
      errors.add(partPath, 'forbidden key');
      ok = false;
    } else if (!knownParts.includes(key)) {
      errors.add(partPath, `unknown part ${quote(key)}`);
      ok = false;
    } else {
      const part = checkPart(parts[key], partPath, errors);
      if (part === undefined) ok = false;
      else out[key] = part;
    }
  }
  return ok ? out : undefined;
}

function checkColor(value: unknown, path: string, errors: Errors): string | undefined {
  if (typeof value !== 'string') return void errors.add(path, `expected a CSS colour string, got ${describeType(value)}`);
  const parsed = parseColor(value);
  if (!parsed.ok) return void errors.add(path, `invalid colour ${quote(value)}: ${parsed.reason}`);
  return value;
}

function checkPart(value: unknown, path: string, errors: Errors): ColorwayPart | undefined {
  if (typeof value === 'string') return checkColor(value, path, errors);
  if (!isPlainObject(value)) {
    return void errors.add(path, `expected a colour string or { color, metalness?, roughness?, finish? }, got ${describeType(value)}`);
  }
  const before = errors.list.length;
  checkKeys(value, PART_KEYS, path, errors);
  const colorValue = own(value, 'color');
  const color =
    colorValue === undefined ? void errors.add(`${path}.color`, 'missing (required)') : checkColor(colorValue, `${path}.color`, errors);
  const part: { color: string; metalness?: number; roughness?: number; finish?: string } = { color: color ?? '' };
  for (const key of ['metalness', 'roughness'] as const) {
    const v = own(value, key);
    if (v === undefined) continue;
    if (!isUnitNumber(v)) {
      errors.add(`${path}.${key}`, `must be a number from 0 to 1, got ${typeof v === 'number' && Number.isFinite(v) ? String(v) : describeType(v)}`);
    } else part[key] = v;
  }
  const finish = own(value, 'finish');
  if (finish !== undefined) {
    if (!isFinishName(finish)) {
      errors.add(`${path}.finish`, `unknown finish ${quote(finish)}; expected one of ${FINISH_NAMES.join(', ')}`);
    } else part.finish = finish;
  }
  // Any error recorded for this part (errors may be capped, so compare counts
  // as well as the colour) makes it invalid.
  return errors.list.length === before && color !== undefined ? part : undefined;
}

/** Parts a resolution starts from: a whole look, or just its parts. */
export type ResolveBase = Pick<ResolvedColorway, 'parts'>;

/** The resolved finish of a resolved part. */
export function finishOf(part: ResolvedPart): ResolvedFinish {
  const { finish, metalness, roughness, transmission, emissiveIntensity } = part;
  return { name: finish, metalness, roughness, transmission, emissiveIntensity };
}

/** Build a resolved part from a colour string and a finish. Returns `undefined` for an invalid colour. */
export function makePart(color: string, finish: ResolvedFinish): ResolvedPart | undefined {
  const parsed = parseColor(color);
  if (!parsed.ok) return undefined;
  const hex = formatHex(parsed.rgb);
  // Quantise to the 8-bit hex first so the rendered colour is exactly the exported one.
  const rgb: RGB = [parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255];
  return {
    hex,
    rgb,
    linear: rgbToLinear(rgb),
    metalness: roundFactor(finish.metalness),
    roughness: roundFactor(finish.roughness),
    transmission: finish.transmission,
    emissiveIntensity: finish.emissiveIntensity,
    finish: finish.name,
  };
}

function resolvePart(spec: ColorwayPart, basePart: ResolvedPart | undefined): ResolvedPart {
  const color = typeof spec === 'string' ? spec : spec.color;
  // Start from the part's current finish; a named finish replaces it; explicit numbers override.
  let finish: ResolvedFinish = basePart ? finishOf(basePart) : DEFAULT_FINISH;
  if (typeof spec !== 'string') {
    if (spec.finish !== undefined) {
      if (!isFinishName(spec.finish)) throw new TypeError('resolveColorway: unknown finish (validate first)');
      finish = FINISHES[spec.finish];
    }
    finish = { ...finish, metalness: spec.metalness ?? finish.metalness, roughness: spec.roughness ?? finish.roughness };
  }
  const part = makePart(color, finish);
  if (!part) throw new TypeError('resolveColorway: invalid colour (validate first)');
  return part;
}

/**
 * Resolve a validated Colorway on top of `base` (the current look): parts it
 * lists replace the base's, parts it leaves out keep the base's. A part given
 * as just a colour keeps the base part's finish (or `matte` without a base).
 * Throws `TypeError` only for unvalidated input; use {@link importColorway}
 * for untrusted data.
 */
export function resolveColorway(colorway: Colorway, base?: ResolveBase): ResolvedColorway {
  const parts: { [partId: string]: ResolvedPart } = {};
  if (base) for (const [id, part] of Object.entries(base.parts)) parts[id] = part;
  for (const [id, spec] of Object.entries(colorway.parts)) parts[id] = resolvePart(spec, base?.parts[id]);
  return { id: colorway.id, name: colorway.name, parts };
}

/** Validate untrusted input and resolve it on top of `base`. Never throws. */
export function importColorway(input: unknown, knownParts: readonly string[], base?: ResolveBase): ImportColorwayResult {
  const v = validateColorway(input, knownParts);
  if (!v.ok) return v;
  return { ok: true, colorway: v.colorway, look: resolveColorway(v.colorway, base) };
}

/** A Colorway as export writes it: every part fully specified. */
export interface ExportedColorway {
  id: string;
  name: string;
  parts: { [partId: string]: FullColorwayPart };
}

/** The Colorway JSON for a resolved look: every part fully specified, hex lowercase. */
export function exportColorway(look: ResolvedColorway): ExportedColorway {
  const parts: { [partId: string]: FullColorwayPart } = {};
  for (const [id, p] of Object.entries(look.parts)) {
    parts[id] = { color: p.hex, metalness: roundFactor(p.metalness), roughness: roundFactor(p.roughness), finish: p.finish };
  }
  return { id: look.id, name: look.name, parts };
}

export type SetPartResult =
  | { readonly ok: true; readonly look: ResolvedColorway }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * Pure core of `setPartColor(part, color, finish?)`: a new look with one part
 * changed. `finish` is a built-in name or `{ metalness?, roughness? }`
 * (see `resolveFinish`); without it the part keeps its finish. Never throws;
 * error paths are `$.part`, `$.color`, `$.finish`.
 */
export function withPartColor(
  look: ResolvedColorway,
  part: unknown,
  color: unknown,
  finish: unknown,
  knownParts: readonly string[],
): SetPartResult {
  const errors = new Errors();
  if (typeof part !== 'string' || !knownParts.includes(part)) {
    errors.add('$.part', typeof part === 'string' ? `unknown part ${quote(part)}` : `expected a part id, got ${describeType(part)}`);
  }
  const colorOk = checkColor(color, '$.color', errors);
  const current = typeof part === 'string' && knownParts.includes(part) ? look.parts[part] : undefined;
  let resolved: ResolvedFinish = current ? finishOf(current) : DEFAULT_FINISH;
  if (finish !== undefined) {
    const f = resolveFinish(finish, resolved);
    if (f.ok) resolved = f.finish;
    else errors.add('$.finish', f.reason);
  }
  if (errors.list.length > 0 || colorOk === undefined) return { ok: false, errors: errors.list };
  const next = makePart(colorOk, resolved)!;
  return { ok: true, look: { ...look, parts: { ...look.parts, [part as string]: next } } };
}
