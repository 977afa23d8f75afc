import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Box3, Raycaster, Sphere, Vector3, type Camera, type Mesh, type Object3D } from 'three';
import type { Vec3Tuple } from '../annotations/types.js';
import type { CameraPose, ViewArea } from '../stage/camera-rig.js';
import { Lazy, type FeatureHost } from '../lazy.js';
import type { ActiveProfile } from '../profile/active-profile.js';
import type { ExplodedView } from '../stage/exploded-view.js';
import { isOverlay } from '../stage/model-parts.js';
import { PartsList, type PartsListItem } from '../parts/parts-list.js';
import { PartHighlight } from '../stage/part-highlight.js';
import { PartPicker } from '../stage/part-picker.js';
import type { Stage } from '../stage/stage.js';

const DEFAULT_ACCENT = '#1f4fa8';

/** The exploded view: imported the first time `exploded` is above 0. */
const explodedViews = new Lazy(() => import('./exploded-feature.js'));

/** What the parts controller needs from the element. */
export interface PartsHost extends ReactiveControllerHost, HTMLElement, FeatureHost {
  readonly exploded: number;
  readonly reducedMotion: boolean;
  /** The user clicked or tapped a part, or chose one in the parts list. */
  onPartPicked(part: string): void;
  /** The page asked to highlight a part the model on screen does not have. */
  onUnknownPart(part: string): void;
}

/**
 * The model's parts as things to point at: picking by click or tap with a hover
 * label, the same choice by keyboard in the parts list, the highlight overlay (also
 * set by the page), camera moves to a part, the exploded view, and where a point on
 * a part is now (for the callouts). Rebuilt for each model and stage.
 */
export class PartsController implements ReactiveController {
  private stage: Stage | null = null;
  private parts: ReadonlyMap<string, readonly Mesh[]> = new Map();
  /** Each part mesh's part id (what picking reports). */
  private partOfMesh = new Map<Mesh, string>();
  private labels = new Map<string, string>();
  /** The profile's exploded offsets (model coordinates; `builtin`: the feature's table) and the model root that places them. */
  private explodedOffsets: { offsets: ActiveProfile['exploded']; root: Object3D } | null = null;
  private exploded: ExplodedView | null = null;
  private highlighter: PartHighlight | null = null;
  private picker: PartPicker | null = null;
  private raycaster = new Raycaster();
  private disposeTimer = 0;
  /** A highlight the page asked for before a model was on screen; undefined: none. */
  private pending: string | null | undefined = undefined;
  private list: PartsList;

  constructor(
    private host: PartsHost,
    private getStage: () => Stage | null,
  ) {
    host.addController(this);
    // A part chosen in the list takes the same path as a click on it.
    this.list = new PartsList(host, (part) => this.picked(part));
  }

  hostConnected(): void {
    clearTimeout(this.disposeTimer);
  }

  hostDisconnected(): void {
    // The stage outlives a move in the DOM (disconnect + connect in one task); so do we.
    clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => {
      if (!this.host.isConnected) this.detach();
    }, 0);
  }

  /** The hover label; positioned and filled in directly as the mouse moves. */
  renderLabel() {
    return html`<div class="part-label" part="part-label" aria-hidden="true" hidden></div>`;
  }

  /** The keyboard parts list (nothing until a model with parts is on screen). */
  renderList() {
    return this.list.render(this.listItems(), this.highlighted);
  }

  /** The model's parts in the profile's order, with their labels. */
  private listItems(): PartsListItem[] {
    return [...this.parts.keys()].map((id) => ({ id, label: this.labelOf(id) }));
  }

  /**
   * Sets up picking, highlighting and the exploded view for a newly shown model (`model` is
   * the stage's root, which turns the model's own coordinates into the view's), or for a
   * new profile on the model shown.
   */
  modelLoaded(model: Object3D, interaction: HTMLElement, profile: ActiveProfile): void {
    const stage = this.getStage();
    if (!stage) return;
    // The page's request waiting for a model, else the part highlighted on the last one.
    const requested = this.pending;
    const carried = this.highlighted;
    this.pending = undefined;
    if (stage !== this.stage) this.detach();
    else this.detachModel();
    this.stage = stage;
    model.updateWorldMatrix(true, true);
    this.parts = profile.meshes;
    this.partOfMesh = new Map([...profile.meshes].flatMap(([id, meshes]) => meshes.map((mesh) => [mesh, id] as const)));
    this.labels = new Map(profile.parts.map((p) => [p.id, p.label]));
    this.explodedOffsets = { offsets: profile.exploded, root: model };
    this.highlighter = new PartHighlight(() => stage.requestRender());
    stage.addAnimator(this.highlighter);
    this.syncExploded(false);
    this.picker ??= new PartPicker(
      interaction,
      {
        camera: stage.rig.camera,
        get model() {
          return stage.model;
        },
        partOf: (mesh) => this.partOfMesh.get(mesh) ?? null,
      },
      { onPick: (part) => this.picked(part), onHover: (part, x, y) => this.hovered(part, x, y) },
    );
    if (requested !== undefined) this.highlightPart(requested);
    else if (carried && this.parts.has(carried)) this.highlight(carried);
    this.host.requestUpdate();
  }

  /** The part ids of the model on screen. */
  get partIds(): string[] {
    return [...this.parts.keys()];
  }

  hasPart(part: string): boolean {
    return this.parts.has(part);
  }

  /** Human name of a part. */
  labelOf(part: string): string {
    return this.labels.get(part) ?? part.replace(/_/g, ' ');
  }

  /** The part at a point of the surface (client coordinates), as a click there would pick it. */
  partAt(clientX: number, clientY: number): string | null {
    return this.picker?.partAt(clientX, clientY) ?? null;
  }

  /** Moves the exploded view to the host's `exploded` amount (animated unless reduced motion). */
  setExploded(): void {
    this.syncExploded(!this.host.reducedMotion);
  }

  /**
   * Brings the parts to the host's `exploded` amount. Assembled, nothing moves, so the
   * exploded view is imported only when the amount is first above 0 (the stage shows a model
   * once it has arrived, so an `exploded` set before the load applies from the first frame).
   */
  private syncExploded(animate: boolean): void {
    if (this.exploded) return this.exploded.set(this.host.exploded, animate);
    if (this.host.exploded === 0) return;
    this.host.loadFeature(explodedViews, 'exploded view', ({ ExplodedView, BUILTIN_EXPLODED_OFFSETS }) => {
      const stage = this.stage;
      if (!stage || this.exploded || !this.highlighter) return; // no model yet: its load comes back here
      this.exploded = new ExplodedView(this.parts, this.worldOffsets(BUILTIN_EXPLODED_OFFSETS), () => stage.invalidateShadow());
      stage.addAnimator(this.exploded);
      this.exploded.set(this.host.exploded, animate);
    });
  }

  /** The exploded offsets in world space: the profile gives them in model coordinates. */
  private worldOffsets(builtin: Readonly<Record<string, Vec3Tuple>>): Record<string, Vec3Tuple> {
    if (!this.explodedOffsets) return {};
    const { offsets, root } = this.explodedOffsets;
    root.updateWorldMatrix(true, false);
    const origin = root.localToWorld(new Vector3());
    const table = offsets === 'builtin' ? builtin : offsets;
    return Object.fromEntries(Object.entries(table).map(([id, offset]) => [id, root.localToWorld(new Vector3(...offset)).sub(origin).toArray()]));
  }

  /** Offset of `part` from its assembled place now, in world space. */
  partOffset(part: string, out = new Vector3()): Vector3 {
    return this.exploded ? this.exploded.offsetOf(part, out) : out.set(0, 0, 0);
  }

  /** Tints a part (null: none), with a short pulse unless reduced motion. */
  highlight(part: string | null): void {
    const highlighter = this.highlighter;
    if (!highlighter) return;
    const before = highlighter.part;
    const meshes = part ? this.parts.get(part) : undefined;
    if (!part || !meshes) {
      highlighter.clear();
    } else {
      const accent = getComputedStyle(this.host).getPropertyValue('--shoe-viewer-accent').trim() || DEFAULT_ACCENT;
      highlighter.show(part, meshes, accent, !this.host.reducedMotion);
    }
    if (highlighter.part !== before) {
      // The parts list marks the highlighted part, and Tab into it lands there.
      this.list.follow(highlighter.part);
      this.host.requestUpdate();
    }
  }

  /**
   * The page's highlight: `part` tinted as a click would (without `part-select`), null
   * clears. Before a model is on screen the request waits for it. A part the model does
   * not have is reported through `onUnknownPart` and keeps the current highlight.
   */
  highlightPart(part: string | null): boolean {
    if (!this.highlighter) {
      this.pending = part;
      return true;
    }
    if (part !== null && !this.parts.has(part)) {
      this.host.onUnknownPart(part);
      return false;
    }
    this.highlight(part);
    return true;
  }

  /** The highlighted part, if any. */
  get highlighted(): string | null {
    return this.highlighter?.part ?? null;
  }

  /**
   * Turns the camera to look at `part` from `view` (default: the current direction),
   * close enough to fill much of the view with it. `target` overrides where it looks;
   * `area` frames it in that part of the view (what an open callout panel leaves).
   * Returns false when the model has no such part.
   */
  focusPart(part: string, view?: Vec3Tuple, target?: Vector3, area?: ViewArea): boolean {
    const pose = this.focusPose(part, view, target, area);
    if (!pose) return false;
    this.stage!.rig.moveTo(pose);
    this.stage!.requestRender();
    return true;
  }

  /** The pose `focusPart` moves to, or null when the model has no such part. */
  focusPose(part: string, view?: Vec3Tuple, target?: Vector3, area?: ViewArea): CameraPose | null {
    const stage = this.stage;
    const meshes = this.parts.get(part);
    if (!stage || !stage.model || (!meshes && !target)) return null;
    const box = new Box3();
    for (const mesh of meshes ?? []) box.expandByObject(mesh);
    if (box.isEmpty()) box.expandByPoint(target!);
    const partSphere = box.getBoundingSphere(new Sphere());
    const modelRadius = stage.modelBounds().getBoundingSphere(new Sphere()).radius;
    const rig = stage.rig;
    // A profile's view is in model coordinates; the stage's root turns it into the view's.
    const direction = view
      ? new Vector3(...view).transformDirection(stage.model.matrixWorld)
      : rig.camera.position.clone().sub(rig.controls.target).normalize();
    // Closer than the full-model view, but not so close that a small part fills the screen.
    // In a smaller room (beside a callout panel) less of the model around the part is shown.
    const room = area ? Math.max(0.5, Math.min(1, area.width, area.height)) : 1;
    const radius = Math.min(modelRadius, Math.max(partSphere.radius * 1.4, modelRadius * 0.55 * room));
    return rig.poseFor(target ?? partSphere.center, radius, direction, area);
  }

  /** The middle of a part's bounds now, world space (the model's origin when it lacks the part). */
  centreOf(part: string, out = new Vector3()): Vector3 {
    const box = new Box3();
    for (const mesh of this.parts.get(part) ?? []) box.expandByObject(mesh);
    return box.isEmpty() ? out.set(0, 0, 0) : box.getCenter(out);
  }

  /** The meshes of a part (empty when the model on screen lacks it). */
  meshesOf(part: string): readonly Mesh[] {
    return this.parts.get(part) ?? [];
  }

  /** Whether something of the model lies between the camera and `point` (world space). */
  occluded(point: Vector3, camera: Camera): boolean {
    const model = this.stage?.model;
    if (!model) return false;
    const origin = camera.getWorldPosition(new Vector3());
    const direction = point.clone().sub(origin);
    const distance = direction.length();
    this.raycaster.set(origin, direction.normalize());
    this.raycaster.near = 0;
    // Hits within 2 mm (or 1 %) of the anchor are the anchor's own surface.
    this.raycaster.far = distance - Math.max(0.002, distance * 0.01);
    if (this.raycaster.far <= 0) return false;
    for (const hit of this.raycaster.intersectObject(model, true)) {
      if (!isOverlay(hit.object) && hit.object.visible) return true;
    }
    return false;
  }

  private picked(part: string | null): void {
    this.highlight(part);
    if (part) this.host.onPartPicked(part);
  }

  private hovered(part: string | null, x: number, y: number): void {
    const label = this.host.shadowRoot?.querySelector<HTMLElement>('.part-label');
    const surface = this.host.shadowRoot?.querySelector<HTMLElement>('.surface');
    // A pointer cursor says "this can be clicked"; dragging keeps the grab cursor from the styles.
    if (surface) surface.style.cursor = part ? 'pointer' : '';
    if (!label) return;
    if (!part) {
      label.hidden = true;
      return;
    }
    label.textContent = this.labelOf(part);
    label.hidden = false;
    // Beside the pointer, flipped to its other side near the right and bottom edges so it stays inside.
    const left = x + 14 + label.offsetWidth > this.host.clientWidth ? x - 10 - label.offsetWidth : x + 14;
    const top = y + 16 + label.offsetHeight > this.host.clientHeight ? y - 10 - label.offsetHeight : y + 16;
    label.style.transform = `translate(${Math.round(Math.max(0, left))}px, ${Math.round(Math.max(0, top))}px)`;
  }

  private detachModel(): void {
    if (this.stage) {
      if (this.exploded) this.stage.removeAnimator(this.exploded);
      if (this.highlighter) this.stage.removeAnimator(this.highlighter);
    }
    this.exploded?.dispose();
    this.highlighter?.dispose();
    this.exploded = null;
    this.highlighter = null;
    this.parts = new Map();
    this.partOfMesh = new Map();
  }

  private detach(): void {
    this.detachModel();
    this.picker?.dispose();
    this.picker = null;
    this.stage = null;
  }
}
