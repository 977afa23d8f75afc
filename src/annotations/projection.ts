import { Vector3, type Camera } from 'three';

/** Where a 3D point lands on the viewer, in CSS pixels from its top-left corner. */
export interface ScreenPoint {
  x: number;
  y: number;
  /** False when the point is behind the camera (its x/y are then meaningless). */
  inFront: boolean;
}

const scratch = new Vector3();

/**
 * Projects a world-space point through `camera` onto a viewport of `width` x `height`
 * CSS pixels. The camera's world and projection matrices must be current (they are
 * after a frame is drawn).
 */
export function projectAnchor(point: Vector3, camera: Camera, width: number, height: number): ScreenPoint {
  const view = scratch.copy(point).applyMatrix4(camera.matrixWorldInverse);
  // three.js cameras look down their local -Z: anything at z >= 0 is behind the lens.
  const inFront = view.z < 0;
  const ndc = view.applyMatrix4(camera.projectionMatrix);
  return { x: ((ndc.x + 1) / 2) * width, y: ((1 - ndc.y) / 2) * height, inFront };
}

/**
 * How squarely a surface point faces the camera: the cosine between its normal and the
 * direction to the camera (1 head-on, 0 edge-on, negative when facing away).
 */
export function facing(point: Vector3, normal: Vector3, cameraPosition: Vector3): number {
  const toCamera = scratch.copy(cameraPosition).sub(point);
  const length = toCamera.length();
  if (length === 0 || normal.lengthSq() === 0) return 0;
  return toCamera.dot(normal) / (length * normal.length());
}

/** Whether a surface point can be seen from the camera position, ignoring occlusion: it faces the camera by more than `threshold`. */
export function facesCamera(point: Vector3, normal: Vector3, cameraPosition: Vector3, threshold = 0.05): boolean {
  return facing(point, normal, cameraPosition) > threshold;
}
