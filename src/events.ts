import type { ExportedColorway } from './colorway/colorway.js';
import type { ChangeSource } from './controllers/colorway-controller.js';
import type { ViewerErrorDetail } from './loading/viewer-error.js';
import type { ShoeViewer } from './shoe-viewer.js';

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

/** The name of an event `<shoe-viewer>` fires. */
export type ShoeViewerEventName = keyof ShoeViewerEventDetails;

/**
 * Each event `<shoe-viewer>` fires, as the `CustomEvent` a listener receives: type a handler as
 * `(event: ShoeViewerEventMap['colorway-change']) => …` (Vue, plain DOM). `addEventListener` on a
 * `ShoeViewer` is typed from it too.
 */
export type ShoeViewerEventMap = { [K in ShoeViewerEventName]: CustomEvent<ShoeViewerEventDetails[K]> };

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

type ShoeViewerListener<K extends ShoeViewerEventName> = (this: ShoeViewer, event: ShoeViewerEventMap[K]) => unknown;

// `viewer.addEventListener('colorway-change', (e) => e.detail.colorway.id)` type-checks without casts.
declare module './shoe-viewer.js' {
  interface ShoeViewer {
    addEventListener<K extends ShoeViewerEventName>(type: K, listener: ShoeViewerListener<K>, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends ShoeViewerEventName>(type: K, listener: ShoeViewerListener<K>, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
