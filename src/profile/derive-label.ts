import type { ProfilePartGroup } from './types.js';

/** Prefixes 3D tools put on material names (`Mat_Upper`, `M_Sole`, `Material_Laces`). */
const TOOL_PREFIX = /^(?:[Mm]at(?:erial)?|MAT|[Mm]tl|M)(?:[_\-. ]+|(?=[A-Z][a-z]))/;
/** Suffixes such as Blender's `.001`, `_01`, `-mat`. */
const TOOL_SUFFIX = /(?:[._\- ]\d+|[._\- ](?:mat|mtl|material))+$/i;

/**
 * A readable label for a material or mesh name from a 3D tool: `MainBody` -> "Main body",
 * `Mat_Upper.001` -> "Upper", `laces` -> "Laces", `heel_TAB-02` -> "Heel tab". Names
 * left empty by the clean-up keep their own text.
 */
export function readableLabel(name: string): string {
  let base = name.trim().replace(TOOL_SUFFIX, '');
  const withoutPrefix = base.replace(TOOL_PREFIX, '');
  if (/[A-Za-z]/.test(withoutPrefix)) base = withoutPrefix;
  const words = base
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean);
  if (words.length === 0) return name.trim() || 'Part';
  const text = words.map((w) => (/^[A-Z\d]+$/.test(w) && w.length > 1 && w.length <= 3 ? w : w.toLowerCase())).join(' ');
  return (text.charAt(0).toUpperCase() + text.slice(1)).slice(0, 80);
}

const SOLE_WORDS = /sole|tread|foxing|rubber|cushion|heel[_\s-]?wedge|\bgel\b/i;
const DETAIL_WORDS = /lace|eyelet|aglet|logo|stripe|tab|trim|badge|stitch/i;

/** A guess at a part's group from its name; anything unrecognised is `upper`. */
export function guessGroup(name: string): ProfilePartGroup {
  if (SOLE_WORDS.test(name)) return 'sole';
  if (DETAIL_WORDS.test(name)) return 'detail';
  return 'upper';
}

/** A part id from a name: lowercase letters, digits and `_`, unique among `taken`. */
export function partIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 56) || 'part';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}
