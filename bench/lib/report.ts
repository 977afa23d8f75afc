/** Statistics, goals and the printed / Markdown table of a benchmark run. */
import type { BundleGroup } from './build.js';
import type { ManyRun, MemoryRun, PageRun, TargetName } from './measure.js';
import { TARGETS } from './measure.js';

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stat(values: number[]): Stat | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

const median = (values: number[]) => stat(values)?.median ?? NaN;

export interface TargetResult {
  shippedJs: { raw: number; minified: number; gzip: number; brotli: number; files: { url: string; bytes: number; gzip: number }[] };
  firstFrameMs: Stat | null;
  /** null: the target has no recolour API (yet). */
  recolourMs: Stat | null;
  recolourFrames: Stat | null;
  recolourNote: string;
  recolourAllShowedChange: boolean | null;
  orbitFrameMs: Stat | null;
  orbitIntervalMs: Stat | null;
  orbitFramesDrawnPerRun: number[];
  /** shoe-viewer's scripted orbit with its adaptive render scale on; null for the others. */
  orbitAdaptiveFrameMs: Stat | null;
  /** Pointer drag: ms per presented frame (each run's median interval; adaptive scale off for shoe-viewer). */
  dragFrameMs: Stat | null;
  /** shoe-viewer with its adaptive render scale on; null for the others. */
  dragAdaptiveFrameMs: Stat | null;
  dragFramesPerRun: number[];
  /** CPU ms of all Chromium processes per dragged frame (adaptive off): the work, whatever the machine's load. */
  dragCpuMs: Stat | null;
  centreCovered: boolean;
  memory: (MemoryRun & { growth: { jsHeapBytes: number; geometries: number | null; textures: number | null; glObjects: number } }) | null;
  pageErrors: string[];
}

export interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

export interface BenchResult {
  meta: {
    date: string;
    command: string;
    smoke: boolean;
    runsPerTarget: number;
    order: string;
    browser: string;
    glRenderer: string;
    softwareGpu: boolean;
    model: { path: string; bytes: number; isShippedKayano: boolean };
    viewport: string;
    recoloursPerRun: number;
    orbitFrames: number;
    dragFrames: number;
    adaptive: boolean;
    cycles: number;
    manyCount: number;
    notes: string[];
  };
  targets: Record<TargetName, TargetResult>;
  many: { timeMs: Stat | null; dragFrameMs: Stat | null; dragCpuMs: Stat | null; drawn: number; viewers: number; contexts: number; minCoverage: number; runs: ManyRun[] };
  ratiosToBaseline: Record<TargetName, Record<string, number | null>>;
  bundle: { target: 'shoe-viewer'; groups: BundleGroup[] };
  goals: Goal[];
}

export function summarise(
  runs: Record<TargetName, PageRun[]>,
  many: ManyRun[],
  memory: Record<TargetName, MemoryRun | null>,
): Pick<BenchResult, 'targets' | 'many' | 'ratiosToBaseline'> {
  const targets = {} as Record<TargetName, TargetResult>;
  for (const target of TARGETS) {
    const list = runs[target];
    const last = list[list.length - 1];
    const recolours = list.flatMap((r) => r.recolour ?? []);
    const missing = list.some((r) => r.recolour === null);
    const mem = memory[target];
    targets[target] = {
      shippedJs: last.shippedJs,
      firstFrameMs: stat(list.map((r) => r.firstFrameMs)),
      recolourMs: missing ? null : stat(recolours.map((r) => r.ms)),
      recolourFrames: missing ? null : stat(recolours.map((r) => r.frames)),
      recolourNote: missing ? 'n/a (API missing)' : recolours.every((r) => r.changed) ? '' : 'some recolours never showed a change',
      recolourAllShowedChange: missing ? null : recolours.every((r) => r.changed),
      // Each run's median frame, then the median / min / max of those over runs.
      orbitFrameMs: stat(list.map((r) => median(r.orbit.samples))),
      orbitIntervalMs: stat(list.map((r) => median(r.orbit.intervals))),
      orbitFramesDrawnPerRun: list.map((r) => r.orbit.samples.length),
      orbitAdaptiveFrameMs: list.every((r) => r.orbitAdaptive) ? stat(list.map((r) => median(r.orbitAdaptive!.samples))) : null,
      dragFrameMs: stat(list.map((r) => median(r.drag.intervals))),
      dragAdaptiveFrameMs: list.every((r) => r.dragAdaptive) ? stat(list.map((r) => median(r.dragAdaptive!.intervals))) : null,
      dragFramesPerRun: list.map((r) => r.drag.frames),
      dragCpuMs: stat(list.map((r) => r.drag.cpuMsPerFrame ?? NaN)),
      centreCovered: list.every((r) => r.centre[3] > 0),
      memory: mem && {
        ...mem,
        growth: {
          jsHeapBytes: mem.after.jsHeapBytes - mem.before.jsHeapBytes,
          geometries: mem.before.renderer && mem.after.renderer ? mem.after.renderer.geometries - mem.before.renderer.geometries : null,
          textures: mem.before.renderer && mem.after.renderer ? mem.after.renderer.textures - mem.before.renderer.textures : null,
          glObjects: (mem.after.gl.total ?? 0) - (mem.before.gl.total ?? 0),
        },
      },
      pageErrors: [...new Set(list.flatMap((r) => r.pageErrors))],
    };
  }
  const base = targets.baseline;
  const ratio = (a: number | undefined | null, b: number | undefined | null) => (a != null && b ? a / b : null);
  const ratiosToBaseline = {} as Record<TargetName, Record<string, number | null>>;
  for (const target of TARGETS) {
    const t = targets[target];
    ratiosToBaseline[target] = {
      gzipBytes: ratio(t.shippedJs.gzip, base.shippedJs.gzip),
      firstFrameMs: ratio(t.firstFrameMs?.median, base.firstFrameMs?.median),
      recolourMs: ratio(t.recolourMs?.median, base.recolourMs?.median),
      orbitFrameMs: ratio(t.orbitFrameMs?.median, base.orbitFrameMs?.median),
      orbitAdaptiveFrameMs: ratio(t.orbitAdaptiveFrameMs?.median, base.orbitFrameMs?.median),
      dragFrameMs: ratio(t.dragFrameMs?.median, base.dragFrameMs?.median),
      dragAdaptiveFrameMs: ratio(t.dragAdaptiveFrameMs?.median, base.dragFrameMs?.median),
      dragCpuMs: ratio(t.dragCpuMs?.median, base.dragCpuMs?.median),
    };
  }
  return {
    targets,
    ratiosToBaseline,
    many: {
      timeMs: stat(many.map((m) => m.ms)),
      dragFrameMs: stat(many.map((m) => median(m.drag.intervals))),
      dragCpuMs: stat(many.map((m) => m.drag.cpuMsPerFrame ?? NaN)),
      drawn: Math.min(...many.map((m) => m.drawn)),
      viewers: Math.min(...many.map((m) => m.viewers)),
      contexts: Math.max(...many.map((m) => m.contexts)),
      minCoverage: Math.min(...many.map((m) => m.minCoverage)),
      runs: many,
    },
  };
}

/** Heap growth under this is noise (GC timing, JIT, caches): "no growth". */
export const HEAP_NOISE_BYTES = 1024 * 1024;

export function goals(result: Omit<BenchResult, 'goals'>): Goal[] {
  const sv = result.targets['shoe-viewer'];
  const base = result.targets.baseline;
  const mv = result.targets['model-viewer'];
  const r = result.ratiosToBaseline['shoe-viewer'];
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const list: Goal[] = [];
  // The CDN entry plus its lazy chunks: every feature in it (issue 13).
  list.push({
    goal: 'Shipped JS <= 190 kB gzip (three + lit included)',
    met: sv.shippedJs.gzip <= 190_000,
    detail: `${kb(sv.shippedJs.gzip)} gzip (${(sv.shippedJs.gzip / 1024).toFixed(1)} KiB); baseline ${kb(base.shippedJs.gzip)}, model-viewer ${kb(mv.shippedJs.gzip)}`,
  });
  const within = (name: string, limit: number, ratio: number | null, own: Stat | null, peer: Stat | null) => ({
    goal: `${name} within ${limit}x of baseline and below model-viewer`,
    met: ratio != null && own && peer ? ratio <= limit && own.median < peer.median : null,
    detail: own && peer && ratio != null ? `${ratio.toFixed(2)}x baseline; ${own.median.toFixed(1)} ms vs model-viewer ${peer.median.toFixed(1)} ms` : 'not measured',
  });
  list.push(within('First frame', 1.1, r.firstFrameMs, sv.firstFrameMs, mv.firstFrameMs));
  // Like for like: against the bare page (no scaling) with ours at full resolution; against
  // model-viewer (its render scale always adapts) with ours adapting too.
  const orbitGoal = (name: string, ratio: number | null, full: Stat | null, adaptive: Stat | null, peer: Stat | null): Goal => ({
    goal: `${name} within 1.1x of baseline (both at full resolution) and below model-viewer (both adapting their resolution)`,
    met: ratio != null && adaptive && peer ? ratio <= 1.1 && adaptive.median < peer.median : null,
    detail:
      ratio != null && full && adaptive && peer
        ? `${ratio.toFixed(2)}x baseline at full resolution; adapting ${adaptive.median.toFixed(1)} ms vs model-viewer ${peer.median.toFixed(1)} ms (at full resolution ${full.median.toFixed(1)} ms)`
        : 'not measured',
  });
  list.push(orbitGoal('Orbit while dragging', r.dragFrameMs, sv.dragFrameMs, sv.dragAdaptiveFrameMs, mv.dragFrameMs));
  list.push(orbitGoal('Orbit frame time (scripted)', r.orbitFrameMs, sv.orbitFrameMs, sv.orbitAdaptiveFrameMs, mv.orbitFrameMs));
  list.push(within('Recolour to the frame that shows the new look in full', 1.2, r.recolourMs, sv.recolourMs, mv.recolourMs));
  list.push({
    goal: 'Recolour shows in full on the next frame',
    met: sv.recolourFrames ? sv.recolourFrames.max === 1 && sv.recolourAllShowedChange === true : null,
    detail: sv.recolourFrames
      ? `frames from call to the new look in full: median ${sv.recolourFrames.median}, max ${sv.recolourFrames.max}; ${sv.recolourMs!.median.toFixed(1)} ms${sv.recolourAllShowedChange ? '' : '; NOT every recolour changed the image'}`
      : sv.recolourNote || 'not measured',
  });
  const manyDrag = result.many.dragFrameMs;
  list.push({
    goal: `Dragging one of ${result.meta.manyCount} viewers within 1.1x of dragging a single viewer`,
    met: manyDrag && sv.dragFrameMs ? manyDrag.median <= sv.dragFrameMs.median * 1.1 : null,
    detail:
      manyDrag && sv.dragFrameMs
        ? `${manyDrag.median.toFixed(1)} ms vs ${sv.dragFrameMs.median.toFixed(1)} ms per frame (${(manyDrag.median / sv.dragFrameMs.median).toFixed(2)}x)` +
          (result.many.dragCpuMs && sv.dragCpuMs ? `; CPU ${(result.many.dragCpuMs.median / sv.dragCpuMs.median).toFixed(2)}x per frame` : '')
        : 'not measured',
  });
  list.push({
    goal: `${result.meta.manyCount} viewers all drawn with one WebGL context`,
    met: result.many.runs.length ? result.many.drawn === result.meta.manyCount && result.many.contexts === 1 : null,
    detail: result.many.runs.length
      ? `${result.many.drawn}/${result.meta.manyCount} drawn, ${result.many.contexts} WebGL context(s), last drawn at ${result.many.timeMs?.median.toFixed(0)} ms`
      : 'not measured',
  });
  const m = sv.memory;
  list.push({
    goal: `No growth of GPU objects after ${result.meta.cycles} add/remove cycles`,
    met: m ? m.growth.geometries === 0 && m.growth.textures === 0 && m.growth.glObjects === 0 : null,
    detail: m
      ? `renderer geometries ${m.before.renderer?.geometries}->${m.after.renderer?.geometries}, textures ${m.before.renderer?.textures}->${m.after.renderer?.textures}, live GL objects ${m.before.gl.total}->${m.after.gl.total}`
      : 'not measured',
  });
  // Not one of issue 13's goals: after one warm-up cycle the heap also holds V8's compiled code and
  // Chromium's timeline entries; scripts/heap-check.ts diffs heap snapshots to tell ours apart.
  list.push({
    goal: `JS heap after ${result.meta.cycles} cycles within ${mb(HEAP_NOISE_BYTES)} of before (see scripts/heap-check.ts)`,
    met: m ? m.growth.jsHeapBytes < HEAP_NOISE_BYTES : null,
    detail: m ? `JS heap ${mb(m.before.jsHeapBytes)}->${mb(m.after.jsHeapBytes)}` : 'not measured',
  });
  return list;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (s: Stat | null, digits = 1) => (s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : 'n/a');
const x = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? '–' : `${n.toFixed(2)}x`);

/** The results table as rows of cells: metric, the three targets, ratios of shoe-viewer and model-viewer to the baseline. */
export function tableRows(result: BenchResult): string[][] {
  const t = result.targets;
  const r = result.ratiosToBaseline;
  const row = (name: string, cell: (target: TargetName) => string, ratioKey?: string) => [
    name,
    ...TARGETS.map(cell),
    ratioKey ? x(r['shoe-viewer'][ratioKey]) : '',
    ratioKey ? x(r['model-viewer'][ratioKey]) : '',
  ];
  const memo = (target: TargetName, pick: (m: NonNullable<TargetResult['memory']>) => string) => {
    const m = t[target].memory;
    return m ? pick(m) : 'n/a';
  };
  return [
    ['Metric', 'shoe-viewer', 'three.js baseline', 'model-viewer', 'shoe-viewer / baseline', 'model-viewer / baseline'],
    row('JS raw (unminified)', (k) => kB(t[k].shippedJs.raw)),
    row('JS minified (loaded)', (k) => kB(t[k].shippedJs.minified)),
    row('JS gzip -9', (k) => kB(t[k].shippedJs.gzip), 'gzipBytes'),
    row('JS brotli -11', (k) => kB(t[k].shippedJs.brotli)),
    row('First frame, ms from navigation', (k) => ms(t[k].firstFrameMs, 0), 'firstFrameMs'),
    row('Recolour → new look in full on screen, ms', (k) => (t[k].recolourMs ? ms(t[k].recolourMs) : t[k].recolourNote || 'n/a'), 'recolourMs'),
    row('Recolour, frames until shown in full', (k) => (t[k].recolourFrames ? ms(t[k].recolourFrames, 0) : 'n/a')),
    row('Orbit frame cost, ms (median of 120)', (k) => ms(t[k].orbitFrameMs), 'orbitFrameMs'),
    row('… with adaptive resolution on', (k) => (t[k].orbitAdaptiveFrameMs ? ms(t[k].orbitAdaptiveFrameMs) : k === 'model-viewer' ? '(always on)' : '–'), 'orbitAdaptiveFrameMs'),
    row('Orbit rAF interval, ms (vsync-bound)', (k) => ms(t[k].orbitIntervalMs)),
    row('Orbit while dragging, ms per presented frame', (k) => ms(t[k].dragFrameMs), 'dragFrameMs'),
    row('… CPU ms per dragged frame, all Chromium processes', (k) => ms(t[k].dragCpuMs), 'dragCpuMs'),
    row('… with adaptive resolution on', (k) => (t[k].dragAdaptiveFrameMs ? ms(t[k].dragAdaptiveFrameMs) : k === 'model-viewer' ? '(always on)' : '–'), 'dragAdaptiveFrameMs'),
    row(`JS heap before → after ${result.meta.cycles} cycles`, (k) =>
      memo(k, (m) => `${mb(m.before.jsHeapBytes)} → ${mb(m.after.jsHeapBytes)} (${m.growth.jsHeapBytes >= 0 ? '+' : ''}${(m.growth.jsHeapBytes / 1024).toFixed(0)} KiB)`),
    ),
    row('renderer.info.memory geo/tex before → after', (k) =>
      memo(k, (m) =>
        m.before.renderer && m.after.renderer
          ? `${m.before.renderer.geometries}/${m.before.renderer.textures} → ${m.after.renderer.geometries}/${m.after.renderer.textures}`
          : 'n/a',
      ),
    ),
    row('Live GL objects (all contexts) before → after', (k) => memo(k, (m) => `${m.before.gl.total} → ${m.after.gl.total}`)),
    [
      `${result.meta.manyCount} viewers: drawn / WebGL contexts / last drawn ms`,
      result.many.runs.length ? `${result.many.drawn}/${result.many.viewers} / ${result.many.contexts} / ${ms(result.many.timeMs, 0)}` : 'n/a',
      '–',
      '–',
      '',
      '',
    ],
    [`${result.meta.manyCount} viewers: dragging one, ms per presented frame`, ms(result.many.dragFrameMs), '–', '–', '', ''],
    [`… CPU ms per dragged frame, all Chromium processes`, ms(result.many.dragCpuMs), '–', '–', '', ''],
  ];
}

export function header(result: BenchResult): string[] {
  const m = result.meta;
  return [
    `shoe-viewer benchmark — ${m.date}${m.smoke ? ' (SMOKE run: not for numbers)' : ''}`,
    `${m.browser}, headless; WebGL: ${m.glRenderer}`,
    m.softwareGpu
      ? 'SOFTWARE RENDERING (SwiftShader): absolute times are far slower than on a real GPU; compare the ratios.'
      : 'Hardware GPU.',
    `Adaptive resolution ${m.adaptive ? 'ON' : 'off'} for shoe-viewer's first frame and recolour (the scripted orbit and the drag are measured both ways).`,
    `Model: ${m.model.path} (${kB(m.model.bytes)})${m.model.isShippedKayano ? '' : ' — NOT the shipped Kayano GLB (it was missing)'}; viewer ${m.viewport}`,
    `${m.runsPerTarget} run(s) per target, alternated ${m.order}; cells are median (min–max) over runs; ${m.recoloursPerRun} recolours/run, ${m.orbitFrames} orbit frames/run, ${m.dragFrames} dragged frames/run, ${m.cycles} memory cycles, ${m.manyCount} viewers.`,
  ];
}

export function formatText(result: BenchResult): string {
  const rows = tableRows(result);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  const out = [...header(result), '', line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), ''];
  out.push('Goals (issue 13):');
  for (const goal of result.goals) out.push(`  [${goal.met === null ? '?' : goal.met ? 'met' : 'MISSED'}] ${goal.goal}: ${goal.detail}`);
  out.push('', 'Bundle analysis of the CDN module (tree-shaken, unminified bytes per source; gzip of each alone):');
  for (const g of result.bundle.groups) out.push(`  ${g.group.padEnd(58)} ${kB(g.renderedBytes).padStart(10)}  gzip ~${kB(g.gzipBytesAlone)}  (${g.modules} modules)`);
  for (const target of TARGETS) {
    const errors = result.targets[target].pageErrors;
    if (errors.length) out.push(`Page errors on ${target}: ${errors.slice(0, 5).join(' | ')}`);
  }
  for (const note of result.meta.notes) out.push(`Note: ${note}`);
  return out.join('\n');
}

export function formatMarkdown(result: BenchResult): string {
  const rows = tableRows(result);
  const esc = (cell: string) => cell.replace(/\|/g, '\\|');
  const md = [
    ...header(result).map((line) => `> ${line}`),
    '',
    `| ${rows[0].map(esc).join(' | ')} |`,
    `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.slice(1).map((row) => `| ${row.map(esc).join(' | ')} |`),
    '',
    '| Goal | Result | Figures |',
    '|---|---|---|',
    ...result.goals.map((g) => `| ${esc(g.goal)} | ${g.met === null ? 'not measured' : g.met ? '✅ met' : '❌ missed'} | ${esc(g.detail)} |`),
  ];
  return md.join('\n');
}
