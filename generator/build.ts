/** Build every contract part's geometry and serialise the GLB (no file I/O, so tests can call it). */
import type { Kayano14PartId } from '../src/profile/kayano14-parts.js';
import { type MeshData, weldNormals } from './mesh.js';
import {
  buildEyestay,
  buildForefootOverlay,
  buildHeelCounter,
  buildMidfootOverlay,
  buildTigerStripes,
  buildToe,
  buildUpperMesh,
} from './upper-panels.js';
import { buildCollar, buildHeelTab } from './collar.js';
import { buildTongue } from './tongue.js';
import { buildLaces } from './laces.js';
import { buildGelForefoot, buildGelHeel, buildMidsole, buildOutsole, buildTrusstic } from './sole.js';
import { writeGlb } from './export.js';

export function buildParts(): Record<Kayano14PartId, MeshData> {
  const parts: Record<Kayano14PartId, MeshData> = {
    upper_mesh: buildUpperMesh(),
    upper_toe: buildToe(),
    upper_forefoot_overlay: buildForefootOverlay(),
    upper_midfoot_overlay: buildMidfootOverlay(),
    upper_eyestay: buildEyestay(),
    upper_heel_counter: buildHeelCounter(),
    tiger_stripes: buildTigerStripes(),
    collar: buildCollar(),
    heel_tab: buildHeelTab(),
    tongue: buildTongue(),
    laces: buildLaces(),
    midsole: buildMidsole(),
    gel_heel: buildGelHeel(),
    gel_forefoot: buildGelForefoot(),
    trusstic: buildTrusstic(),
    outsole: buildOutsole(),
  };
  // Parts whose seams are collapsed loft ends or mirrored halves: shade them smooth.
  for (const id of ['upper_mesh', 'midsole', 'outsole', 'trusstic', 'gel_heel', 'gel_forefoot', 'laces'] as const) {
    weldNormals(parts[id]);
  }
  return parts;
}

export async function buildKayanoGlb(): Promise<Uint8Array> {
  return writeGlb(buildParts());
}
