/**
 * The model profile format (`schema/profile.schema.json` is its JSON Schema): what a glTF
 * model of a shoe is. Every vector (annotation anchors, normals and views, exploded offsets)
 * is in the model's own coordinates: the axes and units of its glTF scene, before the viewer
 * turns it to the lateral product shot.
 */
import type { Vec3Tuple } from '../annotations/types.js';
import type { ColorwayPart } from '../colorway/types.js';

/** A model axis, signed. */
export type Axis = '+x' | '-x' | '+y' | '-y' | '+z' | '-z';

/** How a part is listed: `detail` is for trims a designer treats as accents. */
export type ProfilePartGroup = 'upper' | 'sole' | 'detail';

/** How a colour is put on a textured material. */
export type RecolorMode = 'tint' | 'replace';

/** Named default shots; all but `top` are taken a little from above. */
export type CameraView = 'lateral-three-quarter' | 'lateral' | 'medial' | 'front' | 'back' | 'top';

export interface ProfilePart {
  /** Human label (plain text). */
  label: string;
  /** Default `upper`. */
  group?: ProfilePartGroup;
  /** Mesh, node or material names; `*` matches any run of characters. */
  match: string[];
  /** Default `tint`: a textured material keeps its texture, multiplied by the colour. */
  recolor?: RecolorMode;
}

export interface ProfilePreset {
  id: string;
  name: string;
  description?: string;
  parts: { [partId: string]: ColorwayPart };
}

export interface ProfileAnnotation {
  id: string;
  title: string;
  body: string;
  part: string;
  anchor?: Vec3Tuple;
  normal?: Vec3Tuple;
  view?: Vec3Tuple;
}

/** A model profile as JSON gives it. */
export interface ModelProfile {
  $schema?: string;
  name?: string;
  orientation?: { toe: Axis; lateral: Axis };
  parts: { [partId: string]: ProfilePart };
  presets?: ProfilePreset[];
  /** `presets`: the model's `KHR_materials_variants` become presets too. */
  variants?: 'presets' | 'ignore';
  annotations?: ProfileAnnotation[];
  exploded?: { [partId: string]: Vec3Tuple };
  camera?: { view?: CameraView };
}
