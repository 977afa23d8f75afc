import { quoteForMessage } from './viewer-error.js';

/** What a second, `no-cors` request found out about a model URL whose download failed. */
export type FailedFetchProbe = 'same-origin' | 'reachable' | 'unreachable';

/**
 * The message for a model download that failed before any response (fetch rejected). A
 * cross-origin server that answers a `no-cors` request but fails the real (CORS) one did not
 * allow this page: that is the usual cause on a retailer's asset CDN, and the fix is a header
 * on that server, so the message names it. Pure: no DOM.
 */
export function failedFetchMessage(url: string, pageOrigin: string, probe: FailedFetchProbe): string {
  const head = `Could not download the model ${quoteForMessage(url)}: the network request failed.`;
  if (probe === 'same-origin') return head;
  const modelOrigin = originOf(url);
  if (probe === 'unreachable') return `${head} Its server (${modelOrigin}) could not be reached.`;
  return (
    `${head} Its server (${modelOrigin}) answered, but cross-origin access was likely refused: ` +
    `the model's server must send an Access-Control-Allow-Origin header allowing this page ` +
    `(Access-Control-Allow-Origin: ${pageOrigin} or *).`
  );
}

/** The message for a model URL answered with a web page instead of a model. */
export function htmlInsteadOfModelMessage(url: string): string {
  return (
    `Expected a glTF/GLB model but received an HTML page (${url}): the model URL is likely wrong. ` +
    `Servers that answer every unknown path with the site's index.html (a single-page app's fallback) do this. ` +
    `Check that the model is hosted at this URL.`
  );
}

/** `scheme://host:port` of an absolute URL, or the URL itself when it has none. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
