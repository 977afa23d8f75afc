/** Swatch colours for a preset, straight from the preset data: mesh, overlays and an accent. */
import { KAYANO14_PRESETS } from '../../src/colorway/presets.js';

export interface SwatchColors {
  readonly base: string;
  readonly overlay: string;
  readonly accent: string;
}

export function swatchColors(presetId: string): SwatchColors | null {
  const preset = KAYANO14_PRESETS.find((p) => p.id === presetId);
  if (!preset) return null;
  const { upper_mesh, upper_midfoot_overlay, gel_heel } = preset.parts;
  return { base: upper_mesh.color, overlay: upper_midfoot_overlay.color, accent: gel_heel.color };
}

/** Sets `--c1`..`--c3` on an element for a CSS conic-gradient swatch. */
export function paintSwatch(el: HTMLElement, presetId: string): void {
  const colors = swatchColors(presetId);
  if (!colors) return;
  el.style.setProperty('--c1', colors.base);
  el.style.setProperty('--c2', colors.overlay);
  el.style.setProperty('--c3', colors.accent);
}
