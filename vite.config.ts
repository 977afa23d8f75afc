import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { gltfWithoutAnimations } from './scripts/lib/gltf-without-animations.js';

// `npm start` serves the demo site from the project root (so /models and /src resolve as in the package);
// `npm run build` makes the CDN module: three and lit bundled in, minified.
export default defineConfig({
  server: { open: '/demo/' },
  plugins: [gltfWithoutAnimations()],
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
      // The entry may export more than src/index.ts does (the lazy chunks import what they share with it from
      // there), so everything a plain page needs stays in shoe-viewer.js instead of moving to shared chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Fully minified (Vite keeps whitespace in library ES output by default): the CDN module is what shoppers download.
        minify: true,
        // Optional features (src/lazy.ts) as chunks beside the entry, named after their module.
        chunkFileNames: 'shoe-viewer-[name]-[hash].js',
      },
    },
  },
});
