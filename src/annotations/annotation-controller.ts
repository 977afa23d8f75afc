import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Vector3, type Camera } from 'three';
import { facesCamera, projectAnchor } from './projection.js';
import type { AnnotationData } from './types.js';

/** Occlusion raycasts per drawn frame while the view moves: a few, round-robin, to keep frames cheap. */
const OCCLUSION_PER_FRAME = 3;
/** After the last frame, every anchor is checked once more (ms). */
const OCCLUSION_SETTLE = 120;

/** What the callouts need from the element. */
export interface AnnotationHost extends ReactiveControllerHost, HTMLElement {
  /** Whether hotspots are shown. */
  readonly annotations: boolean;
  /** The callouts of the model on screen. */
  readonly annotationData: readonly AnnotationData[];
}

/** What the callouts need from the 3D scene. */
export interface AnnotationScene {
  /** The camera of the last drawn frame, or null before there is one. */
  readonly camera: Camera | null;
  /** Where a callout's anchor is now in world space (parts move in the exploded view). */
  anchorOf(annotation: AnnotationData, out: Vector3): Vector3;
  /** Whether the model on screen has this part (callouts about parts it lacks stay hidden). */
  hasPart(part: string): boolean;
  /** Whether the model hides `point` from the camera. */
  occluded(point: Vector3, camera: Camera): boolean;
  /** A callout opened: show its part (camera move and highlight). */
  show(annotation: AnnotationData): void;
  /** The open callout closed. */
  hide(annotation: AnnotationData): void;
  /** Where focus goes when the hotspot to return to is gone or hidden. */
  readonly fallbackFocus: HTMLElement | null;
  /** Events, fired by the element. */
  opened(id: string): void;
  closed(id: string): void;
  unknown(id: string): void;
}

type Source = 'user' | 'page';

/**
 * The technology callouts: numbered hotspot buttons over the canvas that follow
 * their anchors every frame (moved by style, not by re-rendering), fade out and
 * disable when their anchor faces away or is hidden by the model, and a panel
 * with the open callout's title and text.
 */
export class AnnotationController implements ReactiveController {
  /** Id of the open callout, or null. */
  openId: string | null = null;
  private openSource: Source = 'page';
  private hotspots = new Map<string, HTMLButtonElement>();
  private occludedIds = new Set<string>();
  private occlusionCursor = 0;
  private occlusionTimer = 0;
  private point = new Vector3();
  private normal = new Vector3();
  private cameraPosition = new Vector3();
  private wasShowing = false;

  constructor(
    private host: AnnotationHost,
    private scene: AnnotationScene,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    clearTimeout(this.occlusionTimer);
  }

  hostUpdate(): void {
    // Before render, so a callout closed here disappears in this update instead of scheduling another.
    const showing = this.host.annotations;
    if (this.wasShowing !== showing) {
      this.wasShowing = showing;
      // Hotspots switched off: an open callout goes with them.
      if (!showing && this.openId) this.close('page');
      this.occludedIds.clear();
    }
    if (this.openId && !this.find(this.openId)) this.close('page');
  }

  hostUpdated(): void {
    this.hotspots.clear();
    for (const button of this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.hotspot') ?? []) {
      this.hotspots.set(button.dataset.id!, button);
    }
    this.position();
  }

  private find(id: string): AnnotationData | undefined {
    return this.host.annotationData.find((a) => a.id === id);
  }

  /** Opens a callout. Unknown ids are reported and change nothing. */
  open(id: string, source: Source = 'page'): boolean {
    const annotation = this.find(id);
    if (!annotation) {
      this.scene.unknown(id);
      return false;
    }
    if (this.openId && this.openId !== id) this.close(source, false);
    const already = this.openId === id;
    this.openId = id;
    this.openSource = source;
    this.scene.show(annotation);
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      if (this.openId !== id) return;
      if (source === 'user') this.panel()?.focus();
      if (!already) this.scene.opened(id);
    });
    return true;
  }

  /** Closes the open callout; focus returns to its hotspot if it was in the callout's hands. */
  close(source: Source = 'page', restoreFocus = true): void {
    const id = this.openId;
    if (!id) return;
    const panel = this.panel();
    const focusInside = !!panel && panel.contains(this.host.shadowRoot?.activeElement ?? null);
    const annotation = this.find(id);
    this.openId = null;
    if (annotation) this.scene.hide(annotation);
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      if (restoreFocus && (source === 'user' || focusInside)) {
        const hotspot = this.host.shadowRoot?.querySelector<HTMLButtonElement>(`.hotspot[data-id="${CSS.escape(id)}"]`);
        (hotspot && !hotspot.disabled ? hotspot : this.scene.fallbackFocus)?.focus();
      }
      this.scene.closed(id);
    });
  }

  /** A new model is on screen: the open callout turns the camera to its part again. */
  modelChanged(): void {
    this.occludedIds.clear();
    const open = this.openId ? this.find(this.openId) : undefined;
    if (open) this.scene.show(open);
  }

  private panel(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.annotation-panel') ?? null;
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.openId) return;
    event.preventDefault();
    event.stopPropagation();
    this.close('user');
  };

  /** Moves the hotspots to their anchors and updates their visibility: call after every drawn frame. */
  onFrame(): void {
    if (!this.host.annotations || this.hotspots.size === 0) return;
    this.checkOcclusion(OCCLUSION_PER_FRAME);
    this.position();
    // Once the view rests, bring every anchor up to date.
    clearTimeout(this.occlusionTimer);
    this.occlusionTimer = window.setTimeout(() => {
      this.checkOcclusion(Infinity);
      this.position();
    }, OCCLUSION_SETTLE);
  }

  /** Raycasts up to `count` anchors, continuing where the last call stopped. */
  private checkOcclusion(count: number): void {
    const camera = this.scene.camera;
    const data = this.host.annotationData;
    if (!camera || data.length === 0) return;
    const n = Math.min(count, data.length);
    for (let i = 0; i < n; i++) {
      const annotation = data[this.occlusionCursor++ % data.length]!;
      if (!this.hotspots.has(annotation.id)) continue;
      if (this.scene.occluded(this.scene.anchorOf(annotation, this.point), camera)) this.occludedIds.add(annotation.id);
      else this.occludedIds.delete(annotation.id);
    }
  }

  private position(): void {
    const camera = this.scene.camera;
    if (!camera || this.hotspots.size === 0) return;
    const width = this.host.clientWidth;
    const height = this.host.clientHeight;
    camera.getWorldPosition(this.cameraPosition);
    for (const annotation of this.host.annotationData) {
      const button = this.hotspots.get(annotation.id);
      if (!button) continue;
      const anchor = this.scene.anchorOf(annotation, this.point);
      const screen = projectAnchor(anchor, camera, width, height);
      this.normal.set(...annotation.normal);
      const onScreen = screen.inFront && screen.x >= 0 && screen.y >= 0 && screen.x <= width && screen.y <= height;
      const visible =
        onScreen &&
        this.scene.hasPart(annotation.part) &&
        facesCamera(anchor, this.normal, this.cameraPosition) && !this.occludedIds.has(annotation.id);
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

  /** The hotspots and the panel, for the element's template. */
  render() {
    const data = this.host.annotationData;
    const open = this.openId ? this.find(this.openId) : undefined;
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
              @click=${() => this.open(a.id, 'user')}
            >
              ${i + 1}
            </button>`,
          )}
        </div>`
      : nothing;
    const panel = open
      ? html`<section
          class="annotation-panel"
          part="annotation-panel"
          role="dialog"
          aria-labelledby="annotation-title"
          tabindex="-1"
        >
          <h2 id="annotation-title" class="annotation-title" part="annotation-title">${open.title}</h2>
          <div class="annotation-body" part="annotation-body"><slot name=${`annotation-${open.id}`}>${open.body}</slot></div>
          <button type="button" class="annotation-close" part="annotation-close" aria-label="Close" @click=${() => this.close('user')}>
            ×
          </button>
        </section>`
      : nothing;
    // Opened by the page, focus stays where it is: a live region says what appeared.
    const announcement = open && this.openSource === 'page' ? open.title : '';
    return html`${hotspots}${panel}<div class="visually-hidden" aria-live="polite">${announcement}</div>`;
  }
}
