/** A 3-vector in model coordinates: metres, +Y up, toe toward +X, lateral side toward +Z. */
export type Vec3Tuple = readonly [number, number, number];

/** One technology callout of a model profile. */
export interface AnnotationData {
  /** Stable id; also the name of the slot that replaces the body (`annotation-<id>`). */
  readonly id: string;
  /** Short heading. */
  readonly title: string;
  /** Plain text shown in the panel; always rendered as text, never as HTML. */
  readonly body: string;
  /** Part id (mesh and material name) the callout is about; it is highlighted and followed when parts move. */
  readonly part: string;
  /**
   * A point on the surface of `part`, in model coordinates (with the parts in place). Left
   * out, the viewer finds one on the part's surface that shows from `view` (and, where it
   * can, in the default view), once per model load.
   */
  readonly anchor?: Vec3Tuple;
  /**
   * The surface's outward normal at `anchor`: the hotspot fades when it faces away from the
   * camera. Left out with the anchor, the found point's surface normal; left out beside a
   * given anchor, the hotspot fades only when the model hides it.
   */
  readonly normal?: Vec3Tuple;
  /** Direction from the part toward the camera when the callout is opened. */
  readonly view: Vec3Tuple;
}
