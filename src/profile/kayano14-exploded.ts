import type { Vec3Tuple } from '../annotations/types.js';

/**
 * Where each Kayano 14 part goes in the fully exploded view (`exploded = 1`), in metres
 * in model coordinates (+Y up, lateral side +Z). The midsole stays put; the upper lifts,
 * the laces and tongue lift further; the outsole and the TRUSSTIC shank drop (the shank
 * further, so it clears the outsole); the GEL units slide out of the lateral sidewall and
 * down so they are seen whole (the rearfoot unit shows in both heel windows, so it slides
 * the whole heel's width clear).
 */
export const KAYANO14_EXPLODED_OFFSETS: Readonly<Record<string, Vec3Tuple>> = {
  upper_mesh: [0, 0.035, 0],
  upper_toe: [0.006, 0.035, 0],
  upper_forefoot_overlay: [0, 0.035, 0.006],
  upper_midfoot_overlay: [0, 0.035, 0.006],
  upper_eyestay: [0, 0.042, 0],
  upper_heel_counter: [-0.008, 0.035, 0],
  tiger_stripes: [0, 0.038, 0.012],
  collar: [-0.004, 0.04, 0],
  heel_tab: [-0.01, 0.045, 0],
  tongue: [0, 0.06, 0],
  laces: [0, 0.075, 0],
  midsole: [0, 0, 0],
  gel_heel: [0, -0.012, 0.095],
  gel_forefoot: [0, -0.012, 0.06],
  trusstic: [0, -0.045, 0.02],
  outsole: [0, -0.025, 0],
};
