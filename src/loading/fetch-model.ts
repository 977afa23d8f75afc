import { failedFetchMessage, originOf, type FailedFetchProbe } from './failure-messages.js';
import { ViewerError, quoteForMessage } from './viewer-error.js';

export interface FetchProgress {
  loaded: number;
  /** 0 when the server sent no Content-Length. */
  total: number;
}

/**
 * Downloads a model as bytes, reporting progress as chunks arrive.
 * Aborting the signal rejects with the signal's reason (an AbortError),
 * which callers treat as "superseded", not as a failure.
 */
export async function fetchModel(
  url: string,
  signal: AbortSignal,
  onProgress: (progress: FetchProgress) => void,
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    const probe = await probeFailedFetch(url, signal);
    if (signal.aborted) throw signal.reason;
    throw new ViewerError('network', failedFetchMessage(url, location.origin, probe), { cause });
  }
  if (!response.ok) {
    throw new ViewerError(
      'network',
      `Could not download the model ${quoteForMessage(url)}: the server answered ${response.status} ${response.statusText}`.trim() +
        '.',
      { status: response.status },
    );
  }
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    onProgress({ loaded: bytes.byteLength, total: total || bytes.byteLength });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onProgress({ loaded, total });
    }
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    throw new ViewerError('network', `The download of ${quoteForMessage(url)} was interrupted.`, { cause });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * After a failed download from another origin: does the server answer at all? A `no-cors`
 * request gets an opaque response from any server that answers, CORS headers or not, so a
 * success means the CORS check was what failed. Only its headers are awaited, then it is aborted.
 */
async function probeFailedFetch(url: string, signal: AbortSignal): Promise<FailedFetchProbe> {
  if (originOf(url) === location.origin || !/^https?:/.test(url)) return 'same-origin';
  const probe = new AbortController();
  const stop = () => probe.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal: probe.signal });
    return 'reachable';
  } catch {
    return 'unreachable';
  } finally {
    signal.removeEventListener('abort', stop);
    probe.abort();
  }
}
