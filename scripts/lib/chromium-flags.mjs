// Flags for Debian's headless Chromium, shared by the browser tests (web-test-runner.config.mjs) and the scripts.
// Plain JavaScript so the test runner's config can import it without a TypeScript loader.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  // Without these the closed network here refuses Chromium's background connections, many at a time.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL through SwiftShader: there is no GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // Test and script pages may sit in tabs Chromium treats as background and would throttle rAF to ~1 fps.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
