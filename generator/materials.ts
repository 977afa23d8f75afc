/**
 * PBR finishes per part, taken from the colorway presets so the baked GLB and
 * the element agree: colours go through the element's own sRGB → linear
 * conversion, finishes through its named finish table.
 */
import type { Document, Material } from '@gltf-transform/core';
import { KHRMaterialsEmissiveStrength, KHRMaterialsTransmission } from '@gltf-transform/extensions';
import type { Kayano14PartId } from '../src/profile/kayano14-parts.js';
import { parseColor, rgbToLinear } from '../src/colorway/color.js';
import { FINISHES } from '../src/colorway/finish.js';
import type { ColorwayPreset } from '../src/colorway/presets.js';

export function linearColor(hex: string): [number, number, number] {
  const parsed = parseColor(hex);
  if (!parsed.ok) throw new Error(`bad preset colour ${hex}: ${parsed.reason}`);
  // Five decimals is far below 8-bit display precision and keeps the 112 variant materials' JSON small.
  const [r, g, b] = rgbToLinear(parsed.rgb).map((c) => Math.round(c * 1e5) / 1e5);
  return [r!, g!, b!];
}

/** Create the material for one part under one preset. */
export function createPartMaterial(doc: Document, name: string, part: Kayano14PartId, preset: ColorwayPreset): Material {
  const spec = preset.parts[part];
  const finish = FINISHES[spec.finish];
  const [r, g, b] = linearColor(spec.color);
  const mat = doc
    .createMaterial(name)
    .setBaseColorFactor([r, g, b, 1])
    .setMetallicFactor(spec.metalness)
    .setRoughnessFactor(spec.roughness);
  if (finish.emissiveIntensity > 0) {
    // Emissive colour = base colour, scaled by a strength: three.js then reads it back as
    // emissive === color with emissiveIntensity, which is how the element describes a finish.
    mat.setEmissiveFactor([r, g, b]);
    const ext = doc.createExtension(KHRMaterialsEmissiveStrength);
    mat.setExtension('KHR_materials_emissive_strength', ext.createEmissiveStrength().setEmissiveStrength(finish.emissiveIntensity));
  }
  if (finish.transmission > 0) {
    const ext = doc.createExtension(KHRMaterialsTransmission);
    mat.setExtension('KHR_materials_transmission', ext.createTransmission().setTransmissionFactor(finish.transmission));
  }
  return mat;
}
