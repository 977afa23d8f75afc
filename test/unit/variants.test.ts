import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS, KHRMaterialsVariants, type Mapping, type Variant } from '@gltf-transform/extensions';
import { describe, expect, it } from 'vitest';
import { resolveColorway } from '../../src/colorway/colorway.js';
import { DEFAULT_PRESET_ID, KAYANO14_PRESETS } from '../../src/colorway/presets.js';

// The GLB's KHR_materials_variants (what other glTF viewers show) and the element's presets
// (what <shoe-viewer> applies) must give the same colours and finishes.
const glb = new Uint8Array(readFileSync(new URL('../../models/kayano-14.glb', import.meta.url)));

describe('colorway variants baked into the GLB', async () => {
  const doc = await new NodeIO().registerExtensions(ALL_EXTENSIONS).readBinary(glb);
  const root = doc.getRoot();

  /** Material shown for `part` under variant `variantName`, or the default material. */
  function materialFor(part: string, variantName: string | null) {
    const prim = root.listMeshes().find((m) => m.getName() === part)!.listPrimitives()[0]!;
    if (variantName) {
      const mappings = prim.getExtension<import('@gltf-transform/extensions').MappingList>(KHRMaterialsVariants.EXTENSION_NAME);
      const mapping = mappings?.listMappings().find((m: Mapping) => m.listVariants().some((v: Variant) => v.getName() === variantName));
      if (mapping) return mapping.getMaterial()!;
    }
    return prim.getMaterial()!;
  }

  for (const preset of KAYANO14_PRESETS) {
    it(`${preset.id}: every part's variant material matches the element's resolved preset`, () => {
      const look = resolveColorway(preset);
      for (const [part, expected] of Object.entries(look.parts)) {
        const material = materialFor(part, preset.id);
        const [r, g, b] = material.getBaseColorFactor();
        expect([r, g, b].map((c) => +c.toFixed(5)), `${preset.id} ${part} colour`).toEqual(expected.linear.map((c) => +c.toFixed(5)));
        expect(material.getMetallicFactor(), `${preset.id} ${part} metalness`).toBeCloseTo(expected.metalness, 4);
        expect(material.getRoughnessFactor(), `${preset.id} ${part} roughness`).toBeCloseTo(expected.roughness, 4);
      }
    });
  }

  it(`the default materials are the ${DEFAULT_PRESET_ID} preset`, () => {
    const look = resolveColorway(KAYANO14_PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)!);
    for (const [part, expected] of Object.entries(look.parts)) {
      const [r, g, b] = materialFor(part, null).getBaseColorFactor();
      expect([r, g, b].map((c) => +c.toFixed(5)), part).toEqual(expected.linear.map((c) => +c.toFixed(5)));
    }
  });
});
