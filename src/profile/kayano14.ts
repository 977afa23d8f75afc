/**
 * The bundled GEL-Kayano 14 model. The path is relative to this module so it
 * resolves the same from src/profile (dev), dist/profile (npm) and dist/cdn
 * (the self-contained build): all sit two folders below the package root.
 */
export const KAYANO14_MODEL_URL: string = new URL(/* @vite-ignore */ '../../models/kayano-14.glb', import.meta.url).href;
