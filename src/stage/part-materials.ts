import { Color, type Material, type Mesh, type MeshStandardMaterial } from 'three';
import type { ResolvedPart } from '../colorway/colorway.js';
import { linearToSrgb } from '../colorway/color.js';
import type { LoadMeshMaterial } from './gltf-source.js';

/** The material parameters a look sets, in three.js's linear working space. */
interface PartParameters {
  color: Color;
  metalness: number;
  roughness: number;
  emissiveIntensity: number;
  transmission: number;
}

type PartMaterial = MeshStandardMaterial & { transmission?: number };

function parametersOf(material: PartMaterial): PartParameters {
  return {
    color: material.color.clone(),
    metalness: material.metalness,
    roughness: material.roughness,
    emissiveIntensity: material.emissive.equals(material.color) ? material.emissiveIntensity : 0,
    transmission: material.transmission ?? 0,
  };
}

function targetOf(part: ResolvedPart): PartParameters {
  return {
    color: new Color(part.linear[0], part.linear[1], part.linear[2]),
    metalness: part.metalness,
    roughness: part.roughness,
    emissiveIntensity: part.emissiveIntensity,
    transmission: part.transmission,
  };
}

/** How a part's colour goes on a textured material (see `RecolorMode`). */
export type RecolorRule = 'tint' | 'replace';

interface VariantMapping {
  readonly material: number;
  readonly variants: readonly number[];
}

const variantMappings = (mesh: Mesh): readonly VariantMapping[] =>
  (mesh.userData.gltfExtensions as { KHR_materials_variants?: { mappings?: VariantMapping[] } } | undefined)?.KHR_materials_variants?.mappings ?? [];

const sameParameters = (a: PartParameters, b: PartParameters) =>
  a.color.equals(b.color) && a.metalness === b.metalness && a.roughness === b.roughness && a.emissiveIntensity === b.emissiveIntensity && a.transmission === b.transmission;

/**
 * The model's recolourable parts: the materials of each part's meshes. Recolouring sets
 * material parameters only (the model is never reloaded), and the next frame shows the new
 * look whole: no cross-fade, because on a slow GPU (a phone, a software renderer) a 250 ms fade
 * is a few frames that each cost a full render, and its first frame showed almost none of the
 * change. The rules for materials:
 * - a part's colour goes on every material of its meshes (several meshes, primitives, or
 *   materials with one name alike);
 * - a material shared by meshes of two parts is copied for the later part (profile order),
 *   so each part recolours alone;
 * - `tint` keeps the base colour texture (multiplied by the colour), `replace` drops it when
 *   the part is recoloured; normal, roughness, metalness and occlusion maps always stay;
 * - a `KHR_materials_variants` variant swaps in the file's materials whole (copies, so the
 *   parser's cached ones stay clean), textures included; meshes it does not map get back
 *   the material they loaded with.
 */
export class PartMaterials {
  private byPart = new Map<string, PartMaterial[]>();
  private originals = new Map<Mesh, Material | Material[]>();
  /** Copies this object made (shared materials, variants); disposed when replaced. */
  private copies = new Set<Material>();
  private variantToken = 0;

  /**
   * @param meshes part id -> its meshes, in profile order
   * @param recolor part id -> how colour meets a texture (default `tint`)
   */
  constructor(
    private meshes: ReadonlyMap<string, readonly Mesh[]>,
    private recolor: ReadonlyMap<string, RecolorRule> = new Map(),
  ) {
    for (const list of meshes.values()) for (const mesh of list) this.originals.set(mesh, mesh.material);
    this.collect();
  }

  private copy(material: Material): Material {
    const copy = material.clone();
    this.copies.add(copy);
    return copy;
  }

  /** Gathers each part's materials, copying one that an earlier part already has. */
  private collect(): void {
    this.byPart.clear();
    const owner = new Map<Material, string>();
    for (const [id, list] of this.meshes) {
      const materials: PartMaterial[] = [];
      for (const mesh of list) {
        const own = ([] as Material[]).concat(mesh.material).map((material) => {
          const taken = owner.get(material);
          const mine = taken !== undefined && taken !== id ? this.copy(material) : material;
          owner.set(mine, id);
          return mine;
        });
        mesh.material = Array.isArray(mesh.material) ? own : own[0]!;
        for (const material of own) {
          const standard = material as PartMaterial;
          if (standard.isMeshStandardMaterial && !materials.includes(standard)) materials.push(standard);
        }
      }
      if (materials.length) this.byPart.set(id, materials);
    }
  }

  /**
   * Switches to the file's variant `index` (null: the materials the model loaded with).
   * `load` gets a material of the file by index, as the loader would give it to that mesh. Resolves false when a newer switch won.
   */
  async selectVariant(index: number | null, load: LoadMeshMaterial): Promise<boolean> {
    const token = ++this.variantToken;
    const chosen = new Map<Mesh, Material | Material[]>();
    for (const mesh of this.originals.keys()) {
      const mapping = index === null ? undefined : variantMappings(mesh).find((m) => m.variants.includes(index));
      chosen.set(mesh, mapping ? await load(mapping.material, mesh) : this.originals.get(mesh)!);
    }
    if (token !== this.variantToken) return false;
    const before = new Set(this.copies);
    this.copies.clear();
    for (const [mesh, material] of chosen) {
      const original = this.originals.get(mesh);
      mesh.material = material === original ? material : this.copy(material as Material);
    }
    for (const old of before) old.dispose();
    this.collect();
    return true;
  }

  /** Part ids with recolourable materials, in profile order. */
  get ids(): string[] {
    return [...this.byPart.keys()];
  }

  has(part: string): boolean {
    return this.byPart.has(part);
  }

  /** The sRGB hex colour and finish numbers a part shows now (for models without a preset). */
  current(part: string): { hex: string; metalness: number; roughness: number } | null {
    const material = this.byPart.get(part)?.[0];
    if (!material) return null;
    const hex = [material.color.r, material.color.g, material.color.b]
      .map((c) => Math.round(Math.min(1, Math.max(0, linearToSrgb(c))) * 255).toString(16).padStart(2, '0'))
      .join('');
    return { hex: `#${hex}`, metalness: material.metalness, roughness: material.roughness };
  }

  /**
   * Shows `parts` (part id -> resolved look) from the next frame on; parts the
   * model lacks are returned, not applied.
   */
  apply(parts: { readonly [id: string]: ResolvedPart }): string[] {
    const missing: string[] = [];
    for (const [id, part] of Object.entries(parts)) {
      const materials = this.byPart.get(id);
      if (!materials) {
        missing.push(id);
        continue;
      }
      const target = targetOf(part);
      // Unchanged parts are left alone (a replace part keeps its texture until it is recoloured).
      if (materials.every((m) => sameParameters(parametersOf(m), target))) continue;
      for (const material of materials) {
        if (this.recolor.get(id) === 'replace' && material.map) {
          material.map = null;
          material.needsUpdate = true;
        }
        this.set(material, target);
      }
    }
    return missing;
  }

  private set(material: PartMaterial, to: PartParameters): void {
    material.color.copy(to.color);
    material.metalness = to.metalness;
    material.roughness = to.roughness;
    // A self-lit part glows in its own colour (the GEL's translucent look).
    material.emissive.copy(to.color);
    material.emissiveIntensity = to.emissiveIntensity;
    // Only materials the model made physical (KHR_materials_transmission) carry transmission.
    if (material.transmission !== undefined) material.transmission = to.transmission;
  }
}
