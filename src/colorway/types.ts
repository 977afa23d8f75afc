/**
 * Plain data types of the colorway format (see `shared/design/API.md`).
 * Kept in their own file so data-only modules (the presets, the model
 * generator) can import them without pulling in any logic.
 */

/** Names of the built-in finishes (see `finish.ts`). */
export type FinishName = 'matte' | 'satin' | 'gloss' | 'reflective' | 'translucent';

/**
 * One part in a Colorway: a CSS colour string, or a colour with a finish.
 * `finish` names a built-in finish; explicit `metalness` / `roughness`
 * override the named finish's values.
 */
export type ColorwayPart =
  | string
  | {
      color: string;
      metalness?: number;
      roughness?: number;
      finish?: string;
    };

/** A look for a model: `{ id, name, parts: { [partId]: ColorwayPart } }`. */
export interface Colorway {
  /** Safe id: lowercase letters, digits and dashes, 1..64 chars. */
  id: string;
  /** Display name, plain text. */
  name: string;
  /** Part id -> colour / finish. Parts left out keep their current look. */
  parts: { [partId: string]: ColorwayPart };
}

/** A fully specified part, as presets and exports give it. */
export interface FullColorwayPart {
  /** Lowercase `#rrggbb`, sRGB. */
  color: string;
  metalness: number;
  roughness: number;
  finish: FinishName;
}
