/**
 * A tiny tiling normal map for the upper's engineered mesh: rounded diamond
 * holes in a woven grid; and the normal-map writer every generated texture
 * uses, an uncompressed PNG (stored deflate blocks) so the bytes never depend
 * on the zlib build.
 */
import { smoothstep } from './math.js';

const SIZE = 32;
/** Diamond cells per tile edge. */
const CELLS = 2;

function height(u: number, v: number): number {
  // Rotate 45° so the holes read as diamonds, then measure distance to the nearest cell centre.
  const a = (u + v) * CELLS;
  const b = (u - v) * CELLS;
  const fa = a - Math.floor(a) - 0.5;
  const fb = b - Math.floor(b) - 0.5;
  const d = Math.max(Math.abs(fa), Math.abs(fb)) * 0.7 + Math.hypot(fa, fb) * 0.3;
  return smoothstep(0.22, 0.36, d);
}

export function meshNormalMapPng(): Uint8Array {
  const e = 1 / SIZE;
  return normalMapPng(SIZE, 2.2, (x, y) => {
    const u = (x + 0.5) / SIZE;
    const v = (y + 0.5) / SIZE;
    return [(height(u + e, v) - height(u - e, v)) / 2, (height(u, v + e) - height(u, v - e)) / 2];
  });
}

/**
 * A square tangent-space normal map as an RGB PNG, from a height field's slopes: `slope(x, y)` is
 * [d/du, d/dv] at pixel (x, y), scaled by `strength`.
 */
export function normalMapPng(size: number, strength: number, slope: (x: number, y: number) => [number, number]): Uint8Array {
  const px = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [du, dv] = slope(x, y);
      // Image rows run down; glTF normal maps are +Y up.
      const nx = -du * strength;
      const ny = dv * strength;
      const l = Math.hypot(nx, ny, 1);
      const o = (y * size + x) * 3;
      px[o] = Math.round(((nx / l) * 0.5 + 0.5) * 255);
      px[o + 1] = Math.round(((ny / l) * 0.5 + 0.5) * 255);
      px[o + 2] = Math.round(((1 / l) * 0.5 + 0.5) * 255);
    }
  }
  return encodeRgbPng(size, size, px);
}

/** An 8-bit RGB PNG from raw pixels, row by row, in stored deflate blocks (the bytes never depend on the zlib build). */
function encodeRgbPng(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const row = width * 3;
  const raw = new Uint8Array(height * (1 + row));
  // Each row starts with filter type 0 (none).
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * row, (y + 1) * row), y * (1 + row) + 1);
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from([0x78, 0x01])];
  for (let off = 0; off < data.length || off === 0; off += 65535) {
    const block = data.subarray(off, Math.min(data.length, off + 65535));
    const last = off + 65535 >= data.length ? 1 : 0;
    const len = block.length;
    parts.push(Uint8Array.from([last, len & 0xff, len >> 8, ~len & 0xff, (~len >> 8) & 0xff]), block);
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  parts.push(Uint8Array.from([b >> 8, b & 0xff, a >> 8, a & 0xff]));
  return concat(parts);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  let c = 0xffffffff;
  for (let i = 4; i < 8 + data.length; i++) c = CRC_TABLE[(c ^ out[i]!) & 0xff]! ^ (c >>> 8);
  dv.setUint32(8 + data.length, (c ^ 0xffffffff) >>> 0);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
