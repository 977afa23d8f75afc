/**
 * Which model a demo page shows: `?src=` (a GLB URL) and `?profile=` (a profile JSON URL) in
 * its address, or a GLB (and optionally a profile JSON) dropped on the page or chosen with a
 * file input. Dropped files are shown from blob URLs: nothing is uploaded.
 */
import type { ShoeViewer } from '../../src/shoe-viewer.js';

/** Applies `?src=` and `?profile=` from the page's address, before the viewer loads. */
export function applyModelParams(viewer: ShoeViewer): void {
  const params = new URL(location.href).searchParams;
  const src = params.get('src');
  const profile = params.get('profile');
  if (profile) viewer.profile = profile;
  if (src) viewer.src = src;
}

let blobUrl: string | null = null;

/**
 * Shows the chosen files: a `.glb`/`.gltf` as the model, a `.json` as its profile (parsed;
 * a file that is not JSON is reported through `onError`). Returns what it took.
 */
export async function openModelFiles(viewer: ShoeViewer, files: Iterable<File>, onError: (message: string) => void): Promise<string[]> {
  const taken: string[] = [];
  const list = [...files];
  // The profile first, so the model shows with it.
  for (const file of list.filter((f) => /\.json$/i.test(f.name) || f.type === 'application/json')) {
    try {
      viewer.profile = JSON.parse(await file.text());
      taken.push(file.name);
    } catch {
      onError(`${file.name} is not a profile: it is not valid JSON.`);
    }
  }
  const model = list.find((f) => /\.(glb|gltf)$/i.test(f.name));
  if (model) {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = URL.createObjectURL(model);
    if (!list.some((f) => /\.json$/i.test(f.name))) viewer.profile = undefined;
    viewer.src = blobUrl;
    taken.push(model.name);
  }
  if (taken.length === 0) onError('Drop a .glb model, and optionally its profile as .json.');
  return taken;
}

/** Lets the user drop model files anywhere on `area`, or choose them with `input`. */
export function acceptModelFiles(viewer: ShoeViewer, area: HTMLElement, input: HTMLInputElement, onError: (message: string) => void, onOpen: (names: string[]) => void): void {
  const open = async (files: FileList | null | undefined) => {
    if (!files?.length) return;
    const names = await openModelFiles(viewer, files, onError);
    if (names.length) onOpen(names);
  };
  input.addEventListener('change', async () => {
    await open(input.files);
    input.value = '';
  });
  area.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    area.classList.add('dropping');
  });
  area.addEventListener('dragleave', () => area.classList.remove('dropping'));
  area.addEventListener('drop', (event) => {
    event.preventDefault();
    area.classList.remove('dropping');
    void open(event.dataTransfer?.files);
  });
}
