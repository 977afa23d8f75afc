/** The shared renderer's drawing surface: an OffscreenCanvas when frames can be handed over as bitmaps. */
export type DrawingCanvas = HTMLCanvasElement | OffscreenCanvas;

/**
 * Puts the frame the shared renderer just drew (its whole buffer, sized to the
 * frame) onto one viewer's own canvas, stretched over it (the frame is smaller
 * while the adaptive resolution has lowered the scale).
 */
export interface FramePresenter {
  present(source: DrawingCanvas): void;
}

/** Whether this browser can hand WebGL frames to other canvases as bitmaps (no readback). */
export const canPresentBitmaps = (): boolean =>
  typeof OffscreenCanvas == 'function' && 'transferToImageBitmap' in OffscreenCanvas.prototype;

/**
 * A presenter for `canvas`. With bitmaps, `transferToImageBitmap` into a
 * `bitmaprenderer` canvas: the pixels stay on the GPU and nothing waits for
 * the frame to finish. Without, a `drawImage` copy into a 2D canvas, which waits for the GPU.
 */
export function createPresenter(canvas: HTMLCanvasElement, bitmaps: boolean): FramePresenter {
  if (bitmaps) {
    const context = canvas.getContext('bitmaprenderer')!;
    return { present: (source) => context.transferFromImageBitmap((source as OffscreenCanvas).transferToImageBitmap()) };
  }
  const context = canvas.getContext('2d')!;
  return {
    present(source) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.drawImage(source, 0, 0, canvas.width, canvas.height);
    },
  };
}
