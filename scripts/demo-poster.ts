/**
 * Renders the product page's poster (demo/assets/kayano-14-poster.webp): the default view of the
 * Kayano 14 in its original colours, drawn by the element itself and saved with `toBlob`.
 * Usage: npm run build:demo && npx tsx scripts/demo-poster.ts (it renders with the built demo site)
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium.js';
import { serveStatic } from './lib/static-server.js';

const out = 'demo/assets/kayano-14-poster.webp';
const server = await serveStatic('dist/demo-site');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(`${server.url}/demo/index.html`);
  await page.waitForFunction(() => customElements.get('shoe-viewer'));
  await page.evaluate(() => {
    document.body.replaceChildren();
    const viewer = document.createElement('shoe-viewer');
    viewer.setAttribute('loading', 'eager');
    viewer.setAttribute('colorway', 'og-2008');
    viewer.style.cssText = 'width: 900px; height: 760px; background: none';
    document.body.append(viewer);
  });
  await page.waitForFunction(() => document.querySelector('shoe-viewer')?.loaded, null, { timeout: 120_000 });
  const dataUrl = await page.evaluate(async () => {
    const blob = await document.querySelector('shoe-viewer')!.toBlob({ type: 'image/webp', quality: 0.8 });
    if (!blob) throw new Error('no image');
    return new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsDataURL(blob);
    });
  });
  writeFileSync(out, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
