import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { ViewerError } from '../loading/viewer-error.js';
import { rememberGltf } from './gltf-source.js';

/** Parses glTF bytes into a three.js scene; parser failures become `format` errors. */
export function parseGltf(bytes: ArrayBuffer, url: string): Promise<Group> {
  const loader = new GLTFLoader();
  const absolute = new URL(url, document.baseURI);
  // A blob: or data: URL (a dropped file) has no folder: its external resources resolve against the page.
  const base = absolute.protocol === 'blob:' || absolute.protocol === 'data:' ? document.baseURI : new URL('./', absolute).href;
  return new Promise((resolve, reject) => {
    loader.parse(
      bytes,
      base,
      (gltf) => {
        rememberGltf(gltf); // the profile reads its extras and variants
        resolve(gltf.scene);
      },
      (cause) =>
        reject(new ViewerError('format', `The model could not be parsed as glTF (${url}): ${String((cause as { message?: string })?.message ?? cause)}`, { cause })),
    );
  });
}
