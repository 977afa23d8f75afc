import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Object3D } from 'three';
import { StageController, type StageHost } from './controllers/stage-controller.js';
import type { FetchProgress } from './loading/fetch-model.js';
import type { ViewerErrorDetail } from './loading/viewer-error.js';
import { KAYANO14_MODEL_URL } from './profile/kayano14.js';
import { shoeViewerStyles } from './shoe-viewer.styles.js';

/** `camera-controls` is on unless written as `camera-controls="false"`. */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

/**
 * An interactive 3D viewer for the ASICS GEL-Kayano 14.
 *
 * @summary Interactive, recolourable 3D view of the GEL-Kayano 14 running shoe.
 *
 * @fires load - `{ src }`: the model is in the scene and its first frame is drawn. Once per src.
 * @fires progress - `{ loaded, total }`: bytes downloaded so far (total is 0 when unknown).
 * @fires error - `{ type, message, cause? }`: network, format, validation or WebGL trouble; the viewer keeps its last good state.
 *
 * @csspart canvas - the drawing surface.
 * @csspart poster - the poster image shown until the first frame.
 * @csspart progress - the loading bar.
 * @csspart status - the message shown when nothing can be displayed.
 *
 * @cssprop --shoe-viewer-accent - accent colour of focus rings, progress and controls.
 * @cssprop --shoe-viewer-annotation-bg - background of callouts and messages.
 * @cssprop --shoe-viewer-text - text colour.
 * @cssprop --shoe-viewer-font - font shorthand for callouts and messages.
 */
@customElement('shoe-viewer')
export class ShoeViewer extends LitElement implements StageHost {
  static override styles = shoeViewerStyles;

  /** URL of a glTF/GLB model. Without it the bundled Kayano 14 is shown. Changing it cancels a load in flight. */
  @property() src?: string;

  /** Turntable rotation; never under `prefers-reduced-motion: reduce`. */
  @property({ type: Boolean, reflect: true, attribute: 'auto-rotate' }) autoRotate = false;

  /** Orbit, zoom and pan with pointer, touch and keyboard. On by default; `camera-controls="false"` turns it off. */
  @property({ attribute: 'camera-controls', converter: onUnlessFalse }) cameraControls = true;

  /** `lazy` (default) waits until the element is near the viewport before loading; `eager` loads at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Image shown until the first frame with the model is drawn. */
  @property() poster?: string;

  /** Accessible description of the view. */
  @property() alt?: string;

  @state() private progress: FetchProgress | null = null;
  @state() private statusMessage = '';
  @state() private shown = false;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.surface') private interaction?: HTMLElement;

  private stageController = new StageController(this);
  private frames = 0;

  /** @internal */
  get modelUrl(): string {
    return this.src?.trim() ? new URL(this.src, document.baseURI).href : KAYANO14_MODEL_URL;
  }

  /** @internal */
  get eager(): boolean {
    return this.loading === 'eager';
  }

  /** @internal */
  get surfaces() {
    return this.canvas && this.interaction ? { canvas: this.canvas, interaction: this.interaction } : null;
  }

  /** Whether a model is on screen. */
  get loaded(): boolean {
    return this.shown;
  }

  /** Moves the camera back to the model's default view (animated unless the user prefers reduced motion). */
  resetCamera(): void {
    this.stageController.stage?.rig.reset();
    this.stageController.stage?.requestRender();
  }

  /** A PNG of the current view. */
  toBlob(options: { type?: string; quality?: number } = {}): Promise<Blob | null> {
    return new Promise((resolve) => {
      if (!this.canvas) return resolve(null);
      this.canvas.toBlob(resolve, options.type ?? 'image/png', options.quality);
    });
  }

  protected override render() {
    const label = this.alt ?? 'Interactive 3D view of the ASICS GEL-Kayano 14 running shoe';
    const hint = this.cameraControls ? ' Drag or use the arrow keys to turn it, plus and minus to zoom.' : '';
    const progress = this.progress;
    const fraction = progress && progress.total ? Math.min(1, progress.loaded / progress.total) : 0.3;
    return html`
      <div
        class="surface"
        part="surface"
        role="img"
        tabindex=${this.cameraControls ? '0' : '-1'}
        aria-label=${label + hint}
        @keydown=${this.onKeyDown}
      >
        <canvas part="canvas"></canvas>
      </div>
      <img class="poster" part="poster" alt="" src=${this.poster ?? ''} ?hidden=${!this.poster || this.shown} />
      <div
        class="progress"
        part="progress"
        style="transform: scaleX(${fraction})"
        ?hidden=${!this.stageController.loadingUrl}
      ></div>
      <div class="status" part="status" role="status">${this.statusMessage}</div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('src')) this.statusMessage = '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.stageController.stage?.rig.handleKey(event)) {
      event.preventDefault();
      this.stageController.stage.requestRender();
    }
  }

  /** @internal */
  onLoadProgress(progress: FetchProgress): void {
    this.progress = progress;
    this.emit('progress', { loaded: progress.loaded, total: progress.total });
  }

  /** @internal */
  onModelLoaded(_url: string, _model: Object3D): void {
    this.statusMessage = '';
  }

  /** @internal */
  onModelShown(url: string): void {
    this.shown = true;
    this.progress = null;
    this.emit('load', { src: url });
  }

  /** @internal */
  onViewerError(detail: ViewerErrorDetail): void {
    // With a model on screen the viewer keeps it; the message matters when there is nothing to see.
    if (!this.shown) this.statusMessage = detail.message;
    this.progress = null;
    this.emit('error', detail);
  }

  /** @internal */
  onFrame(): void {
    this.frames++;
  }

  /** How many frames this viewer has drawn: a diagnostic for tests and benchmarks (frames are drawn on demand). */
  get framesDrawn(): number {
    return this.frames;
  }

  private emit<T>(type: string, detail: T): void {
    // `error` does not bubble: on reaching window it would look like an uncaught script error to the
    // page's global error handlers (error trackers, test runners). Listen on the element itself.
    const bubbles = type !== 'error';
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shoe-viewer': ShoeViewer;
  }
}
