import {
  NeutralToneMapping,
  PMREMGenerator,
  SRGBColorSpace,
  WebGLRenderer,
  type Texture,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { AdaptiveResolution } from './adaptive-resolution.js';
import { canPresentBitmaps, createPresenter, type DrawingCanvas, type FramePresenter } from './frame-presenter.js';

/** What the shared renderer needs from each viewer's stage. */
export interface RenderClient {
  /** False while the viewer is offscreen, hidden or 0x0: it is skipped, not drawn. */
  canRender(): boolean;
  /** Draws one frame; returns true while something is still animating. */
  renderFrame(renderer: WebGLRenderer, time: number): boolean;
  /** The context was lost (true) or restored (false). */
  contextChanged(lost: boolean): void;
}

/** After this long without a frame the view is at rest and full resolution returns. */
const REST_MS = 300;
/** A frame asked for within this long after the previous one was drawn continues an animation or a drag. */
const CONTINUOUS_MS = 50;

/**
 * One WebGL context for every viewer on the page. Browsers cap live contexts
 * (about 16), so each viewer draws through this renderer, and its frame is
 * handed to the viewer's own canvas as a bitmap (`frame-presenter.ts`).
 * Frames are drawn on demand: only clients that asked for a frame are drawn,
 * and no animation frame is requested while none did.
 */
export class SharedRenderer {
  readonly renderer: WebGLRenderer;
  /** The render scale while frames are slow (all viewers share one GPU). */
  readonly resolution = new AdaptiveResolution();
  private clients = new Set<RenderClient>();
  private dirty = new Set<RenderClient>();
  private frameHandle = 0;
  private environmentTexture: Texture | null = null;
  private contextLost = false;
  private presentsBitmaps: boolean;
  private lastDrawEnd = -Infinity;
  private requestedAt = 0;
  private restTimer = 0;
  /** Clients whose last frame was drawn below full resolution: redrawn sharp when the view comes to rest. */
  private scaled = new Set<RenderClient>();

  constructor() {
    const created = createRenderer(canPresentBitmaps());
    this.renderer = created.renderer;
    this.presentsBitmaps = created.bitmaps;
    const canvas = this.renderer.domElement as DrawingCanvas;
    canvas.addEventListener('webglcontextlost', this.onContextLost);
    canvas.addEventListener('webglcontextrestored', this.onContextRestored);
    // Viewers pass physical pixel sizes, so the renderer itself works at ratio 1.
    this.renderer.setPixelRatio(1);
    this.renderer.outputColorSpace = SRGBColorSpace;
    // Khronos PBR Neutral keeps base colours true to their swatches, which a colorway tool needs.
    this.renderer.toneMapping = NeutralToneMapping;
    this.renderer.toneMappingExposure = 1;
    this.renderer.setClearColor(0x000000, 0);
    // The GEL units are transmissive: three.js draws the opaque scene again into a target behind them
    // every frame. At half resolution (a quarter of the pixels) that pass costs far less, and the
    // refraction seen through frosted GEL is blurred anyway.
    this.renderer.transmissionResolutionScale = 0.5;
  }

  /** A neutral studio environment made in code (nothing fetched). */
  get environment(): Texture | null {
    if (!this.environmentTexture && !this.contextLost) {
      const pmrem = new PMREMGenerator(this.renderer);
      const room = new RoomEnvironment();
      // 128 px faces: the studio light is soft, and it keeps first frame fast on software GPUs.
      this.environmentTexture = pmrem.fromScene(room, 0.04, 0.1, 100, { size: 128 }).texture;
      room.dispose();
      pmrem.dispose();
    }
    return this.environmentTexture;
  }

  get isContextLost(): boolean {
    return this.contextLost;
  }

  add(client: RenderClient): void {
    this.clients.add(client);
  }

  remove(client: RenderClient): void {
    this.clients.delete(client);
    this.dirty.delete(client);
    this.scaled.delete(client);
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /** Asks for one frame for this client on the next animation frame. */
  requestFrame(client: RenderClient): void {
    if (!this.clients.has(client)) return;
    this.dirty.add(client);
    if (!this.frameHandle && !this.contextLost) {
      this.requestedAt = performance.now();
      this.frameHandle = requestAnimationFrame(this.drawFrame);
    }
  }

  /** A presenter that shows this renderer's frames on a viewer's canvas. */
  createPresenter(canvas: HTMLCanvasElement): FramePresenter {
    return createPresenter(canvas, this.presentsBitmaps);
  }

  /**
   * Sizes the drawing buffer to this frame: a bitmap hand-over takes the whole
   * buffer. Viewers of one size never reallocate it.
   */
  prepareBuffer(width: number, height: number): void {
    const canvas = this.renderer.domElement;
    if (canvas.width !== width || canvas.height !== height) this.renderer.setSize(width, height, false);
  }

  private drawFrame = (time: number): void => {
    this.frameHandle = 0;
    clearTimeout(this.restTimer);
    this.resolution.frame(time, this.requestedAt - this.lastDrawEnd < CONTINUOUS_MS);
    const due = [...this.dirty];
    this.dirty.clear();
    const reduced = this.resolution.scale < 1;
    for (const client of due) {
      // Offscreen clients drop out; their visibility change asks again.
      if (!client.canRender()) continue;
      if (client.renderFrame(this.renderer, time)) this.dirty.add(client);
      if (reduced) this.scaled.add(client);
      else this.scaled.delete(client);
    }
    this.lastDrawEnd = performance.now();
    if (this.dirty.size && !this.frameHandle) {
      this.requestedAt = this.lastDrawEnd;
      this.frameHandle = requestAnimationFrame(this.drawFrame);
    }
    if (this.scaled.size) this.restTimer = window.setTimeout(this.rest, REST_MS);
  };

  /** Nothing drew for a while: back to full resolution, and redraw what was drawn below it. */
  private rest = (): void => {
    // A frame is asked for but not drawn yet: a slow GPU holds back the animation frame, and the
    // view is not at rest. Restoring now would resize the buffer back and forth during a drag
    // (each resize waits for the GPU); the frame re-arms this timer when it is drawn.
    if (this.frameHandle) return;
    this.resolution.restore();
    for (const client of this.scaled) this.requestFrame(client);
    this.scaled.clear();
  };

  private onContextLost = (event: Event): void => {
    // Without preventDefault the browser never offers to restore the context.
    event.preventDefault();
    this.contextLost = true;
    cancelAnimationFrame(this.frameHandle);
    this.frameHandle = 0;
    // PMREM targets live on the GPU only; they are rebuilt on restore.
    this.environmentTexture = null;
    for (const client of this.clients) client.contextChanged(true);
  };

  private onContextRestored = (): void => {
    this.contextLost = false;
    for (const client of this.clients) client.contextChanged(false);
  };

  dispose(): void {
    cancelAnimationFrame(this.frameHandle);
    clearTimeout(this.restTimer);
    this.environmentTexture?.dispose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
  }
}

// premultipliedAlpha is three.js's default.
const CONTEXT_OPTIONS = { antialias: true, alpha: true, powerPreference: 'high-performance' } as const;

/** A WebGL renderer on an OffscreenCanvas when frames can be handed over as bitmaps, else on a detached canvas. */
function createRenderer(bitmaps: boolean): { renderer: WebGLRenderer; bitmaps: boolean } {
  if (bitmaps) {
    try {
      return { renderer: new WebGLRenderer({ canvas: new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement, ...CONTEXT_OPTIONS }), bitmaps: true };
    } catch {
      // No WebGL on OffscreenCanvas here: fall back to a canvas element and copies.
    }
  }
  return { renderer: new WebGLRenderer({ canvas: document.createElement('canvas'), ...CONTEXT_OPTIONS }), bitmaps: false };
}

let shared: SharedRenderer | null = null;
let users = 0;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * How long the context outlives its last viewer. A viewer that comes straight back (a framework's
 * re-mount, a route change to the next product) then reuses the context and its environment map
 * instead of paying seconds for new ones on a slow GPU.
 */
export const RELEASE_DELAY_MS = 2000;

/** Takes a reference to the page's shared renderer, creating it on first use. */
export function acquireSharedRenderer(): SharedRenderer {
  clearTimeout(releaseTimer);
  releaseTimer = undefined;
  shared ??= new SharedRenderer();
  users++;
  return shared;
}

/** Gives the reference back; the context is released RELEASE_DELAY_MS after the last viewer gives it back. */
export function releaseSharedRenderer(): void {
  users = Math.max(0, users - 1);
  if (users > 0 || !shared) return;
  clearTimeout(releaseTimer);
  // acquireSharedRenderer cancels this, so it only runs while no viewer holds the renderer.
  releaseTimer = setTimeout(() => {
    releaseTimer = undefined;
    shared?.dispose();
    shared = null;
  }, RELEASE_DELAY_MS);
}

/** The live shared renderer, if any: for diagnostics, tests and benchmarks. */
export function peekSharedRenderer(): SharedRenderer | null {
  return shared;
}
