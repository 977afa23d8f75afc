import type { Material, Object3D } from 'three';
import { KAYANO14_MODEL_URL } from './kayano14.js';
import { KAYANO14_PROFILE } from './kayano14-profile.js';
import { meshesOf } from './match-parts.js';
import { matchesAny } from './name-match.js';
import type { ModelProfile } from './types.js';

/**
 * The built-in profile for a model without its own: the Kayano 14's for the bundled model
 * and for a model every one of whose materials is named after one of its parts (the
 * generator's naming, and the test fixtures'); otherwise none (the viewer derives one).
 */
export function builtinProfileFor(url: string, root: Object3D): ModelProfile | null {
  if (url === KAYANO14_MODEL_URL) return KAYANO14_PROFILE;
  const names = new Set<string>();
  for (const mesh of meshesOf(root)) for (const material of ([] as Material[]).concat(mesh.material)) if (material?.name) names.add(material.name);
  const patterns = Object.values(KAYANO14_PROFILE.parts).flatMap((p) => p.match);
  return names.size > 0 && [...names].every((name) => matchesAny(patterns, [name])) ? KAYANO14_PROFILE : null;
}
