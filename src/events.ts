import type { ExportedColorway } from './colorway/colorway.js';
import type { ChangeSource } from './controllers/colorway-controller.js';
import type { ViewerErrorDetail } from './loading/viewer-error.js';

/** The `detail` of each event `<shoe-viewer>` fires. */
export interface ShoeViewerEventDetails {
  load: { src: string };
  progress: { loaded: number; total: number };
  error: ViewerErrorDetail;
  'colorway-change': { colorway: ExportedColorway; source: ChangeSource };
  'part-select': { part: string };
  'annotation-open': { id: string };
  'annotation-close': { id: string };
}

export type ShoeViewerEventName = keyof ShoeViewerEventDetails;

/**
 * Fires one of the viewer's events from `target`. Everything but `error` bubbles and is
 * composed. `error` does not bubble: on reaching window it would look like an uncaught script
 * error to the page's global error handlers (error trackers, test runners).
 *
 * A module function rather than a method of the element, so the manifest analyzer lists the
 * element's events from its `@fires` tags only (it reads a method's `dispatchEvent` call as an
 * event named after the variable).
 */
export function fireViewerEvent<K extends ShoeViewerEventName>(target: EventTarget, type: K, detail: ShoeViewerEventDetails[K]): void {
  const bubbles = type !== 'error';
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles }));
}
