/**
 * Screenshots of the demo pages at desktop (1280x800) and phone (375x812) size into docs/images/,
 * taken from the built site (`npm run screenshots` builds it first).
 */
import { launchChromium } from './lib/chromium.js';
import { serveStatic } from './lib/static-server.js';

const PAGES = ['index', 'product', 'studio', 'explore'] as const;
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

const server = await serveStatic('dist/demo-site');
const browser = await launchChromium();
const problems: string[] = [];
try {
  for (const size of SIZES) {
    for (const name of PAGES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
      page.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${name}: ${e}`));
      await page.goto(`${server.url}/demo/${name}.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('shoe-viewer')].every((v) => v.loaded), null, { timeout: 120_000 });
      if (name === 'explore') {
        await page.click('#tour-next');
        await page.waitForFunction(() => document.querySelector('shoe-viewer')?.openAnnotationId);
      }
      if (name === 'studio') await page.click('[data-part="upper_heel_counter"]');
      if (name === 'product') await page.click('#sizes label:nth-child(7)');
      await page.evaluate(() => window.scrollTo(0, 0));
      // Two animation frames for the last draw to reach the screen.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const out = `docs/images/demo-${name}-${size.name}.png`;
      await page.screenshot({ path: out });
      console.log(`wrote ${out}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
