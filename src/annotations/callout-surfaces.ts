import { Vector3, type Mesh, type Object3D } from 'three';
import { findAnchor } from './find-anchor.js';
import type { AnnotationData } from './types.js';

/** What `CalloutSurfaces` needs from the scene to search a part's surface. */
export interface CalloutSurfaceScene {
  /** The model on screen, or null. */
  model(): Object3D | null;
  /** The meshes of a part (empty when the model lacks it). */
  meshesOf(part: string): readonly Mesh[];
  /** Where the camera stands when `annotation` is open, and in the default view (world space). */
  eyes(annotation: AnnotationData): { callout: Vector3; home: Vector3 | null } | null;
  /** How far `part` is from its assembled place now (world space). */
  partOffset(part: string, out: Vector3): Vector3;
}

/**
 * The callouts as the view uses them: a callout that gives its anchor as it is; one that
 * leaves it out with the anchor and normal found on its part's visible surface
 * (`findAnchor`), once per model and callout (kept per model object, so a new model finds
 * its own and an old one's go with it). Part of the lazily imported callouts view, so a page
 * without callouts does not ship the search.
 */
export class CalloutSurfaces {
  private found = new WeakMap<Object3D, WeakMap<AnnotationData, AnnotationData>>();

  constructor(private scene: CalloutSurfaceScene) {}

  /** `annotation` with an anchor: its own, else one found on its part (or itself, without one, when none can be found yet). */
  resolve(annotation: AnnotationData): AnnotationData {
    if (annotation.anchor) return annotation;
    const model = this.scene.model();
    if (!model) return annotation;
    let byCallout = this.found.get(model);
    if (!byCallout) this.found.set(model, (byCallout = new WeakMap()));
    let resolved = byCallout.get(annotation);
    if (!resolved) {
      resolved = this.search(model, annotation);
      byCallout.set(annotation, resolved);
    }
    return resolved;
  }

  private search(model: Object3D, annotation: AnnotationData): AnnotationData {
    const eyes = this.scene.eyes(annotation);
    if (!eyes) return annotation;
    model.updateWorldMatrix(true, true);
    const found = findAnchor({
      model,
      meshes: this.scene.meshesOf(annotation.part),
      calloutEye: eyes.callout,
      defaultEye: eyes.home,
      offset: this.scene.partOffset(annotation.part, new Vector3()),
    });
    // A normal given without an anchor still says which way the surface faces.
    return found ? { ...annotation, anchor: found.anchor, normal: annotation.normal ?? found.normal } : annotation;
  }
}
