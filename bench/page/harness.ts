/**
 * The benchmark's in-page harness, injected as an init script (before any page
 * script) into every bench page, so it is not part of any target's shipped JS.
 *
 * It instruments the page (WebGL contexts created, live GL objects per
 * context, draw calls, the start of each animation frame's callbacks) and
 * offers `window.__bench`, one measurement API over the three targets, each
 * reached through a small adapter:
 *  - `shoe-viewer`: the CDN build's element, through its public API plus two
 *    diagnostics (`framesDrawn`, and the shared renderer's `info.memory`).
 *  - `baseline`: the bare three.js page (bench/baseline/viewer.ts).
 *  - `model-viewer`: @google/model-viewer, recoloured through its scene-graph API.
 *
 * Built to an IIFE by bench/lib/build.ts.
 */

type GL = WebGLRenderingContext | WebGL2RenderingContext;
type Rgba = [number, number, number, number];
type TargetName = 'shoe-viewer' | 'baseline' | 'model-viewer';

interface PartLook {
  color: string;
  metalness: number;
  roughness: number;
}
interface BenchConfig {
  model: string;
  /** Preset ids the element is recoloured with, alternately. */
  colorwayIds: string[];
  /** The same presets as part name -> look, for the baseline and model-viewer. */
  colorwayParts: Record<string, PartLook>[];
}

declare global {
  interface Window {
    __benchConfig?: BenchConfig;
    __bench: typeof api;
  }
}

const now = () => performance.now();
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

// ---------------------------------------------------------------- instrumentation

/** Every animation frame: when its first callback started (time from then to a readback = the frame's cost). */
let frameStamp = -1;
let frameStart = 0;
const originalRaf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
  originalRaf((time) => {
    if (time !== frameStamp) {
      frameStamp = time;
      frameStart = now();
    }
    callback(time);
  });

const GL_KINDS = ['Buffer', 'Texture', 'Framebuffer', 'Renderbuffer', 'Program', 'Shader', 'VertexArray'] as const;
type GlKind = (typeof GL_KINDS)[number];
interface ContextRecord {
  live: Record<GlKind, Set<object>>;
  draws: number;
}
const contexts = new Map<GL, ContextRecord>();
let webglContextsCreated = 0;

function track(context: unknown, type: string): void {
  if (!context || !/webgl/i.test(type) || contexts.has(context as GL)) return;
  webglContextsCreated++;
  const live = {} as Record<GlKind, Set<object>>;
  for (const kind of GL_KINDS) live[kind] = new Set();
  contexts.set(context as GL, { live, draws: 0 });
}

type GetContext = (this: unknown, type: string, ...rest: unknown[]) => unknown;
for (const proto of [HTMLCanvasElement.prototype, globalThis.OffscreenCanvas?.prototype].filter(Boolean)) {
  const target = proto as unknown as { getContext: GetContext };
  const original = target.getContext;
  target.getContext = function (this: unknown, type: string, ...rest: unknown[]) {
    const context = original.call(this, type, ...rest);
    track(context, type);
    return context;
  };
}

type AnyFn = (this: GL, ...args: unknown[]) => unknown;
for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
  const methods = proto as unknown as Record<string, AnyFn>;
  for (const kind of GL_KINDS) {
    const create = methods[`create${kind}`];
    const remove = methods[`delete${kind}`];
    if (typeof create !== 'function' || typeof remove !== 'function') continue;
    methods[`create${kind}`] = function (...args) {
      const object = create.apply(this, args);
      if (object) contexts.get(this)?.live[kind].add(object as object);
      return object;
    };
    methods[`delete${kind}`] = function (...args) {
      if (args[0]) contexts.get(this)?.live[kind].delete(args[0] as object);
      return remove.apply(this, args);
    };
  }
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
    const draw = methods[name];
    if (typeof draw !== 'function') continue;
    methods[name] = function (...args) {
      const record = contexts.get(this);
      if (record) record.draws++;
      return draw.apply(this, args);
    };
  }
}

/** GL objects alive in contexts that are not lost (lost contexts are forgotten: their objects are freed). */
function glLive(): { contexts: number; total: number } & Record<GlKind, number> {
  const totals = { contexts: 0, total: 0 } as { contexts: number; total: number } & Record<GlKind, number>;
  for (const kind of GL_KINDS) totals[kind] = 0;
  for (const [context, record] of [...contexts]) {
    if (context.isContextLost()) {
      contexts.delete(context);
      continue;
    }
    totals.contexts++;
    for (const kind of GL_KINDS) {
      totals[kind] += record.live[kind].size;
      totals.total += record.live[kind].size;
    }
  }
  return totals;
}

// ---------------------------------------------------------------- pixels

function hashPixels(data: Uint8Array | Uint8ClampedArray): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i += 3) hash = Math.imul(hash ^ data[i], 16777619);
  return hash >>> 0;
}

/** Reads a w x h region whose top-left is (x, yFromTop) of a GL drawing buffer (WebGL counts rows from the bottom). */
function readGl(gl: GL, x: number, yFromTop: number, w: number, h: number): Uint8Array {
  const out = new Uint8Array(w * h * 4);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(x, gl.drawingBufferHeight - yFromTop - h, w, h, gl.RGBA, gl.UNSIGNED_BYTE, out);
  return out;
}

let scratch: CanvasRenderingContext2D | null = null;

/**
 * Reads a region of a viewer's canvas (2D or bitmaprenderer, which has no getImageData) by copying it into a
 * scratch 2D canvas at the canvas's size: like readPixels, this waits for the frame to finish.
 */
function read2d(canvas: HTMLCanvasElement, x: number, y: number, w: number, h: number): Uint8ClampedArray {
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  if (scratch.canvas.width < w || scratch.canvas.height < h) Object.assign(scratch.canvas, { width: Math.max(w, scratch.canvas.width), height: Math.max(h, scratch.canvas.height) });
  scratch.clearRect(0, 0, w, h);
  // The whole image stretched to the canvas's size, as on screen (a bitmap drawn at a lower render scale is smaller).
  scratch.drawImage(canvas, -x, -y, canvas.width, canvas.height);
  return scratch.getImageData(0, 0, w, h).data;
}

const covered = (data: Uint8Array | Uint8ClampedArray): number => {
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n / (data.length / 4);
};

// ---------------------------------------------------------------- adapters

interface RendererInfo {
  memory: { geometries: number; textures: number };
  programs?: unknown[] | null;
}
interface Adapter {
  /** A counter that increases whenever the target draws. */
  drawn(): number;
  /** 1-pixel readback at the viewer's centre: forces the frame to finish. */
  pixel(): Rgba;
  /** All of the viewer's pixels, as a hash and the share of covered pixels. */
  frame(): { hash: number; coverage: number };
  /** Starts a recolour; 'missing' when the target has no API for it. */
  recolour(index: number): 'missing' | void;
  /** One orbit step of the camera. */
  step(): void;
  rendererInfo(): RendererInfo | null;
  /** Adds a second viewer of the same model, waits until it is drawn, removes it. */
  cycle(): Promise<void>;
  /** Resolves at the first frame with the model (timestamped after a 1-px readback). */
  firstFrame(): Promise<number>;
  /** Turns the adaptive render scale on or off (shoe-viewer only; model-viewer's own cannot be turned off). */
  setAdaptive?(on: boolean): boolean;
}

const config = (): BenchConfig => {
  if (!window.__benchConfig) throw new Error('no __benchConfig');
  return window.__benchConfig;
};
const mainElement = <T extends HTMLElement>(): T => {
  const element = document.getElementById('v');
  if (!element) throw new Error('no #v element on the page');
  return element as T;
};
const targetName = (): TargetName => document.documentElement.dataset.benchTarget as TargetName;

/** Loads seen so far, per element: `load` fires right after the frame is drawn for shoe-viewer and the baseline. */
const loads: { element: Element; time: number }[] = [];
const loadWaiters: (() => void)[] = [];
const errors: string[] = [];
document.addEventListener(
  'load',
  (event) => {
    const element = event.target as Element;
    if (!(element instanceof HTMLElement) || !/^(SHOE-VIEWER|MODEL-VIEWER|DIV)$/.test(element.tagName)) return;
    // Same task as the draw: read one pixel so the frame is complete before it is timestamped
    // (both pages: a timestamp taken when the draw calls were queued would not wait for the GPU).
    if (element.tagName === 'SHOE-VIEWER') shoeCanvas(element) && read2d(shoeCanvas(element)!, 0, 0, 1, 1);
    const baseline = (element as HTMLElement & { viewer?: BaselineLike }).viewer;
    if (element.tagName === 'DIV' && baseline) readGl(baseline.renderer.getContext(), 0, 0, 1, 1);
    loads.push({ element, time: now() });
    for (const wake of loadWaiters.splice(0)) wake();
  },
  true,
);
document.addEventListener(
  'error',
  (event) => {
    const element = event.target as Element;
    if (element instanceof HTMLElement && /VIEWER/.test(element.tagName)) {
      const detail = (event as unknown as CustomEvent<{ message?: string }>).detail;
      errors.push(`${element.tagName.toLowerCase()}: ${JSON.stringify(detail?.message ?? detail)}`);
      for (const wake of loadWaiters.splice(0)) wake();
    }
  },
  true,
);

function waitForLoad(element: Element, timeout = 120_000): Promise<number> {
  const started = now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const hit = loads.find((load) => load.element === element);
      if (hit) return resolve(hit.time);
      if (errors.length) return reject(new Error(errors.join('; ')));
      if (now() - started > timeout) return reject(new Error(`no load from ${element.tagName} in ${timeout} ms`));
      loadWaiters.push(check);
      setTimeout(check, 1000);
    };
    check();
  });
}

/** Drops a removed viewer from the load records, so the harness itself does not keep it alive. */
function forget(element: Element): void {
  for (let i = loads.length - 1; i >= 0; i--) if (loads[i].element === element) loads.splice(i, 1);
}

function fixedBox(element: HTMLElement): HTMLElement {
  element.style.cssText = 'position:fixed;right:0;bottom:0;width:200px;height:150px;display:block';
  return element;
}

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

// -- <shoe-viewer>

interface ShoeViewerElement extends HTMLElement {
  src?: string;
  loading: string;
  framesDrawn: number;
  applyColorway?: (idOrObject: unknown) => unknown;
  stageController?: { stage?: { renderer?: { info: RendererInfo }; shared?: { resolution?: { enabled: boolean } } } | null };
}

function shoeCanvas(element: Element): HTMLCanvasElement | null {
  return element.shadowRoot?.querySelector('canvas') ?? null;
}

function shoeAdapter(): Adapter {
  const el = mainElement<ShoeViewerElement>();
  const canvas = () => {
    const c = shoeCanvas(el);
    if (!c) throw new Error('shoe-viewer has no canvas');
    return c;
  };
  return {
    drawn: () => el.framesDrawn,
    pixel: () => {
      const c = canvas();
      return [...read2d(c, c.width >> 1, c.height >> 1, 1, 1)] as Rgba;
    },
    frame: () => {
      const c = canvas();
      const data = read2d(c, 0, 0, c.width, c.height);
      return { hash: hashPixels(data), coverage: covered(data) };
    },
    recolour: (index) => {
      if (typeof el.applyColorway !== 'function') return 'missing';
      const ids = config().colorwayIds;
      const result = el.applyColorway(ids[index % ids.length]);
      if (result instanceof Promise) result.catch((error) => errors.push(`applyColorway: ${error}`));
    },
    step: () => {
      const surface = el.shadowRoot?.querySelector('.surface') ?? el;
      surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    },
    rendererInfo: () => el.stageController?.stage?.renderer?.info ?? null,
    cycle: async () => {
      const extra = fixedBox(document.createElement('shoe-viewer')) as ShoeViewerElement;
      extra.loading = 'eager';
      extra.src = config().model;
      document.body.append(extra);
      await waitForLoad(extra);
      extra.remove();
      forget(extra);
      await settle();
    },
    firstFrame: () => waitForLoad(el),
    setAdaptive: (on) => {
      // A build without the switch (an older shoe-viewer measured for comparison) has no adaptive scale.
      // Stage.shared is private in TypeScript but a plain property at run time (the minifier keeps its name).
      const resolution = el.stageController?.stage?.shared?.resolution;
      if (resolution) resolution.enabled = on;
      return !!resolution;
    },
  };
}

// -- bare three.js

interface BaselineLike {
  frames: number;
  model: { traverse(fn: (node: unknown) => void): void } | null;
  renderer: { getContext(): GL; info: RendererInfo; domElement: HTMLCanvasElement };
  controls: { rotateLeft(angle: number): void };
  requestRender(): void;
  dispose(): void;
}
interface ThreeMaterialLike {
  name: string;
  color?: { set(value: string): void };
  metalness?: number;
  roughness?: number;
}

function baselineAdapter(): Adapter {
  const el = mainElement<HTMLElement & { viewer?: BaselineLike }>();
  const viewer = () => {
    if (!el.viewer) throw new Error('baseline viewer missing');
    return el.viewer;
  };
  const glOf = () => viewer().renderer.getContext();
  return {
    drawn: () => viewer().frames,
    pixel: () => {
      const c = viewer().renderer.domElement;
      return [...readGl(glOf(), c.width >> 1, c.height >> 1, 1, 1)] as Rgba;
    },
    frame: () => {
      const c = viewer().renderer.domElement;
      const data = readGl(glOf(), 0, 0, c.width, c.height);
      return { hash: hashPixels(data), coverage: covered(data) };
    },
    recolour: (index) => {
      const parts = config().colorwayParts[index % config().colorwayParts.length];
      const fallback = Object.values(parts)[0];
      viewer().model?.traverse((node) => {
        const mesh = node as { material?: ThreeMaterialLike | ThreeMaterialLike[] };
        for (const material of ([] as ThreeMaterialLike[]).concat(mesh.material ?? [])) {
          const look = parts[material.name.split('@')[0]] ?? fallback;
          material.color?.set(look.color);
          if (material.metalness !== undefined) material.metalness = look.metalness;
          if (material.roughness !== undefined) material.roughness = look.roughness;
        }
      });
      viewer().requestRender();
    },
    step: () => {
      viewer().controls.rotateLeft(Math.PI / 24);
      viewer().requestRender();
    },
    rendererInfo: () => viewer().renderer.info,
    cycle: async () => {
      const box = fixedBox(document.createElement('div'));
      document.body.append(box);
      const Viewer = (window as unknown as { BaselineViewer: new (c: HTMLElement, src: string) => BaselineLike }).BaselineViewer;
      const extra = new Viewer(box, config().model);
      await waitForLoad(box);
      extra.dispose();
      box.remove();
      forget(box);
      await settle();
    },
    firstFrame: () => waitForLoad(el),
  };
}

// -- <model-viewer>

interface MvMaterial {
  name: string;
  isLoaded?: boolean;
  pbrMetallicRoughness: {
    setBaseColorFactor(color: string): void;
    setMetallicFactor(value: number): void;
    setRoughnessFactor(value: number): void;
  };
}
interface ModelViewerElement extends HTMLElement {
  src: string | null;
  model?: { materials: MvMaterial[] };
  cameraOrbit: string;
  jumpCameraToGoal(): void;
}

/** model-viewer keeps its renderer behind a symbol; its description survives minification. */
function mvRenderer(el: HTMLElement): { threeRenderer: { info: RendererInfo; getContext(): GL } } | null {
  for (let proto: object | null = el; proto; proto = Object.getPrototypeOf(proto)) {
    const symbol = Object.getOwnPropertySymbols(proto).find((s) => s.description === 'renderer');
    if (symbol) return (el as unknown as Record<symbol, ReturnType<typeof mvRenderer>>)[symbol] ?? null;
  }
  return null;
}

function modelViewerAdapter(): Adapter {
  const el = mainElement<ModelViewerElement>();
  let theta = 28;
  const glOf = (): GL => {
    const fromRenderer = mvRenderer(el)?.threeRenderer.getContext();
    if (fromRenderer) return fromRenderer;
    return [...contexts.entries()].sort((a, b) => b[1].draws - a[1].draws)[0][0];
  };
  // model-viewer draws its scene into the top rows of its (shared) buffer; preserveDrawingBuffer is on.
  const size = () => ({ w: Math.round(el.clientWidth * devicePixelRatio), h: Math.round(el.clientHeight * devicePixelRatio) });
  const adapter: Adapter = {
    drawn: () => contexts.get(glOf())?.draws ?? 0,
    pixel: () => {
      const { w, h } = size();
      return [...readGl(glOf(), w >> 1, h >> 1, 1, 1)] as Rgba;
    },
    frame: () => {
      const { w, h } = size();
      const data = readGl(glOf(), 0, 0, w, h);
      return { hash: hashPixels(data), coverage: covered(data) };
    },
    recolour: (index) => {
      const parts = config().colorwayParts[index % config().colorwayParts.length];
      const fallback = Object.values(parts)[0];
      // Variant materials (KHR_materials_variants) are listed too but not loaded: skip them.
      for (const material of el.model?.materials ?? []) {
        if (material.isLoaded === false) continue;
        const look = parts[material.name.split('@')[0]] ?? fallback;
        material.pbrMetallicRoughness.setBaseColorFactor(look.color);
        material.pbrMetallicRoughness.setMetallicFactor(look.metalness);
        material.pbrMetallicRoughness.setRoughnessFactor(look.roughness);
      }
    },
    step: () => {
      theta += 7.5;
      el.cameraOrbit = `${theta}deg 72deg auto`;
      el.jumpCameraToGoal();
    },
    rendererInfo: () => mvRenderer(el)?.threeRenderer.info ?? null,
    cycle: async () => {
      const extra = fixedBox(document.createElement('model-viewer')) as ModelViewerElement;
      extra.setAttribute('interaction-prompt', 'none');
      extra.src = config().model;
      document.body.append(extra);
      await waitForLoad(extra);
      // `load` comes before the first frame; wait until something was drawn for it.
      const d0 = adapter.drawn();
      for (let i = 0; i < 60 && adapter.drawn() === d0; i++) await nextFrame();
      await nextFrame();
      extra.remove();
      forget(extra);
      await settle();
    },
    firstFrame: async () => {
      await waitForLoad(el);
      // `load` means parsed, not drawn: poll each frame (after model-viewer's own callback) until the model covers the centre.
      for (let i = 0; i < 600; i++) {
        await nextFrame();
        if (adapter.pixel()[3] > 0) return now();
      }
      throw new Error('model-viewer never drew the model');
    },
  };
  return adapter;
}

let cached: Adapter | null = null;
function adapter(): Adapter {
  if (cached) return cached;
  const name = targetName();
  cached = name === 'shoe-viewer' ? shoeAdapter() : name === 'baseline' ? baselineAdapter() : name === 'model-viewer' ? modelViewerAdapter() : null;
  if (!cached) throw new Error(`unknown bench target ${name}`);
  return cached;
}

// ---------------------------------------------------------------- measurements

let lastHash = 0;

/** While a drag is recorded: the rAF timestamps of the frames in which the target had drawn something new. */
let dragRecord: { times: number[]; seen: number; stopped: boolean } | null = null;

const api = {
  /** ms from navigation start to the first frame with the model, read back. */
  async firstFrame(): Promise<{ ms: number; centre: Rgba; coverage: number }> {
    const ms = await adapter().firstFrame();
    const centre = adapter().pixel();
    const frame = adapter().frame();
    lastHash = frame.hash;
    return { ms, centre, coverage: frame.coverage };
  },

  /**
   * From the call to the first drawn frame that shows the new look in full, forced with a 1-px readback:
   * frames are watched until none was drawn for 30 animation frames, and the first one whose pixels equal
   * the last one's counts (a cross-fade's early frames do not). "frames" counts animation frames until then.
   */
  async recolour(index: number): Promise<{ missing: true } | { ms: number; frames: number; changed: boolean; error?: string }> {
    const a = adapter();
    let seen = a.drawn();
    const t0 = now();
    if (a.recolour(index) === 'missing') return { missing: true };
    const drawn: { ms: number; frames: number; hash: number }[] = [];
    for (let frames = 1, quiet = 0; frames <= 240 && quiet < 30; frames++) {
      await nextFrame();
      if (a.drawn() === seen) {
        if (drawn.length) quiet++;
        continue;
      }
      quiet = 0;
      seen = a.drawn();
      a.pixel();
      const t1 = now();
      drawn.push({ ms: t1 - t0, frames, hash: a.frame().hash });
    }
    const last = drawn[drawn.length - 1];
    if (!last || last.hash === lastHash) return { ms: now() - t0, frames: 240, changed: false, error: errors.join('; ') || undefined };
    lastHash = last.hash;
    const full = drawn.find((d) => d.hash === last.hash)!;
    return { ms: full.ms, frames: full.frames, changed: true };
  },

  /**
   * Orbits the camera one step per frame until `count` frames were drawn. A sample is the time from the
   * start of the frame's first animation-frame callback to the 1-px readback after the target drew.
   */
  orbit(count: number): Promise<{ samples: number[]; intervals: number[]; frames: number }> {
    const a = adapter();
    return new Promise((resolve) => {
      const samples: number[] = [];
      const intervals: number[] = [];
      let seen = a.drawn();
      let frames = 0;
      let lastTime = 0;
      const tick = (time: number) => {
        frames++;
        if (a.drawn() !== seen) {
          seen = a.drawn();
          a.pixel();
          samples.push(now() - frameStart);
          if (lastTime) intervals.push(time - lastTime);
          lastTime = time;
        }
        if (samples.length >= count || frames >= count * 4) return resolve({ samples, intervals, frames });
        // Step before asking for the next frame, so the target's draw runs before this tick in every frame.
        a.step();
        requestAnimationFrame(tick);
      };
      a.step();
      requestAnimationFrame(tick);
    });
  },

  /**
   * Starts recording presented frames while the Node side drags the pointer over the viewer (real input events).
   * Every animation frame, a frame in which the target's draw counter moved is recorded with its rAF timestamp.
   */
  dragStart(): void {
    const a = adapter();
    const record = { times: [] as number[], seen: a.drawn(), stopped: false };
    dragRecord = record;
    const tick = (time: number) => {
      if (record.stopped) return;
      if (a.drawn() !== record.seen) {
        record.seen = a.drawn();
        record.times.push(time);
      }
      originalRaf(tick);
    };
    originalRaf(tick);
  },

  /** Frames recorded so far in the drag. */
  dragFrames: (): number => dragRecord?.times.length ?? 0,

  /** Stops the recording: the intervals between consecutive presented frames, ms. */
  dragStop(): { intervals: number[]; frames: number } {
    const record = dragRecord;
    dragRecord = null;
    if (!record) return { intervals: [], frames: 0 };
    record.stopped = true;
    const intervals = record.times.slice(1).map((t, i) => t - record.times[i]);
    return { intervals, frames: record.times.length };
  },

  /** Adaptive render scale on or off, where the target lets us switch it. Returns whether it could. */
  setAdaptive(on: boolean): boolean {
    const a = adapter();
    return a.setAdaptive?.(on) ?? false;
  },

  /** Adds and removes a second viewer `count` times. */
  async cycles(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await adapter().cycle();
  },

  rendererMemory(): { geometries: number; textures: number; programs: number | null } | null {
    const info = adapter().rendererInfo();
    if (!info) return null;
    return { geometries: info.memory.geometries, textures: info.memory.textures, programs: info.programs?.length ?? null };
  },

  glLive,

  /** Many viewers: waits until `count` <shoe-viewer> elements fired `load`, then checks every one's pixels. */
  async many(count: number): Promise<{ ms: number; drawn: number; viewers: number; expected: number; contexts: number; minCoverage: number }> {
    const viewers: Element[] = [...document.querySelectorAll('shoe-viewer')];
    await Promise.all(viewers.map((v) => waitForLoad(v, 170_000)));
    const ms = Math.max(...loads.filter((l) => viewers.includes(l.element)).map((l) => l.time));
    let drawn = 0;
    let minCoverage = 1;
    for (const viewer of viewers) {
      const canvas = shoeCanvas(viewer);
      const coverage = canvas && canvas.width ? covered(read2d(canvas, 0, 0, canvas.width, canvas.height)) : 0;
      minCoverage = Math.min(minCoverage, coverage);
      if (coverage > 0.01) drawn++;
    }
    return { ms, drawn, viewers: viewers.length, expected: count, contexts: webglContextsCreated, minCoverage };
  },

  contextsCreated: () => webglContextsCreated,
  /** Draw calls so far, all contexts. */
  drawCalls: () => [...contexts.values()].reduce((sum, record) => sum + record.draws, 0),
  errors: () => errors.slice(),
};

window.__bench = api;
export {};
