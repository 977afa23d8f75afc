import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `npm start` serves the demo site from the project root (so /models and /src resolve as in the package);
// `npm run build` makes the self-contained CDN module: three and lit bundled in, minified.
export default defineConfig({
  server: { open: '/demo/' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'shoe-viewer.js',
    },
    // Fully minified (Vite keeps whitespace in library ES output by default): the CDN module is what shoppers download.
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
