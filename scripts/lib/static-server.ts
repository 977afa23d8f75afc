/** A tiny static file server on a free localhost port: serves a built site (e.g. dist/demo-site) for scripts and e2e tests. */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export interface StaticServerOptions {
  /**
   * A file (relative to the root) to answer every missing path with, status 200, as a
   * single-page app's server does (`index.html`). Without it a missing file is a 404.
   */
  fallback?: string;
  /** Headers sent with every file (e.g. `Content-Security-Policy`, `Access-Control-Allow-Origin`). */
  headers?: Record<string, string>;
}

export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      if (!options.fallback) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      file = join(root, options.fallback);
    }
    try {
      const size = statSync(file).size;
      res.writeHead(200, {
        ...options.headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Chromium keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
