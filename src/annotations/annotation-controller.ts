import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Camera, Vector3 } from 'three';
import { Lazy, type FeatureHost } from '../lazy.js';
import type { ViewArea } from '../stage/camera-rig.js';
import type { CalloutSurfaceScene } from './callout-surfaces.js';
import type { AnnotationView } from './annotation-view.js';
import type { AnnotationData } from './types.js';

/** The hotspots, the panel and their styles: imported when callouts are first shown or opened. */
const views = new Lazy(() => import('./annotation-view.js'));

/** What the callouts need from the element. */
export interface AnnotationHost extends ReactiveControllerHost, HTMLElement, FeatureHost {
  /** Whether hotspots are shown. */
  readonly annotations: boolean;
  /** The callouts of the model on screen. */
  readonly annotationData: readonly AnnotationData[];
}

/** What the callouts need from the 3D scene. */
export interface AnnotationScene {
  /** The camera of the last drawn frame, or null before there is one. */
  readonly camera: Camera | null;
  /**
   * Where a callout's anchor is now in world space (parts move in the exploded view); for a
   * callout without one (not yet found), the middle of its part.
   */
  anchorOf(annotation: AnnotationData, out: Vector3): Vector3;
  /** What the callouts view needs to find anchors a profile leaves out. */
  readonly anchorSearch: CalloutSurfaceScene;
  /** The callout's normal in world space (a profile gives it in model coordinates); zero when it has none. */
  normalOf(annotation: AnnotationData, out: Vector3): Vector3;
  /** Whether the model on screen has this part (callouts about parts it lacks stay hidden). */
  hasPart(part: string): boolean;
  /** Whether the model hides `point` from the camera. */
  occluded(point: Vector3, camera: Camera): boolean;
  /** A callout opened: show its part (camera move and highlight). */
  show(annotation: AnnotationData): void;
  /** Turns the camera to the open callout's part again, framing it in `room` (what its panel leaves of the view). */
  frame(annotation: AnnotationData, room: ViewArea): void;
  /** The open callout closed: the highlight goes and the view is centred again. */
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
 * The technology callouts: which one is open, opening and closing it (camera, highlight,
 * events, focus, Escape) and the live region that announces a callout the page opened. What
 * is drawn over the model (hotspots, panel, their styles) is the `AnnotationView`, imported
 * the first time `annotations` is on or a callout opens; `updateComplete` waits for it, so
 * by the time `annotation-open` fires its panel is in the shadow root.
 */
export class AnnotationController implements ReactiveController {
  /** Id of the open callout, or null. */
  openId: string | null = null;
  private openSource: Source = 'page';
  private wasShowing = false;
  private view: AnnotationView | null = null;

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
    this.view?.disconnected();
  }

  hostUpdate(): void {
    // Before render, so a callout closed here disappears in this update instead of scheduling another.
    const showing = this.host.annotations;
    if (this.wasShowing !== showing) {
      this.wasShowing = showing;
      // Hotspots switched off: an open callout goes with them.
      if (!showing && this.openId) this.close('page');
      this.view?.reset();
    }
    if (this.openId && !this.find(this.openId)) this.close('page');
    if (!this.view && (showing || this.openId)) {
      this.host.loadFeature(views, 'callouts', ({ AnnotationView }) => {
        this.view ??= new AnnotationView(this.host, this.scene, this);
        this.host.requestUpdate();
      });
    }
  }

  hostUpdated(): void {
    this.view?.updated();
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
    this.scene.show(this.view?.resolve(annotation) ?? annotation);
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
    this.view?.reset();
    const open = this.openId ? this.find(this.openId) : undefined;
    if (open) this.scene.show(this.view?.resolve(open) ?? open);
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
    this.view?.onFrame();
  }

  /** The hotspots and the panel (once their view has arrived) and the live region, for the element's template. */
  render() {
    const open = this.openId ? this.find(this.openId) : undefined;
    // Opened by the page, focus stays where it is: a live region says what appeared.
    const announcement = open && this.openSource === 'page' ? open.title : '';
    return html`${this.view ? this.view.render(open) : nothing}<div class="visually-hidden" aria-live="polite">${announcement}</div>`;
  }
}
