/**
 * The CDN file as a page without a bundler uses it: renamed, in another folder, with the model
 * beside it, under a strict Content-Security-Policy; the load errors a page author can act on
 * (two origins); and a plain static copy of the package with an import map.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.js';
import { closeBrowser, consumer, makeApp, shoeCoverage, watchedPage } from './harness.js';

/** The policy README's "Content-Security-Policy" section gives. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self' blob: data:";

let site = '';

beforeAll(() => {
  site = makeApp('cdn', 'cdn');
  // What a host does with the package's dist/cdn/: the script under its own name, the model beside it.
  const cdn = join(consumer().packageDir, 'dist/cdn');
  for (const folder of ['vendor/3d', 'lib']) mkdirSync(join(site, folder), { recursive: true });
  copyFileSync(join(cdn, 'shoe-viewer.js'), join(site, 'vendor/3d/viewer.4f2a91.min.js'));
  copyFileSync(join(cdn, 'kayano-14.glb'), join(site, 'vendor/3d/kayano-14.glb'));
  copyFileSync(join(cdn, 'shoe-viewer.js'), join(site, 'lib/sv.js'));
  copyFileSync(join(cdn, 'kayano-14.glb'), join(site, 'lib/kayano-14.glb'));
});
afterAll(closeBrowser);

describe('the CDN file', () => {
  it('renamed, in another folder, shows the model beside it and every feature with zero CSP violations', async () => {
    const server = await serveStatic(site, { headers: { 'content-security-policy': CSP } });
    const { page, problems, violations } = await watchedPage();
    try {
      await page.goto(`${server.url}/pages/product/`);
      expect(await shoeCoverage(page)).toBeGreaterThan(0.03);
      await page.waitForFunction(() => document.body.dataset.done === 'yes', null, { timeout: 60_000, polling: 250 });
      expect(await page.evaluate(() => document.body.dataset.events)).toBe('load | annotation-open | colorway-change');
      const state = await page.evaluate(() => {
        const viewer = document.querySelector('shoe-viewer') as HTMLElement & { openAnnotationId: string; highlightedPart: string; exploded: number; colorway: string };
        const root = viewer.shadowRoot!;
        return {
          src: (viewer as unknown as { modelUrl: string }).modelUrl,
          open: viewer.openAnnotationId,
          panel: !!root.querySelector('[part="annotation-panel"]'),
          hotspots: root.querySelectorAll('[part~="hotspot"]').length,
          highlighted: viewer.highlightedPart,
          exploded: viewer.exploded,
          colorway: viewer.colorway,
        };
      });
      expect(state).toEqual({
        src: `${server.url}/vendor/3d/kayano-14.glb`,
        open: 'gel-heel',
        panel: true,
        hotspots: state.hotspots,
        highlighted: 'outsole',
        exploded: 0.6,
        colorway: 'jjjjound-silver-black',
      });
      expect(state.hotspots).toBeGreaterThan(3);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      // The listener does see a violation when there is one.
      await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
      await expect.poll(() => violations.length).toBe(1);
      expect(violations[0]).toMatch(/^style-src/);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('says what to fix: a cross-origin model without Access-Control-Allow-Origin, and an HTML page (SPA fallback)', async () => {
    // The page's server answers unknown paths with index.html; two model servers on other ports.
    const pages = await serveStatic(site, { fallback: 'pages/errors/index.html' });
    const noCors = await serveStatic(join(site, 'lib'));
    const withCors = await serveStatic(join(site, 'lib'), { headers: { 'access-control-allow-origin': '*' } });
    const { page } = await watchedPage();
    const load = (src: string) =>
      page.evaluate(
        (src) =>
          new Promise<string>((done) => {
            const viewer = document.querySelector('shoe-viewer') as HTMLElement & { src: string };
            const on = (event: Event) => {
              viewer.removeEventListener('load', on);
              viewer.removeEventListener('error', on);
              const { detail } = event as CustomEvent<{ type: string; message: string }>;
              done(event.type === 'load' ? 'load' : `${detail.type}: ${detail.message}`);
            };
            viewer.addEventListener('load', on);
            viewer.addEventListener('error', on);
            viewer.src = src;
          }),
        src,
      );
    try {
      await page.goto(`${pages.url}/pages/errors/`);
      const refused = await load(`${noCors.url}/kayano-14.glb`);
      expect(refused).toMatch(/^network: /);
      expect(refused).toContain(`Its server (${noCors.url}) answered, but cross-origin access was likely refused`);
      expect(refused).toContain(`the model's server must send an Access-Control-Allow-Origin header allowing this page (Access-Control-Allow-Origin: ${pages.url} or *)`);
      // A page can pass src: from a server that allows it, the model shows.
      expect(await load(`${withCors.url}/kayano-14.glb`)).toBe('load');
      const html = await load('/models/kayano-14.glb');
      expect(html).toMatch(/^format: Expected a glTF\/GLB model but received an HTML page .*: the model URL is likely wrong/);
      const down = await load('http://127.0.0.1:9/kayano-14.glb');
      expect(down).toMatch(/^network: .*could not be reached\.$/);
    } finally {
      await page.close();
      await Promise.all([pages.close(), noCors.close(), withCors.close()]);
    }
  });
});

describe('a plain static copy of the package', () => {
  it('with an import map for lit and three, finds its model in the package (models/)', async () => {
    const copy = makeApp('static-copy', 'static-copy', ['lit-html', 'lit-element', '@lit/reactive-element']);
    const server = await serveStatic(copy);
    const { page, problems } = await watchedPage();
    try {
      await page.goto(`${server.url}/`);
      expect(await shoeCoverage(page)).toBeGreaterThan(0.03);
      expect(await page.evaluate(() => (document.querySelector('shoe-viewer') as unknown as { modelUrl: string }).modelUrl)).toBe(
        `${server.url}/node_modules/shoe-viewer/models/kayano-14.glb`,
      );
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
