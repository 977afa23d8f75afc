/**
 * Profile validation for the element: imported on first use (its own chunk in the CDN build),
 * when a page gives a profile or a model embeds one.
 */
import type { ViewerErrorDetail } from '../loading/viewer-error.js';
import type { ModelProfile } from './types.js';
import { validateProfile } from './validate-profile.js';

/** A validated profile or what was wrong with it, with the JSON path of the first problem. */
export type CheckedProfile = { ok: true; profile: ModelProfile } | { ok: false; error: ViewerErrorDetail };

/** Validates a profile; `what` names it in the message (the page, the model's `asset.extras.shoeViewer`). */
export function checkProfile(input: unknown, what: string): CheckedProfile {
  const result = validateProfile(input);
  if (result.ok) return result;
  const first = result.errors[0]!;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return {
    ok: false,
    error: { type: 'validation', path: first.path, message: `${what} was rejected: ${first.path}: ${first.message}${more}`, cause: result.errors },
  };
}

