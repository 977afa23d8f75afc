/**
 * A static HTTP server over the repository for the benchmark: built files
 * byte for byte (no transforms, no dev server), plus the generated bench pages
 * under /__bench/<page>?model=<url>.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { ROOT } from './build.js';

export type PageName = 'shoe-viewer' | 'baseline' | 'model-viewer' | 'many';

/** What each target's page loads: the CDN module, the bundled baseline, model-viewer's self-contained build. */
export const PAGE_SCRIPTS: Record<PageName, string> = {
  'shoe-viewer': '/dist/cdn/shoe-viewer.js',
  many: '/dist/cdn/shoe-viewer.js',
  baseline: '/bench/.build/baseline.min.js',
  'model-viewer': '/node_modules/@google/model-viewer/dist/model-viewer.min.js',
};

export interface ViewerSize {
  width: number;
  height: number;
}

/** The single-viewer pages' viewer, in CSS px (the smoke run uses a smaller one: it checks, it does not measure). */
export const VIEWER_SIZE: ViewerSize = { width: 800, height: 600 };
export const MANY_SIZE = 120;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function pageHtml(page: PageName, model: string, manyCount: number, viewer: ViewerSize = VIEWER_SIZE): string {
  const src = escape(model);
  const bodies: Record<PageName, string> = {
    'shoe-viewer': `<shoe-viewer id="v" src="${src}"></shoe-viewer>`,
    baseline: `<div id="v" data-baseline-src="${src}"></div>`,
    'model-viewer': `<model-viewer id="v" src="${src}" camera-controls interaction-prompt="none"></model-viewer>`,
    // One viewer as big as the single-viewer page's (the one the bench drags), the rest small. The big one lies over
    // the grid, so every viewer is in the viewport (lazy viewers below the fold would never load).
    many: `<shoe-viewer id="v" style="position: fixed; left: 0; top: 0; z-index: 1" src="${src}"></shoe-viewer><div class="grid">${`<shoe-viewer src="${src}"></shoe-viewer>`.repeat(Math.max(0, manyCount - 1))}</div>`,
  };
  const target = page === 'many' ? 'shoe-viewer' : page;
  return `<!doctype html>
<html lang="en" data-bench-target="${target}">
<head>
<meta charset="utf-8">
<title>bench: ${page}</title>
<link rel="icon" href="data:,">
<style>
  html, body { margin: 0; background: #fff; }
  #v { display: block; width: ${viewer.width}px; height: ${viewer.height}px; }
  .grid { display: flex; flex-wrap: wrap; width: ${MANY_SIZE * 10}px; }
  .grid shoe-viewer { display: block; width: ${MANY_SIZE}px; height: ${MANY_SIZE}px; }
</style>
<script type="module" src="${PAGE_SCRIPTS[page]}"></script>
</head>
<body>${bodies[page]}</body>
</html>`;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.hdr': 'application/octet-stream',
};

export async function serveStatic(manyCount: number, viewer: ViewerSize = VIEWER_SIZE): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const generated = /^\/__bench\/([a-z-]+)$/.exec(url.pathname);
    if (generated && generated[1] in PAGE_SCRIPTS) {
      const html = pageHtml(generated[1] as PageName, url.searchParams.get('model') ?? '', manyCount, viewer);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    const path = resolve(ROOT, `.${decodeURIComponent(url.pathname)}`);
    let size = -1;
    try {
      if (path.startsWith(ROOT + sep)) {
        const stat = statSync(path);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      // not found
    }
    if (size < 0) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': String(size),
      // Each page gets a fresh browser context (cold cache); within a page repeats hit the cache, as on a real site.
      'cache-control': 'max-age=3600',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
