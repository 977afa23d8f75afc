import type { Group } from 'three';
import { disposeObject } from '../stage/dispose-object.js';
import { parseGltf } from '../stage/parse-gltf.js';
import { fetchModel, type FetchProgress } from './fetch-model.js';
import { sniffModel } from './sniff-model.js';
import { ViewerError } from './viewer-error.js';

/**
 * One model download at a time: starting a new load aborts the one in
 * flight, and a superseded load resolves to null instead of failing, so only
 * the latest src ever reaches the scene.
 */
export class ModelRequest {
  private abortController: AbortController | null = null;
  private generation = 0;

  /** Loads `url`; resolves null if a newer load or `cancel()` superseded it. */
  async load(url: string, onProgress: (progress: FetchProgress) => void): Promise<Group | null> {
    this.abortController?.abort();
    const abort = (this.abortController = new AbortController());
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    try {
      const bytes = await fetchModel(url, abort.signal, (progress) => current() && onProgress(progress));
      if (!current()) return null;
      sniffModel(bytes, url);
      const scene = await parseGltf(bytes, url);
      if (!current()) {
        disposeObject(scene);
        return null;
      }
      return scene;
    } catch (error) {
      if (!current() || abort.signal.aborted) return null;
      if (error instanceof ViewerError) throw error;
      throw new ViewerError('format', `The model could not be loaded (${url}): ${String((error as Error)?.message ?? error)}`, {
        cause: error,
      });
    } finally {
      if (this.abortController === abort) this.abortController = null;
    }
  }

  cancel(): void {
    this.generation++;
    this.abortController?.abort();
    this.abortController = null;
  }
}
