// Browser tests in real Chromium (Debian's /usr/bin/chromium) with real WebGL through SwiftShader.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/lib/chromium-flags.mjs';


/** `/slow/<path>?ms=N` serves `<path>` after N milliseconds: for the src-race tests. */
function slowMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/slow/')) return next();
    const ms = Math.min(Number(ctx.query.ms) || 500, 10_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.url = ctx.path.slice('/slow'.length);
    return next();
  };
}

export default {
  files: [process.env.WTR_FILES ?? 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  middleware: [slowMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        userDataDir: mkdtempSync(join(tmpdir(), 'shoe-viewer-wtr-')),
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
};
