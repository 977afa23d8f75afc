/**
 * Product page: the viewer beside title, price, colorway swatches (one per preset), a size picker
 * and an add-to-bag button that only shows a message. The viewer is lazy with a poster and a
 * progress bar; the page adds a text status for the load.
 */
import '../src/index.js';
import { byId, h, onDetail, toast } from './lib/dom.js';
import { paintSwatch } from './lib/swatch.js';

const viewer = byId('viewer', 'shoe-viewer');
const status = byId('load-status', 'p');
const swatches = byId('swatches', 'div');
const colorwayName = byId('colorway-name', 'strong');
const sizes = byId('sizes', 'div');
const sizeChosen = byId('size-chosen', 'span');
const sizeHint = byId('size-hint', 'p');
const addToBag = byId('add-to-bag', 'button');

const SIZES = ['6', '6.5', '7', '7.5', '8', '8.5', '9', '9.5', '10', '10.5', '11', '11.5', '12', '13'];
const SOLD_OUT = new Set(['6', '13']);

viewer.poster = new URL('./assets/kayano-14-poster.webp', import.meta.url).href;
const requested = new URL(location.href).searchParams.get('colorway');
const presets = viewer.presets;
viewer.colorway = presets.some((p) => p.id === requested) ? requested! : presets[0]?.id;

// Colorway swatches: one radio per preset, named, coloured from the preset data.
for (const preset of presets) {
  const label = h('label', { class: 'swatch', title: preset.description });
  const input = h('input', { type: 'radio', name: 'colorway', value: preset.id });
  input.checked = preset.id === viewer.colorway;
  const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
  paintSwatch(dot, preset.id);
  label.append(input, dot, h('span', { class: 'name' }, preset.name));
  swatches.append(label);
  input.addEventListener('change', () => {
    if (input.checked) viewer.applyColorway(preset.id, 'user');
  });
}

function showColorway(id: string | undefined): void {
  const preset = presets.find((p) => p.id === id);
  colorwayName.textContent = preset?.name ?? 'Custom';
  for (const input of swatches.querySelectorAll('input')) input.checked = input.value === id;
  viewer.alt = `The ASICS GEL-Kayano 14 in ${preset?.name ?? 'a custom colorway'}, in 3D. Drag to turn it.`;
}
showColorway(viewer.colorway);

onDetail<{ colorway: { id: string } }>(viewer, 'colorway-change', ({ colorway }) => {
  showColorway(colorway.id);
  const url = new URL(location.href);
  url.searchParams.set('colorway', colorway.id);
  history.replaceState(null, '', url);
});

// Loading: the element shows the poster and its progress bar; the page says what is happening in words.
onDetail<{ loaded: number; total: number }>(viewer, 'progress', ({ loaded, total }) => {
  status.textContent = total ? `Loading the 3D view… ${Math.round((100 * loaded) / total)}%` : `Loading the 3D view… ${Math.round(loaded / 1024)} KB`;
});
viewer.addEventListener('load', () => {
  status.textContent = 'Drag to turn the shoe, scroll or pinch to zoom.';
});
onDetail<{ message: string }>(viewer, 'error', ({ message }) => {
  status.textContent = message;
});

// Sizes
for (const size of SIZES) {
  const label = h('label', { class: 'size' });
  const input = h('input', { type: 'radio', name: 'size', value: size });
  input.disabled = SOLD_OUT.has(size);
  label.append(input, h('span', {}, size));
  if (input.disabled) label.title = `US ${size}: sold out`;
  sizes.append(label);
  input.addEventListener('change', () => {
    sizeChosen.textContent = `· US ${size}`;
    sizeHint.hidden = true;
  });
}

addToBag.addEventListener('click', () => {
  const size = sizes.querySelector<HTMLInputElement>('input:checked')?.value;
  if (!size) {
    sizeHint.hidden = false;
    sizes.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
    return;
  }
  toast(`Added to your bag: GEL-Kayano 14, ${colorwayName.textContent}, US ${size}. (A demo: nothing was ordered.)`);
});
