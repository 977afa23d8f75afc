/**
 * A React 19 app rendered on the server (`renderToString`) and hydrated (`hydrateRoot`): the
 * shoe shows, hydration reports nothing, and the viewer's events reach a listener added in an
 * effect after hydration. Built in development mode, where React reports hydration mismatches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.js';
import { bin, closeBrowser, makeApp, run, shoeCoverage, watchedPage } from './harness.js';

let app = '';
let typecheck: Promise<string>;

beforeAll(async () => {
  app = makeApp('react-ssr', 'react-ssr', ['react', 'react-dom', '@types/react', '@types/react-dom']);
  typecheck = run(bin('tsc'), ['-p', 'tsconfig.json'], app);
  typecheck.catch(() => undefined);
  await run(bin('vite'), ['build', '--mode', 'development', '--logLevel', 'warn'], app);
  await run(bin('vite'), ['build', '--mode', 'development', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'], app);
  await run(process.execPath, ['prerender.mjs'], app);
});
afterAll(closeBrowser);

describe('a React 19 app with SSR and hydration', () => {
  it('renders the tag on the server with its attributes', () => {
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
    expect(html).toMatch(/<shoe-viewer colorway="og-2008" loading="eager" annotations=""[^>]*><\/shoe-viewer>/);
  });

  it('hydrates without warnings, shows the shoe, and events reach a listener added in an effect', async () => {
    const server = await serveStatic(join(app, 'dist'));
    const { page, problems } = await watchedPage();
    try {
      await page.goto(`${server.url}/`);
      expect(await shoeCoverage(page)).toBeGreaterThan(0.03);
      await page.locator('#loaded', { hasText: 'yes' }).waitFor({ timeout: 60_000 });
      await page.click('#jjjjound');
      await page.locator('#last-change', { hasText: 'jjjjound-silver-black user' }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.getAttribute('colorway'))).toBe('jjjjound-silver-black');
      // Development builds of React and Lit say so once each; anything else (a hydration mismatch) fails.
      expect(problems.filter((problem) => !/Lit is in dev mode/.test(problem))).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('type-checks the JSX declaration of the tag and the typed listener (strict)', async () => {
    await expect(typecheck).resolves.toBeDefined();
  });
});
