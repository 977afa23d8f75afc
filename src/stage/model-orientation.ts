import { Matrix4, Quaternion, Vector3 } from 'three';
import type { Axis } from '../profile/types.js';

/**
 * The viewer's frame, in which the camera rig and the default views work: toe toward +X,
 * lateral side toward +Z, +Y up (the Kayano 14's own axes). A model's orientation is turned
 * into this frame by rotating a wrapper group around its scene.
 */
export const AXIS_VECTORS: Readonly<Record<Axis, readonly [number, number, number]>> = {
  '+x': [1, 0, 0],
  '-x': [-1, 0, 0],
  '+y': [0, 1, 0],
  '-y': [0, -1, 0],
  '+z': [0, 0, 1],
  '-z': [0, 0, -1],
};

/**
 * The rotation that takes a model whose toe points along `toe` and lateral side along
 * `lateral` to the viewer's frame (toe +X, lateral +Z). Up is lateral x toe, so a left shoe
 * (lateral = up x toe) gives a model upside down: a profile says which side is lateral.
 */
export function orientationRotation(toe: Axis, lateral: Axis): Quaternion {
  const t = new Vector3(...AXIS_VECTORS[toe]);
  const l = new Vector3(...AXIS_VECTORS[lateral]);
  if (Math.abs(t.dot(l)) > 0.5) throw new RangeError(`toe ${toe} and lateral ${lateral} must be different axes`);
  const up = new Vector3().crossVectors(l, t);
  // Columns toe, up, lateral map the viewer's axes to the model's; its inverse (transpose) the other way.
  const basis = new Matrix4().makeBasis(t, up, l).transpose();
  return new Quaternion().setFromRotationMatrix(basis);
}

/** Heights of the model's points along its length, to tell the heel from the toe. */
export interface LengthProfile {
  /** Bounds of the model in its own coordinates. */
  min: readonly [number, number, number];
  max: readonly [number, number, number];
  /** Highest point (y) within the first and the last quarter of the length axis. */
  topNearMin: number;
  topNearMax: number;
}

/**
 * Guesses a model's orientation from its bounds, assuming +Y up (glTF's convention): the
 * length runs along the longer horizontal axis, the toe at the lower end (a shoe's heel end,
 * with the collar, is taller), and the lateral side is toe x up (a right shoe).
 */
export function guessOrientation(shape: LengthProfile): { toe: Axis; lateral: Axis } {
  const sizeX = shape.max[0] - shape.min[0];
  const sizeZ = shape.max[2] - shape.min[2];
  const along: 'x' | 'z' = sizeX >= sizeZ ? 'x' : 'z';
  const toeAtMax = shape.topNearMax <= shape.topNearMin;
  const toe = `${toeAtMax ? '+' : '-'}${along}` as Axis;
  const t = new Vector3(...AXIS_VECTORS[toe]);
  const l = t.clone().cross(new Vector3(0, 1, 0));
  const lateral = (Object.keys(AXIS_VECTORS) as Axis[]).find((axis) => new Vector3(...AXIS_VECTORS[axis]).dot(l) > 0.5)!;
  return { toe, lateral };
}

/** Directions toward the camera for the named default shots, in the viewer's frame. */
export const VIEW_DIRECTIONS = {
  'lateral-three-quarter': [0.28, 0.32, 1],
  lateral: [0, 0.18, 1],
  medial: [0, 0.18, -1],
  front: [1, 0.3, 0.15],
  back: [-1, 0.3, 0.15],
  top: [0.0001, 1, 0.25],
} as const satisfies Record<string, readonly [number, number, number]>;
