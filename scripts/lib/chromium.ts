/** Headless Debian Chromium for scripts (screenshots, benchmarks, e2e): never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags.mjs';

export { CHROMIUM_PATH };
export const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];

export async function launchChromium(): Promise<Browser> {
  // Playwright gives each launch a fresh temporary profile, as a first-time visitor would have.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
