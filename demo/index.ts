/** The demo index: a turntable hero and links to the three pages. */
import '../src/index.js';
import { byId, onDetail } from './lib/dom.js';

const viewer = byId('viewer', 'shoe-viewer');
const status = byId('status', 'output');
const rotate = byId('rotate', 'input');

viewer.addEventListener('load', () => {
  status.textContent = 'Drag to turn it, scroll or pinch to zoom.';
});
onDetail<{ message: string }>(viewer, 'error', ({ message }) => {
  status.textContent = message;
});
rotate.addEventListener('change', () => {
  viewer.autoRotate = rotate.checked;
});
