/**
 * The Kayano 14's recolourable parts: the naming contract shared by the model
 * generator, the colorway presets and the callouts. Each id is the name of one
 * mesh and one material in `models/kayano-14.glb`.
 */
export type PartGroup = 'upper' | 'sole';

export interface PartInfo {
  /** Mesh and material name in the glTF. */
  readonly id: string;
  /** Human label for lists, hover text and screen readers. */
  readonly label: string;
  readonly group: PartGroup;
}

export const KAYANO14_PARTS = [
  { id: 'upper_mesh', label: 'Mesh base', group: 'upper' },
  { id: 'upper_toe', label: 'Toe cap', group: 'upper' },
  { id: 'upper_forefoot_overlay', label: 'Forefoot overlays', group: 'upper' },
  { id: 'upper_midfoot_overlay', label: 'Midfoot overlays', group: 'upper' },
  { id: 'upper_eyestay', label: 'Eyestay', group: 'upper' },
  { id: 'upper_heel_counter', label: 'Heel counter', group: 'upper' },
  { id: 'tiger_stripes', label: 'Tiger stripes', group: 'upper' },
  { id: 'collar', label: 'Collar', group: 'upper' },
  { id: 'heel_tab', label: 'Heel tab', group: 'upper' },
  { id: 'tongue', label: 'Tongue', group: 'upper' },
  { id: 'laces', label: 'Laces', group: 'upper' },
  { id: 'midsole', label: 'Midsole', group: 'sole' },
  { id: 'gel_heel', label: 'Rearfoot GEL', group: 'sole' },
  { id: 'gel_forefoot', label: 'Forefoot GEL', group: 'sole' },
  { id: 'trusstic', label: 'TRUSSTIC system', group: 'sole' },
  { id: 'outsole', label: 'Outsole', group: 'sole' },
] as const satisfies readonly PartInfo[];

export type Kayano14PartId = (typeof KAYANO14_PARTS)[number]['id'];

export const KAYANO14_PART_IDS: readonly Kayano14PartId[] = KAYANO14_PARTS.map((p) => p.id);
