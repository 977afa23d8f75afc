/**
 * Smoke run of the benchmark (`npm run bench -- --smoke`): one run per target
 * with few frames and cycles, in headless Chromium on whatever GPU there is
 * (SwiftShader in CI: slow, so generous timeouts). Checks that every metric is
 * there for every target with a sane value, not how fast anything is.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/lib/report.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench/results/smoke-test.json.tmp');
const TIMEOUT_MS = 360_000;

function runSmokeBench(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/bench.ts', '--smoke', '--out', OUT], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS - 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done(output);
      else fail(new Error(`bench --smoke exited with ${code}:\n${output}`));
    });
  });
}

describe('npm run bench -- --smoke', () => {
  it(
    'measures every metric for every target',
    async () => {
      rmSync(OUT, { force: true });
      const printed = await runSmokeBench();
      expect(printed).toContain('shoe-viewer benchmark');
      const result = JSON.parse(readFileSync(OUT, 'utf8')) as BenchResult;
      const positive = (value: number | null | undefined, what: string) => {
        expect(value, what).toBeTypeOf('number');
        expect(Number.isFinite(value) && value! > 0, `${what} = ${value}`).toBe(true);
      };

      expect(result.meta.smoke).toBe(true);
      expect(Object.keys(result.targets).sort()).toEqual(['baseline', 'model-viewer', 'shoe-viewer']);
      for (const [name, t] of Object.entries(result.targets)) {
        positive(t.shippedJs.raw, `${name} raw JS`);
        positive(t.shippedJs.minified, `${name} minified JS`);
        positive(t.shippedJs.gzip, `${name} gzip JS`);
        expect(t.shippedJs.gzip).toBeLessThan(t.shippedJs.minified);
        expect(t.shippedJs.minified).toBeLessThan(t.shippedJs.raw);
        positive(t.firstFrameMs?.median, `${name} first frame`);
        expect(t.centreCovered, `${name} draws the model at the centre`).toBe(true);
        positive(t.recolourMs?.median, `${name} recolour`);
        expect(t.recolourAllShowedChange, `${name} recolour changes the image`).toBe(true);
        positive(t.recolourFrames?.median, `${name} recolour frames`);
        positive(t.orbitFrameMs?.median, `${name} orbit frame`);
        expect(Math.min(...t.orbitFramesDrawnPerRun), `${name} drew every orbit frame`).toBe(result.meta.orbitFrames);
        positive(t.dragFrameMs?.median, `${name} frame time while dragging`);
        expect(Math.min(...t.dragFramesPerRun), `${name} presented frames while dragging`).toBeGreaterThan(result.meta.dragFrames);
        expect(t.memory, `${name} memory`).not.toBeNull();
        positive(t.memory!.before.jsHeapBytes, `${name} heap before`);
        positive(t.memory!.after.jsHeapBytes, `${name} heap after`);
        positive(t.memory!.before.renderer?.geometries, `${name} renderer geometries`);
        positive(t.memory!.before.gl.total, `${name} live GL objects`);
        expect(t.pageErrors, `${name} page errors`).toEqual([]);
      }
      positive(result.targets['shoe-viewer'].dragAdaptiveFrameMs?.median, 'shoe-viewer drag with adaptive resolution on');
      for (const ratio of Object.values(result.ratiosToBaseline['shoe-viewer'])) positive(ratio, 'ratio to baseline');

      expect(result.many.viewers).toBe(50);
      expect(result.many.drawn, 'all 50 viewers show the shoe').toBe(50);
      expect(result.many.contexts, 'one WebGL context for 50 viewers').toBe(1);
      positive(result.many.timeMs?.median, 'time until the last viewer is drawn');
      positive(result.many.dragFrameMs?.median, 'frame time while dragging one of the 50');

      expect(result.goals.length).toBe(10);
      expect(result.goals.some((g) => g.goal.startsWith('No growth of GPU objects')), 'the GPU-object goal').toBe(true);
      expect(result.bundle.groups.some((g) => g.group === 'three core')).toBe(true);
    },
    TIMEOUT_MS,
  );
});
