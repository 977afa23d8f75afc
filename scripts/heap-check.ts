/**
 * Heap check: what a removed <shoe-viewer> leaves behind. Adds a viewer, waits for its
 * model, removes it, N times (after 10 warm-up cycles), forcing GC and taking a heap
 * snapshot before and after; prints our own objects' counts (elements, stages, meshes,
 * geometries, materials, textures, detached DOM) and the largest other growth.
 * Run: npx tsx scripts/heap-check.ts [cycles=30]
 */
import { launchChromium } from './lib/chromium.js';
import { serveProject } from './lib/serve.js';

const cycles = Number(process.argv[2] ?? 30);
const server = await serveProject();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('[page]', m.text()); });
await page.goto(server.url + '/demo/index.html');
await page.evaluate(() => { document.body.innerHTML = ''; });
await page.addScriptTag({ type: 'module', url: '/src/index.ts' });
await page.waitForFunction(() => customElements.get('shoe-viewer'));
const cdp = await page.context().newCDPSession(page);
async function cycle() {
  await page.evaluate(async () => {
    const el = document.createElement('shoe-viewer') as HTMLElement & { loading: string };
    el.style.cssText = 'display:block;width:400px;height:300px';
    el.loading = 'eager';
    document.body.append(el);
    await new Promise<void>((res, rej) => { el.addEventListener('load', () => res(), { once: true }); el.addEventListener('error', (e) => rej(new Error(String((e as unknown as CustomEvent<{ message: string }>).detail?.message))), { once: true }); });
    await new Promise((r) => setTimeout(r, 300));
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
  });
}
async function snapshot(label: string) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (p: { chunk: string }) => chunks.push(p.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const f = snap.snapshot.meta.node_fields as string[];
  const types = snap.snapshot.meta.node_types[0] as string[];
  const n = f.length;
  const counts = new Map<string, { c: number; s: number }>();
  const nodes = snap.nodes as number[];
  for (let i = 0; i < nodes.length; i += n) {
    const type = types[nodes[i + f.indexOf('type')]!]!;
    const name = snap.strings[nodes[i + f.indexOf('name')]!] as string;
    const size = nodes[i + f.indexOf('self_size')]!;
    const key = `${type}:${type === 'string' ? '(str)' : name.slice(0, 60)}`;
    const e = counts.get(key) ?? { c: 0, s: 0 };
    e.c++; e.s += size;
    counts.set(key, e);
  }
  const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  console.log(label, 'heap', heap);
  return counts;
}
for (let i = 0; i < 10; i++) await cycle();
const a = await snapshot('after 10 warm-up');
for (let i = 0; i < cycles; i++) await cycle();
const b = await snapshot(`after ${cycles + 10}`);
// Our objects: any growth here is a leak of ours.
const ours = /^(object:(ShoeViewer|Stage|SharedRenderer|Mesh|BufferGeometry|MeshStandardMaterial|MeshPhysicalMaterial|Texture|WebGLRenderTarget|Scene|PerspectiveCamera)|native:Detached )/;
console.log('\nour objects (count after warm-up -> after the cycles):');
for (const k of [...new Set([...a.keys(), ...b.keys()])].filter((x) => ours.test(x)).sort()) {
  console.log(`  ${k.padEnd(48)} ${String(a.get(k)?.c ?? 0).padStart(6)} -> ${String(b.get(k)?.c ?? 0).padStart(6)}`);
}
const diff: [string, number, number][] = [];
for (const [k, v] of b) {
  const o = a.get(k) ?? { c: 0, s: 0 };
  if (v.s - o.s > 4000) diff.push([k, v.c - o.c, v.s - o.s]);
}
diff.sort((x, y) => y[2] - x[2]);
console.log('\nlargest growth (count, bytes, kind:name):');
for (const d of diff.slice(0, 15)) console.log(d[1].toString().padStart(7), d[2].toString().padStart(10), ' ', d[0]);
await browser.close();
await server.close();
