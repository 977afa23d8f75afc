/**
 * A fresh Vite app (no config file) that does `import 'shoe-viewer'` and writes the tag: the
 * bundled model must reach it with no copy step, built at `/` and under `--base=/shop/`, and on
 * the dev server; and its TypeScript must pass strict mode without skipLibCheck.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.js';
import { bin, closeBrowser, makeApp, run, shoeCoverage, startServer, watchedPage } from './harness.js';

let app = '';
let typecheck: Promise<string>;

beforeAll(() => {
  app = makeApp('vite-vanilla', 'vite-vanilla');
  // On its way while the builds run (it reads all of three's types).
  typecheck = run(bin('tsc'), ['-p', 'tsconfig.json'], app);
  typecheck.catch(() => undefined);
});
afterAll(closeBrowser);

async function expectShoeAt(url: string, allowed: RegExp[] = []): Promise<void> {
  const { page, problems } = await watchedPage();
  try {
    await page.goto(url);
    expect(await shoeCoverage(page), 'share of the canvas the shoe covers').toBeGreaterThan(0.03);
    expect(await page.locator('#last-event').textContent()).toMatch(/^load .*kayano-14.*\.glb$/);
    expect(problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)))).toEqual([]);
  } finally {
    await page.close();
  }
}

describe('a Vite app', () => {
  it('built at / emits the model into its assets and shows the shoe', async () => {
    await run(bin('vite'), ['build', '--logLevel', 'warn'], app);
    expect(readdirSync(join(app, 'dist/assets')).some((file) => /^kayano-14-.*\.glb$/.test(file))).toBe(true);
    const server = await serveStatic(join(app, 'dist'));
    try {
      await expectShoeAt(`${server.url}/`);
    } finally {
      await server.close();
    }
  });

  it('built with --base=/shop/ shows the shoe under /shop/', async () => {
    await run(bin('vite'), ['build', '--base=/shop/', '--outDir', 'site/shop', '--logLevel', 'warn'], app);
    const server = await serveStatic(join(app, 'site'));
    try {
      await expectShoeAt(`${server.url}/shop/`);
    } finally {
      await server.close();
    }
  });

  it('on the dev server shows the shoe', async () => {
    const dev = await startServer(bin('vite'), ['--host', '127.0.0.1', '--port', '0', '--clearScreen', 'false'], app);
    try {
      // A dev server resolves Lit's development build, which says so: that is Lit's, not ours.
      await expectShoeAt(dev.url, [/Lit is in dev mode/]);
    } finally {
      dev.stop();
    }
  });

  it('type-checks in strict TypeScript without skipLibCheck (typed events, no casts)', async () => {
    await expect(typecheck).resolves.toBeDefined();
  });
});

