/** What went wrong, in words a page can branch on. */
export type ViewerErrorType =
  | 'network' // the request failed or the server answered with an error status
  | 'format' // the bytes are not a glTF/GLB the viewer can read
  | 'validation' // a colorway, colour, part or id was rejected
  | 'webgl' // WebGL is unavailable or its context was lost
  | 'annotation'; // an annotation id is unknown

/** The `detail` of the element's `error` event. */
export interface ViewerErrorDetail {
  type: ViewerErrorType;
  message: string;
  cause?: unknown;
  /** Extra facts, e.g. the HTTP status or the offending JSON path. */
  status?: number;
  path?: string;
}

/** An error the viewer reports as an `error` event instead of throwing. */
export class ViewerError extends Error {
  constructor(
    readonly type: ViewerErrorType,
    message: string,
    readonly extra: Omit<ViewerErrorDetail, 'type' | 'message'> = {},
  ) {
    super(message);
    this.name = 'ViewerError';
  }

  get detail(): ViewerErrorDetail {
    return { type: this.type, message: this.message, ...this.extra };
  }
}

/** Keeps URLs and other untrusted strings short in messages. */
export function quoteForMessage(value: string, max = 80): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return JSON.stringify(clean.length > max ? `${clean.slice(0, max)}…` : clean);
}
