import type { Material, Mesh, Object3D } from 'three';

/** Marks meshes the viewer adds to a model (highlights), which are not parts of the product. */
export const OVERLAY_FLAG = 'shoeViewerOverlay';

export const isOverlay = (object: Object3D): boolean => object.userData[OVERLAY_FLAG] === true;

const materialName = (mesh: Mesh): string => {
  const material = mesh.material as Material | Material[];
  return (Array.isArray(material) ? material[0]?.name : material?.name) ?? '';
};

/**
 * The part id of a mesh: its own name, its material's name or an ancestor's name,
 * whichever is a known part (glTF loaders may wrap multi-material meshes in groups).
 * Without `known`, the mesh's name or else its material's name.
 */
export function partOf(mesh: Mesh, known?: ReadonlySet<string>): string | null {
  if (!known) return mesh.name || materialName(mesh) || null;
  if (known.has(mesh.name)) return mesh.name;
  const material = materialName(mesh);
  if (known.has(material)) return material;
  for (let node = mesh.parent; node; node = node.parent) if (known.has(node.name)) return node.name;
  return null;
}

/** The model's meshes grouped by part id (overlays left out). */
export function meshesByPart(root: Object3D, known?: ReadonlySet<string>): Map<string, Mesh[]> {
  const byPart = new Map<string, Mesh[]>();
  root.traverse((node) => {
    const mesh = node as Mesh;
    if (!mesh.isMesh || isOverlay(mesh)) return;
    const part = partOf(mesh, known);
    if (!part) return;
    const list = byPart.get(part) ?? [];
    list.push(mesh);
    byPart.set(part, list);
  });
  return byPart;
}
