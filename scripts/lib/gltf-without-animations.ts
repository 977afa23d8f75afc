/**
 * A Vite plugin for the CDN build: three.js's GLTFLoader without its animation parsing.
 *
 * `<shoe-viewer>` shows `gltf.scene` and never plays or exposes `gltf.animations`, but the
 * loader turns every animation of a model into AnimationClips, which pulls AnimationClip, the
 * keyframe tracks and the interpolants into the bundle (about 2 kB of gzip). This plugin cuts
 * the animation methods out of the loader's source and has `parse` return no animations; the
 * scene, its meshes, materials, skins, lights and cameras load exactly as before.
 *
 * Only the self-contained CDN module is patched (the npm build leaves three to the page's own
 * bundler). Each cut is found by the exact text of three's source: when a three.js upgrade
 * changes it, the build fails here instead of shipping a half-patched loader.
 */
import type { Plugin } from 'vite';

const LOADER = /[\\/]three[\\/]examples[\\/]jsm[\\/]loaders[\\/]GLTFLoader\.js$/;

/** Removes from the line starting with `head` up to the next line that is `indent}` (its closing brace). */
function cutBlock(code: string, head: string, indent: string): string {
  const start = code.indexOf(`\n${head}`);
  if (start < 0 || code.indexOf(`\n${head}`, start + 1) >= 0) throw new Error(`gltf-without-animations: expected one "${head.trim()}" in GLTFLoader.js`);
  const close = `\n${indent}}\n`;
  const end = code.indexOf(close, start + 1);
  if (end < 0) throw new Error(`gltf-without-animations: no end for "${head.trim()}" in GLTFLoader.js`);
  return code.slice(0, start) + code.slice(end + close.length - 1);
}

function replaceOnce(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at < 0 || code.indexOf(from, at + 1) >= 0) throw new Error(`gltf-without-animations: expected one "${from}" in GLTFLoader.js`);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

/** The loader's source without animation parsing (exported for the test that checks it against the installed three). */
export function stripGltfAnimations(code: string): string {
  let out = replaceOnce(code, "parser.getDependencies( 'animation' ),", '[], // animations: not parsed (see scripts/lib/gltf-without-animations.ts)');
  out = cutBlock(out, '\tloadAnimation( animationIndex ) {', '\t');
  out = cutBlock(out, '\t_createAnimationTracks( node, inputAccessor, outputAccessor, sampler, target ) {', '\t');
  out = cutBlock(out, '\t_getArrayFromAccessor( accessor ) {', '\t');
  out = cutBlock(out, '\t_createCubicSplineTrackInterpolant( track ) {', '\t');
  out = cutBlock(out, 'class GLTFCubicSplineInterpolant extends Interpolant {', '');
  out = cutBlock(out, 'class GLTFCubicSplineQuaternionInterpolant extends GLTFCubicSplineInterpolant {', '');
  return out;
}

export function gltfWithoutAnimations(): Plugin {
  let patched = false;
  return {
    name: 'shoe-viewer-gltf-without-animations',
    apply: 'build',
    transform(code, id) {
      if (!LOADER.test(id)) return undefined;
      patched = true;
      return { code: stripGltfAnimations(code), map: null };
    },
    buildEnd(error) {
      if (!error && !patched) this.error('gltf-without-animations: GLTFLoader.js was not in the build');
    },
  };
}
