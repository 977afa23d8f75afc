import type { Material, Object3D } from 'three';
import { guessGroup, partIdFor, readableLabel } from './derive-label.js';
import { meshesOf } from './match-parts.js';
import type { ModelProfile, ProfilePart } from './types.js';

/**
 * A profile for a model that comes without one: a part per material name (two materials
 * with one name are one part; an unnamed material goes by its mesh's name), labelled and
 * grouped from the name, the model's variants as presets, no callouts, no exploded view.
 * The orientation is left to the bounds (see `guessOrientation`).
 */
export function deriveProfile(root: Object3D, name?: string): ModelProfile {
  const parts: Record<string, ProfilePart> = {};
  const idByName = new Map<string, string>();
  const taken = new Set<string>();
  for (const mesh of meshesOf(root)) {
    for (const material of ([] as Material[]).concat(mesh.material)) {
      const source = material?.name || mesh.name;
      if (!source || idByName.has(source)) continue;
      const id = partIdFor(source, taken);
      taken.add(id);
      idByName.set(source, id);
      parts[id] = { label: readableLabel(source), group: guessGroup(source), match: [source] };
    }
  }
  return { ...(name ? { name } : {}), parts, variants: 'presets' };
}
