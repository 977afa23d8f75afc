import { Color, LessEqualDepth, Mesh, MeshBasicMaterial } from 'three';
import type { Animator } from './stage.js';
import { OVERLAY_FLAG } from './model-parts.js';

const WHITE = new Color(1, 1, 1);
const PULSE_SECONDS = 1.1;
const PULSES = 3;
const REST_OPACITY = 0.35;
const PEAK_OPACITY = 0.65;

/**
 * Highlights one part with a tinted overlay drawn over it: a child mesh sharing the
 * part's geometry with a translucent material, so the part's own material (which
 * colorways own) is never touched. The overlay pulses a few times, then rests
 * (no pulse under reduced motion) so an open callout does not keep drawing frames.
 */
export class PartHighlight implements Animator {
  private material = new MeshBasicMaterial({
    transparent: true,
    opacity: REST_OPACITY,
    depthWrite: false,
    // Same geometry as the part: draw where the part's own depth is, and pull it forward a little.
    depthFunc: LessEqualDepth,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
    toneMapped: false,
  });
  private overlays: Mesh[] = [];
  private elapsed = 0;
  private pulsing = false;

  constructor(private requestRender: () => void) {}

  /** The part shown now, or null. */
  part: string | null = null;

  /** Tints `meshes` (one part) with `color`; replaces any previous highlight. */
  show(part: string, meshes: readonly Mesh[], color: string, pulse: boolean): void {
    this.clear();
    this.part = part;
    // Half-way to white: a tint that shows on dark parts, light parts and parts already in the accent colour.
    const tint = new Color('#1f4fa8');
    try {
      tint.setStyle(color);
    } catch {
      // keep the default accent
    }
    this.material.color.copy(tint).lerp(WHITE, 0.5);
    for (const mesh of meshes) {
      const overlay = new Mesh(mesh.geometry, this.material);
      overlay.name = 'part-highlight';
      overlay.userData[OVERLAY_FLAG] = true;
      overlay.renderOrder = 1;
      overlay.raycast = () => {}; // never picked: the part under it is
      mesh.add(overlay);
      this.overlays.push(overlay);
    }
    this.elapsed = 0;
    this.pulsing = pulse;
    this.material.opacity = pulse ? 0 : REST_OPACITY;
    this.requestRender();
  }

  clear(): void {
    for (const overlay of this.overlays) overlay.removeFromParent();
    this.overlays = [];
    this.part = null;
    this.pulsing = false;
    this.requestRender();
  }

  update(deltaSeconds: number): boolean {
    if (!this.pulsing) return false;
    this.elapsed += deltaSeconds;
    const done = this.elapsed >= PULSE_SECONDS * PULSES;
    if (done) {
      this.pulsing = false;
      this.material.opacity = REST_OPACITY;
      return false;
    }
    const wave = 0.5 - 0.5 * Math.cos((2 * Math.PI * this.elapsed) / PULSE_SECONDS);
    this.material.opacity = REST_OPACITY * Math.min(1, this.elapsed / 0.3) + (PEAK_OPACITY - REST_OPACITY) * wave;
    return true;
  }

  /** Removes the overlays; the geometry belongs to the parts, only the material is freed. */
  dispose(): void {
    this.clear();
    this.material.dispose();
  }
}
