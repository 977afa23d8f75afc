/**
 * Time from `applyColorway()` to the next drawn frame, in headless Chromium (SwiftShader), on the demo's
 * first viewer with the bundled Kayano 14. Prints the median, min and max of N switches (default 20).
 * Usage: npx tsx scripts/measure-recolour.ts [N]
 */
import { launchChromium } from './lib/chromium.js';
import { serveProject } from './lib/serve.js';

const count = Number(process.argv[2] ?? 20);
const server = await serveProject();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`${server.url}/demo/product.html`);
  await page.waitForFunction(() => (document.querySelector('shoe-viewer') as any)?.loaded, null, { timeout: 120_000 });
  // Sent as source text: tsx's helpers (e.g. __name) do not exist in the page.
  const times: number[] = await page.evaluate(`(async (n) => {
    const viewer = document.querySelector('shoe-viewer');
    const canvas = viewer.shadowRoot.querySelector('canvas');
    const ids = ['pure-silver-red', 'jjjjound-silver-black', 'angelo-baque-rebirth-of-cool', 'og-2008'];
    const idle = async () => {
      for (;;) {
        const f = viewer.framesDrawn;
        await new Promise((r) => setTimeout(r, 300));
        if (viewer.framesDrawn === f) return;
      }
    };
    const probe = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
    const result = [];
    for (let i = 0; i < n; i++) {
      await idle();
      const frames = viewer.framesDrawn;
      const start = performance.now();
      viewer.applyColorway(ids[i % ids.length]);
      await new Promise((resolve) => {
        const tick = () => {
          if (viewer.framesDrawn > frames) {
            // A 1-pixel readback makes sure the frame really finished.
            // (the view is a bitmaprenderer canvas: copy one pixel into a 2D canvas and read that).
            probe.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1);
            probe.getImageData(0, 0, 1, 1);
            resolve();
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      result.push(performance.now() - start);
    }
    return result;
})(${count})`);
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
  const size = await page.evaluate(() => {
    const c = document.querySelector('shoe-viewer')!.shadowRoot!.querySelector('canvas')!;
    return `${c.width}x${c.height}`;
  });
  console.log(`applyColorway -> next drawn frame, ${count} switches, canvas ${size}, SwiftShader: median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
