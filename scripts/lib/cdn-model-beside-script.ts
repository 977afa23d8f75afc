/**
 * A Vite plugin for the CDN build: the default model sits beside the script, under its own name.
 *
 * `src/profile/kayano14.ts` points at `../../models/kayano-14.glb` from its module, the pattern
 * bundlers recognise. In library mode Vite would inline that 393 kB GLB into the script as base64
 * (a third bigger, and downloaded by pages that pass their own `src`). Instead this plugin makes
 * the URL `./kayano-14.glb` relative to the CDN file (whatever the page names it) and copies the
 * model into the build folder, so the rule for hosts is: put `kayano-14.glb` next to the script.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PROFILE = /[\\/]src[\\/]profile[\\/]kayano14\.ts$/;
const BUNDLED = "new URL('../../models/kayano-14.glb', import.meta.url)";
/** The file name of the model in the CDN folder. */
export const CDN_MODEL_FILE = 'kayano-14.glb';

export function cdnModelBesideScript(modelPath: string): Plugin {
  let rewritten = false;
  return {
    name: 'shoe-viewer-cdn-model-beside-script',
    apply: 'build',
    // Before Vite's own `new URL(…, import.meta.url)` handling, which would inline the asset.
    enforce: 'pre',
    transform(code, id) {
      if (!PROFILE.test(id)) return undefined;
      if (!code.includes(BUNDLED)) this.error(`cdn-model-beside-script: expected ${BUNDLED} in ${id}`);
      rewritten = true;
      // @vite-ignore: resolved by the browser against the script's own URL, not by the bundler.
      return { code: code.replace(BUNDLED, `new URL(/* @vite-ignore */ './${CDN_MODEL_FILE}', import.meta.url)`), map: null };
    },
    generateBundle() {
      if (!rewritten) this.error('cdn-model-beside-script: src/profile/kayano14.ts was not in the build');
      this.emitFile({ type: 'asset', fileName: CDN_MODEL_FILE, source: readFileSync(modelPath) });
    },
  };
}
