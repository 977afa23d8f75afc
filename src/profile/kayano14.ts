/**
 * The bundled GEL-Kayano 14 model. Written as the plain `new URL('…', import.meta.url)` that
 * bundlers (Vite, Rollup, esbuild, webpack) recognise: an app's build copies the GLB into its
 * assets and rewrites the URL, and unbundled (dist/profile/ in the package) it resolves to the
 * package's `models/` folder. The CDN build rewrites it to `kayano-14.glb` beside its own file
 * (`scripts/lib/cdn-model-beside-script.ts`).
 */
export const KAYANO14_MODEL_URL: string = new URL('../../models/kayano-14.glb', import.meta.url).href;
