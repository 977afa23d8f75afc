/**
 * PBR finishes per part, taken from the colorway presets so the baked GLB and
 * the element agree: colours go through the element's own sRGB → linear
 * conversion, finishes through its named finish table.
 */
import type { Document, Material } from '@gltf-transform/core';
import { KHRMaterialsEmissiveStrength, KHRMaterialsTransmission, KHRTextureTransform } from '@gltf-transform/extensions';
import type { Kayano14PartId } from '../src/profile/kayano14-parts.js';
import { parseColor, rgbToLinear } from '../src/colorway/color.js';
import { FINISHES } from '../src/colorway/finish.js';
import type { ColorwayPreset } from '../src/colorway/presets.js';
import { normalMapPng } from './mesh-texture.js';
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

/** Parts sharing a texture (see textureGroup); every mesh of these carries TEXCOORD_0. */
const TEXTURE_GROUPS: Partial<Record<Kayano14PartId, string>> = {
  upper_mesh: 'weave',
  upper_toe: 'grain',
  upper_forefoot_overlay: 'grain',
  upper_midfoot_overlay: 'grain',
};

/**
 * Which texture a part's materials carry ('' for none). Variant materials are shared only
 * within a group: shared with a part without texture coordinates, a texture would paint it too.
 */
export const textureGroup = (id: Kayano14PartId): string => TEXTURE_GROUPS[id] ?? '';

/** Grain tile: pixels (a power of two: the validator flags others, and WebGL1 cannot mipmap them), and the lattice cells of its two octaves of value noise. */
const GRAIN_SIZE = 32;
const GRAIN_CELLS = [7, 12] as const;

/** A fixed pseudo-random value in 0..1 for lattice point (i, j) of octave k (an integer hash: deterministic everywhere). */
function lattice(i: number, j: number, k: number): number {
  let h = (i * 374761393 + j * 668265263 + k * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967295;
}

/** Periodic value noise on an n x n lattice at (u, v) in 0..1 (wraps, so the tile is seamless). */
function valueNoise(u: number, v: number, n: number, k: number): number {
  const x = u * n;
  const y = v * n;
  const i = Math.floor(x);
  const j = Math.floor(y);
  const fx = smoothstep(0, 1, x - i);
  const fy = smoothstep(0, 1, y - j);
  const at = (a: number, b: number): number => lattice(((a % n) + n) % n, ((b % n) + n) % n, k);
  const top = at(i, j) + (at(i + 1, j) - at(i, j)) * fx;
  const bottom = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * fx;
  return top + (bottom - top) * fy;
}

/**
 * A fine, low pebble grain (synthetic leather) as a tiling tangent-space normal map: it
 * breaks the silver overlays' mirror-sharp highlights into a soft sheen, and, as a texture on
 * every variant's material, it stays whatever colour or finish a colorway gives those parts.
 */
export function grainNormalPng(): Uint8Array {
  const n = GRAIN_SIZE;
  const height = (x: number, y: number): number =>
    valueNoise(x / n, y / n, GRAIN_CELLS[0], 1) + 0.5 * valueNoise(x / n, y / n, GRAIN_CELLS[1], 2);
  // Slopes are per pixel: scaled with the tile so the grain keeps the depth it had at 24 px.
  return normalMapPng(n, (2.5 * n) / 24, (x, y) => [
    (height(x + 1, y) - height(x - 1, y)) / 2,
    (height(x, y + 1) - height(x, y - 1)) / 2,
  ]);
}

/** The grained parts' UVs are millimetres / GRAIN_UV_MM (so they stay in 0..1, which quantizes well). */
export const GRAIN_UV_MM = 300;
/** Millimetres of upper per grain tile. */
const GRAIN_TILE_MM = 5;
/** How strongly the grain tilts the normals: low, a sheen, not a pebbled texture (at 0.05 the silver read "hammered" up close). */
const GRAIN_SCALE = 0.03;

/** The grain on every material of the silver overlays and toe cap (the parts and their colorway variants). */
export function addSilverGrain(doc: Document): void {
  const transform = doc.createExtension(KHRTextureTransform);
  const texture = doc.createTexture('silver_grain').setMimeType('image/png').setImage(grainNormalPng());
  const parts = Object.entries(TEXTURE_GROUPS).filter(([, g]) => g === 'grain').map(([id]) => id);
  for (const mat of doc.getRoot().listMaterials()) {
    if (!parts.includes(mat.getName().split('@')[0]!)) continue;
    mat.setNormalTexture(texture).setNormalScale(GRAIN_SCALE);
    const tiles = GRAIN_UV_MM / GRAIN_TILE_MM;
    mat.getNormalTextureInfo()!.setExtension('KHR_texture_transform', transform.createTransform().setScale([tiles, tiles]));
  }
}
