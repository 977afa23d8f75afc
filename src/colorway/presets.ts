/**
 * The seven Kayano 14 colorway presets: plain typed data, shared by the
 * element (applied at runtime) and the model generator (baked into the GLB as
 * `KHR_materials_variants`), so both paths give the same colours.
 *
 * Colours are sRGB hex estimates from `shared/design/KAYANO14.md`. Parts not in
 * its palette table follow its rules: forefoot / midfoot overlays and the
 * eyestay take the overlays colour, the tongue the mesh colour, the collar
 * lining a 10% darker shade of the mesh, the heel tab the heel counter colour,
 * the forefoot GEL the GEL colour. Every preset gives a colour AND an explicit
 * finish for every contract part; `finish` names the built-in finish (which
 * also carries extras such as the GEL's transmission, see `finish.ts`), and
 * `metalness` / `roughness` are the exact values to use.
 *
 * Data only: this module imports nothing but types and the part contract.
 */
import type { Kayano14PartId } from '../profile/kayano14-parts.js';
import type { FullColorwayPart } from './types.js';

/** A built-in preset: a complete look for every contract part. */
export interface ColorwayPreset {
  /** Stable id, safe for attributes and URLs. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** One-line description for lists and the element's `alt` text. */
  readonly description: string;
  readonly parts: { readonly [P in Kayano14PartId]: Readonly<FullColorwayPart> };
}

/** Id of the preset shown when none is chosen. */
export const DEFAULT_PRESET_ID = 'og-2008';

/** The Kayano 14 presets, in display order. */
export const KAYANO14_PRESETS: readonly ColorwayPreset[] = [
  {
    id: 'og-2008',
    name: "Original 2008 'White/Silver/Royal Blue'",
    description: "The 2008 original: white mesh, silver overlays, reflective stripes, royal-blue heel and GEL.",
    parts: {
      upper_mesh: { color: '#f5f5f5', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#c9ccd0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_forefoot_overlay: { color: '#bfc3c7', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_midfoot_overlay: { color: '#bfc3c7', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_eyestay: { color: '#bfc3c7', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_heel_counter: { color: '#1f4fa8', finish: 'satin', metalness: 0, roughness: 0.5 },
      tiger_stripes: { color: '#b5b8bb', finish: 'reflective', metalness: 0.9, roughness: 0.28 },
      collar: { color: '#dddddd', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#1f4fa8', finish: 'satin', metalness: 0, roughness: 0.5 },
      tongue: { color: '#f5f5f5', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#f5f5f5', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#f4f4f2', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#1f4fa8', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#1f4fa8', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#9a9a9a', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#3a3a3c', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'pure-silver-red',
    name: "'Pure Silver Red'",
    description: "'White/Pure Silver' with red GEL accents.",
    parts: {
      upper_mesh: { color: '#f4f4f2', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_forefoot_overlay: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_midfoot_overlay: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_eyestay: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_heel_counter: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tiger_stripes: { color: '#d9dcdf', finish: 'reflective', metalness: 0.9, roughness: 0.28 },
      collar: { color: '#dcdcda', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#c3c6ca', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tongue: { color: '#f4f4f2', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#f4f4f2', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#f2f2ee', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#c8202f', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#c8202f', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#9ea3a8', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#8a8d90', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'silver-cream',
    name: "'Silver Cream'",
    description: "'Cream/Pure Silver': cream mesh and foam with silver overlays.",
    parts: {
      upper_mesh: { color: '#ede6d3', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#c7c9cb', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_forefoot_overlay: { color: '#c5c8cc', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_midfoot_overlay: { color: '#c5c8cc', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_eyestay: { color: '#c5c8cc', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_heel_counter: { color: '#c5c8cc', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tiger_stripes: { color: '#cfd2d5', finish: 'reflective', metalness: 0.9, roughness: 0.28 },
      collar: { color: '#d5cfbe', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#c5c8cc', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tongue: { color: '#ede6d3', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#ede6d3', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#efe8d8', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#b0b4b8', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#b0b4b8', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#a8acb0', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#7e8185', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'jjjjound-silver-black',
    name: "JJJJound 'Silver Black'",
    description: "JJJJound: black mesh and stripes, silver overlays, light grey midsole.",
    parts: {
      upper_mesh: { color: '#1d1d1f', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_forefoot_overlay: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_midfoot_overlay: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_eyestay: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      upper_heel_counter: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tiger_stripes: { color: '#1d1d1f', finish: 'satin', metalness: 0, roughness: 0.5 },
      collar: { color: '#1a1a1c', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#a9acb0', finish: 'reflective', metalness: 0.8, roughness: 0.35 },
      tongue: { color: '#1d1d1f', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#1d1d1f', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#d9dadb', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#6e7074', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#6e7074', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#1d1d1f', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#1d1d1f', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'kiko-kostadinov-classic-red-blue',
    name: "Kiko Kostadinov UB1-S 'Classic Red Blue'",
    description: "Kiko Kostadinov UB1-S: 'Classic Red x ASICS Blue' overlays on white.",
    parts: {
      upper_mesh: { color: '#f0f0ee', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#1f2a5c', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_forefoot_overlay: { color: '#b3202a', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_midfoot_overlay: { color: '#b3202a', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_eyestay: { color: '#b3202a', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_heel_counter: { color: '#b3202a', finish: 'satin', metalness: 0, roughness: 0.5 },
      tiger_stripes: { color: '#1f4e9c', finish: 'satin', metalness: 0, roughness: 0.5 },
      collar: { color: '#d8d8d6', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#b3202a', finish: 'satin', metalness: 0, roughness: 0.5 },
      tongue: { color: '#f0f0ee', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#f0f0ee', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#f0f0ee', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#2b5db0', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#2b5db0', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#b3202a', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#2a2a2a', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'angelo-baque-rebirth-of-cool',
    name: "Angelo Baque 'Rebirth of Cool'",
    description: "Angelo Baque: Ecuadorian flag accents (yellow, blue, red) on off-white.",
    parts: {
      upper_mesh: { color: '#eee9dd', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#ffdd00', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_forefoot_overlay: { color: '#034ea2', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_midfoot_overlay: { color: '#034ea2', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_eyestay: { color: '#034ea2', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_heel_counter: { color: '#034ea2', finish: 'satin', metalness: 0, roughness: 0.5 },
      tiger_stripes: { color: '#ed1c24', finish: 'satin', metalness: 0, roughness: 0.5 },
      collar: { color: '#d6d2c7', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#034ea2', finish: 'satin', metalness: 0, roughness: 0.5 },
      tongue: { color: '#eee9dd', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#eee9dd', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#eee9dd', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#ffdd00', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#ffdd00', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#034ea2', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#3a3a3c', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
  {
    id: 'beams-mosquito-net',
    name: "BEAMS GORE-TEX 'Mosquito Net'",
    description: "BEAMS GORE-TEX: olive tones, stripes blended into the upper, one-tone midsole.",
    parts: {
      upper_mesh: { color: '#6e6a55', finish: 'matte', metalness: 0, roughness: 0.9 },
      upper_toe: { color: '#4a4838', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_forefoot_overlay: { color: '#7a765f', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_midfoot_overlay: { color: '#7a765f', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_eyestay: { color: '#7a765f', finish: 'satin', metalness: 0, roughness: 0.5 },
      upper_heel_counter: { color: '#4a4838', finish: 'satin', metalness: 0, roughness: 0.5 },
      tiger_stripes: { color: '#7a765f', finish: 'satin', metalness: 0, roughness: 0.5 },
      collar: { color: '#635f4d', finish: 'matte', metalness: 0, roughness: 0.85 },
      heel_tab: { color: '#4a4838', finish: 'satin', metalness: 0, roughness: 0.5 },
      tongue: { color: '#6e6a55', finish: 'matte', metalness: 0, roughness: 0.88 },
      laces: { color: '#6e6a55', finish: 'matte', metalness: 0, roughness: 0.85 },
      midsole: { color: '#8a8570', finish: 'matte', metalness: 0, roughness: 0.85 },
      gel_heel: { color: '#8a8570', finish: 'translucent', metalness: 0, roughness: 0.15 },
      gel_forefoot: { color: '#8a8570', finish: 'translucent', metalness: 0, roughness: 0.15 },
      trusstic: { color: '#4a4838', finish: 'gloss', metalness: 0, roughness: 0.25 },
      outsole: { color: '#2e2f28', finish: 'matte', metalness: 0, roughness: 0.95 },
    },
  },
];

/** The preset with this id, or `undefined`. Never matches inherited keys. */
export function findPreset(id: string): ColorwayPreset | undefined {
  return KAYANO14_PRESETS.find((p) => p.id === id);
}
