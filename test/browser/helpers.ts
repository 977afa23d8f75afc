import type { ShoeViewer } from '../../src/shoe-viewer.js';
import '../../src/index.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).href;
export const fixture = (name: string) => new URL(name, FIXTURES).href;

let area: HTMLElement | null = null;

/** Adds a viewer of the given size to the page. */
export function mountViewer(attributes: Record<string, string> = {}, size = { width: 320, height: 240 }): ShoeViewer {
  area ??= document.body.appendChild(document.createElement('div'));
  const viewer = document.createElement('shoe-viewer');
  viewer.style.width = `${size.width}px`;
  viewer.style.height = `${size.height}px`;
  viewer.style.minHeight = '0';
  for (const [name, value] of Object.entries(attributes)) viewer.setAttribute(name, value);
  area.appendChild(viewer);
  return viewer;
}

export function cleanup(): void {
  area?.remove();
  area = null;
}

/** Resolves with the event's detail the next time `type` fires, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve((event as CustomEvent<T>).detail);
      },
      { once: true },
    );
  });
}

/** Records every event of the given types the target fires. */
export function recordEvents(target: EventTarget, ...types: string[]) {
  const seen: Array<{ type: string; detail: any }> = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `n` animation frames. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export function canvasOf(viewer: ShoeViewer): HTMLCanvasElement {
  return viewer.shadowRoot!.querySelector('canvas')!;
}

/** The viewer's drawn pixels as RGBA. */
export function pixels(viewer: ShoeViewer): { data: Uint8ClampedArray; width: number; height: number } {
  const canvas = canvasOf(viewer);
  // The view is a bitmaprenderer canvas (no getImageData): copy it into a 2D canvas at its size.
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: canvas.width, height: canvas.height };
}

/** Share of pixels that are opaque (the model, not the transparent background or the soft shadow). */
export function modelCoverage(viewer: ShoeViewer): number {
  const { data } = pixels(viewer);
  let opaque = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 240) opaque++;
  return opaque / (data.length / 4);
}

/** Mean colour of opaque pixels. */
export function meanModelColor(viewer: ShoeViewer): [number, number, number] {
  const { data } = pixels(viewer);
  let r = 0, g = 0, b = 0, n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 240) {
      r += data[i];
      g += data[i + 1];
      b += data[i + 2];
      n++;
    }
  }
  return n ? [r / n, g / n, b / n] : [0, 0, 0];
}

/** A fingerprint of the drawn image, to tell whether the view changed. */
export function imageSignature(viewer: ShoeViewer): number[] {
  const { data, width, height } = pixels(viewer);
  const cells: number[] = [];
  for (let gy = 0; gy < 8; gy++)
    for (let gx = 0; gx < 8; gx++) {
      let sum = 0;
      for (let y = Math.floor((gy * height) / 8); y < Math.floor(((gy + 1) * height) / 8); y += 2)
        for (let x = Math.floor((gx * width) / 8); x < Math.floor(((gx + 1) * width) / 8); x += 2) {
          const i = (y * width + x) * 4;
          sum += data[i] + data[i + 1] + data[i + 2] + data[i + 3];
        }
      cells.push(sum);
    }
  return cells;
}

export function signatureDistance(a: number[], b: number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  const total = a.reduce((s, v) => s + v, 0) || 1;
  return d / total;
}

/** Internals the tests inspect: the stage behind the element. */
export function stageOf(viewer: ShoeViewer) {
  return (viewer as unknown as { stageController: { stage: import('../../src/stage/stage.js').Stage | null } })
    .stageController.stage;
}

/** Polls until `condition` holds, failing with `what` after `ms`. */
export async function waitFor(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(25);
  }
}

/** The canvas pixel (device px) where a world point is drawn. */
export function pixelOf(viewer: import('../../src/shoe-viewer.js').ShoeViewer, point: { x: number; y: number; z: number }): [number, number] {
  const stage = stageOf(viewer)!;
  const camera = stage.rig.camera;
  camera.updateMatrixWorld();
  const p = camera.position.clone().set(point.x, point.y, point.z).project(camera);
  const canvas = canvasOf(viewer);
  return [Math.round(((p.x + 1) / 2) * canvas.width), Math.round(((1 - p.y) / 2) * canvas.height)];
}

/** Mean RGBA of a small square of pixels around (x, y). */
export function colorAt(viewer: import('../../src/shoe-viewer.js').ShoeViewer, x: number, y: number, radius = 2): [number, number, number, number] {
  const { data, width } = pixels(viewer);
  const sum = [0, 0, 0, 0];
  let n = 0;
  for (let dy = -radius; dy <= radius; dy++)
    for (let dx = -radius; dx <= radius; dx++) {
      const i = ((y + dy) * width + (x + dx)) * 4;
      for (let c = 0; c < 4; c++) sum[c] += data[i + c];
      n++;
    }
  return sum.map((v) => v / n) as [number, number, number, number];
}

export function colorDistance(a: number[], b: number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A canvas pixel (device px) where the first thing the camera sees is `part`, found by raycasting a grid. */
export async function findPixelOfPart(viewer: import('../../src/shoe-viewer.js').ShoeViewer, part: string, step = 4): Promise<[number, number] | null> {
  const { Raycaster, Vector2 } = await import('three');
  const stage = stageOf(viewer)!;
  const canvas = canvasOf(viewer);
  const raycaster = new Raycaster();
  stage.rig.camera.updateMatrixWorld();
  const hits: Array<[number, number]> = [];
  for (let y = step; y < canvas.height - step; y += step)
    for (let x = step; x < canvas.width - step; x += step) {
      raycaster.setFromCamera(new Vector2((x / canvas.width) * 2 - 1, 1 - (y / canvas.height) * 2), stage.rig.camera);
      const hit = raycaster.intersectObject(stage.model!, true)[0];
      if (hit && hit.object.name === part) hits.push([x, y]);
    }
  // The middle of the part's hits is far from its edges.
  return hits.length ? hits[Math.floor(hits.length / 2)] : null;
}

/** Waits until the viewer has drawn no frame for `quietMs` (damping and fades have settled). */
export async function waitForIdle(viewer: import('../../src/shoe-viewer.js').ShoeViewer, quietMs = 400, ms = 20_000): Promise<void> {
  const end = performance.now() + ms;
  for (;;) {
    const frames = viewer.framesDrawn;
    await sleep(quietMs);
    if (viewer.framesDrawn === frames) return;
    if (performance.now() > end) throw new Error('the viewer never stopped drawing');
  }
}

/** axe-core, loaded once per page from node_modules (it ships as a classic script). */
export async function loadAxe(): Promise<any> {
  if (!(window as any).axe) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return (window as any).axe;
}

/**
 * Waits until the camera rig has no scripted move left and no frame has been drawn for
 * `quietMs` (damping done). SwiftShader is slow and a first use compiles shaders, so frames
 * can be far apart even while something moves.
 */
export async function settle(viewer: ShoeViewer, quietMs = 600): Promise<void> {
  const rig = stageOf(viewer)!.rig as unknown as { move: unknown };
  let frames = viewer.framesDrawn;
  let since = performance.now();
  await waitFor(() => {
    if (viewer.framesDrawn !== frames || rig.move) {
      frames = viewer.framesDrawn;
      since = performance.now();
    }
    return performance.now() - since > quietMs;
  }, 'the view to settle', 40_000);
}
