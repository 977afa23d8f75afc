import type { Material, Object3D, Texture } from 'three';

/** Frees the GPU memory of everything under `root`: geometries, materials and their textures. */
export function disposeObject(root: Object3D): void {
  const materials = new Set<Material>();
  root.traverse((node) => {
    const mesh = node as Partial<{ geometry: { dispose(): void }; material: Material | Material[] }>;
    mesh.geometry?.dispose();
    const list = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : [];
    for (const material of list) materials.add(material);
  });
  for (const material of materials) {
    for (const value of Object.values(material)) {
      if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
    }
    material.dispose();
  }
}
