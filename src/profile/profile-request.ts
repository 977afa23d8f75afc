import { ViewerError, quoteForMessage, type ViewerErrorDetail } from '../loading/viewer-error.js';
import type { ModelProfile } from './types.js';
import { validateProfile } from './validate-profile.js';

/** A validated profile or what was wrong with it, with the JSON path of the first problem. */
export type CheckedProfile = { ok: true; profile: ModelProfile } | { ok: false; error: ViewerErrorDetail };

/** Validates a profile from `where` (the page, the model's `asset.extras.shoeViewer`). */
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

/**
 * The page's profile: an object (validated at once) or a URL (fetched, one at a time: a
 * newer value aborts the request in flight). `current` is the last valid one, or null.
 */
export class ProfileRequest {
  current: ModelProfile | null = null;
  /** Resolves when the latest value is settled (fetched and checked, or failed). */
  pending: Promise<void> | null = null;
  private abort: AbortController | null = null;
  private generation = 0;

  /** Sets the page's value; `done` gets the outcome when it is the latest one. */
  set(value: unknown, done: (error: ViewerErrorDetail | null) => void): void {
    this.abort?.abort();
    this.abort = null;
    const generation = ++this.generation;
    if (value === undefined || value === null || value === '') {
      this.current = null;
      this.pending = null;
      return done(null);
    }
    if (typeof value !== 'string') {
      this.pending = null;
      const checked = checkProfile(value, 'The profile');
      this.current = checked.ok ? checked.profile : null;
      return done(checked.ok ? null : checked.error);
    }
    const abort = (this.abort = new AbortController());
    const url = new URL(value, document.baseURI).href;
    const settle = (profile: ModelProfile | null, error: ViewerErrorDetail | null) => {
      if (generation !== this.generation) return;
      this.current = profile;
      this.pending = null;
      done(error);
    };
    this.pending = fetchJson(url, abort.signal).then(
      (json) => {
        const checked = checkProfile(json, `The profile ${quoteForMessage(url)}`);
        settle(checked.ok ? checked.profile : null, checked.ok ? null : checked.error);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        settle(null, error instanceof ViewerError ? error.detail : { type: 'network', message: String(error), cause: error });
      },
    );
  }

  cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.pending = null;
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    throw new ViewerError('network', `The profile ${quoteForMessage(url)} could not be fetched.`, { cause });
  }
  if (!response.ok) {
    throw new ViewerError('network', `The profile ${quoteForMessage(url)} could not be fetched: HTTP ${response.status}.`, { status: response.status });
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ViewerError('validation', `The profile ${quoteForMessage(url)} is not JSON.`, { path: '$', cause });
  }
}
