import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Vector3, type Object3D } from 'three';
import { AnnotationController, type AnnotationScene } from './annotations/annotation-controller.js';
import type { AnnotationData } from './annotations/types.js';
import type { ExportedColorway } from './colorway/colorway.js';
import { ColorwayController, type ChangeSource, type ColorwayHost } from './controllers/colorway-controller.js';
import { PartsController, type PartsHost } from './controllers/parts-controller.js';
import { StageController, type StageHost } from './controllers/stage-controller.js';
import { fireViewerEvent, type ShoeViewerEventDetails, type ShoeViewerEventName } from './events.js';
import type { FeatureHost, Lazy } from './lazy.js';
import type { FetchProgress } from './loading/fetch-model.js';
import { quoteForMessage, type ViewerErrorDetail } from './loading/viewer-error.js';
import { partsListStyles } from './parts/parts-list.styles.js';
import { KAYANO14_MODEL_URL } from './profile/kayano14.js';
import { KAYANO14_ANNOTATIONS } from './profile/kayano14-annotations.js';
import { KAYANO14_PROFILE } from './profile/kayano14-profile.js';
import type { ActiveProfile } from './profile/active-profile.js';
import { ProfileController } from './profile/profile-controller.js';
import type { ModelProfile, ProfilePartGroup } from './profile/types.js';
import { shoeViewerStyles } from './shoe-viewer.styles.js';
import { FULL_VIEW, type ViewArea } from './stage/camera-rig.js';
import type { LoadMeshMaterial } from './stage/gltf-source.js';

/** `exploded` is a number in 0..1; anything else (NaN, text) counts as 0. */
const clamp01 = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
};

/** `camera-controls` and `parts-list` are on unless written as `="false"`. */
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
 * @fires error - `{ type, message, path?, cause? }`: network, format, validation or WebGL trouble; the viewer keeps its last good state. Does not bubble.
 * @fires colorway-change - `{ colorway, source }`: a preset, colorway or part colour was applied; `source` is `user` or `page`.
 *
 * @fires part-select - `{ part }`: the user clicked or tapped a part of the model, or chose one in the parts list (its part id).
 * @fires annotation-open - `{ id }`: a callout opened (by the user or `openAnnotation`).
 * @fires annotation-close - `{ id }`: the open callout closed.
 *
 * @slot annotation-<id> - replaces the text of the built-in callout `<id>` (a retailer's copy, a translation).
 *
 * @csspart surface - the focusable area that takes pointer and keyboard input.
 * @csspart canvas - the drawing surface.
 * @csspart hotspot - a numbered callout button over the model.
 * @csspart hotspots - the layer holding the hotspots.
 * @csspart annotation-panel - the open callout's panel.
 * @csspart annotation-title - the open callout's heading.
 * @csspart annotation-body - the open callout's text.
 * @csspart annotation-close - the panel's close button.
 * @csspart part-label - the part name shown when hovering the model.
 * @csspart parts-list - the keyboard parts list after the view: visually hidden until focus is in it, then a strip along the bottom.
 * @csspart part-button - a part's button in the parts list.
 * @csspart part-button-current - the highlighted part's button in the parts list (as well as `part-button`).
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
export class ShoeViewer extends LitElement implements StageHost, ColorwayHost, FeatureHost {
  // The callouts' styles arrive with the callouts (see `AnnotationView`).
  static override styles = [shoeViewerStyles, partsListStyles];

  /** URL of a glTF/GLB model. Without it the bundled Kayano 14 is shown. Changing it cancels a load in flight. */
  @property() src?: string;

  /**
   * What the model is (parts, presets, callouts, exploded offsets, camera): a model profile
   * object (see `schema/profile.schema.json`), or as an attribute the URL of one as JSON.
   * It wins over a profile embedded in the GLB (`asset.extras.shoeViewer`), which wins over
   * the one derived from the model (the bundled Kayano 14 has its own). Changing it re-derives
   * everything; a bad one fires `error` and the viewer falls back to the next.
   */
  @property() profile?: string | ModelProfile;

  /**
   * The look to show: a preset id (see `presets`) or a share string from `shareUrl()` (`c1.…`).
   * Reflects the current look's id.
   */
  @property({ reflect: true }) colorway?: string;

  /** Turntable rotation; never under `prefers-reduced-motion: reduce`. */
  @property({ type: Boolean, reflect: true, attribute: 'auto-rotate' }) autoRotate = false;

  /** Orbit, zoom and pan with pointer, touch and keyboard. On by default; `camera-controls="false"` turns it off. */
  @property({ attribute: 'camera-controls', converter: onUnlessFalse }) cameraControls = true;

  /**
   * The parts list: one button per part, reached with Tab after the view and shown only while
   * it has focus; Enter or Space highlights the part and fires `part-select`, as a click on it
   * does. On by default; `parts-list="false"` removes it (for a page that offers its own list
   * and calls `highlightPart`).
   */
  @property({ attribute: 'parts-list', converter: onUnlessFalse }) partsList = true;

  /** `lazy` (default) waits until the element is near the viewport before loading; `eager` loads at once. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Shows numbered technology callouts over the model; each opens a panel about that part. */
  @property({ type: Boolean, reflect: true }) annotations = false;

  /**
   * How far the parts are pulled apart, 0 (assembled) to 1, to show the GEL units and the
   * TRUSSTIC shank whole. Animated unless the user prefers reduced motion. Clamped; NaN is 0.
   */
  @property({ type: Number, reflect: true, noAccessor: true })
  get exploded(): number {
    return this.explodedAmount;
  }
  set exploded(value: number) {
    const old = this.explodedAmount;
    this.explodedAmount = clamp01(value);
    this.requestUpdate('exploded', old);
  }
  private explodedAmount = 0;

  /**
   * The callouts: id, title, body (plain text), anchor part, anchor point and normal in model
   * coordinates, and view direction. Set from the active profile's `annotations` (the Kayano
   * 14's by default); a list the page sets wins until `src` or `profile` changes.
   */
  @property({ attribute: false }) annotationData: readonly AnnotationData[] = KAYANO14_ANNOTATIONS;

  /** Image shown until the first frame with the model is drawn. */
  @property() poster?: string;

  /** Accessible description of the view. */
  @property() alt?: string;

  @state() private progress: FetchProgress | null = null;
  @state() private statusMessage = '';
  @state() private shown = false;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.surface') private interaction?: HTMLElement;
  @query('.progress') private progressBar?: HTMLElement;

  private stageController = new StageController(this);
  private colorways = new ColorwayController(this);
  private partsController = new PartsController(this as PartsHost, () => this.stageController.stage);
  private profiles = new ProfileController(() => this.stageController.stage, {
    onViewerError: (detail) => this.onViewerError(detail),
    onProfileApplied: (active, loadMaterial, replace) => this.onProfileApplied(active, loadMaterial, replace),
  });
  private annotationController = new AnnotationController(this, this.annotationScene());
  private frames = 0;
  /** Features imported on first use (see `loadFeature`): each one's import, and those still on their way. */
  private featureLoads = new Map<Lazy<unknown>, Promise<void>>();
  private pendingFeatures = new Set<Promise<void>>();

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

  /** The model's recolourable parts (from the active profile) with their current colour and finish. */
  get parts(): ReadonlyArray<{ id: string; label: string; group: ProfilePartGroup; color: string; metalness: number; roughness: number; finish: string }> {
    const look = this.colorways.currentLook.parts;
    const materials = this.colorways.partMaterials;
    const parts = this.profiles.active?.parts ?? Object.entries(KAYANO14_PROFILE.parts).map(([id, p]) => ({ id, label: p.label, group: p.group ?? 'upper' }));
    return parts.filter((p) => !materials || materials.has(p.id)).map(({ id, label, group }) => {
      const part = look[id];
      return {
        id,
        label,
        group,
        color: part?.hex ?? '#ffffff',
        metalness: part?.metalness ?? 0,
        roughness: part?.roughness ?? 1,
        finish: part?.finish ?? 'matte',
      };
    });
  }

  /** The active profile: where it came from and what it says, as applied to the model on screen (null before a model shows). */
  get activeProfile(): ActiveProfile | null {
    return this.profiles.active;
  }

  /** The colorway presets available for this model (the profile's, then the model's own variants). */
  get presets(): ReadonlyArray<{ id: string; name: string; description: string }> {
    return this.colorways.presets.map(({ id, name, description }) => ({ id, name, description }));
  }

  /**
   * Applies a preset id, a share string or a `Colorway` object (validated first).
   * Returns false, fires `error` and keeps the current look when it is rejected.
   */
  applyColorway(colorwayOrId: unknown, source: ChangeSource = 'page'): boolean {
    const applied = this.colorways.apply(colorwayOrId, source);
    if (applied) this.colorway = this.colorways.requestedId;
    return applied;
  }

  /**
   * Recolours one part. `color` is any CSS colour string; `finish` is a named finish
   * (`matte`, `satin`, `gloss`, `reflective`, `translucent`) or `{ metalness?, roughness? }`.
   */
  setPartColor(part: string, color: string, finish?: string | { metalness?: number; roughness?: number }, source: ChangeSource = 'page'): boolean {
    const applied = this.colorways.setPart(part, color, finish, source);
    if (applied) this.colorway = this.colorways.currentId;
    return applied;
  }

  /** The current look as `Colorway` JSON; `applyColorway` takes it back unchanged. */
  exportColorway(): ExportedColorway {
    return this.colorways.export();
  }

  /**
   * A link to `base` (default: this page) whose `colorway` query parameter holds the current
   * look; `applyShareUrl` on that page shows the same look.
   */
  shareUrl(base: string = location.href): string {
    const url = new URL(base);
    url.searchParams.set('colorway', this.colorways.shareString());
    return url.href;
  }

  /** Shows the look from a link made by `shareUrl` (default: this page's URL). Returns false if it has none or it is rejected. */
  applyShareUrl(url: string = location.href): boolean {
    const value = new URL(url, document.baseURI).searchParams.get('colorway');
    return value ? this.applyColorway(value) : false;
  }

  /** Moves the camera back to the model's default view (animated unless the user prefers reduced motion). */
  resetCamera(): void {
    this.stageController.stage?.rig.reset();
    this.stageController.stage?.requestRender();
  }

  /**
   * Opens the callout `id`: shows its panel, turns the camera to its part (animated unless the
   * user prefers reduced motion) and highlights the part. An unknown id fires `error`
   * (type `annotation`) and changes nothing.
   */
  openAnnotation(id: string): void {
    this.annotationController.open(id, 'page');
  }

  /** Closes the open callout, if any. */
  closeAnnotation(): void {
    this.annotationController.close('page');
  }

  /** The id of the open callout, or null. */
  get openAnnotationId(): string | null {
    return this.annotationController.openId;
  }

  /**
   * Turns the camera toward a part (animated unless the user prefers reduced motion).
   * An id the loaded model does not have fires `error` (type `validation`).
   */
  focusPart(part: string): void {
    if (!this.stageController.shownUrl) return;
    if (!this.partsController.focusPart(part)) this.onUnknownPart(String(part));
  }

  /**
   * Highlights a part (a tinted overlay, as when the user clicks it) chosen in the page's own
   * UI; null clears the highlight. Does not fire `part-select` (that is for the user's
   * choices) and does not move the camera (see `focusPart`). Called before a model is on
   * screen, it applies when the model shows. A part the model does not have fires `error`
   * (type `validation`), keeps the current highlight and returns false.
   */
  highlightPart(part: string | null): boolean {
    return this.partsController.highlightPart(part == null ? null : String(part));
  }

  /** The highlighted part's id (clicked, chosen in the parts list, set by `highlightPart` or an open callout's), or null. */
  get highlightedPart(): string | null {
    return this.partsController.highlighted;
  }

  /** A PNG of the current view. */
  toBlob(options: { type?: string; quality?: number } = {}): Promise<Blob | null> {
    return new Promise((resolve) => {
      if (!this.canvas) return resolve(null);
      this.canvas.toBlob(resolve, options.type ?? 'image/png', options.quality);
    });
  }

  protected override render() {
    const model = this.profiles.active ? this.profiles.active.name : KAYANO14_PROFILE.name;
    const label = this.alt ?? `Interactive 3D view of ${model ? `the ${model}` : 'a shoe'}, ${this.colorways.currentLook.name}.`;
    const hint = this.cameraControls ? ' Drag or use the arrow keys to turn it, plus and minus to zoom.' : '';
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
      ${this.partsList ? this.partsController.renderList() : nothing} ${this.partsController.renderLabel()} ${this.annotationController.render()}
      <img class="poster" part="poster" alt="" src=${this.poster ?? ''} ?hidden=${!this.poster || this.shown} />
      <div
        class="progress"
        part="progress"
        ?hidden=${!this.stageController.loadingUrl}
      ></div>
      <div class="status" part="status" role="status">${this.statusMessage}</div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new model or profile may bring presets of its own: a colorway naming one waits for it.
    if (changed.has('src') || changed.has('profile')) this.colorways.expectModel();
    // Before this update's render and the stage's sync: a message about the new model (an error
    // reported while it syncs) must not be wiped by the src change that asked for it.
    if (changed.has('src')) this.statusMessage = '';
    if (changed.has('colorway') && this.colorway && this.colorway !== this.colorways.currentId) {
      // A rejected look keeps the current one, and the attribute says which that is.
      if (!this.colorways.apply(this.colorway, 'page')) this.colorway = this.colorways.currentId;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('profile')) this.profiles.setPageProfile(this.profile);
    if (changed.has('exploded')) this.partsController.setExploded();
    // Set from script, not as a style="" attribute in the template: a strict CSP (style-src 'self') blocks those.
    if (this.progressBar) {
      const progress = this.progress;
      const fraction = progress && progress.total ? Math.min(1, progress.loaded / progress.total) : 0.3;
      this.progressBar.style.transform = `scaleX(${fraction})`;
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.stageController.stage?.rig.handleKey(event)) {
      event.preventDefault();
      this.stageController.stage.requestRender();
    }
  }

  /** @internal */
  loadFeature<T>(feature: Lazy<T>, what: string, use: (module: T) => void): void {
    if (feature.value) return use(feature.value);
    if (this.featureLoads.has(feature)) return;
    const done: Promise<void> = feature
      .load()
      .then(use, (cause: unknown) => {
        const reason = String((cause as Error)?.message ?? cause);
        this.emit('error', { type: 'network', message: `The ${what} could not be loaded: ${reason}`, cause });
      })
      // A bug in `use` surfaces as an uncaught error, and never holds up updateComplete or a model load.
      .catch((error: unknown) => reportError(error))
      .finally(() => this.pendingFeatures.delete(done));
    this.featureLoads.set(feature, done);
    this.pendingFeatures.add(done);
  }

  /** @internal Resolves once no feature nor the page's profile is on its way (a model is shown only then). */
  async featuresReady(): Promise<void> {
    await this.profiles.ready();
    while (this.pendingFeatures.size > 0) await Promise.all(this.pendingFeatures);
  }

  /** Also waits for features imported on first use, and for the update that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingFeatures.size > 0) {
      await this.featuresReady();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** @internal */
  onLoadProgress(progress: FetchProgress): void {
    this.progress = progress;
    this.emit('progress', { loaded: progress.loaded, total: progress.total });
  }

  /** @internal */
  onModelLoaded(url: string, model: Object3D): void {
    this.statusMessage = '';
    this.profiles.modelLoaded(url, model);
  }

  /** The profile in use changed (a new model, or a new `profile` for the one shown): everything follows it. */
  private onProfileApplied(active: ActiveProfile, loadMaterial: LoadMeshMaterial | null, replaceAnnotations: boolean): void {
    const stage = this.stageController.stage;
    if (!stage?.model) return;
    this.colorways.modelLoaded(active, loadMaterial);
    if (this.interaction) this.partsController.modelLoaded(stage.model, this.interaction, active);
    // A list the page set stays until src or profile changes.
    if (replaceAnnotations || this.annotationData === this.profileAnnotations) {
      this.profileAnnotations = active.annotations;
      this.annotationData = active.annotations;
    }
    this.annotationController.modelChanged();
    if (this.colorway !== undefined && this.colorway !== this.colorways.currentId) this.colorway = this.colorways.currentId;
    this.requestUpdate();
  }

  /** The callouts the element last took from a profile (the Kayano 14's at first). */
  private profileAnnotations: readonly AnnotationData[] = KAYANO14_ANNOTATIONS;

  /** @internal */
  onPartPicked(part: string): void {
    this.emit('part-select', { part });
  }

  /** @internal */
  onUnknownPart(part: string): void {
    this.emit('error', { type: 'validation', message: `The model has no part ${quoteForMessage(part)}.` });
  }

  /** How the callouts reach the 3D scene. */
  private annotationScene(): AnnotationScene {
    const element = this;
    const stage = () => this.stageController.stage;
    const parts = () => this.partsController;
    const anchorOf = (annotation: AnnotationData, out: Vector3) => {
      if (!annotation.anchor) return parts().centreOf(annotation.part, out);
      out.set(...annotation.anchor);
      stage()?.model?.localToWorld(out);
      // Anchors ride along with their part in the exploded view.
      return out.add(this.partsController.partOffset(annotation.part, scratch));
    };
    const frame = (annotation: AnnotationData, room?: ViewArea) =>
      this.partsController.focusPart(annotation.part, annotation.view, anchorOf(annotation, new Vector3()), room);
    return {
      get camera() {
        return stage()?.model ? stage()!.rig.camera : null;
      },
      anchorOf,
      anchorSearch: {
        model: () => stage()?.model ?? null,
        meshesOf: (part) => parts().meshesOf(part),
        eyes: (annotation) => {
          const pose = parts().focusPose(annotation.part, annotation.view);
          return pose ? { callout: pose.position, home: stage()?.rig.homePose.position ?? null } : null;
        },
        partOffset: (part, out) => parts().partOffset(part, out),
      },
      normalOf: (annotation, out) => {
        if (!annotation.normal) return out.set(0, 0, 0);
        out.set(...annotation.normal);
        const model = stage()?.model;
        return model ? out.transformDirection(model.matrixWorld) : out;
      },
      hasPart: (part) => this.partsController.hasPart(part),
      occluded: (point, camera) => this.partsController.occluded(point, camera),
      show: (annotation) => {
        this.partsController.highlight(annotation.part);
        frame(annotation);
      },
      frame,
      hide: () => {
        this.partsController.highlight(null);
        const rig = stage()?.rig;
        // The panel has gone: the view is centred again where the camera looks.
        rig?.moveTo({ ...rig.currentPose, area: FULL_VIEW });
        stage()?.requestRender();
      },
      get fallbackFocus() {
        return element.interaction ?? null;
      },
      opened: (id) => this.emit('annotation-open', { id }),
      closed: (id) => this.emit('annotation-close', { id }),
      unknown: (id) => this.emit('error', { type: 'annotation', message: `There is no annotation ${JSON.stringify(String(id))}.` }),
    };
  }

  /** @internal */
  get reducedMotion(): boolean {
    return this.stageController.reducedMotion;
  }

  /** @internal */
  requestFrame(): void {
    this.stageController.stage?.requestRender();
  }

  /** @internal */
  onColorwayChange(colorway: ExportedColorway, source: ChangeSource): void {
    // Fired after the element has updated, so listeners see the new `colorway` attribute.
    this.updateComplete.then(() => this.emit('colorway-change', { colorway, source }));
  }

  /** @internal */
  onModelShown(url: string): void {
    this.shown = true;
    this.progress = null;
    this.emit('load', { src: url });
  }

  /** @internal */
  onModelFailed(): void {
    this.colorways.modelFailed();
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
    this.annotationController.onFrame();
  }

  /** How many frames this viewer has drawn: a diagnostic for tests and benchmarks (frames are drawn on demand). */
  get framesDrawn(): number {
    return this.frames;
  }

  /** Fires one of the events listed in the class comment (`error` does not bubble; see `fireViewerEvent`). */
  private emit<K extends ShoeViewerEventName>(type: K, detail: ShoeViewerEventDetails[K]): void {
    fireViewerEvent(this, type, detail);
  }
}

const scratch = new Vector3();

declare global {
  interface HTMLElementTagNameMap {
    'shoe-viewer': ShoeViewer;
  }
}
