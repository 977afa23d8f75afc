/**
 * A Vite plugin for the CDN build: the optional features of `src/lazy.ts` as static imports.
 *
 * The CDN module is one file (so it works under any name), so its lazy features are in it
 * anyway. Left as `import()`, the bundler would wrap every module they share with the core
 * (lit, parts of three) in a lazy initialiser, about 1.3 kB of gzip for nothing. Rewriting
 * `new Lazy(() => import('./x.js'))` to a static import resolved at once keeps the code flat;
 * the `Lazy` API (a promise, `updateComplete` waiting on it) behaves as before.
 */
import type { Plugin } from 'vite';

const LAZY_IMPORT = /new Lazy\(\(\) => import\((['"])(\.{1,2}\/[^'"]+)\1\)\)/g;

export function cdnInlineLazy(): Plugin {
  let rewritten = 0;
  return {
    name: 'shoe-viewer-cdn-inline-lazy',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('new Lazy(')) return undefined;
      const imports: string[] = [];
      const out = code.replace(LAZY_IMPORT, (_match, _quote, path: string) => {
        const name = `__shoeViewerLazy${rewritten++}`;
        imports.push(`import * as ${name} from ${JSON.stringify(path)};`);
        return `new Lazy(() => Promise.resolve(${name}))`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : undefined;
    },
    buildEnd(error) {
      if (!error && rewritten === 0) this.error('cdn-inline-lazy: found no `new Lazy(() => import(…))` in src/');
    },
  };
}
