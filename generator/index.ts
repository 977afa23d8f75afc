/** Entry point for `npm run build:model`: writes models/kayano-14.glb. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKayanoGlb, buildParts } from './build.js';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../models/kayano-14.glb');
const bytes = await buildKayanoGlb();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
let tris = 0;
for (const [id, m] of Object.entries(buildParts())) {
  const t = m.indices.length / 3;
  tris += t;
  if (process.env.VERBOSE) console.log(id.padEnd(24), t);
}
console.log(`wrote ${out}: ${bytes.byteLength} bytes, ${tris} triangles`);
