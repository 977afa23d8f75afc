/**
 * Node side of the benchmark: opens one bench page per measurement in a
 * fresh browser context (cold cache, like a first visit), with the harness
 * injected, and drives window.__bench.
 */
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { BUILD_DIR, ROOT, fileSize, gzipSize, type JsSize } from './build.js';
import { descendantCpuMs } from './cpu.js';
import { PAGE_SCRIPTS, type PageName } from './server.js';

export type TargetName = 'shoe-viewer' | 'baseline' | 'model-viewer';
export const TARGETS: TargetName[] = ['shoe-viewer', 'baseline', 'model-viewer'];

/** The unminified counterpart of each page's script, for the "raw" size. */
const RAW_FILES: Record<TargetName, string> = {
  'shoe-viewer': 'bench/.build/shoe-viewer.raw.js',
  baseline: 'bench/.build/baseline.js',
  'model-viewer': 'node_modules/@google/model-viewer/dist/model-viewer.js',
};

export interface BenchOptions {
  serverUrl: string;
  /** URL path of the GLB on the server. */
  model: string;
  colorwayIds: string[];
  colorwayParts: Record<string, { color: string; metalness: number; roughness: number }>[];
  recolours: number;
  orbitFrames: number;
  /** Presented frames to record per drag. */
  dragFrames: number;
  /** Adaptive render scale for shoe-viewer's other measurements (first frame, recolour, scripted orbit). */
  adaptive: boolean;
  manyCount: number;
  cycles: number;
  timeoutMs: number;
}

export interface PageRun {
  firstFrameMs: number;
  centre: number[];
  coverage: number;
  /** null when the target has no recolour API (yet). */
  recolour: { ms: number; frames: number; changed: boolean; error?: string }[] | null;
  orbit: { samples: number[]; intervals: number[]; frames: number };
  /** The scripted orbit with shoe-viewer's adaptive render scale on (null for the other targets). */
  orbitAdaptive: { samples: number[]; intervals: number[]; frames: number } | null;
  /** Pointer drag through the browser's input: intervals between presented frames (adaptive scale off for shoe-viewer). */
  drag: DragRun;
  /** The same drag with shoe-viewer's adaptive render scale on (null for the other targets). */
  dragAdaptive: DragRun | null;
  shippedJs: JsSize & { files: { url: string; bytes: number; gzip: number }[] };
  pageErrors: string[];
}

export interface DragRun {
  intervals: number[];
  frames: number;
  moves: number;
  ms: number;
  /** CPU time of all Chromium processes during the drag, per presented frame (null without /proc). */
  cpuMsPerFrame: number | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]);
}

async function openPage(
  browser: Browser,
  page: PageName,
  options: BenchOptions,
): Promise<{ context: BrowserContext; page: Page; errors: string[]; scripts: Promise<{ url: string; body: Buffer }>[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const config = { model: options.model, colorwayIds: options.colorwayIds, colorwayParts: options.colorwayParts };
  await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};` });
  await context.addInitScript({ path: resolve(BUILD_DIR, 'harness.js') });
  const tab = await context.newPage();
  const errors: string[] = [];
  const scripts: Promise<{ url: string; body: Buffer }>[] = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, body })));
    }
  });
  await tab.goto(`${options.serverUrl}/__bench/${page}?model=${encodeURIComponent(options.model)}`, { waitUntil: 'commit' });
  return { context, page: tab, errors, scripts };
}

async function evaluate<T>(page: Page, expression: string, ms: number, errors: string[]): Promise<T> {
  try {
    return await withTimeout(page.evaluate(expression) as Promise<T>, ms, expression);
  } catch (error) {
    const extra = errors.length ? ` (page errors: ${errors.slice(0, 3).join(' | ')})` : '';
    throw new Error(`${String((error as Error).message ?? error)}${extra}`);
  }
}

/** One run of one target: first frame, recolours, orbit, and the scripts the page loaded. */
export async function runTarget(browser: Browser, target: TargetName, options: BenchOptions): Promise<PageRun> {
  const { context, page, errors, scripts } = await openPage(browser, target, options);
  try {
    if (target === 'shoe-viewer') await page.waitForFunction('document.getElementById("v")?.stageController?.stage', null, { timeout: options.timeoutMs });
    await evaluate(page, `__bench.setAdaptive(${options.adaptive})`, options.timeoutMs, errors);
    const first = await evaluate<{ ms: number; centre: number[]; coverage: number }>(page, '__bench.firstFrame()', options.timeoutMs, errors);
    let recolour: PageRun['recolour'] = [];
    for (let i = 0; i < options.recolours; i++) {
      const result = await evaluate<{ missing: true } | { ms: number; frames: number; changed: boolean; error?: string }>(
        page,
        `__bench.recolour(${i})`,
        options.timeoutMs,
        errors,
      );
      if ('missing' in result) {
        recolour = null;
        break;
      }
      recolour.push(result);
      await page.waitForTimeout(100);
    }
    const adaptiveSwitch = target === 'shoe-viewer';
    if (adaptiveSwitch) await evaluate(page, '__bench.setAdaptive(false)', options.timeoutMs, errors);
    const orbit = await evaluate<PageRun['orbit']>(page, `__bench.orbit(${options.orbitFrames})`, options.timeoutMs, errors);
    let orbitAdaptive: PageRun['orbitAdaptive'] = null;
    if (adaptiveSwitch && (await evaluate<boolean>(page, '__bench.setAdaptive(true)', options.timeoutMs, errors))) {
      orbitAdaptive = await evaluate<PageRun['orbit']>(page, `__bench.orbit(${options.orbitFrames})`, options.timeoutMs, errors);
      await evaluate(page, '__bench.setAdaptive(false)', options.timeoutMs, errors);
    }
    const drag = await dragOrbit(page, options, errors);
    let dragAdaptive: DragRun | null = null;
    if (adaptiveSwitch && (await evaluate<boolean>(page, '__bench.setAdaptive(true)', options.timeoutMs, errors))) {
      dragAdaptive = await dragOrbit(page, options, errors);
      await evaluate(page, `__bench.setAdaptive(${options.adaptive})`, options.timeoutMs, errors);
    }
    const files = await Promise.all(scripts);
    const minified = files.reduce((sum, f) => sum + f.body.length, 0);
    const shippedJs = {
      raw: fileSize(RAW_FILES[target]),
      minified,
      gzip: files.reduce((sum, f) => sum + gzipSize(f.body), 0),
      brotli: files.reduce((sum, f) => sum + brotliCompressSync(f.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
      files: files.map((f) => ({ url: f.url, bytes: f.body.length, gzip: gzipSize(f.body) })),
    };
    if (!files.some((f) => f.url === PAGE_SCRIPTS[target])) throw new Error(`${target}: page did not load ${PAGE_SCRIPTS[target]}`);
    return { firstFrameMs: first.ms, centre: first.centre, coverage: first.coverage, recolour, orbit, orbitAdaptive, drag, dragAdaptive, shippedJs, pageErrors: errors };
  } finally {
    await context.close();
  }
}

/**
 * Orbits as a user does: presses the mouse on the viewer's centre and drags it left and right through the
 * browser's input pipeline (CDP Input.dispatchMouseEvent via playwright), one small move after another as fast
 * as the browser takes them, until `dragFrames` new frames were presented. Nothing is read back.
 */
async function dragOrbit(page: Page, options: BenchOptions, errors: string[]): Promise<DragRun> {
  const box = await page.locator('#v').boundingBox();
  if (!box) throw new Error('no box for #v');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const reach = Math.min(200, box.width / 3);
  // Let the previous measurement's frames (damping, cross-fades) end first.
  await page.waitForTimeout(500);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await evaluate(page, '__bench.dragStart()', options.timeoutMs, errors);
  const cpuStart = descendantCpuMs();
  const started = Date.now();
  let x = cx;
  let dx = 6;
  let moves = 0;
  try {
    while (Date.now() - started < options.timeoutMs) {
      x += dx;
      if (Math.abs(x - cx) > reach) dx = -dx;
      await page.mouse.move(x, cy + Math.sin(moves / 20) * 10);
      moves++;
      if (moves % 4 === 0 && (await evaluate<number>(page, '__bench.dragFrames()', options.timeoutMs, errors)) > options.dragFrames) break;
    }
  } finally {
    await page.mouse.up();
  }
  const result = await evaluate<{ intervals: number[]; frames: number }>(page, '__bench.dragStop()', options.timeoutMs, errors);
  const cpuEnd = descendantCpuMs();
  const cpuMsPerFrame = cpuStart != null && cpuEnd != null && result.frames ? (cpuEnd - cpuStart) / result.frames : null;
  return { ...result, moves, ms: Date.now() - started, cpuMsPerFrame };
}

export interface ManyRun {
  ms: number;
  drawn: number;
  viewers: number;
  contexts: number;
  minCoverage: number;
  /** Dragging the page's one big viewer (the size of the single-viewer page's) with the others on the page. */
  drag: DragRun;
}

/**
 * N <shoe-viewer> on one page (one as big as the single-viewer page's, the rest small): time until the last one
 * is drawn, pixel check of each, WebGL contexts created, then a drag of the big one.
 */
export async function runMany(browser: Browser, options: BenchOptions): Promise<ManyRun> {
  const { context, page, errors } = await openPage(browser, 'many', options);
  try {
    // The adaptive scale (shared by all viewers) as for the other measurements, from the first frame on.
    await page.waitForFunction('document.getElementById("v")?.stageController?.stage', null, { timeout: options.timeoutMs });
    await evaluate(page, `__bench.setAdaptive(${options.adaptive})`, options.timeoutMs, errors);
    const many = await evaluate<Omit<ManyRun, 'drag'>>(page, `__bench.many(${options.manyCount})`, Math.max(options.timeoutMs, 180_000), errors);
    return { ...many, drag: await dragOrbit(page, options, errors) };
  } finally {
    await context.close();
  }
}

export interface MemorySnapshot {
  jsHeapBytes: number;
  renderer: { geometries: number; textures: number; programs: number | null } | null;
  gl: Record<string, number>;
}

export interface MemoryRun {
  cycles: number;
  before: MemorySnapshot;
  after: MemorySnapshot;
}

async function snapshot(page: Page, cdp: CDPSession, errors: string[]): Promise<MemorySnapshot> {
  // Give deferred teardown (a task) and pending frames time to run, then count.
  await page.waitForTimeout(300);
  const gl = await evaluate<Record<string, number>>(page, '__bench.glLive()', 30_000, errors);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const jsHeapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const renderer = await evaluate<MemorySnapshot['renderer']>(page, '__bench.rendererMemory()', 30_000, errors);
  return { jsHeapBytes, renderer, gl };
}

/**
 * Memory before and after `cycles` add/remove cycles of a second viewer of the
 * same model, next to the page's first viewer (which keeps shared state alive).
 * One warm-up cycle comes first, so one-time caches are in "before".
 */
export async function runMemory(browser: Browser, target: TargetName, options: BenchOptions): Promise<MemoryRun> {
  const { context, page, errors } = await openPage(browser, target, options);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await evaluate(page, '__bench.firstFrame()', options.timeoutMs, errors);
    await evaluate(page, '__bench.cycles(1)', options.timeoutMs, errors);
    const before = await snapshot(page, cdp, errors);
    await evaluate(page, `__bench.cycles(${options.cycles})`, Math.max(options.timeoutMs, options.cycles * 20_000), errors);
    const after = await snapshot(page, cdp, errors);
    return { cycles: options.cycles, before, after };
  } finally {
    await context.close();
  }
}

/** The GL renderer string and browser version, from a blank page. */
export async function environment(browser: Browser): Promise<{ browser: string; glRenderer: string }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const glRenderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      if (!gl || !info) return 'no WebGL2';
      // Warm-up: the browser's first shader compile and draw pay one-time costs (the GPU process's
      // translator and JIT) that would otherwise land on whichever page is measured first.
      const program = gl.createProgram()!;
      const sources: [number, string][] = [
        [gl.VERTEX_SHADER, '#version 300 es\nin vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'],
        [gl.FRAGMENT_SHADER, '#version 300 es\nprecision highp float; out vec4 c; uniform sampler2D t; void main() { c = texture(t, vec2(0.5)); }'],
      ];
      for (const [type, source] of sources) {
        const shader = gl.createShader(type)!;
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        gl.attachShader(program, shader);
      }
      gl.linkProgram(program);
      gl.useProgram(program);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      return String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    });
    return { browser: `Chromium ${browser.version()}`, glRenderer };
  } finally {
    await context.close();
  }
}

export { ROOT };
