import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cdnInlineLazy } from './scripts/lib/cdn-inline-lazy.js';
import { cdnModelBesideScript } from './scripts/lib/cdn-model-beside-script.js';
import { gltfWithoutAnimations } from './scripts/lib/gltf-without-animations.js';
import { glslCompact } from './scripts/lib/glsl-compact.js';
import { cssCompact } from './scripts/lib/css-compact.js';
import { threeWithoutShadowMaps } from './scripts/lib/three-without-shadow-maps.js';
import { threeWithoutWebXr } from './scripts/lib/three-without-webxr.js';

// `npm start` serves the demo site from the project root (so /models and /src resolve as in the package);
// `npm run build` makes the CDN module: one self-contained file, three and lit bundled in, minified,
// with the default model copied beside it (dist/cdn/kayano-14.glb).
export default defineConfig(({ command }) => ({
  server: { open: '/demo/' },
  // Pre-bundle what the demo pages import; the consumer-test apps under test/ import the packed package, not this tree.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  plugins: [gltfWithoutAnimations(), threeWithoutShadowMaps(), glslCompact(), cssCompact(), threeWithoutWebXr(), cdnInlineLazy(), cdnModelBesideScript(resolve(import.meta.dirname, 'models/kayano-14.glb'))],
  // The CDN build is always the production one: without this, a build started with NODE_ENV=test
  // (Vitest, the benchmark's smoke test) resolves Lit's development build into dist/cdn.
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'shoe-viewer.js',
    },
    rolldownOptions: {
      output: {
        // Fully minified (Vite keeps whitespace in library ES output by default): the CDN module is what shoppers download.
        minify: true,
        // One file, so a page may host it under any name and in any folder: the optional features of
        // src/lazy.ts are in it (scripts/lib/cdn-inline-lazy.ts) instead of chunks that import the
        // entry back by its file name.
        codeSplitting: false,
      },
    },
  },
}));
