/**
 * A Vue 3 app (`@vitejs/plugin-vue`, the tag declared a custom element): it passes `vue-tsc`
 * strict with typed handlers (`ShoeViewerEventMap`), shows the shoe, and a bound `colorway`
 * changes what is drawn.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.js';
import { bin, closeBrowser, makeApp, run, shoeCoverage, watchedPage } from './harness.js';

let app = '';
let typecheck: Promise<string>;

beforeAll(async () => {
  app = makeApp('vue', 'vue', ['vue', '@vitejs/plugin-vue', 'vite']);
  typecheck = run(bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], app);
  typecheck.catch(() => undefined);
  await run(bin('vite'), ['build', '--logLevel', 'warn'], app);
});
afterAll(closeBrowser);

/** A coarse fingerprint of what the viewer's canvas shows. */
const canvasSum = (page: Page) => page.evaluate(sumOfView);

/** Runs in the page: the sum of a sample of the view's pixels (its bitmaprenderer canvas copied into a 2D one). */
function sumOfView(): number {
  const canvas = document.querySelector('shoe-viewer')!.shadowRoot!.querySelector('canvas')!;
  const copy = Object.assign(document.createElement('canvas'), { width: canvas.width, height: canvas.height }).getContext('2d')!;
  copy.drawImage(canvas, 0, 0);
  const { data } = copy.getImageData(0, 0, canvas.width, canvas.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 16) sum += data[i] + data[i + 1] + data[i + 2];
  return sum;
}

describe('a Vue 3 app', () => {
  it('type-checks with vue-tsc in strict mode (typed event handlers)', async () => {
    await expect(typecheck).resolves.toBeDefined();
  });

  it('shows the shoe, and a bound colorway changes the look', async () => {
    const server = await serveStatic(join(app, 'dist'));
    const { page, problems } = await watchedPage();
    try {
      await page.goto(`${server.url}/`);
      expect(await shoeCoverage(page)).toBeGreaterThan(0.03);
      const before = await canvasSum(page);
      await page.click('#jjjjound');
      await page.locator('#last-change', { hasText: 'jjjjound-silver-black page' }).waitFor({ timeout: 30_000 });
      // The next frame shows the new colours.
      await expect
        .poll(() => canvasSum(page), { timeout: 30_000, interval: 250 })
        .toSatisfy((sum: number) => Math.abs(sum - before) / before > 0.02);
      expect(await canvasSum(page)).not.toBe(before);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
