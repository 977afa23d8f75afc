/**
 * A Vite plugin for the CDN build: three.js's WebGLRenderer without its WebXR
 * session manager.
 *
 * `WebGLRenderer` always creates a `WebXRManager` (with its controllers, depth
 * sensing and XR cameras: about 4 kB of gzip), and the viewer never starts an
 * XR session. This plugin swaps the class for one that is never presenting, as
 * the real one is until `setSession()` is called: `enabled` and `isPresenting`
 * stay false, events can be listened to, and the animation loop is the
 * renderer's own. `renderer.xr.setSession()` is gone from the CDN module; the npm
 * build leaves three to the page's bundler and keeps it.
 *
 * The class is found by the exact text of three's source: when a three.js
 * upgrade changes it, the build fails here instead of shipping a broken renderer.
 */
import type { Plugin } from 'vite';
import { replaceThreeDefinition } from './three-stub.js';

const MODULE = /[\\/]three[\\/]build[\\/]three\.module\.js$/;
const HEAD = '\nclass WebXRManager extends EventDispatcher {\n';

/** What WebGLRenderer and PMREMGenerator touch on `renderer.xr` while no session runs. */
const STUB = `
class WebXRManager extends EventDispatcher {
	constructor() {
		super();
		this.enabled = false;
		this.isPresenting = false;
		this.cameraAutoUpdate = true;
	}
	getEnvironmentBlendMode() {}
	hasDepthSensing() { return false; }
	getDepthSensingMesh() { return null; }
	setAnimationLoop() {}
	updateCamera() {}
	dispose() {}
}
`;

export function stripWebXr(code: string): string {
  // The members WebGLRenderer uses must still be the ones the stub answers for.
  return replaceThreeDefinition(code, {
    plugin: 'three-without-webxr',
    head: HEAD,
    members: ['this.enabled = false', 'this.isPresenting = false', 'this.cameraAutoUpdate = true', 'this.getEnvironmentBlendMode = function', 'this.hasDepthSensing = function', 'this.setAnimationLoop = function'],
    stub: STUB,
  });
}

export function threeWithoutWebXr(): Plugin {
  return {
    name: 'shoe-viewer:three-without-webxr',
    apply: 'build',
    transform(code, id) {
      return MODULE.test(id) ? { code: stripWebXr(code), map: null } : null;
    },
  };
}
