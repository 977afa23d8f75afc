/**
 * Loads a GLB in Node as plain three.js meshes in world space (no renderer, no DOM),
 * so scripts and unit tests can raycast the real model.
 */
import { readFile } from 'node:fs/promises';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { BufferAttribute, BufferGeometry, Matrix4, Mesh, MeshBasicMaterial } from 'three';

/** One mesh per glTF primitive, named after its node (the part id), with the node's world transform baked in. */
export async function loadModelMeshes(path: string): Promise<Mesh[]> {
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
  const doc = await io.readBinary(new Uint8Array(await readFile(path)));
  const meshes: Mesh[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const gltfMesh = node.getMesh();
    if (!gltfMesh) continue;
    const world = new Matrix4().fromArray(node.getWorldMatrix());
    for (const primitive of gltfMesh.listPrimitives()) {
      const position = primitive.getAttribute('POSITION');
      if (!position) continue;
      const count = position.getCount();
      // getElement returns dequantized floats, so quantized models read like plain ones.
      const values = new Float32Array(count * 3);
      const element = [0, 0, 0];
      for (let i = 0; i < count; i++) {
        position.getElement(i, element);
        values.set(element, i * 3);
      }
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(values, 3));
      const indices = primitive.getIndices();
      if (indices) geometry.setIndex(Array.from(indices.getArray() ?? []));
      geometry.applyMatrix4(world);
      geometry.computeBoundingSphere();
      geometry.computeBoundingBox();
      const mesh = new Mesh(geometry, new MeshBasicMaterial());
      mesh.name = node.getName() || primitive.getMaterial()?.getName() || '';
      meshes.push(mesh);
    }
  }
  return meshes;
}
