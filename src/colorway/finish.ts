/**
 * Finishes: how a part's surface reacts to light, as PBR parameters.
 *
 * A finish is `{ metalness, roughness }` (each 0..1) plus two extras the
 * built-in `translucent` finish needs for the GEL windows:
 * - `transmission` (0..1): glTF `KHR_materials_transmission` /
 *   three.js `MeshPhysicalMaterial.transmission`. Renderers that skip
 *   transmission (it costs an extra pass) may instead use
 *   `opacity = 1 - transmission / 2` with a transparent material.
 * - `emissiveIntensity` (0..1): the part glows faintly in its own base
 *   colour (emissive colour = base colour), so the GEL still reads as lit
 *   from within when transmission is unavailable.
 * Every other built-in finish has both extras at 0.
 */
import type { FinishName } from './types.js';
import { describeType, isPlainObject, quote } from './safe-text.js';

export type { FinishName } from './types.js';

/** The user-facing finish parameters. */
export interface Finish {
  /** 0 = dielectric, 1 = metal. */
  readonly metalness: number;
  /** 0 = mirror, 1 = fully diffuse. */
  readonly roughness: number;
}

/** A finish with every parameter a renderer needs. */
export interface ResolvedFinish extends Finish {
  /** The named finish this derives from (kept so extras survive export). */
  readonly name: FinishName;
  /** 0..1, see the module doc. */
  readonly transmission: number;
  /** 0..1, emissive strength in the base colour. */
  readonly emissiveIntensity: number;
}

/** The built-in finishes. */
export const FINISHES: Readonly<Record<FinishName, ResolvedFinish>> = Object.freeze({
  /** Mesh, foam, rubber. */
  matte: { name: 'matte', metalness: 0, roughness: 0.9, transmission: 0, emissiveIntensity: 0 },
  /** Synthetic leather overlays, coated textiles. */
  satin: { name: 'satin', metalness: 0, roughness: 0.5, transmission: 0, emissiveIntensity: 0 },
  /** Hard glossy plastic (TRUSSTIC, patent overlays). */
  gloss: { name: 'gloss', metalness: 0, roughness: 0.2, transmission: 0, emissiveIntensity: 0 },
  /** Metallic silver overlays and reflective tiger stripes. */
  reflective: { name: 'reflective', metalness: 0.9, roughness: 0.3, transmission: 0, emissiveIntensity: 0 },
  /** GEL: glossy, partly see-through, faintly self-lit. */
  translucent: { name: 'translucent', metalness: 0, roughness: 0.15, transmission: 0.6, emissiveIntensity: 0.15 },
});

/** Built-in finish names, in display order. */
export const FINISH_NAMES: readonly FinishName[] = Object.freeze(Object.keys(FINISHES) as FinishName[]);

/** Finish used for a part that has none yet (no base look). */
export const DEFAULT_FINISH: ResolvedFinish = FINISHES.matte;

/** True if `value` is a built-in finish name (exact, lowercase). */
export function isFinishName(value: unknown): value is FinishName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FINISHES, value);
}

/** True for a finite number in 0..1. */
export function isUnitNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * Round a 0..1 factor to 4 decimals. Applied whenever a look is resolved, so
 * the stored value is exactly what export writes and import reads back.
 */
export function roundFactor(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export type ResolveFinishResult =
  | { readonly ok: true; readonly finish: ResolvedFinish }
  | { readonly ok: false; readonly reason: string };

/**
 * Resolve a finish given as a built-in name or as `{ metalness?, roughness? }`.
 * The object form overrides only the numbers it gives and keeps the rest,
 * including the name and extras, from `base` (so making a GEL rougher keeps it
 * translucent). Never throws.
 */
export function resolveFinish(input: unknown, base: ResolvedFinish = DEFAULT_FINISH): ResolveFinishResult {
  if (typeof input === 'string') {
    if (!isFinishName(input)) {
      return { ok: false, reason: `unknown finish ${quote(input)}; expected one of ${FINISH_NAMES.join(', ')}` };
    }
    return { ok: true, finish: FINISHES[input] };
  }
  if (!isPlainObject(input)) {
    return { ok: false, reason: `expected a finish name or { metalness, roughness }, got ${describeType(input)}` };
  }
  for (const key of Object.keys(input)) {
    if (key !== 'metalness' && key !== 'roughness') return { ok: false, reason: `unknown finish key ${quote(key)}` };
  }
  const { metalness, roughness } = input;
  for (const [key, value] of [['metalness', metalness], ['roughness', roughness]] as const) {
    if (value !== undefined && !isUnitNumber(value)) {
      return { ok: false, reason: `${key} must be a number from 0 to 1, got ${typeof value === 'number' ? String(value) : describeType(value)}` };
    }
  }
  return {
    ok: true,
    finish: {
      ...base,
      metalness: roundFactor((metalness as number | undefined) ?? base.metalness),
      roughness: roundFactor((roughness as number | undefined) ?? base.roughness),
    },
  };
}
