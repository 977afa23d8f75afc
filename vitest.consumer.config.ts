import { defineConfig } from 'vitest/config';

// Consumer tests (`npm run test:consumer`): the packed package installed into fresh apps outside
// the source tree (Vite, React 19 SSR + hydration, Vue 3, the CDN file), built and opened in Chromium.
export default defineConfig({
  test: {
    include: ['test/consumer/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/consumer/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // One Chromium and one build at a time: CI has 2 cores.
    fileParallelism: false,
  },
});
