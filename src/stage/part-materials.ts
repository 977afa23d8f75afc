import { Color, type Material, type Mesh, type MeshStandardMaterial, type Object3D } from 'three';
import type { ResolvedPart } from '../colorway/colorway.js';
import { linearToSrgb } from '../colorway/color.js';

/** The material parameters a look sets, in three.js's linear working space. */
interface PartParameters {
  color: Color;
  metalness: number;
  roughness: number;
  emissiveIntensity: number;
  transmission: number;
}

const FADE_MS = 250;

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

/**
 * The model's recolourable parts: each material named after a part id.
 * Recolouring sets material parameters only (the model is never reloaded),
 * optionally cross-fading from the current look over a quarter of a second.
 */
export class PartMaterials {
  private byPart = new Map<string, PartMaterial[]>();
  private fade: { from: Map<string, PartParameters>; to: Map<string, PartParameters>; elapsed: number } | null = null;

  constructor(model: Object3D) {
    model.traverse((node) => {
      const mesh = node as Mesh;
      if (!mesh.isMesh) return;
      for (const material of ([] as Material[]).concat(mesh.material)) {
        const standard = material as PartMaterial;
        if (!standard.isMeshStandardMaterial || !standard.name) continue;
        const list = this.byPart.get(standard.name) ?? [];
        if (!list.includes(standard)) list.push(standard);
        this.byPart.set(standard.name, list);
      }
    });
  }

  /** Part ids found in the model, in model order. */
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
   * Shows `parts` (part id -> resolved look); parts the model lacks are
   * returned, not applied. With `animate`, the change fades in over 250 ms
   * and `update()` must be called each frame until it returns false.
   */
  apply(parts: { readonly [id: string]: ResolvedPart }, animate: boolean): string[] {
    const missing: string[] = [];
    const from = new Map<string, PartParameters>();
    const to = new Map<string, PartParameters>();
    for (const [id, part] of Object.entries(parts)) {
      const materials = this.byPart.get(id);
      if (!materials) {
        missing.push(id);
        continue;
      }
      from.set(id, parametersOf(materials[0]));
      to.set(id, targetOf(part));
    }
    this.fade = { from, to, elapsed: animate ? 0 : FADE_MS };
    this.update(0);
    return missing;
  }

  /** Advances a cross-fade; returns true while it is still running. */
  update(deltaSeconds: number): boolean {
    const fade = this.fade;
    if (!fade) return false;
    fade.elapsed += deltaSeconds * 1000;
    const t = Math.min(1, fade.elapsed / FADE_MS);
    const k = t * t * (3 - 2 * t);
    for (const [id, target] of fade.to) {
      const start = fade.from.get(id)!;
      for (const material of this.byPart.get(id)!) this.set(material, start, target, k);
    }
    if (t >= 1) this.fade = null;
    return this.fade !== null;
  }

  private set(material: PartMaterial, from: PartParameters, to: PartParameters, k: number): void {
    material.color.copy(from.color).lerp(to.color, k);
    material.metalness = from.metalness + (to.metalness - from.metalness) * k;
    material.roughness = from.roughness + (to.roughness - from.roughness) * k;
    // A self-lit part glows in its own colour (the GEL's translucent look).
    material.emissive.copy(material.color);
    material.emissiveIntensity = from.emissiveIntensity + (to.emissiveIntensity - from.emissiveIntensity) * k;
    if (material.transmission !== undefined && material.transmission + to.transmission > 0) {
      // Only materials the model made physical (KHR_materials_transmission) carry transmission.
      material.transmission = from.transmission + (to.transmission - from.transmission) * k;
    }
  }
}
