import { html, nothing, type CSSResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Vector3 } from 'three';
import type { AnnotationHost, AnnotationScene } from './annotation-controller.js';
import { annotationStyles } from './annotation.styles.js';
import { facesCamera, projectAnchor } from './projection.js';
import type { AnnotationData } from './types.js';

/** Occlusion raycasts per drawn frame while the view moves: a few, round-robin, to keep frames cheap. */
const OCCLUSION_PER_FRAME = 3;
/** After the last frame, every anchor is checked once more (ms). */
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
  private point = new Vector3();
  private normal = new Vector3();
  private cameraPosition = new Vector3();

  constructor(
    private host: AnnotationHost,
    private scene: AnnotationScene,
    private actions: AnnotationActions,
  ) {
    if (host.shadowRoot) adopt(host.shadowRoot, annotationStyles);
  }

  /** Forgets which anchors were hidden (a new model, hotspots switched on or off). */
  reset(): void {
    this.occludedIds.clear();
  }

  disconnected(): void {
    clearTimeout(this.occlusionTimer);
  }

  /** After each render: finds the hotspot buttons and places them. */
  updated(): void {
    this.hotspots.clear();
    for (const button of this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('.hotspot') ?? []) {
      this.hotspots.set(button.dataset.id!, button);
    }
    this.position();
  }

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
      this.scene.normalOf(annotation, this.normal);
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

  /** The hotspots (while `annotations` is on) and the open callout's panel, for the element's template. */
  render(open: AnnotationData | undefined) {
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
          <button type="button" class="annotation-close" part="annotation-close" aria-label="Close" @click=${() => this.actions.close('user')}>
            ×
          </button>
        </section>`
      : nothing;
    return html`${hotspots}${panel}`;
  }
}
