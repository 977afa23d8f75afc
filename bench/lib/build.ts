/**
 * Builds what the benchmark serves: the package (`npm run build`, for the CDN
 * module), the bare three.js baseline (minified like the CDN build, and
 * unminified for the "raw" size), the in-page harness, and an unminified copy
 * of the CDN module whose per-module sizes are the bundle analysis.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILD_DIR = resolve(ROOT, 'bench/.build');

export interface BundleGroup {
  group: string;
  /** Bytes of the group's tree-shaken, unminified code in the bundle. */
  renderedBytes: number;
  /** gzip -9 of that code alone: an estimate of the group's share of the shipped gzip. */
  gzipBytesAlone: number;
  modules: number;
}

function groupOf(id: string): string {
  const path = id.replace(/\\/g, '/');
  if (path.includes('/node_modules/three/examples/')) return 'three addons (GLTFLoader, OrbitControls, RoomEnvironment)';
  if (path.includes('/node_modules/three/')) return 'three core';
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(path)) return 'lit';
  if (path.includes('/src/')) return 'shoe-viewer (src/)';
  return 'other';
}

type Output = { output: { type: string; fileName: string; modules?: Record<string, { code: string | null; renderedLength: number }> }[] };

async function bundle(entry: string, fileName: string, options: { minify: boolean; format?: 'es' | 'iife' }): Promise<Output> {
  const config: InlineConfig = {
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: BUILD_DIR,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: options.minify,
      lib: { entry: resolve(ROOT, entry), formats: [options.format ?? 'es'], name: '__benchBundle', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, minify: options.minify } },
    },
  };
  const result = (await build(config)) as Output | Output[];
  return Array.isArray(result) ? result[0] : result;
}

export interface BuildResult {
  bundleGroups: BundleGroup[];
}

export async function buildAll(options: { buildPackage: boolean; log: (line: string) => void }): Promise<BuildResult> {
  if (options.buildPackage) {
    options.log('building the package (npm run build) ...');
    const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
  }
  options.log('building the bench pages (baseline, harness, unminified CDN copy) ...');
  await bundle('bench/baseline/viewer.ts', 'baseline.min.js', { minify: true });
  await bundle('bench/baseline/viewer.ts', 'baseline.js', { minify: false });
  await bundle('bench/page/harness.ts', 'harness.js', { minify: false, format: 'iife' });
  const raw = await bundle('src/index.ts', 'shoe-viewer.raw.js', { minify: false });

  const groups = new Map<string, { code: string[]; renderedBytes: number; modules: number }>();
  for (const chunk of raw.output) {
    for (const [id, module] of Object.entries(chunk.modules ?? {})) {
      const name = groupOf(id);
      const group = groups.get(name) ?? { code: [], renderedBytes: 0, modules: 0 };
      group.renderedBytes += module.renderedLength;
      group.code.push(module.code ?? '');
      if (module.renderedLength > 0) group.modules++;
      groups.set(name, group);
    }
  }
  const bundleGroups = [...groups.entries()]
    .map(([group, g]) => ({ group, renderedBytes: g.renderedBytes, gzipBytesAlone: gzipSync(g.code.join('\n'), { level: 9 }).length, modules: g.modules }))
    .sort((a, b) => b.renderedBytes - a.renderedBytes);
  return { bundleGroups };
}

export interface JsSize {
  raw: number;
  minified: number;
  gzip: number;
  brotli: number;
}

export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export function fileSize(path: string): number {
  return readFileSync(resolve(ROOT, path)).length;
}
