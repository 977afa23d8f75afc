import { html, nothing, type CSSResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Vector3 } from 'three';
import type { ViewArea } from '../stage/camera-rig.js';
import type { AnnotationHost, AnnotationScene } from './annotation-controller.js';
import { annotationStyles } from './annotation.styles.js';
import { CalloutSurfaces } from './callout-surfaces.js';
import { HotspotMotion } from './hotspot-motion.js';
import { areasDiffer, roomBesidePanel } from './panel-room.js';
import { facesCamera, projectAnchor } from './projection.js';
import type { AnnotationData } from './types.js';

/**
 * While the view moves, occlusion is re-checked at most this often (ms), or sooner when the
 * camera has moved far (see `HotspotMotion`): projecting is cheap, raycasting the model is not.
 */
const OCCLUSION_INTERVAL = 100;
/** Time a round of occlusion raycasts may take in one frame while the view moves (ms): a fraction of a frame. */
const OCCLUSION_BUDGET = 2;
/** Once nothing has moved for this long (ms; longer when frames come slowly), every anchor is checked. */
const OCCLUSION_SETTLE = 120;

/** What the view asks of the callout state (`AnnotationController`). */
export interface AnnotationActions {
  open(id: string, source: 'user'): void;
  close(source: 'user'): void;
}

/** Adds a stylesheet to the element's shadow root, after the element's own styles. */
function adopt(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (![...root.querySelectorAll('style')].some((style) => style.textContent === styles.cssText)) {
    // No constructable stylesheets: a <style> ahead of what Lit renders, as Lit itself does.
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.insertBefore(style, root.firstChild);
  }
}

/**
 * The callouts on screen, imported when `annotations` is first switched on or a callout is
 * first opened (`AnnotationController` keeps which one is open): numbered hotspot buttons over
 * the canvas that follow their anchors every frame (moved by style, not by re-rendering), fade
 * out and disable when their anchor faces away or is hidden by the model, and a panel with the
 * open callout's title and text.
 */
export class AnnotationView {
  private hotspots = new Map<string, HTMLButtonElement>();
  private occludedIds = new Set<string>();
  private occlusionCursor = 0;
  private occlusionTimer = 0;
  private motion = new HotspotMotion();
  private point = new Vector3();
  private normal = new Vector3();
  private cameraPosition = new Vector3();
  /** The open callout as last rendered, and the room its panel left when the camera framed it. */
  private open: AnnotationData | undefined;
  private framed: { id: string; room: ViewArea } | null = null;
  /** Re-frames the open callout when the viewer or its panel changes size (a rotated phone, the page's slotted copy). */
  private resizes = new ResizeObserver(() => this.frameOpen());
  private observedPanel: Element | null = null;
  private observingHost = false;
  private surfaces: CalloutSurfaces;

  constructor(
    private host: AnnotationHost,
    private scene: AnnotationScene,
    private actions: AnnotationActions,
  ) {
    if (host.shadowRoot) adopt(host.shadowRoot, annotationStyles);
    this.resizes.observe(host);
    this.observingHost = true;
    this.surfaces = new CalloutSurfaces(scene.anchorSearch);
  }

  /** The callout with its anchor and normal: its own, or found on its part's visible surface. */
  resolve(annotation: AnnotationData): AnnotationData {
    return this.surfaces.resolve(annotation);
  }

  /** The callouts on screen, each resolved (see `resolve`); the same list while neither they nor the model change. */
  private get data(): readonly AnnotationData[] {
    const source = this.host.annotationData;
    const model = this.scene.anchorSearch.model();
    const memo = this.resolved;
    if (memo && memo.source === source && memo.model === model && memo.complete) return memo.list;
    const list = source.map((a) => this.surfaces.resolve(a));
    // Complete once every callout has an anchor (one without a model or a pose may find it later).
    this.resolved = { source, model, list, complete: !!model && list.every((a) => !!a.anchor) };
    return list;
  }
  private resolved: { source: readonly AnnotationData[]; model: unknown; list: readonly AnnotationData[]; complete: boolean } | null = null;

  /** Forgets which anchors were hidden and how the open callout was framed (a new model, hotspots switched on or off). */
  reset(): void {
    this.occludedIds.clear();
    this.motion.forget();
    this.framed = null;
    this.host.requestUpdate();
  }

  disconnected(): void {
    clearTimeout(this.occlusionTimer);
    this.occlusionTimer = 0;
    this.resizes.disconnect();
    this.observingHost = false;
    this.observedPanel = null;
  }

  /** After each render: finds the hotspot buttons and places them, and frames the open callout's part beside its panel. */
  updated(): void {
    this.hotspots.clear();
    for (const button of this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.hotspot') ?? []) {
      this.hotspots.set(button.dataset.id!, button);
    }
    // Observing again would report the size again: only after a disconnect.
    if (!this.observingHost && this.host.isConnected) {
      this.resizes.observe(this.host);
      this.observingHost = true;
    }
    this.frameOpen();
    this.position();
  }

  /**
   * Turns the camera so the open callout's part sits in the room its panel leaves (beside a
   * side panel, above a bottom sheet), once per callout and again only when that room
   * changes, so the user's own orbiting is left alone.
   */
  private frameOpen(): void {
    const panel = this.host.shadowRoot?.querySelector<HTMLElement>('.annotation-panel') ?? null;
    if (panel !== this.observedPanel) {
      if (this.observedPanel) this.resizes.unobserve(this.observedPanel);
      if (panel) this.resizes.observe(panel);
      this.observedPanel = panel;
    }
    const open = this.open;
    if (!open || !panel) {
      this.framed = null;
      return;
    }
    const host = this.host.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    const room = roomBesidePanel(host.width, host.height, {
      left: box.left - host.left,
      top: box.top - host.top,
      right: box.right - host.left,
      bottom: box.bottom - host.top,
    });
    if (this.framed?.id === open.id && !areasDiffer(this.framed.room, room)) return;
    this.framed = { id: open.id, room };
    this.scene.frame(this.resolve(open), room);
  }

  /**
   * Moves the hotspots to their anchors and updates their visibility: call after every drawn
   * frame. Nothing is done when neither the camera nor an anchor moved (a frame drawn for a
   * colour change); while they move, hotspots are projected every frame but occlusion is
   * re-checked only now and then, within a time budget, and in full once the view rests.
   */
  onFrame(): void {
    if (!this.host.annotations || this.hotspots.size === 0) return;
    const camera = this.scene.camera;
    if (!camera) return;
    const data = this.data;
    const moved = this.motion.changed(camera, this.host.clientWidth, this.host.clientHeight, data, (a, out) => this.scene.anchorOf(a, out));
    if (!moved) return;
    if (this.motion.occlusionDue(OCCLUSION_INTERVAL)) this.checkOcclusion(data.length, OCCLUSION_BUDGET);
    this.position();
    this.scheduleSettledCheck();
  }

  /** One timer for the check once the view rests, pushed back while frames keep coming. */
  private scheduleSettledCheck(): void {
    if (this.occlusionTimer) return;
    const wait = (ms: number) => {
      this.occlusionTimer = window.setTimeout(() => {
        const quiet = performance.now() - this.motion.lastMotion;
        const rest = this.motion.restDelay(OCCLUSION_SETTLE);
        if (quiet < rest) return wait(rest - quiet);
        this.occlusionTimer = 0;
        this.checkOcclusion(Infinity, Infinity);
        this.position();
      }, ms);
    };
    wait(OCCLUSION_SETTLE);
  }

  /** Raycasts up to `count` anchors, continuing where the last call stopped, for at most `budgetMs` (at least one). */
  private checkOcclusion(count: number, budgetMs: number): void {
    const camera = this.scene.camera;
    const data = this.data;
    if (!camera || data.length === 0) return;
    const n = Math.min(count, data.length);
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const annotation = data[this.occlusionCursor++ % data.length]!;
      if (!this.hotspots.has(annotation.id)) continue;
      if (this.scene.occluded(this.scene.anchorOf(annotation, this.point), camera)) this.occludedIds.add(annotation.id);
      else this.occludedIds.delete(annotation.id);
      this.motion.raycasts++;
      if (performance.now() - start >= budgetMs) break;
    }
    this.motion.occlusionChecked(camera);
  }

  private position(): void {
    const camera = this.scene.camera;
    if (!camera || this.hotspots.size === 0) return;
    const width = this.host.clientWidth;
    const height = this.host.clientHeight;
    camera.getWorldPosition(this.cameraPosition);
    for (const annotation of this.data) {
      const button = this.hotspots.get(annotation.id);
      if (!button) continue;
      const anchor = this.scene.anchorOf(annotation, this.point);
      const screen = projectAnchor(anchor, camera, width, height);
      this.scene.normalOf(annotation, this.normal);
      const onScreen = screen.inFront && screen.x >= 0 && screen.y >= 0 && screen.x <= width && screen.y <= height;
      // Without a normal (an anchor given alone), only occlusion hides the hotspot.
      const faces = this.normal.lengthSq() === 0 || facesCamera(anchor, this.normal, this.cameraPosition);
      const visible = onScreen && this.scene.hasPart(annotation.part) && faces && !this.occludedIds.has(annotation.id);
      button.style.transform = `translate(${screen.x.toFixed(1)}px, ${screen.y.toFixed(1)}px) translate(-50%, -50%)`;
      // State lives on the button, so buttons made by a later render start from scratch.
      if (button.dataset.visible !== String(visible)) {
        button.classList.toggle('hidden', !visible);
        // Disabled: no clicks, out of the tab order, and announced as unavailable.
        button.disabled = !visible;
        button.dataset.visible = String(visible);
      }
    }
  }

  /** The hotspots (while `annotations` is on) and the open callout's panel, for the element's template. */
  render(open: AnnotationData | undefined) {
    this.open = open;
    const data = this.host.annotationData;
    const hotspots = this.host.annotations
      ? html`<div class="hotspots" part="hotspots">
          ${repeat(
            data,
            (a) => a.id,
            // Hidden until a frame places it.
            (a, i) => html`<button
              type="button"
              class="hotspot hidden"
              part="hotspot"
              data-id=${a.id}
              data-visible="false"
              disabled
              aria-label=${`${i + 1}: ${a.title}`}
              aria-haspopup="dialog"
              aria-expanded=${open?.id === a.id ? 'true' : 'false'}
              @click=${() => this.actions.open(a.id, 'user')}
            >
              ${i + 1}
            </button>`,
          )}
        </div>`
      : nothing;
    // The layer is the container the panel's layout queries: a side panel on a wide viewer, a bottom sheet on a narrow one.
    const panel = open
      ? html`<div class="annotation-layer"><section
          class="annotation-panel"
          part="annotation-panel"
          role="dialog"
          aria-labelledby="annotation-title"
          tabindex="-1"
        >
          <h2 id="annotation-title" class="annotation-title" part="annotation-title">${open.title}</h2>
          <div class="annotation-body" part="annotation-body"><slot name=${`annotation-${open.id}`}>${open.body}</slot></div>
          <button type="button" class="annotation-close" part="annotation-close" aria-label="Close" @click=${() => this.actions.close('user')}>
            ×
          </button>
        </section></div>`
      : nothing;
    return html`${hotspots}${panel}`;
  }
}
