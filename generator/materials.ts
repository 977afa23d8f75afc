/**
 * PBR finishes per part, taken from the colorway presets so the baked GLB and
 * the element agree: colours go through the element's own sRGB → linear
 * conversion, finishes through its named finish table.
 */
import { type Document, type Material, TextureInfo } from '@gltf-transform/core';
import { KHRMaterialsEmissiveStrength, KHRMaterialsTransmission } from '@gltf-transform/extensions';
import type { Kayano14PartId } from '../src/profile/kayano14-parts.js';
import { parseColor, rgbToLinear } from '../src/colorway/color.js';
import { FINISHES } from '../src/colorway/finish.js';
import type { ColorwayPreset } from '../src/colorway/presets.js';
import { STRIPE_MAX_WIDTH } from './upper/stripes.js';
import { encodePng } from './mesh-texture.js';
import { smoothstep } from './math.js';

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

/**
 * Parts whose materials carry a texture of their own: each keeps its own variant materials
 * (shared with a part without texture coordinates, the texture would paint that part too).
 */
export const TEXTURED_PARTS: ReadonlySet<Kayano14PartId> = new Set(['upper_mesh', 'tiger_stripes']);

/** The stripes' outline: how dark the edge is (base-colour factor) and how far in it fades (mm). */
const OUTLINE_DARK = 0.45;
const OUTLINE_MM = 1.1;
const OUTLINE_SIZE: [number, number] = [64, 16];

/**
 * The ASICS stripes' darker outline, a base-colour lookup: u across the band (0-1), v its width
 * there (0 to STRIPE_MAX_WIDTH mm), grey = 1 - (1 - OUTLINE_DARK) at the edge easing to white
 * OUTLINE_MM mm in. So the edge is one width in mm along a tapering band, and it multiplies
 * whatever colour a colorway gives the stripes (a darker shade of it, never a second colour).
 */
export function stripeOutlinePng(): Uint8Array {
  const [w, h] = OUTLINE_SIZE;
  const px = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    // Texel centres; the last row is the widest band.
    const width = Math.max(1, (y / (h - 1)) * STRIPE_MAX_WIDTH);
    for (let x = 0; x < w; x++) {
      const u = x / (w - 1);
      const d = Math.min(u, 1 - u) * width;
      const k = OUTLINE_DARK + (1 - OUTLINE_DARK) * smoothstep(0.15, OUTLINE_MM, d);
      px[y * w + x] = Math.round(255 * k);
    }
  }
  return encodePng(w, h, 1, px);
}

/** The stripes' outline on every material of `tiger_stripes` (the part and its colorway variants). */
export function addStripeOutline(doc: Document): void {
  const texture = doc.createTexture('tiger_stripes_outline').setMimeType('image/png').setImage(stripeOutlinePng());
  for (const mat of doc.getRoot().listMaterials()) {
    if (mat.getName() !== 'tiger_stripes' && !mat.getName().startsWith('tiger_stripes@')) continue;
    mat.setBaseColorTexture(texture);
    mat.getBaseColorTextureInfo()!.setWrapS(TextureInfo.WrapMode.CLAMP_TO_EDGE).setWrapT(TextureInfo.WrapMode.CLAMP_TO_EDGE);
  }
}
