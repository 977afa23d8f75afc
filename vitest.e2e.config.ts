import { defineConfig } from 'vitest/config';

// End-to-end tests of the built demo site (`npm run test:e2e` builds it first) in headless Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
