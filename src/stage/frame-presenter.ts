/** The shared renderer's drawing surface: an OffscreenCanvas when frames can be handed over as bitmaps. */
export type DrawingCanvas = HTMLCanvasElement | OffscreenCanvas;

/**
 * Puts the frame the shared renderer just drew onto one viewer's own canvas.
 * The frame is the bottom-left `width` x `height` pixels of the shared buffer
 * and is shown stretched over the whole viewer canvas (smaller while the
 * adaptive resolution has lowered the render scale).
 */
export interface FramePresenter {
  /** Whether the shared buffer must be exactly the frame's size (a bitmap hand-over takes the whole buffer). */
  readonly needsExactBuffer: boolean;
  present(source: DrawingCanvas, width: number, height: number): void;
}

/** Whether this browser can hand WebGL frames to other canvases as bitmaps (no readback). */
export function canPresentBitmaps(): boolean {
  return (
    typeof OffscreenCanvas === 'function' &&
    typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function' &&
    typeof ImageBitmapRenderingContext === 'function'
  );
}

/**
 * Hands the frame over as an ImageBitmap (`transferToImageBitmap` into a
 * `bitmaprenderer` canvas): the pixels stay on the GPU and nothing waits for
 * the frame to finish, so the main thread is free while the GPU draws.
 */
export class BitmapPresenter implements FramePresenter {
  readonly needsExactBuffer = true;
  private context: ImageBitmapRenderingContext;

  constructor(canvas: HTMLCanvasElement) {
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('bitmaprenderer canvas unavailable');
    this.context = context;
  }

  present(source: DrawingCanvas): void {
    // The transfer takes the whole buffer, which the shared renderer sized to this frame.
    this.context.transferFromImageBitmap((source as OffscreenCanvas).transferToImageBitmap());
  }
}

/**
 * The fallback for browsers without OffscreenCanvas WebGL: copies the frame
 * into a 2D canvas with `drawImage`, which waits for the GPU to finish it.
 */
export class CopyPresenter implements FramePresenter {
  readonly needsExactBuffer = false;
  private context: CanvasRenderingContext2D;

  constructor(private canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('2D canvas unavailable');
    this.context = context;
  }

  present(source: DrawingCanvas, width: number, height: number): void {
    const { width: outWidth, height: outHeight } = this.canvas;
    // WebGL draws from the bottom-left, so this frame's pixels are the bottom rows of the shared buffer.
    this.context.clearRect(0, 0, outWidth, outHeight);
    this.context.drawImage(source, 0, source.height - height, width, height, 0, 0, outWidth, outHeight);
  }
}
