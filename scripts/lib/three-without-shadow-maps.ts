/**
 * A Vite plugin for the CDN build: three.js's WebGLRenderer without its shadow
 * maps.
 *
 * The viewer's shadow is a contact shadow baked once per model
 * (src/stage/contact-shadow.ts); it never turns `renderer.shadowMap.enabled`
 * on, and the renderer is the viewer's own (pages never see it). Yet three
 * ships the shadow-map renderer (`WebGLShadowMap`, with its VSM blur shaders
 * and depth materials) and, in every lit shader chunk, the shadow sampling code
 * behind `USE_SHADOWMAP`, which three defines only when shadow maps are on:
 * together about 4.7 kB of gzip that never runs.
 *
 * This plugin swaps `WebGLShadowMap` for a stand-in that stays disabled (the
 * members the renderer reads and restores on context loss, and a `render()`
 * that draws nothing, as the real one does while disabled); glsl-compact.ts drops
 * the `USE_SHADOWMAP` code from the chunks (glsl-unused-blocks.ts). The code is found by the exact text of three's source: when an
 * upgrade changes it, the build fails here instead of shipping a broken renderer.
 */
import type { Plugin } from 'vite';
import { replaceThreeDefinition } from './three-stub.js';

const MODULE = /[\\/]three[\\/]build[\\/]three\.module\.js$/;
const HEAD = '\nfunction WebGLShadowMap( renderer, objects, capabilities ) {\n';

/** What WebGLRenderer reads, sets and calls on `renderer.shadowMap`. */
const STUB = `
function WebGLShadowMap() {
	this.enabled = false;
	this.autoUpdate = true;
	this.needsUpdate = false;
	this.type = PCFShadowMap;
	this.render = function () {};
}
`;

/** three.module.js with the shadow-map renderer stubbed. */
export function stripShadowMaps(code: string): string {
  return replaceThreeDefinition(code, {
    plugin: 'three-without-shadow-maps',
    head: HEAD,
    members: ['this.enabled = false;', 'this.autoUpdate = true;', 'this.needsUpdate = false;', 'this.type = PCFShadowMap;', 'this.render = function ( lights, scene, camera ) {'],
    stub: STUB,
  });
}

export function threeWithoutShadowMaps(): Plugin {
  return {
    name: 'shoe-viewer:three-without-shadow-maps',
    apply: 'build',
    transform(code, id) {
      return MODULE.test(id) ? { code: stripShadowMaps(code), map: null } : null;
    },
  };
}
