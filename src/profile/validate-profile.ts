import { validateColorway, type ValidationError } from '../colorway/colorway.js';
import { childPath, describeType, quote } from '../colorway/safe-text.js';
import { validate as validateSchema } from './generated/validate-profile-schema.js';
import type { ModelProfile } from './types.js';

export type ValidateProfileResult =
  | { readonly ok: true; readonly profile: ModelProfile }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const MAX_ERRORS = 20;

/** `/parts/Mat_Upper/group` -> `$.parts.Mat_Upper.group` (array indices as `[0]`). */
export function jsonPath(pointer: string): string {
  let path = '$';
  if (!pointer) return path;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = /^(0|[1-9]\d*)$/.test(key) ? `${path}[${key}]` : childPath(path, key);
  }
  return path;
}

/** One Ajv error as a path and a short message that never echoes markup. */
function fromAjv(error: AjvError): ValidationError {
  const path = jsonPath(error.instancePath);
  const p = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: childPath(path, String(p.additionalProperty)), message: 'unknown key' };
    case 'required':
      return { path: childPath(path, String(p.missingProperty)), message: 'missing (required)' };
    case 'enum':
      return { path, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern':
      return { path, message: 'not allowed here: check its length and characters (plain text, no markup)' };
    case 'propertyNames':
      return { path: childPath(path, String(p.propertyName)), message: 'not a valid id (letters, digits, _ . -; at most 64)' };
    case 'anyOf':
      return { path, message: 'expected a colour string or { color, metalness?, roughness?, finish? }' };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}

/**
 * Validates untrusted input as a model profile: the JSON Schema (compiled at build time,
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
  if (!validateSchema(data)) {
    const raw = ((validateSchema as unknown as { errors?: AjvError[] }).errors ?? []) as AjvError[];
    // An anyOf failure repeats itself once per branch: keep the summary.
    // An anyOf or propertyNames failure comes with its branches' errors: keep the summary.
    const summaries = new Set(raw.filter((e) => e.keyword === 'anyOf' || e.keyword === 'propertyNames').map((e) => e.instancePath));
    const errors = raw.filter((e) => e.keyword === 'anyOf' || e.keyword === 'propertyNames' || !summaries.has(e.instancePath)).map(fromAjv);
    if (errors.length === 0) errors.push({ path: '$', message: `expected a profile object, got ${describeType(input)}` });
    return { ok: false, errors: dedupe(errors).slice(0, MAX_ERRORS) };
  }
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
