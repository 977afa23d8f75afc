/**
 * Finds the callout anchors on the real model: for each callout, rays are cast from its
 * view direction at points around a rough target (from the proportions in KAYANO14.md);
 * the hit on the intended part nearest the target becomes the anchor, the face normal
 * its normal. Prints the numbers to paste into src/profile/kayano14-annotations.ts.
 * Run: npx tsx scripts/annotation-anchors.ts [--write]   (--write updates the data file in place)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Raycaster, Vector3, type Mesh } from 'three';
import { loadModelMeshes } from './lib/model-meshes.js';

interface Probe {
  id: string;
  part: string;
  target: [number, number, number];
  view: [number, number, number];
  /**
   * How strongly to prefer facets turned toward the view over nearness (m per unit of
   * 1 - cos): high on the ribbed GEL units, so the anchor sits on a facet that faces the
   * camera, not on a rib's underside that turns away as soon as the view orbits.
   */
  facing?: number;
}

const mm = (xFromHeel: number, y: number, z: number): [number, number, number] => [(xFromHeel - 145) / 1000, y / 1000, z / 1000];

const probes: Probe[] = [
  { id: 'gel-heel', part: 'gel_heel', target: mm(48, 16.5, 40), view: [-0.25, 0.12, 1], facing: 0.3 },
  { id: 'gel-forefoot', part: 'gel_forefoot', target: mm(204, 14.5, 55), view: [0.3, 0.05, 1], facing: 0.3 },
  { id: 'trusstic', part: 'trusstic', target: mm(130, 6, 40), view: [0, -0.55, 1] },
  { id: 'midsole', part: 'midsole', target: mm(100, 22, 45), view: [0.1, 0.15, 1] },
  { id: 'outsole', part: 'outsole', target: mm(245, 4, 50), view: [0.3, 0, 1] },
  { id: 'upper', part: 'upper_midfoot_overlay', target: mm(118, 72, 40), view: [0.2, 0.3, 1] },
  { id: 'tiger-stripes', part: 'tiger_stripes', target: mm(160, 54, 45), view: [0, 0.25, 1] },
  { id: 'heel-counter', part: 'upper_heel_counter', target: mm(18, 45, 36), view: [-0.6, 0.3, 1] },
  { id: 'collar', part: 'collar', target: mm(25, 80, 20), view: [-0.6, 0.9, 0.5] },
  { id: 'story', part: 'upper_forefoot_overlay', target: mm(215, 45, 48), view: [0.35, 0.25, 1] },
];

const meshes: Mesh[] = await loadModelMeshes(new URL('../models/kayano-14.glb', import.meta.url).pathname);
const raycaster = new Raycaster();
const round = (v: number) => Math.round(v * 10000) / 10000;
const dataFile = new URL('../src/profile/kayano14-annotations.ts', import.meta.url);
let data = readFileSync(dataFile, 'utf8');

for (const probe of probes) {
  const view = new Vector3(...probe.view).normalize();
  const target = new Vector3(...probe.target);
  // Sample a 40 mm square across the view around the target.
  const side = new Vector3().crossVectors(view, Math.abs(view.y) > 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0)).normalize();
  const up = new Vector3().crossVectors(side, view).normalize();
  let best: { point: Vector3; normal: Vector3; distance: number } | null = null;
  for (let i = -10; i <= 10; i++) {
    for (let j = -10; j <= 10; j++) {
      const aim = target.clone().addScaledVector(side, i * 0.002).addScaledVector(up, j * 0.002);
      raycaster.set(aim.clone().addScaledVector(view, 1), view.clone().negate());
      const hit = raycaster.intersectObjects(meshes, false)[0];
      if (!hit || hit.object.name !== probe.part || !hit.face) continue;
      const normal = hit.face.normal.clone();
      if (normal.dot(view) < 0) normal.negate();
      // Prefer surfaces that face the viewer: a hotspot there stays visible as the view turns a little.
      if (normal.dot(view) < 0.6) continue;
      // Near the target, and on a face turned toward the viewer rather than a panel's edge.
      const distance = hit.point.distanceTo(target) + (probe.facing ?? 0.02) * (1 - normal.dot(view));
      if (!best || distance < best.distance) best = { point: hit.point.clone(), normal, distance };
    }
  }
  // Every hotspot should show in the default lateral view, so a tour needs no orbiting.
  let visibleByDefault = false;
  if (best) {
    // The viewer's default camera (DEFAULT_VIEW_DIRECTION from the model's bounding-sphere centre).
    const eye = new Vector3(0.142, 0.22, 0.517);
    raycaster.set(eye, best.point.clone().sub(eye).normalize());
    const first = raycaster.intersectObjects(meshes, false)[0];
    visibleByDefault = !!first && first.distance > eye.distanceTo(best.point) - 0.002 && best.normal.dot(eye.clone().sub(best.point).normalize()) > 0.1;
  }
  if (!best) {
    console.log(`${probe.id}: NO HIT on ${probe.part}`);
    continue;
  }
  const anchor = `anchor: [${best.point.toArray().map(round).join(', ')}],`;
  const normal = `normal: [${best.normal
    .toArray()
    .map((v) => Math.round(v * 1000) / 1000 || 0)
    .join(', ')}],`;
  // Within this callout's object literal, swap its anchor and normal lines.
  data = data.replace(new RegExp(`(id: '${probe.id}',[\\s\\S]*?)anchor: \\[[^\\]]*\\],(\\s*)normal: \\[[^\\]]*\\],`), `$1${anchor}$2${normal}`);
  console.log(
    `${probe.id}: ${anchor} ${normal} (${(best.distance * 1000).toFixed(1)} mm from target)${visibleByDefault ? '' : ' HIDDEN IN DEFAULT VIEW'}`,
  );
}

if (process.argv.includes('--write')) {
  writeFileSync(dataFile, data);
  console.log('updated', dataFile.pathname);
}
