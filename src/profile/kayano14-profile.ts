import { KAYANO14_PRESETS } from '../colorway/presets.js';
import { KAYANO14_ANNOTATIONS } from './kayano14-annotations.js';
import { KAYANO14_PARTS } from './kayano14-parts.js';
import type { ModelProfile } from './types.js';

/**
 * The GEL-Kayano 14 as a profile: the default one, used for the bundled model and for any
 * model named after its parts. Built from the data modules beside it (parts, callouts) and
 * its colorway presets, so each stays the one place for its data. Its exploded offsets
 * (`kayano14-exploded.ts`) arrive with the exploded view's chunk, so a page that never
 * explodes the shoe never downloads them: see `BUILTIN_EXPLODED` and `exploded-feature.ts`.
 */
export const KAYANO14_PROFILE: ModelProfile = {
  name: 'ASICS GEL-Kayano 14 running shoe',
  orientation: { toe: '+x', lateral: '+z' },
  parts: Object.fromEntries(KAYANO14_PARTS.map((p) => [p.id, { label: p.label, group: p.group, match: [p.id] }])),
  presets: KAYANO14_PRESETS.map(({ id, name, description, parts }) => ({ id, name, description, parts: { ...parts } })),
  // The GLB carries the presets as KHR_materials_variants too, for other viewers; here they are the presets.
  variants: 'ignore',
  annotations: KAYANO14_ANNOTATIONS.map((a) => ({ ...a })),
  exploded: {}, // BUILTIN_EXPLODED: from the exploded view's chunk
  camera: { view: 'lateral-three-quarter' },
};

/** Marks a profile whose exploded offsets are the built-in ones of the exploded view's chunk. */
export const BUILTIN_EXPLODED = 'builtin';
