import { validateColorway, type ValidationError } from '../colorway/colorway.js';
import { childPath, quote } from '../colorway/safe-text.js';
import { PROFILE_SCHEMA } from './generated/profile-schema.js';
import { checkSchema } from './schema-check.js';
import type { ModelProfile } from './types.js';

export type ValidateProfileResult =
  | { readonly ok: true; readonly profile: ModelProfile }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

const MAX_ERRORS = 20;

/**
 * Validates untrusted input as a model profile: the shipped JSON Schema (`schema-check.ts`,
 * no eval), then what a schema cannot say: preset colours, and that presets, callouts and
 * exploded offsets name the profile's own parts. Never throws; every error has a JSON path.
 */
export function validateProfile(input: unknown): ValidateProfileResult {
  let data: unknown;
  try {
    // A structured copy drops getters, proxies and prototypes of hand-built objects.
    data = JSON.parse(JSON.stringify(input ?? null));
  } catch {
    return { ok: false, errors: [{ path: '$', message: 'could not be read as JSON' }] };
  }
  const schemaErrors = checkSchema(PROFILE_SCHEMA, data);
  if (schemaErrors.length) return { ok: false, errors: dedupe(schemaErrors).slice(0, MAX_ERRORS) };
  const profile = data as ModelProfile;
  const partIds = Object.keys(profile.parts);
  const errors: ValidationError[] = [];
  profile.presets?.forEach((preset, i) => {
    const checked = validateColorway({ id: preset.id, name: preset.name, parts: preset.parts }, partIds, `$.presets[${i}]`);
    if (!checked.ok) errors.push(...checked.errors);
  });
  profile.annotations?.forEach((annotation, i) => {
    if (!partIds.includes(annotation.part)) errors.push({ path: `$.annotations[${i}].part`, message: `unknown part ${quote(annotation.part)}` });
  });
  for (const id of Object.keys(profile.exploded ?? {})) {
    if (!partIds.includes(id)) errors.push({ path: childPath('$.exploded', id), message: `unknown part ${quote(id)}` });
  }
  if (profile.orientation) {
    const { toe, lateral } = profile.orientation;
    if (toe[1] === lateral[1]) errors.push({ path: '$.orientation.lateral', message: 'must be another axis than the toe' });
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, profile };
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
