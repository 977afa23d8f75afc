/** Frames slower than this (ms between consecutive frames) for a while lower the scale: below 30 fps. */
export const SLOW_MS = 1000 / 30;
/** Frames faster than this raise it again: above 50 fps. */
export const FAST_MS = 1000 / 50;
/** The lowest scale (of width and height; 0.5 draws a quarter of the pixels). */
export const MIN_SCALE = 0.5;
/** Factor per step down (its inverse steps up). */
export const STEP = 0.8;
/** Consecutive frame times judged together (by their median) before a step. */
export const WINDOW = 3;

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
    const intervals = this.intervals;
    intervals.push(time - previous);
    if (intervals.length < WINDOW) return false;
    const typical = intervals.sort((a, b) => a - b)[WINDOW >> 1];
    intervals.length = 0;
    const before = this.current;
    if (typical > SLOW_MS) this.current = Math.max(MIN_SCALE, before * STEP);
    else if (typical < FAST_MS) this.current = Math.min(1, before / STEP);
    return this.current !== before;
  }

  /** The view is at rest: back to full resolution. Returns true when that changed the scale. */
  restore(): boolean {
    this.lastFrame = -1;
    this.intervals.length = 0;
    const changed = this.current < 1;
    this.current = 1;
    return changed && this.enabled;
  }
}
