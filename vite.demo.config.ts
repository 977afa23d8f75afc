import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist/demo-site');

/**
 * The element finds its bundled model at `../../models/kayano-14.glb` from its own module URL. In the
 * built site the modules live in `/assets/`, so the model must be served at `/models/`: copy it there.
 */
function copyModels(): Plugin {
  return {
    name: 'shoe-viewer-demo-models',
    apply: 'build',
    writeBundle() {
      const from = resolve(root, 'models');
      const to = resolve(outDir, 'models');
      mkdirSync(to, { recursive: true });
      for (const file of readdirSync(from)) if (file.endsWith('.glb')) copyFileSync(resolve(from, file), resolve(to, file));
    },
  };
}

/**
 * package.json's `sideEffects` names only the built `dist/` files, so a bundler would drop the pages'
 * bare `import '../src/index.js'` (it registers the element). The demo bundles the sources: keep them.
 */
function keepElementRegistration(): Plugin {
  const src = resolve(root, 'src') + '/';
  return {
    name: 'shoe-viewer-demo-side-effects',
    apply: 'build',
    transform(code, id) {
      return id.startsWith(src) ? { code, moduleSideEffects: true, map: null } : undefined;
    },
  };
}

// `npm run build:demo`: the demo site (index, product page, colorway studio, tech explorer) as static files
// in dist/demo-site, for the end-to-end tests and for hosting. `npm start` serves the same pages unbuilt.
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [keepElementRegistration(), copyModels()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // three.js is most of it; one shared chunk for the four pages.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        index: resolve(root, 'demo/index.html'),
        product: resolve(root, 'demo/product.html'),
        studio: resolve(root, 'demo/studio.html'),
        explore: resolve(root, 'demo/explore.html'),
      },
    },
  },
});
