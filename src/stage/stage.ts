import { Box3, Group, Scene, Vector3, type Object3D, type Quaternion, type WebGLRenderer } from 'three';
import { CameraRig } from './camera-rig.js';
import { ContactShadow } from './contact-shadow.js';
import { disposeObject } from './dispose-object.js';
import type { FramePresenter } from './frame-presenter.js';
import { acquireSharedRenderer, releaseSharedRenderer, type RenderClient, type SharedRenderer } from './shared-renderer.js';
import { disposeTransmissionTargets } from './transmission-targets.js';

/** Something that changes over several frames (an exploded-view move, the highlight pulse). */
export interface Animator {
  /** Advances by `deltaSeconds`; returns true while it still needs frames. */
  update(deltaSeconds: number): boolean;
}

export interface StageCallbacks {
  /** Called after each frame is drawn into the viewer's canvas. */
  onFrame(): void;
  /** The shared WebGL context was lost (true) or restored (false). */
  onContextChange(lost: boolean): void;
}

const MAX_BUFFER = 4096;

/**
 * One viewer's three.js world: its scene, model, camera rig and contact
 * shadow. It draws through the page's shared renderer and shows the frame on
 * the viewer's own canvas, only when something asked for a frame.
 */
export class Stage implements RenderClient {
  readonly scene = new Scene();
  readonly rig: CameraRig;
  private shared: SharedRenderer;
  private shadow = new ContactShadow();
  private modelRoot: Object3D | null = null;
  private presenter: FramePresenter;
  private width = 0;
  private height = 0;
  private visible = false;
  private lastTime = 0;
  private disposed = false;
  private animators = new Set<Animator>();

  constructor(
    private canvas: HTMLCanvasElement,
    interaction: HTMLElement,
    private callbacks: StageCallbacks,
  ) {
    this.shared = acquireSharedRenderer();
    this.shared.add(this);
    this.presenter = this.shared.createPresenter(canvas);
    this.rig = new CameraRig(interaction, () => this.requestRender());
    this.scene.add(this.shadow.object);
    this.shadow.object.visible = false;
  }

  /**
   * Does the work that needs no model while one downloads: the studio environment (shared by
   * every stage) and the shadow plane's shader compile. Without it they waited until the model was parsed.
   */
  prepare(): void {
    if (this.disposed || this.shared.isContextLost) return;
    const renderer = this.shared.renderer;
    void this.shared.environment;
    this.shadow.compile(renderer);
  }

  get model(): Object3D | null {
    return this.modelRoot;
  }

  /** The shared renderer this stage draws with (the benchmark reads its `info.memory`). */
  get renderer(): WebGLRenderer {
    return this.shared.renderer;
  }

  /**
   * Replaces the model (disposing the old one) and frames the camera to it. The model goes
   * into a wrapper group (`model`), which `orient` turns so the model's own coordinates stay
   * its local ones: `model.localToWorld` maps a profile's vectors into the view.
   */
  setModel(root: Object3D): void {
    if (this.modelRoot) {
      this.scene.remove(this.modelRoot);
      disposeObject(this.modelRoot);
    }
    this.modelRoot = new Group().add(root);
    this.modelRoot.name = 'shoe-viewer-orientation';
    this.scene.add(this.modelRoot);
    this.orient(this.modelRoot.quaternion);
  }

  /** Turns the model (toe to +X, lateral side to +Z: see `model-orientation.ts`) and frames it from `view`. */
  orient(rotation: Quaternion, view?: Vector3): void {
    if (!this.modelRoot) return;
    this.modelRoot.quaternion.copy(rotation);
    this.modelRoot.updateMatrixWorld(true);
    const bounds = new Box3().setFromObject(this.modelRoot);
    this.rig.frame(bounds, view);
    this.shadow.fit(bounds);
    this.shadow.object.visible = true;
    this.requestRender();
  }

  /** The model's bounds now (parts may have moved, e.g. in the exploded view). */
  modelBounds(): Box3 {
    return this.modelRoot ? new Box3().setFromObject(this.modelRoot) : new Box3();
  }

  /** Re-bakes the contact shadow on the next frame (after parts move). */
  invalidateShadow(): void {
    this.shadow.invalidate();
    this.requestRender();
  }

  /** Sizes the drawing surface in CSS pixels times the device pixel ratio. */
  setSize(cssWidth: number, cssHeight: number, pixelRatio: number): void {
    const scale = Math.min(pixelRatio, MAX_BUFFER / Math.max(cssWidth, cssHeight, 1));
    const width = Math.round(cssWidth * scale);
    const height = Math.round(cssHeight * scale);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.canvas.width = width;
    this.canvas.height = height;
    if (width > 0 && height > 0) this.rig.setAspect(width / height);
    this.requestRender();
  }

  /** Whether the viewer is on screen; frames are only drawn while it is. */
  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    if (visible) this.requestRender();
  }

  /** Adds a per-frame animation; frames keep coming while any animator says it is running. */
  addAnimator(animator: Animator): void {
    this.animators.add(animator);
  }

  removeAnimator(animator: Animator): void {
    this.animators.delete(animator);
  }

  requestRender(): void {
    if (!this.disposed) this.shared.requestFrame(this);
  }

  canRender(): boolean {
    return this.visible && this.width > 0 && this.height > 0 && !this.shared.isContextLost && !this.disposed;
  }

  renderFrame(renderer: WebGLRenderer, time: number): boolean {
    const delta = this.lastTime ? Math.min((time - this.lastTime) / 1000, 0.1) : 1 / 60;
    this.lastTime = time;
    let moving = this.rig.update(delta);
    for (const animator of this.animators) moving = animator.update(delta) || moving;
    this.scene.environment = this.shared.environment;
    this.shadow.update(this.modelRoot);

    // While frames are slow the adaptive resolution draws fewer pixels; the canvas shows them stretched.
    const scale = this.shared.resolution.scale;
    const width = Math.max(1, Math.round(this.width * scale));
    const height = Math.max(1, Math.round(this.height * scale));
    this.shared.prepareBuffer(width, height);
    renderer.setRenderTarget(null);
    renderer.setViewport(0, 0, width, height);
    renderer.setScissor(0, 0, width, height);
    renderer.setScissorTest(true);
    renderer.clear();
    renderer.render(this.scene, this.rig.camera);
    renderer.setScissorTest(false);
    this.presenter.present(renderer.domElement as HTMLCanvasElement | OffscreenCanvas);
    if (!moving) this.lastTime = 0;
    this.callbacks.onFrame();
    return moving;
  }

  contextChanged(lost: boolean): void {
    if (!lost) {
      this.shadow.invalidate();
      this.requestRender();
    }
    this.callbacks.onContextChange(lost);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.shared.remove(this);
    if (this.modelRoot) {
      disposeTransmissionTargets(this.shared.renderer, this.modelRoot);
      disposeObject(this.modelRoot);
    }
    this.modelRoot = null;
    this.shadow.dispose();
    this.rig.dispose();
    this.scene.clear();
    releaseSharedRenderer();
  }
}
