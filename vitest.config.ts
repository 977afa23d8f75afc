import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in Node. Browser behaviour is tested by @web/test-runner (test/browser).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
