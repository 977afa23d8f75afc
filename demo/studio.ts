/**
 * Colorway studio: pick a part (from the grouped list, which highlights it with `highlightPart`, or by
 * clicking the model; the element's own parts list is off, `parts-list="false"`), give it a colour
 * and a finish, start from any preset, undo / redo / reset, share a link, export and import the
 * colorway JSON, and download a PNG of the view.
 *
 * Groups: the element reports each part's group from the model profile (`upper`, `sole` or
 * `detail`); for the Kayano 14, whose profile says only upper and sole, the studio puts the
 * small trims a designer treats as accents (laces, tongue, collar, heel tab, tiger stripes)
 * under `details` too.
 *
 * Any model: `?src=` and `?profile=` in the address, or a GLB (and its profile JSON) dropped
 * on the page or chosen with "Open your model"; the lists follow the element's `parts` and
 * `presets` each time a model loads.
 */
import '../src/index.js';
import { FINISH_NAMES } from '../src/colorway/finish.js';
import type { ShoeViewer } from '../src/shoe-viewer.js';
import { byId, download, h, onDetail, toast } from './lib/dom.js';
import { History } from './lib/history.js';
import { acceptModelFiles, applyModelParams } from './lib/model-source.js';

type Look = ReturnType<ShoeViewer['exportColorway']>;
type Part = ShoeViewer['parts'][number];

/** Parts shown under "Details" rather than their model group. */
export const DETAIL_PARTS: readonly string[] = ['tiger_stripes', 'laces', 'tongue', 'collar', 'heel_tab'];
const GROUPS = [
  { id: 'upper', title: 'Upper' },
  { id: 'sole', title: 'Sole' },
  { id: 'details', title: 'Details' },
] as const;
const groupOf = (part: Part) => (DETAIL_PARTS.includes(part.id) || part.group === 'detail' ? 'details' : part.group);

const viewer = byId('viewer', 'shoe-viewer');
const lookName = byId('look-name', 'h1');
const presetSelect = byId('preset', 'select');
const partGroups = byId('part-groups', 'div');
const partName = byId('part-name', 'h2');
const colorInput = byId('part-color', 'input');
const colorText = byId('part-hex', 'input');
const finishes = byId('finishes', 'div');
const editError = byId('edit-error', 'p');
const focusButton = byId('focus-part', 'button');
const undoButton = byId('undo', 'button');
const redoButton = byId('redo', 'button');
const resetButton = byId('reset', 'button');
const shareLink = byId('share-link', 'input');
const copyLink = byId('copy-link', 'button');
const exportButton = byId('export', 'button');
const importInput = byId('import', 'input');
const importError = byId('import-error', 'p');
const pngButton = byId('png', 'button');
const openModel = byId('open-model', 'input');
const modelError = byId('model-error', 'p');

let selected: string = 'upper_mesh';
applyModelParams(viewer);

// ---- Start: a shared look from the URL, else the first preset -----------------------------------
const shared = new URL(location.href).searchParams.get('colorway');
if (!viewer.src) {
  // The bundled model's presets are known before it loads; another model's once it has.
  if (!shared || !viewer.applyShareUrl()) viewer.applyColorway(viewer.presets[0]!.id);
}
let steps = new History<Look>(viewer.exportColorway(), (a, b) => JSON.stringify(a) === JSON.stringify(b));

// ---- Part list and editor: rebuilt from the element's parts and presets for each model ----------
const partButtons = new Map<string, HTMLButtonElement>();
let listedFor: string | null = null;

function buildLists(): void {
  presetSelect.replaceChildren(...viewer.presets.map((preset) => h('option', { value: preset.id }, preset.name)));
  presetSelect.disabled = viewer.presets.length === 0;
  if (viewer.presets.length === 0) presetSelect.append(h('option', { value: '' }, 'No presets: the model as it is'));
  const current = viewer.presets.find((p) => viewer.colorway?.startsWith(p.id))?.id;
  if (!current && viewer.presets.length) presetSelect.prepend(h('option', { value: '' }, 'The model as it comes'));
  presetSelect.value = current ?? '';
  partButtons.clear();
  partGroups.replaceChildren();
  for (const group of GROUPS) {
    const parts = viewer.parts.filter((p) => groupOf(p) === group.id);
    if (parts.length === 0) continue;
    const section = h('section', { class: 'group', 'aria-labelledby': `group-${group.id}` });
    const list = h('ul');
    section.append(h('h3', { id: `group-${group.id}` }, group.title), list);
    for (const part of parts) {
      const button = h('button', { class: 'part', type: 'button', 'aria-pressed': 'false', 'data-part': part.id });
      button.append(h('span', { class: 'chip', 'aria-hidden': 'true' }), h('span', { class: 'label' }, part.label), h('span', { class: 'finish' }));
      button.addEventListener('click', () => select(part.id, true));
      partButtons.set(part.id, button);
      const item = h('li');
      item.append(button);
      list.append(item);
    }
    partGroups.append(section);
  }
  if (!partButtons.has(selected)) selected = viewer.parts[0]?.id ?? '';
}
buildLists();

/** A new model (or profile) is on screen: its own lists, and a fresh history from its look. */
function modelChanged(): void {
  const key = `${viewer.src ?? ''}|${viewer.parts.map((p) => p.id).join(',')}|${viewer.presets.map((p) => p.id).join(',')}`;
  if (key === listedFor) return;
  listedFor = key;
  buildLists();
  steps = new History<Look>(viewer.exportColorway(), (a, b) => JSON.stringify(a) === JSON.stringify(b));
  render();
}
viewer.addEventListener('load', modelChanged);
acceptModelFiles(
  viewer,
  document.body,
  openModel,
  (message) => (modelError.textContent = message),
  (names) => {
    modelError.textContent = '';
    toast(`Opened ${names.join(' and ')}.`);
    // A profile for the model on screen applies at once; a new model when it loads.
    modelChanged();
  },
);

for (const finish of FINISH_NAMES) {
  const label = h('label');
  const input = h('input', { type: 'radio', name: 'finish', value: finish });
  label.append(input, h('span', {}, finish));
  finishes.append(label);
  input.addEventListener('change', () => {
    if (input.checked) recolor(colorInput.value, finish, true);
  });
}

function currentPart(): Part | undefined {
  return viewer.parts.find((p) => p.id === selected);
}

/** Makes `part` the one being edited; `fromList`: chosen in the page's list, so show it on the model too. */
function select(part: string, fromList = false): void {
  if (!partButtons.has(part)) return;
  selected = part;
  // A click on the model has highlighted the part already; a choice in the list asks the viewer to.
  if (fromList) viewer.highlightPart(part);
  editError.textContent = '';
  render();
}

/** Recolours the selected part; `commit` records a history step (on `change`, not on every `input`). */
function recolor(color: string, finish: string | undefined, commit: boolean): void {
  const part = currentPart();
  if (!part) return;
  const message = captureError(() => viewer.setPartColor(part.id, color, finish ?? part.finish, 'user'));
  editError.textContent = message ?? '';
  if (message === null && commit) record();
}

/** Runs `action`; returns the message of an `error` the viewer fired meanwhile (null: none). */
function captureError(action: () => boolean): string | null {
  let message: string | null = null;
  const listener = (event: Event) => {
    if (event instanceof CustomEvent) message = String(event.detail?.message ?? 'Rejected.');
  };
  viewer.addEventListener('error', listener);
  try {
    const ok = action();
    return ok ? null : (message ?? 'That was rejected.');
  } finally {
    viewer.removeEventListener('error', listener);
  }
}

function record(): void {
  steps.push(viewer.exportColorway());
  renderHistory();
}

function render(): void {
  const parts = viewer.parts;
  for (const part of parts) {
    const button = partButtons.get(part.id);
    if (!button) continue;
    button.setAttribute('aria-pressed', String(part.id === selected));
    button.querySelector<HTMLElement>('.chip')!.style.background = part.color;
    button.querySelector('.finish')!.textContent = part.finish;
  }
  const part = parts.find((p) => p.id === selected);
  partName.textContent = part?.label ?? 'None';
  if (part) {
    colorInput.value = part.color;
    if (document.activeElement !== colorText) colorText.value = part.color;
    for (const input of finishes.querySelectorAll('input')) input.checked = input.value === part.finish;
  }
  lookName.textContent = viewer.exportColorway().name;
  shareLink.value = viewer.shareUrl();
  renderHistory();
}

function renderHistory(): void {
  undoButton.disabled = !steps.canUndo;
  redoButton.disabled = !steps.canRedo;
}

colorInput.addEventListener('input', () => recolor(colorInput.value, undefined, false));
colorInput.addEventListener('change', () => recolor(colorInput.value, undefined, true));
colorText.addEventListener('change', () => recolor(colorText.value.trim(), undefined, true));
focusButton.addEventListener('click', () => viewer.focusPart(selected));

onDetail<{ part: string }>(viewer, 'part-select', ({ part }) => select(part));
onDetail<{ colorway: Look }>(viewer, 'colorway-change', () => {
  render();
  // The address bar always holds the current look: a reload (or a bookmark) keeps the work.
  history.replaceState(null, '', viewer.shareUrl());
});

// ---- Presets, undo, redo, reset -----------------------------------------------------------------
presetSelect.addEventListener('change', () => {
  if (presetSelect.value && viewer.applyColorway(presetSelect.value, 'user')) record();
});

function restore(look: Look | undefined): void {
  if (look) viewer.applyColorway(look, 'user');
  renderHistory();
}
undoButton.addEventListener('click', () => restore(steps.undo()));
redoButton.addEventListener('click', () => restore(steps.redo()));
resetButton.addEventListener('click', () => {
  if (presetSelect.value && viewer.applyColorway(presetSelect.value, 'user')) record();
  viewer.resetCamera();
});
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (target?.matches('input[type="text"], select')) return;
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
  event.preventDefault();
  restore(event.shiftKey ? steps.redo() : steps.undo());
});

// ---- Share, export, import, PNG -----------------------------------------------------------------
copyLink.addEventListener('click', async () => {
  shareLink.select();
  try {
    await navigator.clipboard.writeText(shareLink.value);
    toast('Link copied: open it to see this look.');
  } catch {
    toast('Select the link and copy it (the clipboard is not available here).');
  }
});

const fileName = (look: Look, ext: string) => `${viewer.src ? 'model' : 'kayano-14'}-${look.id}.${ext}`;

exportButton.addEventListener('click', () => {
  const look = viewer.exportColorway();
  download(new Blob([JSON.stringify(look, null, 2) + '\n'], { type: 'application/json' }), fileName(look, 'json'));
});

importInput.addEventListener('change', async () => {
  const file = importInput.files?.[0];
  importInput.value = '';
  if (!file) return;
  importError.textContent = '';
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    importError.textContent = `${file.name} is not a colorway: it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
    return;
  }
  const message = captureError(() => viewer.applyColorway(data, 'user'));
  if (message !== null) {
    importError.textContent = `${file.name} was not imported. ${message}`;
    return;
  }
  record();
  toast(`Imported ${viewer.exportColorway().name}.`);
});

pngButton.addEventListener('click', async () => {
  const blob = await viewer.toBlob();
  if (blob) download(blob, fileName(viewer.exportColorway(), 'png'));
  else toast('The view is not ready yet.');
});

render();
