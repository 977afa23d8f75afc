import type { ViewArea } from '../stage/camera-rig.js';

/** A rectangle in CSS pixels from the viewer's top-left corner. */
export interface PixelRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The room an open callout panel leaves in a viewer of `width` x `height` CSS pixels: the
 * largest of the strips left of, right of, above and below the panel, less `margin` on
 * every side, in fractions of the viewer (what `CameraRig` frames the part in). A side panel
 * on a wide viewer leaves the strip beside it; the sheet docked at the bottom of a narrow
 * one leaves the strip above it. With no panel, or none inside the viewer, the whole view.
 */
export function roomBesidePanel(width: number, height: number, panel: PixelRect | null, margin = 8): ViewArea {
  const whole = { x: 0, y: 0, width: 1, height: 1 };
  if (!panel || width <= 0 || height <= 0) return whole;
  const left = Math.max(0, Math.min(width, panel.left));
  const right = Math.max(0, Math.min(width, panel.right));
  const top = Math.max(0, Math.min(height, panel.top));
  const bottom = Math.max(0, Math.min(height, panel.bottom));
  if (right <= left || bottom <= top) return whole;
  const strips: PixelRect[] = [
    { left: 0, top: 0, right: left, bottom: height },
    { left: right, top: 0, right: width, bottom: height },
    { left: 0, top: 0, right: width, bottom: top },
    { left: 0, top: bottom, right: width, bottom: height },
  ];
  let best = strips[0]!;
  let bestArea = -1;
  for (const strip of strips) {
    const w = Math.max(0, strip.right - strip.left - 2 * margin);
    const h = Math.max(0, strip.bottom - strip.top - 2 * margin);
    // The first of equal strips wins: a stable choice as the panel's size changes by a pixel.
    if (w * h > bestArea) {
      best = strip;
      bestArea = w * h;
    }
  }
  if (bestArea <= 0) return whole;
  return {
    x: (best.left + margin) / width,
    y: (best.top + margin) / height,
    width: (best.right - best.left - 2 * margin) / width,
    height: (best.bottom - best.top - 2 * margin) / height,
  };
}

/** Whether two view areas differ by more than `tolerance` (a fraction of the viewer) on any edge. */
export function areasDiffer(a: ViewArea | null, b: ViewArea | null, tolerance = 0.01): boolean {
  if (!a || !b) return a !== b;
  return (
    Math.abs(a.x - b.x) > tolerance ||
    Math.abs(a.y - b.y) > tolerance ||
    Math.abs(a.width - b.width) > tolerance ||
    Math.abs(a.height - b.height) > tolerance
  );
}
