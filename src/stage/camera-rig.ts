import { Box3, PerspectiveCamera, Sphere, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

/**
 * A rectangle of the view, in fractions of its width and height from the top-left corner:
 * the room an open callout panel leaves, where the camera frames what it looks at.
 */
export interface ViewArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The whole view. */
export const FULL_VIEW: Readonly<ViewArea> = Object.freeze({ x: 0, y: 0, width: 1, height: 1 });

/** A camera position and what it looks at; `area`, when given, is where on screen the target is framed. */
export interface CameraPose {
  position: Vector3;
  target: Vector3;
  area?: ViewArea;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

const KEY_ORBIT_STEP = Math.PI / 24;
const KEY_ZOOM_STEP = 1.15;
const MOVE_MS = 650;

/** The default view: the lateral product shot, from +Z, a little above and in front. */
export const DEFAULT_VIEW_DIRECTION = new Vector3(0.28, 0.32, 1).normalize();

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * The viewer's camera and how the user moves it: orbit, zoom and pan by
 * pointer and touch (three.js OrbitControls), arrow keys and +/- when focused,
 * a turntable, framing to the model and animated moves between poses.
 */
export class CameraRig {
  readonly camera = new PerspectiveCamera(30, 1, 0.01, 10);
  readonly controls: OrbitControls;
  private home: CameraPose = { position: new Vector3(0, 0, 1), target: new Vector3() };
  private move: { from: CameraPose; to: CameraPose; elapsed: number } | null = null;
  /** Where the target is framed: the view's centre, or the centre of the room a callout panel leaves. */
  private area: ViewArea = { ...FULL_VIEW };
  private radius = 0.2;
  private bounds: Box3 | null = null;
  private wantsAutoRotate = false;
  private reducedMotion = false;

  constructor(interaction: HTMLElement, onChange: () => void) {
    this.controls = new OrbitControls(this.camera, interaction);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.12;
    this.controls.autoRotateSpeed = 1.5;
    this.controls.screenSpacePanning = true;
    this.controls.addEventListener('change', onChange);
    // Someone starting to drag stops a scripted move.
    this.controls.addEventListener('start', () => (this.move = null));
  }

  set enabled(on: boolean) {
    this.controls.enabled = on;
  }

  setAutoRotate(on: boolean): void {
    this.wantsAutoRotate = on;
    this.controls.autoRotate = on && !this.reducedMotion;
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    this.controls.enableDamping = !reduced;
    this.setAutoRotate(this.wantsAutoRotate);
  }

  get isAutoRotating(): boolean {
    return this.controls.autoRotate;
  }

  setAspect(aspect: number): void {
    this.camera.aspect = aspect;
    this.applyArea();
    this.home = this.bounds
      ? this.fitPose(this.bounds, this.directionOf(this.home))
      : this.poseFor(this.home.target, this.radius, this.directionOf(this.home));
  }

  /** Points the camera at the model from `direction` so the whole model fits, and limits zoom and pan to keep it in frame. */
  frame(bounds: Box3, direction = DEFAULT_VIEW_DIRECTION): void {
    const sphere = bounds.getBoundingSphere(new Sphere());
    this.radius = Math.max(sphere.radius, 1e-3);
    this.bounds = bounds.clone();
    const target = sphere.center.clone();
    this.home = this.fitPose(bounds, direction);
    const distance = this.home.position.distanceTo(target);
    this.controls.minDistance = distance * 0.35;
    this.controls.maxDistance = distance * 2.5;
    this.controls.cursor.copy(target);
    this.controls.maxTargetRadius = this.radius * 0.6;
    this.camera.near = distance / 100;
    this.camera.far = distance * 10;
    this.camera.updateProjectionMatrix();
    this.jumpTo(this.homePose);
  }

  get homePose(): CameraPose {
    return { position: this.home.position.clone(), target: this.home.target.clone(), area: { ...FULL_VIEW } };
  }

  get currentPose(): CameraPose {
    return { position: this.camera.position.clone(), target: this.controls.target.clone(), area: { ...this.area } };
  }

  /** Where the target is framed now (see `ViewArea`). */
  get viewArea(): ViewArea {
    return { ...this.area };
  }

  /**
   * A pose looking at `target` from `direction`, far enough that a sphere of `radius` fits
   * `area` of the view (default: all of it), with the target at the area's centre.
   */
  poseFor(target: Vector3, radius: number, direction: Vector3, area: ViewArea = FULL_VIEW): CameraPose {
    const tanV = Math.tan((this.camera.fov * Math.PI) / 360);
    // The area's share of the view narrows its field of view.
    const vFov = 2 * Math.atan(tanV * area.height);
    const hFov = 2 * Math.atan(tanV * this.camera.aspect * area.width);
    const distance = (radius * 1.08) / Math.sin(Math.min(vFov, hFov) / 2);
    return {
      position: target.clone().addScaledVector(direction.clone().normalize(), distance),
      target: target.clone(),
      area: { ...area },
    };
  }

  /**
   * Frames the target at the centre of `area` instead of the view's: an off-centre
   * projection (three.js's view offset), so orbiting and zooming still turn about the target
   * and the model is not cut by the offset.
   */
  private applyArea(): void {
    const { x, y, width, height } = this.area;
    const dx = 0.5 - (x + width / 2);
    const dy = 0.5 - (y + height / 2);
    if (Math.abs(dx) < 1e-6 && Math.abs(dy) < 1e-6) this.camera.clearViewOffset();
    // In units of the view's height, so the offset holds whatever the viewer's size in pixels.
    else this.camera.setViewOffset(this.camera.aspect, 1, dx * this.camera.aspect, dy, this.camera.aspect, 1);
    this.camera.updateProjectionMatrix();
  }

  private setArea(area: ViewArea): void {
    const a = this.area;
    if (a.x === area.x && a.y === area.y && a.width === area.width && a.height === area.height) return;
    this.area = { ...area };
    this.applyArea();
  }

  /**
   * The closest pose looking at the centre of `bounds` from `direction` at
   * which every corner of the box is in view (with a margin). Tighter than
   * fitting the bounding sphere, which leaves a long shoe small in the frame.
   */
  fitPose(bounds: Box3, direction: Vector3, margin = 1.2): CameraPose {
    const target = bounds.getCenter(new Vector3());
    const back = direction.clone().normalize();
    const right = new Vector3(0, 1, 0).cross(back).normalize();
    if (right.lengthSq() < 1e-6) right.set(1, 0, 0);
    const up = back.clone().cross(right);
    const tanV = Math.tan(((this.camera.fov * Math.PI) / 180) / 2);
    const tanH = tanV * this.camera.aspect;
    let distance = 0;
    const corner = new Vector3();
    for (let i = 0; i < 8; i++) {
      corner.set(i & 1 ? bounds.max.x : bounds.min.x, i & 2 ? bounds.max.y : bounds.min.y, i & 4 ? bounds.max.z : bounds.min.z).sub(target);
      // A corner at depth z toward the camera needs |x| / (d - z) <= tan(fov / 2).
      const z = corner.dot(back);
      distance = Math.max(distance, z + (Math.abs(corner.dot(right)) * margin) / tanH, z + (Math.abs(corner.dot(up)) * margin) / tanV);
    }
    return { position: target.clone().addScaledVector(back, distance), target };
  }

  /** Moves to a pose: animated, or at once under reduced motion. */
  moveTo(pose: CameraPose, animate = true): void {
    if (!animate || this.reducedMotion) {
      this.jumpTo(pose);
      return;
    }
    this.stopInertia();
    this.move = { from: this.currentPose, to: pose, elapsed: 0 };
  }

  /** Drops what damping still has to apply, so it does not pull a scripted move off course. */
  private stopInertia(): void {
    const inertia = this.controls as unknown as { _sphericalDelta?: { set(...v: number[]): void }; _panOffset?: { set(...v: number[]): void } };
    inertia._sphericalDelta?.set(0, 0, 0);
    inertia._panOffset?.set(0, 0, 0);
  }

  reset(animate = true): void {
    this.moveTo(this.homePose, animate);
  }

  /** Arrow keys orbit, +/- zoom. Returns true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (!this.controls.enabled) return false;
    switch (event.key) {
      case 'ArrowLeft':
        this.controls.rotateLeft(KEY_ORBIT_STEP);
        break;
      case 'ArrowRight':
        this.controls.rotateLeft(-KEY_ORBIT_STEP);
        break;
      case 'ArrowUp':
        this.controls.rotateUp(KEY_ORBIT_STEP);
        break;
      case 'ArrowDown':
        this.controls.rotateUp(-KEY_ORBIT_STEP);
        break;
      // OrbitControls names these from the wheel's point of view: dollyOut shortens the distance.
      case '+':
      case '=':
        this.controls.dollyOut(KEY_ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.controls.dollyIn(KEY_ZOOM_STEP);
        break;
      default:
        return false;
    }
    this.move = null;
    return true;
  }

  /** Advances damping, the turntable and scripted moves. Returns true while still moving. */
  update(deltaSeconds: number): boolean {
    if (this.move) {
      this.move.elapsed += deltaSeconds * 1000;
      const t = Math.min(1, this.move.elapsed / MOVE_MS);
      const k = easeInOut(t);
      this.camera.position.lerpVectors(this.move.from.position, this.move.to.position, k);
      this.controls.target.lerpVectors(this.move.from.target, this.move.to.target, k);
      const from = this.move.from.area ?? this.area;
      const to = this.move.to.area;
      if (to) {
        this.setArea({ x: lerp(from.x, to.x, k), y: lerp(from.y, to.y, k), width: lerp(from.width, to.width, k), height: lerp(from.height, to.height, k) });
      }
      if (t >= 1) this.move = null;
      this.controls.update();
      return true;
    }
    const changed = this.controls.update(deltaSeconds);
    return changed || this.controls.autoRotate;
  }

  private jumpTo(pose: CameraPose): void {
    this.move = null;
    this.stopInertia();
    this.camera.position.copy(pose.position);
    this.controls.target.copy(pose.target);
    if (pose.area) this.setArea(pose.area);
    this.controls.update();
  }

  private directionOf(pose: CameraPose): Vector3 {
    return pose.position.clone().sub(pose.target).normalize();
  }

  dispose(): void {
    this.controls.dispose();
  }
}
