/**
 * Screenshots a page of the demo in headless Chromium once its viewer has drawn the model.
 * Usage: npx tsx scripts/screenshot.ts [path=/demo/] [out=docs/images/demo.png] [width=1200] [height=800]
 */
import { launchChromium } from './lib/chromium.js';
import { serveProject } from './lib/serve.js';

const [path = '/demo/', out = 'docs/images/demo.png', width = '1200', height = '800'] = process.argv.slice(2);
const server = await serveProject();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  await page.waitForFunction(() => [...document.querySelectorAll('shoe-viewer')].every((v) => (v as any).loaded), null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
