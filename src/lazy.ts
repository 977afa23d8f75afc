/**
 * A module imported on first use, with `import()`. An app's bundler emits each such module as
 * a chunk of its own, so a page that never uses the feature never downloads it. The CDN build
 * is one file (it must work under any name), so there the import resolves at once
 * (`scripts/lib/cdn-inline-lazy.ts`). One instance per module, shared by every viewer on the page.
 */
export class Lazy<T> {
  /** The module, once it has arrived. */
  value: T | undefined = undefined;
  private pending: Promise<T> | undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  /** Imports the module once. (Browsers remember a failed module fetch, so a failure is final.) */
  load(): Promise<T> {
    return (this.pending ??= this.importer().then((value) => (this.value = value)));
  }
}

/** What a controller needs from the element to use a lazily imported feature. */
export interface FeatureHost {
  /**
   * Hands `feature` to `use`: at once if it has arrived, else after importing it (a second
   * call while it is on its way does nothing). The element's `updateComplete` waits for it,
   * and a failed download is reported once, as an `error` event (type `network`) naming `what`.
   */
  loadFeature<T>(feature: Lazy<T>, what: string, use: (module: T) => void): void;
}
