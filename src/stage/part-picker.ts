import { Raycaster, Vector2, type Camera, type Mesh, type Object3D } from 'three';
import { isOverlay } from './model-parts.js';

/** Farther than this (CSS px) between press and release is a drag, not a pick. */
const DRAG_PX = 5;
/** Held longer than this (ms) is a press-and-hold, not a pick. */
const HOLD_MS = 600;

export interface PickerSource {
  readonly camera: Camera;
  readonly model: Object3D | null;
  /** The part id of a mesh under the pointer, or null when it is not a part. */
  partOf(mesh: Mesh): string | null;
}

export interface PickerHandlers {
  /** A click or tap on the model: the part under it, or null for empty space. */
  onPick(part: string | null): void;
  /** The mouse is over `part` (null: over nothing), at (x, y) CSS px from the surface's top-left. */
  onHover(part: string | null, x: number, y: number): void;
}

/**
 * Turns clicks and taps on the viewer's surface into part picks by raycasting the
 * model, and mouse hovers into hover reports. A press that moves more than a few
 * pixels or is held is the user orbiting, and picks nothing.
 */
export class PartPicker {
  private raycaster = new Raycaster();
  private press: { id: number; x: number; y: number; time: number; moved: boolean } | null = null;
  private hoverFrame = 0;
  private lastHover: PointerEvent | null = null;

  constructor(
    private surface: HTMLElement,
    private source: PickerSource,
    private handlers: PickerHandlers,
  ) {
    surface.addEventListener('pointerdown', this.onDown);
    surface.addEventListener('pointermove', this.onMove);
    surface.addEventListener('pointerup', this.onUp);
    surface.addEventListener('pointercancel', this.onCancel);
    surface.addEventListener('pointerleave', this.onLeave);
  }

  /** The part drawn at a point of the surface (client coordinates), or null. */
  partAt(clientX: number, clientY: number): string | null {
    const model = this.source.model;
    const rect = this.surface.getBoundingClientRect();
    if (!model || rect.width === 0 || rect.height === 0) return null;
    const ndc = new Vector2(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    this.raycaster.setFromCamera(ndc, this.source.camera);
    for (const hit of this.raycaster.intersectObject(model, true)) {
      const mesh = hit.object as Mesh;
      if (!mesh.isMesh || isOverlay(mesh) || !isShown(mesh)) continue;
      return this.source.partOf(mesh);
    }
    return null;
  }

  private onDown = (event: PointerEvent): void => {
    if (!event.isPrimary || event.button !== 0) return;
    this.press = { id: event.pointerId, x: event.clientX, y: event.clientY, time: performance.now(), moved: false };
  };

  private onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (press && event.pointerId === press.id) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > DRAG_PX) press.moved = true;
      // Once per drag, not on every move of it: the label is hidden after the first.
      if (this.lastHover) this.hideHover();
      return;
    }
    if (event.pointerType !== 'mouse' || event.buttons !== 0) return;
    // One raycast per animation frame at most, however fast the mouse moves.
    this.lastHover = event;
    this.hoverFrame ||= requestAnimationFrame(this.hover);
  };

  private onUp = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.id) return;
    this.press = null;
    const moved = press.moved || Math.hypot(event.clientX - press.x, event.clientY - press.y) > DRAG_PX;
    if (moved || performance.now() - press.time > HOLD_MS) return;
    this.handlers.onPick(this.partAt(event.clientX, event.clientY));
  };

  private onCancel = (): void => {
    this.press = null;
  };

  private onLeave = (): void => {
    this.hideHover();
  };

  private hover = (): void => {
    this.hoverFrame = 0;
    const event = this.lastHover;
    if (!event) return;
    const rect = this.surface.getBoundingClientRect();
    this.handlers.onHover(this.partAt(event.clientX, event.clientY), event.clientX - rect.left, event.clientY - rect.top);
  };

  private hideHover(): void {
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = 0;
    this.lastHover = null;
    this.handlers.onHover(null, 0, 0);
  }

  dispose(): void {
    cancelAnimationFrame(this.hoverFrame);
    this.surface.removeEventListener('pointerdown', this.onDown);
    this.surface.removeEventListener('pointermove', this.onMove);
    this.surface.removeEventListener('pointerup', this.onUp);
    this.surface.removeEventListener('pointercancel', this.onCancel);
    this.surface.removeEventListener('pointerleave', this.onLeave);
  }
}

/** Whether the mesh and all its ancestors are visible. */
function isShown(object: Object3D): boolean {
  for (let node: Object3D | null = object; node; node = node.parent) if (!node.visible) return false;
  return true;
}
