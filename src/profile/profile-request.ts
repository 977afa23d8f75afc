import { ViewerError, quoteForMessage, type ViewerErrorDetail } from '../loading/viewer-error.js';
import { profileValidation } from './lazy-validation.js';
import type { ModelProfile } from './types.js';

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
    const settle = (profile: ModelProfile | null, error: ViewerErrorDetail | null) => {
      if (generation !== this.generation) return;
      this.current = profile;
      this.pending = null;
      done(error);
    };
    const check = async (json: unknown, what: string) => {
      const { checkProfile } = await profileValidation.load();
      const checked = checkProfile(json, what);
      settle(checked.ok ? checked.profile : null, checked.ok ? null : checked.error);
    };
    if (typeof value !== 'string') {
      // Validation is imported on first use: pages without a profile never download it.
      this.pending = check(value, 'The profile').catch((cause: unknown) => settle(null, { type: 'network', message: 'The profile validator could not be loaded.', cause }));
      return;
    }
    const abort = (this.abort = new AbortController());
    const url = new URL(value, document.baseURI).href;
    this.pending = fetchJson(url, abort.signal).then(
      (json) => check(json, `The profile ${quoteForMessage(url)}`),
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
