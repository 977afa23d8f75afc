/** Serves the project with Vite's dev server on a free localhost port, for scripts that drive a browser. */
import { createServer, type ViteDevServer } from 'vite';

export async function serveProject(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    // No HMR or file watching: a script measures one version of the code, and an edit
    // made meanwhile must not reload its page mid-run.
    server: { port: 0, host: '127.0.0.1', open: false, hmr: false, watch: null },
    logLevel: 'error',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report a port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
