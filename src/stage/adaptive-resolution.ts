/** Tuning of the adaptive render scale. */
export interface AdaptiveResolutionOptions {
  /** Frames slower than this (ms between consecutive frames) for a while lower the scale: below 30 fps. */
  slowMs: number;
  /** Frames faster than this raise it again. */
  fastMs: number;
  /** The lowest scale (of width and height; 0.5 draws a quarter of the pixels). */
  minScale: number;
  /** Factor per step down (its inverse steps up). */
  step: number;
  /** Consecutive frames judged together before a step. */
  window: number;
}

export const ADAPTIVE_DEFAULTS: AdaptiveResolutionOptions = {
  slowMs: 1000 / 30,
  fastMs: 1000 / 50,
  minScale: 0.5,
  step: 0.8,
  window: 3,
};

/**
 * Decides the render scale from the times between consecutive frames, as
 * model-viewer does: while frames stay slow (a weak GPU, a big viewer) it
 * draws fewer pixels, a step at a time, until they are not; when the view
 * comes to rest the caller restores full resolution (`restore`), so a still
 * image is always sharp. Pure logic: the caller feeds it frame timestamps.
 */
export class AdaptiveResolution {
  /** Off: the scale stays 1 (the benchmark measures both). */
  enabled = true;
  private current = 1;
  private lastFrame = -1;
  private intervals: number[] = [];
  private readonly options: AdaptiveResolutionOptions;

  constructor(options: Partial<AdaptiveResolutionOptions> = {}) {
    this.options = { ...ADAPTIVE_DEFAULTS, ...options };
  }

  /** The scale to draw the next frame at (1 = full resolution). */
  get scale(): number {
    return this.enabled ? this.current : 1;
  }

  /**
   * A frame is being drawn at `time` (ms). `continuous` says it was wanted
   * right after the previous one (an animation or a drag in progress), so the
   * time between them is a frame time, not an idle gap. Returns true when the
   * scale changed.
   */
  frame(time: number, continuous: boolean): boolean {
    const previous = this.lastFrame;
    this.lastFrame = time;
    if (!this.enabled || !continuous || previous < 0) return false;
    this.intervals.push(time - previous);
    if (this.intervals.length < this.options.window) return false;
    const typical = median(this.intervals);
    this.intervals.length = 0;
    const { slowMs, fastMs, minScale, step } = this.options;
    let next = this.current;
    if (typical > slowMs) next = Math.max(minScale, this.current * step);
    else if (typical < fastMs) next = Math.min(1, this.current / step);
    if (Math.abs(next - this.current) < 1e-6) return false;
    this.current = next;
    return true;
  }

  /** The view is at rest: back to full resolution. Returns true when that changed the scale. */
  restore(): boolean {
    this.lastFrame = -1;
    this.intervals.length = 0;
    if (this.current === 1) return false;
    this.current = 1;
    return this.enabled;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
