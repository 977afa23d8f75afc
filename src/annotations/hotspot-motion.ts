import { Vector3, type Camera } from 'three';
import type { AnnotationData } from './types.js';

/** The camera has moved "far" for occlusion when its view turned by more than this (radians)... */
const FAR_TURN = (3 * Math.PI) / 180;
/** ...or it moved by more than this share of its distance to the anchors. */
const FAR_SHIFT = 0.03;

/**
 * Whether the hotspots need placing again, and their occlusion checking: the state behind
 * `AnnotationView.onFrame` that keeps a frame drawn for another reason (a colour change, the
 * highlight's pulse) from costing anything, and a moving camera from raycasting every frame.
 * No DOM and no WebGL: it compares the camera's matrices, the viewer's size and the anchors'
 * world positions with the previous frame's.
 */
export class HotspotMotion {
  /** When something last moved (performance.now()). */
  lastMotion = -Infinity;
  /** The recent time between frames that moved something (ms, smoothed): a slow device's frames come far apart. */
  frameInterval = 0;
  /** Occlusion raycasts made, and frames that placed the hotspots: diagnostics for the benchmark. */
  raycasts = 0;
  placements = 0;
  private signature: Float64Array = new Float64Array(0);
  private next: Float64Array = new Float64Array(0);
  private lastCheck = -Infinity;
  private checkedPosition = new Vector3();
  private checkedDirection = new Vector3();
  private centroid = new Vector3();
  private point = new Vector3();
  private scratch = new Vector3();

  /** Whether the camera, the viewer's size or an anchor moved since the last call (the first call: yes). */
  changed(camera: Camera, width: number, height: number, data: readonly AnnotationData[], anchorOf: (a: AnnotationData, out: Vector3) => Vector3): boolean {
    const length = 34 + data.length * 3;
    if (this.next.length !== length) this.next = new Float64Array(length);
    const next = this.next;
    next.set(camera.matrixWorld.elements, 0);
    next.set(camera.projectionMatrix.elements, 16);
    next[32] = width;
    next[33] = height;
    this.centroid.set(0, 0, 0);
    for (let i = 0; i < data.length; i++) {
      const p = anchorOf(data[i]!, this.point);
      next[34 + i * 3] = p.x;
      next[35 + i * 3] = p.y;
      next[36 + i * 3] = p.z;
      this.centroid.add(p);
    }
    if (data.length) this.centroid.divideScalar(data.length);
    const previous = this.signature;
    let same = previous.length === length;
    for (let i = 0; same && i < length; i++) same = previous[i] === next[i];
    if (same) return false;
    // Swap buffers: no allocation per frame.
    this.next = previous;
    this.signature = next;
    const now = performance.now();
    const gap = now - this.lastMotion;
    // Gaps of a second or more are pauses between moves, not frames of one.
    if (gap < 1000) this.frameInterval = this.frameInterval ? this.frameInterval * 0.8 + gap * 0.2 : gap;
    this.lastMotion = now;
    this.placements++;
    return true;
  }

  /**
   * How long after the last moving frame the view counts as at rest (ms): at least `minimum`,
   * and long enough that the gap between two frames of a drag on a slow device is not taken
   * for rest (which would raycast every hotspot between every two frames).
   */
  restDelay(minimum: number): number {
    return Math.max(minimum, 2.5 * this.frameInterval);
  }

  /** Whether occlusion should be re-checked now: `intervalMs` since the last check, or the camera moved far. */
  occlusionDue(intervalMs: number): boolean {
    if (performance.now() - this.lastCheck >= intervalMs) return true;
    const m = this.signature;
    if (m.length < 16) return true;
    // The camera's position and viewing direction (its local -Z) from its world matrix.
    const position = this.point.set(m[12]!, m[13]!, m[14]!);
    const direction = this.scratch.set(-m[8]!, -m[9]!, -m[10]!).normalize();
    if (direction.angleTo(this.checkedDirection) > FAR_TURN) return true;
    const reach = Math.max(1e-6, this.checkedPosition.distanceTo(this.centroid));
    return position.distanceTo(this.checkedPosition) > FAR_SHIFT * reach;
  }

  /** Records that occlusion was checked from where `camera` is now. */
  occlusionChecked(camera: Camera): void {
    this.lastCheck = performance.now();
    const m = camera.matrixWorld.elements;
    this.checkedPosition.set(m[12]!, m[13]!, m[14]!);
    this.checkedDirection.set(-m[8]!, -m[9]!, -m[10]!).normalize();
  }

  /** Starts over: the next frame places every hotspot and checks occlusion. */
  forget(): void {
    this.signature = new Float64Array(0);
    this.lastCheck = -Infinity;
  }
}
