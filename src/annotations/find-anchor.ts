import { Box3, Matrix3, Raycaster, Sphere, Vector3, type Mesh, type Object3D } from 'three';
import { isOverlay } from '../stage/model-parts.js';
import { rankAnchorCandidates, sampleStep, type Point3 } from './anchor-search.js';
import type { Vec3Tuple } from './types.js';

/** At most this many vertices of a part are ranked. */
const SAMPLE_LIMIT = 4000;
/** The best-ranked samples raycast first, then this many more spread over the rest of the ranking (the best ones often share one hidden patch). */
const RAYCAST_BEST = 16;
const RAYCAST_SPREAD = 48;

/** Which ranked samples to raycast, in order: the best, then an even spread over the others. */
function candidates(ranked: readonly number[]): number[] {
  const best = ranked.slice(0, RAYCAST_BEST);
  const rest = ranked.length - best.length;
  if (rest <= 0) return best;
  const step = Math.max(1, rest / RAYCAST_SPREAD);
  for (let k = 0; k < Math.min(RAYCAST_SPREAD, rest); k++) best.push(ranked[RAYCAST_BEST + Math.floor(k * step)]!);
  return best;
}

/** An anchor and its normal in model coordinates (as `AnnotationData` gives them). */
export interface FoundAnchor {
  anchor: Vec3Tuple;
  normal: Vec3Tuple;
}

/** What the search needs to know about the scene. */
export interface AnchorSearchScene {
  /** The model root (anchors are in its coordinates). */
  readonly model: Object3D;
  /** The part's meshes. */
  readonly meshes: readonly Mesh[];
  /** Where the camera is when the callout is open (world space). */
  readonly calloutEye: Vector3;
  /** Where the camera is in the default view (world space), or null to ignore it. */
  readonly defaultEye: Vector3 | null;
  /** How far the part has moved from its assembled place (the exploded view), world space. */
  readonly offset: Vector3;
}

const raycaster = new Raycaster();

/**
 * Whether the first surface of `model` seen from `from` toward `point` is one of `meshes`,
 * at the point (within 2 mm or 1 %): so the point shows, and no other part's surface lies on
 * or just over it (a sole's edge tucked under the midsole's).
 */
export function firstSeenIs(model: Object3D, meshes: readonly Mesh[], from: Vector3, point: Vector3): boolean {
  const direction = point.clone().sub(from);
  const distance = direction.length();
  const tolerance = Math.max(0.002, distance * 0.01);
  raycaster.set(from, direction.normalize());
  raycaster.near = 0;
  raycaster.far = distance + tolerance;
  const first = raycaster.intersectObject(model, true).find((hit) => !isOverlay(hit.object) && hit.object.visible);
  return !!first && meshes.includes(first.object as Mesh) && first.distance >= distance - tolerance;
}

/** The part's vertices and normals in world space, thinned to at most `SAMPLE_LIMIT`. */
function samplesOf(meshes: readonly Mesh[]) {
  let total = 0;
  for (const mesh of meshes) total += mesh.geometry.getAttribute('position')?.count ?? 0;
  const step = sampleStep(total, SAMPLE_LIMIT);
  const positions: number[] = [];
  const normals: number[] = [];
  const p = new Vector3();
  const n = new Vector3();
  const normalMatrix = new Matrix3();
  let index = 0;
  for (const mesh of meshes) {
    const position = mesh.geometry.getAttribute('position');
    if (!position) continue;
    const normal = mesh.geometry.getAttribute('normal');
    mesh.updateWorldMatrix(true, false);
    normalMatrix.getNormalMatrix(mesh.matrixWorld);
    const centre = mesh.geometry.boundingSphere ?? (mesh.geometry.computeBoundingSphere(), mesh.geometry.boundingSphere!);
    for (let i = 0; i < position.count; i++, index++) {
      if (index % step !== 0) continue;
      p.fromBufferAttribute(position, i);
      // Without normals, the direction from the mesh's middle stands in.
      if (normal) n.fromBufferAttribute(normal, i);
      else n.copy(p).sub(centre.center);
      p.applyMatrix4(mesh.matrixWorld);
      n.applyMatrix3(normalMatrix).normalize();
      positions.push(p.x, p.y, p.z);
      normals.push(n.x, n.y, n.z);
    }
  }
  return { positions, normals };
}

const tuple = (v: Vector3): Point3 => [v.x, v.y, v.z];
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * A point on the part's visible surface for a callout that gives none: the best-ranked
 * vertex (`rankAnchorCandidates`, seen from the callout's camera) at which the first surface
 * seen from the callout's camera, and from just outside along its normal, is the part's own,
 * and that the default view's camera sees as well when one of them allows it.
 * Null when the part has no vertex facing the callout's camera.
 */
export function findAnchor(scene: AnchorSearchScene): FoundAnchor | null {
  const { model, meshes, calloutEye, defaultEye, offset } = scene;
  if (meshes.length === 0) return null;
  const box = new Box3();
  for (const mesh of meshes) box.expandByObject(mesh);
  const sphere = box.getBoundingSphere(new Sphere());
  const samples = samplesOf(meshes);
  const ranked = rankAnchorCandidates(samples, tuple(calloutEye), tuple(sphere.center), sphere.radius);
  if (ranked.length === 0) return null;
  const point = new Vector3();
  const normal = new Vector3();
  const toEye = new Vector3();
  const at = (i: number) => point.fromArray(samples.positions, i * 3);
  const facesDefault = (i: number) =>
    !!defaultEye && normal.fromArray(samples.normals, i * 3).dot(toEye.copy(defaultEye).sub(at(i)).normalize()) > 0.05;
  let chosen = -1;
  let fallback = -1;
  const outside = new Vector3();
  // Seen as the part from the callout's camera, and from just outside the surface along its normal.
  const shows = (i: number) =>
    firstSeenIs(model, meshes, calloutEye, at(i)) &&
    firstSeenIs(model, meshes, outside.copy(at(i)).addScaledVector(normal.fromArray(samples.normals, i * 3), sphere.radius * 0.2 + 0.005), at(i));
  for (const i of candidates(ranked)) {
    if (!shows(i)) continue;
    if (fallback < 0) fallback = i;
    if (!defaultEye || (facesDefault(i) && firstSeenIs(model, meshes, defaultEye, at(i)))) {
      chosen = i;
      break;
    }
  }
  if (chosen < 0) chosen = fallback >= 0 ? fallback : ranked[0]!;
  // Back to model coordinates, with the part in its assembled place.
  const inverse = model.matrixWorld.clone().invert();
  at(chosen).sub(offset).applyMatrix4(inverse);
  normal.fromArray(samples.normals, chosen * 3).transformDirection(inverse);
  return {
    anchor: [round(point.x), round(point.y), round(point.z)],
    normal: [round(normal.x), round(normal.y), round(normal.z)],
  };
}
