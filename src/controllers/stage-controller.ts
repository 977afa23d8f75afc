import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Object3D } from 'three';
import type { FetchProgress } from '../loading/fetch-model.js';
import { ModelRequest } from '../loading/model-request.js';
import { ViewerError, type ViewerErrorDetail } from '../loading/viewer-error.js';
import { disposeObject } from '../stage/dispose-object.js';
import { Stage } from '../stage/stage.js';
import { ReducedMotionController } from './reduced-motion-controller.js';
import { ViewportController } from './viewport-controller.js';

/** What the stage controller needs from the element. */
export interface StageHost extends ReactiveControllerHost, HTMLElement {
  /** The URL to show now (src or the bundled model). */
  readonly modelUrl: string;
  readonly eager: boolean;
  readonly autoRotate: boolean;
  readonly cameraControls: boolean;
  /** The canvas frames are drawn into and the element that takes pointer and key input. */
  readonly surfaces: { canvas: HTMLCanvasElement; interaction: HTMLElement } | null;
  onLoadProgress(progress: FetchProgress): void;
  onModelLoaded(url: string, model: Object3D): void;
  /** The model for `url` could not be shown (its error is reported separately); the last good one stays. */
  onModelFailed(url: string): void;
  /** The first frame showing the model for `url` was drawn. */
  onModelShown(url: string): void;
  onViewerError(detail: ViewerErrorDetail): void;
  onFrame(): void;
  /** Resolves once the features imported on first use that are on their way have arrived. */
  featuresReady(): Promise<void>;
}

/**
 * Owns the element's three.js stage for as long as the element is on the page:
 * creates it on connect (in a browser only), loads the model when the element
 * comes near the viewport, keeps size, visibility and motion preferences in
 * step, and disposes everything on disconnect. Disposal waits a task so that
 * moving the element in the DOM (disconnect + connect) keeps its model.
 */
export class StageController implements ReactiveController {
  stage: Stage | null = null;
  /** URL of the model on screen, or null. */
  shownUrl: string | null = null;
  loadingUrl: string | null = null;
  private request = new ModelRequest();
  private requestedUrl: string | null = null;
  private pendingShown: string | null = null;
  /** Counts loads, so one that waited can tell whether a newer one started meanwhile. */
  private loads = 0;
  /** No WebGL here: reported once, then nothing more is tried. */
  private webglMissing = false;
  private disposeTimer = 0;
  private viewport: ViewportController;
  private motion: ReducedMotionController;

  constructor(private host: StageHost) {
    host.addController(this);
    this.viewport = new ViewportController(host, () => this.sync());
    this.motion = new ReducedMotionController(host, (reduced) => this.stage?.rig.setReducedMotion(reduced));
  }

  get reducedMotion(): boolean {
    return this.motion.reduced;
  }

  hostConnected(): void {
    clearTimeout(this.disposeTimer);
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => this.teardown(), 0);
  }

  /** Brings the stage in line with the element: create, size, show, load. */
  sync(): void {
    if (!this.host.isConnected) return;
    const surfaces = this.host.surfaces;
    if (!surfaces) return;
    const url = this.host.modelUrl;
    if (this.webglMissing) {
      // Each model asked for is answered with the same error, once; nothing is downloaded.
      if (url !== this.requestedUrl) {
        this.requestedUrl = url;
        this.reportNoWebgl();
      }
      return;
    }
    const wanted = this.viewport.near || this.host.eager;
    if (!this.stage) {
      // A lazy viewer far from the viewport makes nothing yet. Otherwise the model's request goes
      // out first: the download then overlaps the WebGL context's creation, which blocks.
      if (!wanted) return;
      if (url !== this.requestedUrl) this.load(url);
      if (!this.createStage(surfaces)) return;
    }
    const stage = this.stage!;
    const wasRotating = stage.rig.isAutoRotating;
    // Each of these asks for a frame only when it changes something: an element update
    // (a new colorway name, a status message) must not cost a redraw of the same picture.
    stage.setSize(this.viewport.width, this.viewport.height, window.devicePixelRatio || 1);
    stage.setVisible(this.viewport.near);
    stage.rig.enabled = this.host.cameraControls;
    stage.rig.setReducedMotion(this.motion.reduced);
    stage.rig.setAutoRotate(this.host.autoRotate);
    if (stage.rig.isAutoRotating !== wasRotating) stage.requestRender();
    if (url !== this.requestedUrl && wanted) this.load(url);
  }

  private createStage(surfaces: { canvas: HTMLCanvasElement; interaction: HTMLElement }): boolean {
    try {
      this.stage = new Stage(surfaces.canvas, surfaces.interaction, {
        onFrame: () => this.frameDrawn(),
        onContextChange: (lost) => this.contextChanged(lost),
      });
      return true;
    } catch (cause) {
      // The model already on its way is dropped; later ones are not requested.
      this.webglMissing = true;
      this.request.cancel();
      this.requestedUrl = this.host.modelUrl;
      this.reportNoWebgl(cause);
      return false;
    }
  }

  private reportNoWebgl(cause?: unknown): void {
    this.host.onViewerError({
      type: 'webgl',
      message: 'WebGL is not available in this browser, so the 3D view cannot be shown.',
      cause,
    });
  }

  private async load(url: string): Promise<void> {
    const load = ++this.loads;
    this.requestedUrl = url;
    this.loadingUrl = url;
    // Called from the host's update cycle: re-render after it, not inside it.
    queueMicrotask(() => this.host.requestUpdate());
    try {
      const loading = this.request.load(url, (progress) => this.host.onLoadProgress(progress));
      // The request is on its way: what needs no model is done meanwhile (after this update).
      queueMicrotask(() => this.stage?.prepare());
      const model = await loading;
      if (!model) return; // superseded by a newer src
      // A feature the look needs may still be on its way (the exploded view, for an `exploded`
      // set before the load): show the model once it is here, so its first frame is right.
      await this.host.featuresReady();
      if (load !== this.loads || !this.stage) {
        disposeObject(model);
        return;
      }
      this.stage.setModel(model);
      this.shownUrl = url;
      this.pendingShown = url;
      this.host.onModelLoaded(url, model);
    } catch (error) {
      const detail =
        error instanceof ViewerError
          ? error.detail
          : { type: 'format' as const, message: String((error as Error)?.message ?? error), cause: error };
      this.host.onViewerError(detail);
      // Only the model still asked for settles what waits on it (a superseded load's failure does not).
      if (load === this.loads) this.host.onModelFailed(url);
    } finally {
      if (this.requestedUrl === url) {
        this.loadingUrl = null;
        this.host.requestUpdate();
      }
    }
  }

  private frameDrawn(): void {
    this.host.onFrame();
    if (this.pendingShown) {
      const url = this.pendingShown;
      this.pendingShown = null;
      this.host.onModelShown(url);
    }
  }

  private contextChanged(lost: boolean): void {
    if (lost) {
      this.host.onViewerError({
        type: 'webgl',
        message: 'The WebGL context was lost; the view will return when the browser restores it.',
      });
    }
    this.host.requestUpdate();
  }

  private teardown(): void {
    if (this.host.isConnected) return;
    this.request.cancel();
    this.stage?.dispose();
    this.stage = null;
    this.shownUrl = null;
    this.loadingUrl = null;
    this.requestedUrl = null;
    this.pendingShown = null;
  }
}
