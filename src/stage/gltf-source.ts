import type { Material, Mesh, Object3D } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { requestValidation } from '../profile/lazy-validation.js';

/** What the viewer keeps of a parsed glTF beside its scene: the asset's extras and its variants. */
export interface GltfSource {
  /** `asset.extras.shoeViewer` as the file holds it (unvalidated), if any. */
  readonly embeddedProfile: unknown;
  /** Names of the file's `KHR_materials_variants` variants, in file order. */
  readonly variantNames: readonly string[];
  /** Loads material `index` of the file as the loader would give it to `mesh` (see `LoadMeshMaterial`). */
  material: LoadMeshMaterial;
}

/**
 * Loads material `index` of the file for `mesh` as GLTFLoader assigns materials: adjusted to the
 * mesh's geometry (vertex colours, flat shading without normals, the normal map's Y flipped where
 * tangents are derived). Cached by the parser; callers copy before changing it.
 */
export type LoadMeshMaterial = (index: number, mesh: Mesh) => Promise<Material>;

const sources = new WeakMap<Object3D, GltfSource>();

/** Remembers what a profile needs of `gltf` for its scene (called by the parser). */
export function rememberGltf(gltf: GLTF): void {
  const asset = gltf.asset as { extras?: { shoeViewer?: unknown } } | undefined;
  const variants = (gltf.userData?.gltfExtensions as { KHR_materials_variants?: { variants?: Array<{ name?: unknown }> } } | undefined)
    ?.KHR_materials_variants?.variants;
  // An embedded profile is validated before the model shows: start importing the validator now.
  if (asset?.extras?.shoeViewer !== undefined) requestValidation();
  sources.set(gltf.scene, {
    embeddedProfile: asset?.extras?.shoeViewer,
    variantNames: Array.isArray(variants) ? variants.map((v, i) => (typeof v?.name === 'string' && v.name ? v.name : `Variant ${i + 1}`)) : [],
    material: async (index, mesh) => {
      const raw = (await gltf.parser.getDependency('material', index)) as Material;
      // The parser's own step for this (it swaps mesh.material): run it, keep its answer, put the mesh back.
      const shown = mesh.material;
      mesh.material = raw;
      gltf.parser.assignFinalMaterial(mesh);
      const final = mesh.material as Material;
      mesh.material = shown;
      return final;
    },
  });
}

/** What was remembered for a scene, if it came from the glTF parser. */
export function gltfSourceOf(scene: Object3D): GltfSource | undefined {
  return sources.get(scene);
}
