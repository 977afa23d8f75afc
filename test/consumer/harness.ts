/**
 * What the consumer tests share: fresh apps made from test/consumer/fixtures/ outside the source
 * tree with the packed package installed, their builds, and Chromium pages that must show the shoe.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.js';

export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

export const consumer = () => inject('consumer');

/**
 * A fresh app: the fixture's files in a folder of the temporary work dir, the unpacked tarball
 * as node_modules/shoe-viewer (what `npm install shoe-viewer-0.1.0.tgz` lays out), and each of
 * the package's declared dependencies plus the app's own (`appDependencies`) linked from this
 * project's node_modules, so nothing reaches a registry. A dependency the package needs but does
 * not declare is missing here, as it would be for a user.
 */
export function makeApp(name: string, fixture: string, appDependencies: string[] = []): string {
  const { workDir, packageDir } = consumer();
  const app = join(workDir, name);
  cpSync(join(FIXTURES, fixture), app, { recursive: true });
  const modules = join(app, 'node_modules');
  cpSync(packageDir, join(modules, 'shoe-viewer'), { recursive: true });
  const declared = Object.keys((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  for (const dependency of [...declared, ...appDependencies]) {
    const link = join(modules, dependency);
    if (existsSync(link)) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dependency), link, 'dir');
  }
  return app;
}

/** A binary from this project's node_modules/.bin (tsc, vue-tsc), for running inside an app. */
export const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface Watched {
  page: Page;
  /** Console errors and warnings, uncaught errors, and CSP violations, as text. */
  problems: string[];
  /** `securitypolicyviolation` events: directive and blocked URI. */
  violations: string[];
}

/** A new page that records everything that went wrong on it, CSP violations included. */
export async function watchedPage(): Promise<Watched> {
  const page = await (await launch()).newPage({ viewport: { width: 800, height: 600 } });
  const problems: string[] = [];
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  // Runs before the page's own scripts, and is not itself subject to the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    // The tests' own repeated canvas readbacks make Chromium suggest willReadFrequently: not the page's problem.
    if (/willReadFrequently/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems, violations };
}

/**
 * Waits until the page's first `<shoe-viewer>` shows a model (its `load` came and a frame is
 * drawn) and returns the share of its canvas pixels that differ from the corner's: the shoe.
 */
export async function shoeCoverage(page: Page, selector = 'shoe-viewer'): Promise<number> {
  await page.waitForFunction(
    (selector) => {
      const viewer = document.querySelector(selector) as (HTMLElement & { loaded?: boolean; framesDrawn?: number }) | null;
      return !!viewer?.loaded && (viewer.framesDrawn ?? 0) > 0;
    },
    selector,
    { timeout: 120_000, polling: 250 },
  );
  return page.evaluate((selector) => {
    const canvas = document.querySelector(selector)!.shadowRoot!.querySelector('canvas')!;
    // The view is a bitmaprenderer canvas (no getImageData): copy it into a 2D canvas first.
    const copy = Object.assign(document.createElement('canvas'), { width: canvas.width, height: canvas.height }).getContext('2d')!;
    copy.drawImage(canvas, 0, 0);
    const { data } = copy.getImageData(0, 0, canvas.width, canvas.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) + Math.abs(data[i + 3] - data[3]);
      if (distance > 24) differing++;
    }
    return differing / (canvas.width * canvas.height);
  }, selector);
}

/** Runs a command in `cwd` as a user's shell would (no NODE_ENV=test from Vitest); rejects with its output if it fails. */
export function run(command: string, args: string[], cwd: string): Promise<string> {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Starts a long-running command (a dev server) and resolves with the first URL it prints. */
export function startServer(command: string, args: string[], cwd: string): Promise<{ url: string; stop: () => void }> {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      // eslint-disable-next-line no-control-regex
      const url = output.replace(/\u001b\[[0-9;]*m/g, '').match(/https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/);
      if (url) done({ url: url[0], stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => fail(new Error(`${command} exited with ${code} before printing a URL:\n${output}`)));
  });
}
