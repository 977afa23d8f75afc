import { Box3, Vector3, type Mesh, type Object3D } from 'three';
import type { AnnotationData, Vec3Tuple } from '../annotations/types.js';
import type { Colorway } from '../colorway/types.js';
import type { ViewerErrorDetail } from '../loading/viewer-error.js';
import { guessOrientation, type LengthProfile } from '../stage/model-orientation.js';
import { deriveProfile } from './derive-profile.js';
import { matchParts, meshesOf } from './match-parts.js';
import type { Axis, CameraView, ModelProfile, ProfilePartGroup, RecolorMode } from './types.js';

/** Where the profile in use came from, by precedence (see README "Model profiles"). */
export type ProfileSource = 'page' | 'embedded' | 'builtin' | 'derived';

/** A part of the model on screen, as lists show it. */
export interface ActivePart {
  readonly id: string;
  readonly label: string;
  readonly group: ProfilePartGroup;
  readonly recolor: RecolorMode;
}

/** A preset of the model on screen: a colorway, or one of the model's own variants. */
export interface ActivePreset extends Colorway {
  readonly description: string;
  /** Index of the `KHR_materials_variants` variant it switches to, for a variant preset. */
  readonly variant?: number;
}

/** A profile applied to a loaded model: what every part of the viewer reads. */
export interface ActiveProfile {
  readonly source: ProfileSource;
  readonly name: string | undefined;
  readonly parts: readonly ActivePart[];
  /** Every part id the profile declares, also those the model lacks (colorways may name them). */
  readonly declaredParts: readonly string[];
  /** Part id -> its meshes (see `matchParts` for the rule). */
  readonly meshes: ReadonlyMap<string, readonly Mesh[]>;
  readonly presets: readonly ActivePreset[];
  readonly annotations: readonly AnnotationData[];
  /** Part id -> offset at exploded = 1, in model coordinates; `builtin`: the exploded view's own table. */
  readonly exploded: Readonly<Record<string, Vec3Tuple>> | 'builtin';
  readonly orientation: { readonly toe: Axis; readonly lateral: Axis };
  readonly view: CameraView;
}

/** A candidate profile and what to say when it cannot be used in full. */
export interface ProfileCandidate {
  readonly source: ProfileSource;
  readonly profile: ModelProfile;
}

export interface ApplyResult {
  readonly active: ActiveProfile;
  readonly errors: ViewerErrorDetail[];
}

/**
 * Applies the first usable candidate to a model: a candidate whose parts match nothing
 * in the model is dropped (with an error) for the next; one that matches some parts is
 * used for those (with an error naming the others). The derived profile always works.
 */
export function applyProfile(root: Object3D, candidates: readonly ProfileCandidate[], variantNames: readonly string[], fallbackName?: string): ApplyResult {
  const errors: ViewerErrorDetail[] = [];
  for (const candidate of [...candidates, { source: 'derived' as const, profile: deriveProfile(root, fallbackName) }]) {
    const { profile, source } = candidate;
    const match = matchParts(root, profile);
    const what = source === 'embedded' ? "The model's embedded profile" : 'The profile';
    if (match.meshes.size === 0 && source !== 'derived') {
      errors.push({
        type: 'validation',
        path: '$.parts',
        message: `${what} names no mesh or material the model has (${Object.values(profile.parts).flatMap((p) => p.match).slice(0, 8).join(', ')}); the viewer derived one from the model.`,
      });
      continue;
    }
    // The built-in profile is chosen because the model's names fit it: a subset is expected.
    if (match.unmatched.length && (source === 'page' || source === 'embedded')) {
      const first = match.unmatched[0]!;
      errors.push({
        type: 'validation',
        path: `$.parts.${first}.match`,
        message: `${what} names parts the model lacks: ${match.unmatched.map((id) => `${id} (${profile.parts[id]!.match.join(', ')})`).join('; ')}; the other parts work.`,
      });
    }
    return { active: activate(root, candidate, match.meshes, variantNames), errors };
  }
  throw new Error('unreachable: the derived profile is always usable');
}

function activate(root: Object3D, { source, profile }: ProfileCandidate, meshes: Map<string, Mesh[]>, variantNames: readonly string[]): ActiveProfile {
  const parts: ActivePart[] = [...meshes.keys()].map((id) => {
    const part = profile.parts[id]!;
    return { id, label: part.label, group: part.group ?? 'upper', recolor: part.recolor ?? 'tint' };
  });
  const presets: ActivePreset[] = (profile.presets ?? []).map((p) => ({ id: p.id, name: p.name, description: p.description ?? p.name, parts: p.parts }));
  if ((profile.variants ?? 'presets') === 'presets') {
    const taken = new Set(presets.map((p) => p.id));
    variantNames.forEach((name, variant) => {
      let id = `variant-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || variant + 1}`;
      while (taken.has(id)) id = `${id}-${variant + 1}`;
      taken.add(id);
      presets.push({ id, name: name.slice(0, 80), description: `The model's own variant ${JSON.stringify(name.slice(0, 80))}.`, parts: {}, variant });
    });
  }
  return {
    source,
    name: profile.name,
    parts,
    declaredParts: Object.keys(profile.parts),
    meshes,
    presets,
    annotations: (profile.annotations ?? []).filter((a) => meshes.has(a.part)).map(completeAnnotation),
    exploded: source === 'builtin' ? 'builtin' : (profile.exploded ?? {}),
    orientation: profile.orientation ?? guessOrientation(lengthProfileOf(root)),
    view: profile.camera?.view ?? 'lateral-three-quarter',
  };
}

/**
 * A callout as the callouts view takes it: an anchor and normal left out stay out (the view
 * finds them on the part's visible surface, `src/annotations/find-anchor.ts`); `view`
 * defaults to the normal, else a little above the lateral side. Vectors are in model coordinates.
 */
function completeAnnotation(a: NonNullable<ModelProfile['annotations']>[number]): AnnotationData {
  const view = a.view ?? a.normal ?? [0, 0.3, 1];
  return { id: a.id, title: a.title, body: a.body, part: a.part, anchor: a.anchor, normal: a.normal, view };
}

/** The model's bounds and how tall it is near each end of its longer horizontal axis, in its own coordinates. */
export function lengthProfileOf(root: Object3D): LengthProfile {
  root.updateWorldMatrix(true, true);
  const toRoot = root.matrixWorld.clone().invert();
  const box = new Box3();
  const points: Vector3[] = [];
  const p = new Vector3();
  for (const mesh of meshesOf(root)) {
    const position = mesh.geometry?.getAttribute('position');
    if (!position) continue;
    const step = Math.max(1, Math.floor(position.count / 2000));
    for (let i = 0; i < position.count; i += step) {
      p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld).applyMatrix4(toRoot);
      box.expandByPoint(p);
      points.push(p.clone());
    }
  }
  const along = box.max.x - box.min.x >= box.max.z - box.min.z ? 'x' : 'z';
  const lo = box.min[along];
  const length = box.max[along] - lo || 1;
  let topNearMin = -Infinity;
  let topNearMax = -Infinity;
  for (const q of points) {
    const t = (q[along] - lo) / length;
    if (t <= 0.25) topNearMin = Math.max(topNearMin, q.y);
    if (t >= 0.75) topNearMax = Math.max(topNearMax, q.y);
  }
  return { min: box.min.toArray(), max: box.max.toArray(), topNearMin, topNearMax };
}
