/**
 * `npm run bench`: <shoe-viewer> (CDN build) vs a bare three.js page vs
 * @google/model-viewer, loading the same GLB in headless Chromium. Prints a
 * table and writes the figures as JSON (bench/results/latest.json) and as a
 * Markdown table (bench/results/latest.md). See bench/README-performance.md.
 *
 * Options:
 *   --runs N       runs per target, alternated A B C A B C ... (default 5)
 *   --smoke        quick check: 1 run, few frames, 1 memory cycle, a 400x300 viewer; writes bench/results/smoke.json.tmp
 *   --out FILE     JSON output path
 *   --model PATH   GLB to load (default models/kayano-14.glb, else test/fixtures/box.glb)
 *   --frames N     orbit frames per run (default 120)     --cycles N   memory add/remove cycles (default 100)
 *   --many N       viewers on the many-viewers page (default 50)
 *   --drag N       presented frames recorded per pointer drag (default 60)
 *   --adaptive     adaptive render scale on for shoe-viewer's first frame, recolour and scripted orbit
 *                  (default off: the same pixels as the baseline; the drag is measured both ways regardless)
 *   --no-build     use the existing dist/ (skip `npm run build`)
 *   --no-memory, --no-many   skip the add/remove cycles or the many-viewers page (quicker while iterating)
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KAYANO14_PRESETS } from '../src/colorway/presets.js';
import { ROOT, buildAll } from '../bench/lib/build.js';
import { TARGETS, environment, runMany, runMemory, runTarget, type BenchOptions, type ManyRun, type MemoryRun, type PageRun, type TargetName } from '../bench/lib/measure.js';
import { formatMarkdown, formatText, goals, summarise, type BenchResult } from '../bench/lib/report.js';
import { VIEWER_SIZE, serveStatic } from '../bench/lib/server.js';
import { launchChromium } from './lib/chromium.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    model: { type: 'string' },
    frames: { type: 'string' },
    cycles: { type: 'string' },
    many: { type: 'string' },
    drag: { type: 'string' },
    adaptive: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-memory': { type: 'boolean', default: false },
    'no-many': { type: 'boolean', default: false },
  },
});

const smoke = args.smoke;
const int = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Math.max(1, Number.parseInt(value, 10) || fallback));
const runs = int(args.runs, smoke ? 1 : 5);
const orbitFrames = int(args.frames, smoke ? 10 : 120);
const cycles = int(args.cycles, smoke ? 1 : 100);
const manyCount = int(args.many, 50);
const dragFrames = int(args.drag, smoke ? 8 : 60);
const recolours = smoke ? 2 : 4;
// SwiftShader's cost grows with the pixels drawn; the smoke run checks that every metric is measured, not how fast.
const viewerSize = smoke ? { width: 400, height: 300 } : VIEWER_SIZE;
const out = resolve(ROOT, args.out ?? (smoke ? 'bench/results/smoke.json.tmp' : 'bench/results/latest.json'));

const KAYANO = 'models/kayano-14.glb';
const modelPath = args.model ?? (existsSync(resolve(ROOT, KAYANO)) ? KAYANO : 'test/fixtures/box.glb');
const notes: string[] = [];
if (!args.model && modelPath !== KAYANO) notes.push(`${KAYANO} does not exist yet: measured with ${modelPath}; rerun when the Kayano GLB is in place.`);

// Recolour with the same presets on every target: <shoe-viewer> by id, the others part by part (material name = part id).
const COLORWAY_IDS = ['pure-silver-red', 'jjjjound-silver-black'];
const colorwayParts = COLORWAY_IDS.map((id) => {
  const preset = KAYANO14_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`preset ${id} missing`);
  return Object.fromEntries(Object.entries(preset.parts).map(([part, look]) => [part, { color: look.color, metalness: look.metalness, roughness: look.roughness }]));
});

const log = (line: string) => console.error(`[bench] ${line}`);

const { bundleGroups } = await buildAll({ buildPackage: !args['no-build'], log });
const server = await serveStatic(manyCount, viewerSize);
const browser = await launchChromium();
try {
  const env = await environment(browser);
  const options: BenchOptions = {
    serverUrl: server.url,
    model: `/${modelPath}`,
    colorwayIds: COLORWAY_IDS,
    colorwayParts,
    recolours,
    orbitFrames,
    dragFrames,
    adaptive: args.adaptive,
    manyCount,
    cycles,
    timeoutMs: 120_000,
  };
  const pageRuns = Object.fromEntries(TARGETS.map((t) => [t, [] as PageRun[]])) as Record<TargetName, PageRun[]>;
  const manyRuns: ManyRun[] = [];
  for (let run = 1; run <= runs; run++) {
    // Each run starts with another target, so that none always meets the browser's first-time costs.
    for (const target of TARGETS.map((_, i) => TARGETS[(i + run - 1) % TARGETS.length]!)) {
      log(`run ${run}/${runs}: ${target}`);
      pageRuns[target].push(await runTarget(browser, target, options));
    }
    if (args['no-many']) continue;
    log(`run ${run}/${runs}: ${manyCount} × shoe-viewer`);
    manyRuns.push(await runMany(browser, options));
  }
  const memory = {} as Record<TargetName, MemoryRun | null>;
  for (const target of TARGETS) {
    if (args['no-memory']) {
      memory[target] = null;
      continue;
    }
    log(`memory: ${target}, ${cycles} add/remove cycles`);
    memory[target] = await runMemory(browser, target, options);
  }

  const summary = summarise(pageRuns, manyRuns, memory);
  const partial: Omit<BenchResult, 'goals'> = {
    meta: {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      smoke,
      runsPerTarget: runs,
      order: 'run 1: shoe-viewer, baseline, model-viewer; each later run starts one target further on; many-viewers after each run',
      browser: env.browser,
      glRenderer: env.glRenderer,
      softwareGpu: /swiftshader|llvmpipe|software/i.test(env.glRenderer),
      model: { path: modelPath, bytes: statSync(resolve(ROOT, modelPath)).size, isShippedKayano: modelPath === KAYANO },
      viewport: `${viewerSize.width}x${viewerSize.height} CSS px at devicePixelRatio 1`,
      recoloursPerRun: recolours,
      orbitFrames,
      dragFrames,
      adaptive: args.adaptive,
      cycles,
      manyCount,
      notes,
    },
    ...summary,
    bundle: { target: 'shoe-viewer', groups: bundleGroups },
  };
  const result: BenchResult = { ...partial, goals: goals(partial) };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (!smoke) writeFileSync(out.replace(/\.json$/, '.md'), `${formatMarkdown(result)}\n`);
  console.log(formatText(result));
  log(`wrote ${relative(ROOT, out)}`);
} finally {
  await browser.close();
  await server.close();
}
