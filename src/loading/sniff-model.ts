import { htmlInsteadOfModelMessage } from './failure-messages.js';
import { ViewerError } from './viewer-error.js';

const GLB_MAGIC = 0x46546c67; // 'glTF' little-endian
const GLB_HEADER_BYTES = 12;

/**
 * Checks that downloaded bytes look like a glTF asset before the three.js
 * parser sees them, so each common failure gets its own clear message
 * instead of a parser stack trace. Pure: no DOM, no WebGL.
 */
export function sniffModel(bytes: ArrayBuffer, url: string): 'glb' | 'gltf' {
  if (bytes.byteLength === 0) {
    throw new ViewerError('format', `The model file is empty (${url}).`);
  }
  const view = new DataView(bytes);
  if (bytes.byteLength >= 4 && view.getUint32(0, true) === GLB_MAGIC) {
    if (bytes.byteLength < GLB_HEADER_BYTES) {
      throw new ViewerError('format', `The GLB file is truncated: its header is incomplete (${url}).`);
    }
    const version = view.getUint32(4, true);
    if (version !== 2) {
      throw new ViewerError('format', `Unsupported glTF version ${version}; only glTF 2.0 is supported (${url}).`);
    }
    const declared = view.getUint32(8, true);
    if (declared > bytes.byteLength) {
      throw new ViewerError(
        'format',
        `The GLB file is truncated: it declares ${declared} bytes but only ${bytes.byteLength} arrived (${url}).`,
      );
    }
    return 'glb';
  }
  const head = new TextDecoder().decode(bytes.slice(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<')) {
    throw new ViewerError('format', htmlInsteadOfModelMessage(url));
  }
  if (head.startsWith('{')) return 'gltf';
  throw new ViewerError('format', `The file is not a glTF/GLB model: it starts with neither the GLB header nor JSON (${url}).`);
}
