/**
 * Render models/kayano-14.glb headless into docs/images/model-*.png: five views and two
 * close-ups (heel, forefoot) in the default og-2008 look, and two views of two collaborations.
 * Starts Vite on the standalone page in scripts/render-model and drives system Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const views = ['lateral', 'medial', 'top', 'back', 'three-quarter', 'heel-closeup', 'forefoot-closeup'];
/**
 * Colorways rendered beside the default look (og-2008, which the views above already show),
 * lateral and three-quarter each, unless RENDER_ONLY_DEFAULT is set.
 */
const colorways = ['jjjjound-silver-black', 'kiko-kostadinov-classic-red-blue'];
const colorwayViews = ['lateral', 'three-quarter'];

const server = await createServer({
  configFile: false,
  root: join(repo, 'scripts/render-model'),
  publicDir: repo, // serves /models/kayano-14.glb
  logLevel: 'warn',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;

const userDataDir = mkdtempSync(join(tmpdir(), 'render-model-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  viewport: { width: 1200, height: 800 },
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('[page]', m.text());
  });
  // RENDER_VARIANT=<preset id> renders that baked colorway; RENDER_DEBUG=1 flat part colours.
  const query = new URLSearchParams();
  if (process.env.RENDER_DEBUG) query.set('debug', '1');
  if (process.env.RENDER_VARIANT) query.set('variant', process.env.RENDER_VARIANT);
  // RENDER_MODEL=/path/under/the/repo.glb renders another build (e.g. a trial one) instead.
  if (process.env.RENDER_MODEL) query.set('model', process.env.RENDER_MODEL);
  await page.goto(`http://127.0.0.1:${port}/index.html?${query}`);
  await page.waitForFunction(() => window.modelReady || window.modelError, undefined, { timeout: 120_000 });
  const err = await page.evaluate(() => window.modelError);
  if (err) throw new Error(err);
  // RENDER_CAMERA="px,py,pz,tx,ty,tz" renders one extra debug view, to RENDER_OUT if set
  // (so people rendering in parallel keep their own), else /tmp/model-debug.png.
  const dbg = process.env.RENDER_CAMERA?.split(',').map(Number);
  if (dbg && dbg.length === 6) {
    await page.evaluate((c) => (window as unknown as { setCamera: (p: number[], t: number[]) => void }).setCamera(c.slice(0, 3), c.slice(3)), dbg);
    await page.screenshot({ path: process.env.RENDER_OUT ?? '/tmp/model-debug.png' });
  }
  for (const v of process.env.RENDER_CAMERA ? [] : views) {
    await page.evaluate((name) => window.setView(name), v);
    await page.screenshot({ path: join(repo, `docs/images/model-${v}.png`) });
    console.log(`docs/images/model-${v}.png`);
  }
  const extra = process.env.RENDER_CAMERA || process.env.RENDER_VARIANT || process.env.RENDER_DEBUG || process.env.RENDER_ONLY_DEFAULT ? [] : colorways;
  for (const c of extra) {
    await page.evaluate((name) => window.setVariant(name), c);
    for (const v of colorwayViews) {
      await page.evaluate((name) => window.setView(name), v);
      await page.screenshot({ path: join(repo, `docs/images/model-${c}-${v}.png`) });
      console.log(`docs/images/model-${c}-${v}.png`);
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
