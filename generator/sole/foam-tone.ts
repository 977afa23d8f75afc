/**
 * The midsole's baked tones (COLOR_0, linear, multiplying the colorway's midsole colour): white
 * foam, and the firmer grey foam post on the medial side (the idea ASICS calls DuoMax on Kayanos
 * of this era) from under the arch back round the heel. Its top edge is the sidewall's first
 * step (the base layer's ledge, `wedgeTop`), so the tone changes exactly where the wall steps in
 * and the edge reads crisp; along the length it fades over a short run.
 */
import { smoothstep } from '../math.js';
import { grooveShade, wedgeTop } from './sidewall.js';

/**
 * The post's tone (linear). Darker than the grey it stands for: under the studio light's tone mapping
 * 0.66 read as white (pixel 200 -> 178 of 255), 0.26 reads as grey foam beside the white.
 * (Pass 14: 0.4, and it stops short of the heel's back curve: with the medial side in the studio
 * light's shade, 0.26 from the heel on made most strangers call the medial midsole grey where the
 * lateral is white, a mismatch rather than an insert.)
 */
export const POST_TONE = 0.4;

/**
 * 0..1: how much of the post a point of the foam (mm) is in. Medial side only, starting in front of
 * the heel's back curve (so the back of the heel stays white), and ending under the arch where the
 * base layer's medial step ends (sidewall.ts: the post's steep front at x 150-162).
 */
export function postWeight(x: number, y: number, z: number): number {
  if (y > wedgeTop(x, -1) + 0.05) return 0;
  const medial = smoothstep(5, 17, -z);
  const front = 1 - smoothstep(144, 156, x);
  const rear = smoothstep(34, 40, x);
  return medial * front * rear;
}

/** How dark a layer's tucked underside is baked (multiplier at its deepest): moulded-in shadow. */
export const GROOVE_TONE = 0.32;

/**
 * Tone of the foam at a point: white, or grey in the post, darkened in the layers' grooves.
 * `nz` (the vertex normal's z) picks the side where the point lies on the centre line: at the
 * heel's tip the lateral and medial walls' rows both sit at z = 0, each on its own side's profile;
 * shading the medial rows with the lateral profile baked them dark where the lateral had no groove,
 * a hard seam down the back of the heel.
 */
export const foamTone = (x: number, y: number, z: number, nz = 0): number =>
  (1 - (1 - POST_TONE) * postWeight(x, y, z)) * (1 - (1 - GROOVE_TONE) * grooveShade(x, y, sideOf(z, nz)));

/** The side (1 lateral, -1 medial) a vertex belongs to: by its z, or on the centre line by its normal. */
const sideOf = (z: number, nz: number): number => (Math.abs(z) > 1e-6 ? Math.sign(z) : nz < 0 ? -1 : 1);
