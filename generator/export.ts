/** Assemble the glTF document, bake the colorway variants, quantize and serialise. */
import { Document, NodeIO, type Material, type Primitive } from '@gltf-transform/core';
import {
  KHRMaterialsEmissiveStrength,
  KHRMaterialsTransmission,
  KHRMaterialsVariants,
  KHRMeshQuantization,
  KHRTextureTransform,
} from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { KAYANO14_PART_IDS, type Kayano14PartId } from '../src/profile/kayano14-parts.js';
import { DEFAULT_PRESET_ID, KAYANO14_PRESETS } from '../src/colorway/presets.js';
import type { MeshData } from './mesh.js';
import { addSilverGrain, createPartMaterial, textureGroup } from './materials.js';
import { meshNormalMapPng } from './mesh-texture.js';

/** Mesh-texture tiles across the upper's UV range (about one tile per 8 mm). */
const MESH_TILES: [number, number] = [36, 20];

/** Generator units are millimetres from the heel; glTF wants metres with the origin at bottom centre. */
const HEEL_TO_CENTRE_MM = 145;

function toMetres(mesh: MeshData): Float32Array<ArrayBuffer> {
  const out = new Float32Array(mesh.positions.length);
  for (let i = 0; i < mesh.positions.length; i += 3) {
    out[i] = (mesh.positions[i]! - HEEL_TO_CENTRE_MM) / 1000;
    out[i + 1] = mesh.positions[i + 1]! / 1000;
    out[i + 2] = mesh.positions[i + 2]! / 1000;
  }
  return out;
}

export async function writeGlb(parts: Record<Kayano14PartId, MeshData>): Promise<Uint8Array> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'shoe-viewer generator (deterministic)';
  const buffer = doc.createBuffer();
  const scene = doc.createScene('kayano-14');
  doc.getRoot().setDefaultScene(scene);
  const root = doc.createNode('kayano-14');
  scene.addChild(root);

  const base = KAYANO14_PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? KAYANO14_PRESETS[0]!;
  const prims = new Map<Kayano14PartId, Primitive>();
  const defaults = new Map<Kayano14PartId, Material>();
  for (const id of KAYANO14_PART_IDS) {
    const data = parts[id];
    const material = createPartMaterial(doc, id, id, base);
    defaults.set(id, material);
    const position = doc.createAccessor().setType('VEC3').setArray(toMetres(data)).setBuffer(buffer);
    const normal = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(new Float32Array(data.normals))
      .setBuffer(buffer);
    const vertexCount = data.positions.length / 3;
    const indexArray = vertexCount < 65536 ? new Uint16Array(data.indices) : new Uint32Array(data.indices);
    const indices = doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', position)
      .setAttribute('NORMAL', normal)
      .setIndices(indices)
      .setMaterial(material);
    if (data.uvs) {
      prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(data.uvs)).setBuffer(buffer));
      if (data.tangents) {
        prim.setAttribute('TANGENT', doc.createAccessor().setType('VEC4').setArray(new Float32Array(data.tangents)).setBuffer(buffer));
      }
    }
    if (data.colors) {
      prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(new Float32Array(data.colors)).setBuffer(buffer));
    }
    prims.set(id, prim);
    root.addChild(doc.createNode(id).setMesh(doc.createMesh(id).addPrimitive(prim)));
  }

  // Every preset becomes a KHR_materials_variants variant; the default preset reuses the part materials.
  const variantsExt = doc.createExtension(KHRMaterialsVariants);
  const variants = KAYANO14_PRESETS.map((p) => variantsExt.createVariant(p.id));
  // Parts that share a look within a preset (overlays and eyestay, heel tab and counter, both
  // GEL units) share one variant material: it keeps the JSON small.
  const shared = new Map<string, Material>();
  for (const id of KAYANO14_PART_IDS) {
    const list = variantsExt.createMappingList();
    KAYANO14_PRESETS.forEach((preset, k) => {
      const lookKey = `${preset.id} ${JSON.stringify(preset.parts[id])} ${textureGroup(id)}`;
      let mat = preset.id === base.id ? defaults.get(id)! : shared.get(lookKey);
      if (!mat) {
        mat = createPartMaterial(doc, `${id}@${preset.id}`, id, preset);
        shared.set(lookKey, mat);
      }
      list.addMapping(variantsExt.createMapping().setMaterial(mat).addVariant(variants[k]!));
    });
    prims.get(id)!.setExtension('KHR_materials_variants', list);
  }
  doc.createExtension(KHRMaterialsTransmission);
  doc.createExtension(KHRMeshQuantization).setRequired(true);

  // Fine woven look on the mesh base: a small tiling normal map on every material of upper_mesh.
  const texture = doc.createTexture('upper_mesh_weave').setMimeType('image/png').setImage(meshNormalMapPng());
  const transformExt = doc.createExtension(KHRTextureTransform);
  for (const mat of doc.getRoot().listMaterials()) {
    if (mat.getName() !== 'upper_mesh' && !mat.getName().startsWith('upper_mesh@')) continue;
    mat.setNormalTexture(texture).setNormalScale(0.6);
    mat.getNormalTextureInfo()!.setExtension('KHR_texture_transform', transformExt.createTransform().setScale(MESH_TILES));
  }

  addSilverGrain(doc);

  await doc.transform(
    quantize({ quantizationVolume: 'scene', quantizePosition: 14, quantizeNormal: 8, cleanup: false }),
  );
  // Drop the float accessors quantize replaced (nothing else is unused).
  for (const acc of doc.getRoot().listAccessors()) {
    if (acc.listParents().length <= 1) acc.dispose();
  }
  const io = new NodeIO().registerExtensions([
    KHRMaterialsEmissiveStrength,
    KHRMaterialsVariants,
    KHRMaterialsTransmission,
    KHRMeshQuantization,
    KHRTextureTransform,
  ]);
  return io.writeBinary(doc);
}
