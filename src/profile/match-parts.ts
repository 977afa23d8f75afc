import type { Material, Mesh, Object3D } from 'three';
import { isOverlay } from '../stage/model-parts.js';
import { matchesAny } from './name-match.js';
import type { ModelProfile } from './types.js';

/** The names a mesh answers to, most specific first: its own, its materials', its ancestors'. */
export function namesOf(mesh: Mesh, root: Object3D): string[] {
  const names = [mesh.name];
  for (const material of ([] as Material[]).concat(mesh.material)) if (material?.name) names.push(material.name);
  for (let node = mesh.parent; node && node !== root.parent; node = node.parent) if (node.name) names.push(node.name);
  return names.filter(Boolean);
}

/** The model's meshes (overlays left out), in scene order. */
export function meshesOf(root: Object3D): Mesh[] {
  const meshes: Mesh[] = [];
  root.traverse((node) => {
    const mesh = node as Mesh;
    if (mesh.isMesh && !isOverlay(mesh)) meshes.push(mesh);
  });
  return meshes;
}

export interface PartMatch {
  /** Part id -> its meshes, in profile order; parts that match nothing are left out. */
  readonly meshes: Map<string, Mesh[]>;
  /** Part ids whose `match` found no mesh, node or material. */
  readonly unmatched: string[];
}

/**
 * Which meshes make each part. The rule: every mesh (one glTF primitive) belongs to the
 * FIRST part, in profile order, with a pattern matching its name, its material's name or
 * an ancestor's name; a mesh no part matches is shown but not recolourable. So a part may
 * span several meshes and primitives, two materials with one name go to the same part,
 * and a mesh is never in two parts (a material shared by two parts is split later, see
 * `PartMaterials`).
 */
export function matchParts(root: Object3D, profile: Pick<ModelProfile, 'parts'>): PartMatch {
  const entries = Object.entries(profile.parts);
  const meshes = new Map<string, Mesh[]>();
  for (const mesh of meshesOf(root)) {
    const names = namesOf(mesh, root);
    const hit = entries.find(([, part]) => matchesAny(part.match, names));
    if (!hit) continue;
    const list = meshes.get(hit[0]) ?? [];
    list.push(mesh);
    meshes.set(hit[0], list);
  }
  // Keep profile order.
  const ordered = new Map<string, Mesh[]>();
  for (const [id] of entries) if (meshes.has(id)) ordered.set(id, meshes.get(id)!);
  return { meshes: ordered, unmatched: entries.map(([id]) => id).filter((id) => !ordered.has(id)) };
}
