/**
 * End to end: the built demo site (dist/demo-site) on a localhost static server, driven in Debian's
 * headless Chromium. Each page is used the way its user would, and the visible result is checked.
 * Colour changes are instant under `prefers-reduced-motion: reduce`, so the tests emulate it.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.js';
import { serveStatic } from '../../scripts/lib/static-server.js';

const SITE = 'dist/demo-site';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const opened: { page: Page; errors: string[] }[] = [];

beforeAll(async () => {
  if (!existsSync(`${SITE}/demo/index.html`)) throw new Error('Build the demo first: npm run build:demo');
  server = await serveStatic(SITE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page opened in a test must have logged no console errors and thrown nothing. */
afterEach(async () => {
  const pages = opened.splice(0);
  for (const { page } of pages) await page.close();
  for (const { errors } of pages) expect(errors).toEqual([]);
});

async function open(path: string, viewport = { width: 1280, height: 800 }, options: { wait?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('close', () => void context.close());
  opened.push({ page, errors });
  await page.goto(server.url + path);
  if (options.wait !== false) await waitLoaded(page);
  return page;
}

async function waitLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('shoe-viewer')].every((v) => v.loaded), null, { timeout: 120_000 });
}

/** Waits for two animation frames, so what the viewer drew last is on screen. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function viewerPixels(page: Page): Promise<Buffer> {
  await settle(page);
  return page.locator('shoe-viewer').first().screenshot();
}

describe('index', () => {
  it('shows the viewer and links to the three pages', async () => {
    const page = await open('/demo/');
    const links = await page.locator('.page-card').evaluateAll((cards) => cards.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(['/demo/product.html', '/demo/studio.html', '/demo/explore.html']);
    await expect(page.locator('#status').textContent()).resolves.toContain('Drag');
  });
});

describe('product page', () => {
  it('recolours the viewer when a swatch is picked', async () => {
    const page = await open('/demo/product.html');
    const swatches = await page.locator('#swatches .swatch').count();
    expect(swatches).toBe(await page.evaluate(() => document.querySelector('shoe-viewer')!.presets.length));
    const before = await viewerPixels(page);
    await page.locator('#swatches .swatch', { hasText: 'JJJJound' }).click();
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.colorway)).toBe('jjjjound-silver-black');
    await expect(page.locator('#colorway-name').textContent()).resolves.toContain('JJJJound');
    expect(page.url()).toContain('colorway=jjjjound-silver-black');
    const after = await viewerPixels(page);
    expect(after.equals(before)).toBe(false);
  });

  it('asks for a size, then adds to the bag without leaving the page', async () => {
    const page = await open('/demo/product.html');
    await page.click('#add-to-bag');
    await expect(page.locator('#size-hint').isVisible()).resolves.toBe(true);
    expect(await page.locator('#sizes input[value="13"]').isDisabled()).toBe(true);
    await page.locator('#sizes label', { hasText: /^9$/ }).click();
    await page.click('#add-to-bag');
    await expect(page.locator('.toast').textContent()).resolves.toMatch(/Added to your bag: GEL-Kayano 14, .*US 9/);
    expect(new URL(page.url()).pathname).toBe('/demo/product.html');
  });

  it('shows the poster and progress while a throttled load runs, then the model', async () => {
    const page = await open('/demo/product.html', { width: 1280, height: 800 }, { wait: false });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // The page's scripts and the ~400 KB model at 100 KB/s: several seconds of loading (slower still on a busy machine).
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 100 * 1024, uploadThroughput: 100 * 1024 });
    // What the shopper sees at the first progress report: recorded in the page, as it happens.
    await page.addInitScript(() => {
      document.addEventListener(
        'progress',
        (event) => {
          const viewer = event.target as HTMLElement & { loaded: boolean };
          const w = window as unknown as { firstProgress?: unknown };
          if (w.firstProgress || viewer.localName !== 'shoe-viewer') return;
          const img = viewer.shadowRoot!.querySelector<HTMLImageElement>('[part="poster"]')!;
          const bar = viewer.shadowRoot!.querySelector<HTMLElement>('[part="progress"]')!;
          w.firstProgress = { loaded: viewer.loaded, src: img.src, posterHidden: img.hidden, barHidden: bar.hidden };
        },
        true,
      );
    });
    const posterResponse = page.waitForResponse((r) => r.url().includes('kayano-14-poster'), { timeout: 120_000 });
    await page.reload();
    expect((await posterResponse).status()).toBe(200);
    await page.waitForFunction(() => (window as unknown as { firstProgress?: unknown }).firstProgress, null, { timeout: 120_000 });
    const during = (await page.evaluate(() => (window as unknown as { firstProgress?: unknown }).firstProgress)) as Record<string, unknown>;
    expect(during.loaded).toBe(false);
    expect(during.src).toMatch(/kayano-14-poster.*\.webp$/);
    expect(during.posterHidden).toBe(false);
    expect(during.barHidden).toBe(false);
    await waitLoaded(page);
    await expect(page.locator('#load-status').textContent()).resolves.toContain('Drag to turn');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.shadowRoot!.querySelector<HTMLImageElement>('[part="poster"]')!.hidden)).toBe(true);
  });

  it('loads lazily: a viewer far down the page fetches nothing until it nears the viewport', async () => {
    const page = await open('/demo/product.html');
    let requests = 0;
    await page.route('**/kayano-14.glb?lazy', (route) => {
      requests++;
      return route.continue();
    });
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      const viewer = document.createElement('shoe-viewer');
      viewer.id = 'far';
      viewer.src = '/models/kayano-14.glb?lazy';
      viewer.style.height = '300px';
      document.body.append(spacer, viewer);
    });
    await page.waitForTimeout(500); // a negative check: give an eager viewer time to start fetching
    expect(requests).toBe(0);
    await page.evaluate(() => document.getElementById('far')!.scrollIntoView());
    await waitLoaded(page);
    expect(requests).toBe(1);
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    const page = await open('/demo/product.html', { width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await page.locator('shoe-viewer').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
  });
});

describe('colorway studio', () => {
  it('recolours a part, undoes and redoes it', async () => {
    const page = await open('/demo/studio.html');
    await page.click('[data-part="upper_mesh"]');
    await expect(page.locator('#part-name').textContent()).resolves.toBe('Mesh base');
    const original = await page.evaluate(() => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'upper_mesh')!.color);
    const before = await viewerPixels(page);
    await page.locator('#part-color').fill('#ff6600');
    const mesh = () => page.evaluate(() => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'upper_mesh')!.color);
    expect(await mesh()).toBe('#ff6600');
    const changed = await viewerPixels(page);
    expect(changed.equals(before)).toBe(false);
    await page.click('#undo');
    expect(await mesh()).toBe(original);
    expect((await viewerPixels(page)).equals(changed)).toBe(false);
    await page.click('#redo');
    expect(await mesh()).toBe('#ff6600');
    expect(await page.locator('#redo').isDisabled()).toBe(true);
  });

  it('changes a finish and resets to the starting preset', async () => {
    const page = await open('/demo/studio.html');
    await page.click('[data-part="midsole"]');
    await page.locator('#finishes label', { hasText: 'gloss' }).click();
    const finish = () => page.evaluate(() => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'midsole')!.finish);
    expect(await finish()).toBe('gloss');
    await expect(page.locator('[data-part="midsole"] .finish').textContent()).resolves.toBe('gloss');
    await page.selectOption('#preset', 'beams-mosquito-net');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.colorway)).toBe('beams-mosquito-net');
    await page.click('[data-part="upper_toe"]');
    await page.locator('#part-hex').fill('tomato');
    await page.locator('#part-hex').press('Enter');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'upper_toe')!.color)).toBe('#ff6347');
    await page.click('#reset');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.colorway)).toBe('beams-mosquito-net');
  });

  it('shows a dropped foreign GLB (chosen with the file input) with its own parts, presets and variants', async () => {
    const page = await open('/demo/studio.html');
    const load = page.evaluate(() => new Promise((done) => document.querySelector('shoe-viewer')!.addEventListener('load', done, { once: true })));
    await page.setInputFiles('#open-model', 'test/fixtures/foreign-shoe-profiled.glb');
    await load;
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.src)).toMatch(/^blob:/);
    await expect(page.locator('#part-groups .part .label').allTextContents()).resolves.toEqual(['Vamp', 'Heel and collar', 'Cupsole', 'Laces']);
    const presets = await page.locator('#preset option').allTextContents();
    expect(presets).toEqual(expect.arrayContaining(['Night', 'Midnight', 'Sunrise']));
    const before = await viewerPixels(page);
    const sole = () => page.evaluate(() => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'sole')!.color);
    const soleBefore = await sole();
    await page.selectOption('#preset', 'variant-midnight');
    await page.waitForFunction(() => document.querySelector('shoe-viewer')!.colorway === 'variant-midnight');
    // The variant's materials are switched in (its sole is near black).
    await page.waitForFunction((was) => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === 'sole')!.color !== was, soleBefore);
    expect(await sole()).toMatch(/^#[0-3]/);
    expect((await viewerPixels(page)).equals(before)).toBe(false);
    await page.click('[data-part="laces"]');
    await expect(page.locator('#part-name').textContent()).resolves.toBe('Laces');
  });

  it('selects the part clicked on the model', async () => {
    const page = await open('/demo/studio.html');
    await page.evaluate(() => {
      (window as unknown as { picked: string[] }).picked = [];
      document.querySelector('shoe-viewer')!.addEventListener('part-select', (e) => (window as unknown as { picked: string[] }).picked.push((e as CustomEvent).detail.part));
    });
    const box = (await page.locator('shoe-viewer').boundingBox())!;
    // The default lateral view has the upper across the middle of the frame.
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.waitForFunction(() => (window as unknown as { picked: string[] }).picked.length > 0);
    const part = await page.evaluate(() => (window as unknown as { picked: string[] }).picked[0]!);
    await expect(page.locator('[aria-pressed="true"]').getAttribute('data-part')).resolves.toBe(part);
    const label = await page.evaluate((id) => document.querySelector('shoe-viewer')!.parts.find((p) => p.id === id)!.label, part);
    await expect(page.locator('#part-name').textContent()).resolves.toBe(label);
  });

  it('makes a share link that shows the same look in a new page', async () => {
    const page = await open('/demo/studio.html');
    await page.selectOption('#preset', 'angelo-baque-rebirth-of-cool');
    await page.click('[data-part="laces"]');
    await page.locator('#part-color').fill('#12ab34');
    await page.locator('#finishes label', { hasText: 'satin' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain('colorway=');
    const exported = await page.evaluate(() => document.querySelector('shoe-viewer')!.exportColorway());
    const other = await open(new URL(link).pathname + new URL(link).search);
    const reopened = await other.evaluate(() => document.querySelector('shoe-viewer')!.exportColorway());
    expect(reopened.parts).toEqual(exported.parts);
    expect(reopened.parts.laces).toMatchObject({ color: '#12ab34', finish: 'satin' });
    await expect(other.locator('[data-part="laces"] .chip').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(18, 171, 52)');
  });

  it('exports the colorway JSON and a PNG, and imports JSON back', async () => {
    const page = await open('/demo/studio.html');
    await page.selectOption('#preset', 'silver-cream');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const text = await readDownload(json);
    const exported = JSON.parse(text);
    expect(exported).toEqual(await page.evaluate(() => document.querySelector('shoe-viewer')!.exportColorway()));

    await page.selectOption('#preset', 'og-2008');
    await page.setInputFiles('#import', { name: 'look.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.querySelector('shoe-viewer')!.colorway === 'silver-cream');
    await expect(page.locator('#import-error').textContent()).resolves.toBe('');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = Buffer.from(await readDownload(png, 'binary'), 'binary');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('shows the error from a bad colorway file as text, and keeps the look', async () => {
    const page = await open('/demo/studio.html');
    const look = await page.evaluate(() => document.querySelector('shoe-viewer')!.exportColorway());
    await page.setInputFiles('#import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"id":"x","name":"<b>X</b>","parts":{"upper_mesh":"#GGG"}}') });
    const error = page.locator('#import-error');
    await page.waitForFunction(() => document.getElementById('import-error')!.textContent !== '');
    await expect(error.textContent()).resolves.toContain('bad.json was not imported');
    expect(await error.isVisible()).toBe(true);
    expect(await error.evaluate((el) => el.children.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.exportColorway())).toEqual(look);

    await page.setInputFiles('#import', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await page.waitForFunction(() => document.getElementById('import-error')!.textContent!.includes('notes.json'));
    await expect(error.textContent()).resolves.toContain('not valid JSON');
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    const page = await open('/demo/studio.html', { width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

describe('tech explorer', () => {
  it('takes a dropped foreign GLB: its profile names the story and its callouts make the tour', async () => {
    const page = await open('/demo/explore.html');
    await expect(page.locator('#story-title').textContent()).resolves.toBe('Inside the GEL-Kayano 14');
    const load = page.evaluate(() => new Promise((done) => document.querySelector('shoe-viewer')!.addEventListener('load', done, { once: true })));
    await page.setInputFiles('#open-model', 'test/fixtures/foreign-shoe-profiled.glb');
    await load;
    await expect(page.locator('#story-title').textContent()).resolves.toBe('Inside Street runner');
    expect(await page.locator('#kayano-story').isHidden()).toBe(true);
    await expect(page.locator('#tour-list button').count()).resolves.toBe(2);
    await page.click('#tour-next');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.openAnnotationId)).toBe('cupsole');
    await page.locator('#tour-list button').last().click();
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.openAnnotationId)).toBe('laces');
  });

  it('steps through the callouts in order with the guided tour', async () => {
    const page = await open('/demo/explore.html');
    const ids = await page.evaluate(() => document.querySelector('shoe-viewer')!.annotationData.map((a) => a.id));
    expect(ids.length).toBeGreaterThan(2);
    const openId = () => page.evaluate(() => document.querySelector('shoe-viewer')!.openAnnotationId);
    const panelTitle = () =>
      page.evaluate(() => {
        const panel = document.querySelector('shoe-viewer')!.shadowRoot!.querySelector<HTMLElement>('[part~="annotation-panel"]');
        return panel && !panel.hidden ? panel.querySelector('[part~="annotation-title"]')?.textContent?.trim() : null;
      });
    const titles = await page.evaluate(() => document.querySelector('shoe-viewer')!.annotationData.map((a) => a.title));

    await page.click('#tour-next');
    expect(await openId()).toBe(ids[0]);
    expect(await panelTitle()).toBe(titles[0]);
    await expect(page.locator('#tour-step').textContent()).resolves.toBe(`Stop 1 of ${ids.length}`);
    await page.click('#tour-next');
    expect(await openId()).toBe(ids[1]);
    expect(await panelTitle()).toBe(titles[1]);
    await page.click('#tour-prev');
    expect(await openId()).toBe(ids[0]);
    await page.locator('#tour-list button').last().click();
    expect(await openId()).toBe(ids[ids.length - 1]);
    await expect(page.locator('#tour-next').textContent()).resolves.toBe('Finish');
    await page.click('#tour-next');
    expect(await openId()).toBe(null);
    await expect(page.locator('#tour-step').textContent()).resolves.toBe('');
  });

  it('pulls the parts apart with the exploded-view slider', async () => {
    const page = await open('/demo/explore.html');
    const before = await viewerPixels(page);
    const slider = (await page.locator('#exploded').boundingBox())!;
    await page.mouse.move(slider.x + 4, slider.y + slider.height / 2);
    await page.mouse.down();
    await page.mouse.move(slider.x + slider.width * 0.8, slider.y + slider.height / 2, { steps: 8 });
    await page.mouse.up();
    const exploded = await page.evaluate(() => document.querySelector('shoe-viewer')!.exploded);
    expect(exploded).toBeGreaterThan(0.6);
    await expect(page.locator('#exploded-value').textContent()).resolves.toBe(`${Math.round(exploded * 100)}%`);
    expect((await viewerPixels(page)).equals(before)).toBe(false);
  });

  it('turns the callouts off and on', async () => {
    const page = await open('/demo/explore.html');
    const hotspots = () => page.evaluate(() => document.querySelector('shoe-viewer')!.shadowRoot!.querySelectorAll('[part~="hotspot"]').length);
    expect(await hotspots()).toBeGreaterThan(0);
    await page.uncheck('#callouts');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.annotations)).toBe(false);
    await page.check('#callouts');
    expect(await page.evaluate(() => document.querySelector('shoe-viewer')!.annotations)).toBe(true);
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    const page = await open('/demo/explore.html', { width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

async function readDownload(download: import('playwright-core').Download, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString(encoding);
}
