/**
 * Tech explorer: callouts on the model, an exploded-view slider, the story of the shoe and a
 * guided tour that opens the callouts one after another, in the order the model profile lists them.
 * `?src=` and `?profile=`, or a GLB (and its profile JSON) dropped on the page or chosen, show
 * another model: its callouts (from its profile) make the tour and its profile names the story.
 */
import '../src/index.js';
import { byId, h, onDetail } from './lib/dom.js';
import { acceptModelFiles, applyModelParams } from './lib/model-source.js';

const viewer = byId('viewer', 'shoe-viewer');
const exploded = byId('exploded', 'input');
const explodedValue = byId('exploded-value', 'output');
const callouts = byId('callouts', 'input');
const tourList = byId('tour-list', 'ol');
const tourStep = byId('tour-step', 'span');
const tourText = byId('tour-text', 'p');
const prev = byId('tour-prev', 'button');
const next = byId('tour-next', 'button');
const storyEyebrow = byId('story-eyebrow', 'p');
const storyTitle = byId('story-title', 'h1');
const kayanoStory = byId('kayano-story', 'div');
const ownStory = byId('own-story', 'p');
const modelError = byId('model-error', 'p');

applyModelParams(viewer);
let stops = viewer.annotationData;
/** Index of the open stop, or -1 when no callout is open. */
let current = -1;

exploded.addEventListener('input', () => {
  viewer.exploded = Number(exploded.value) / 100;
  explodedValue.textContent = `${exploded.value}%`;
});
callouts.addEventListener('change', () => {
  viewer.annotations = callouts.checked;
});

let stopButtons: HTMLButtonElement[] = [];

/** One numbered button per callout of the model on screen. */
function buildStops(): void {
  stops = viewer.annotationData;
  tourList.replaceChildren();
  stopButtons = stops.map((stop, i) => {
    const button = h('button', { type: 'button', 'aria-label': `Stop ${i + 1}: ${stop.title}`, title: stop.title }, String(i + 1));
    button.addEventListener('click', () => go(i));
    const item = h('li');
    item.append(button);
    tourList.append(item);
    return button;
  });
}
buildStops();
/** The story names the model on screen: the Kayano 14's own text, or the other profile's name. */
function tellStory(): void {
  const profile = viewer.activeProfile;
  const kayano = !profile || profile.source === 'builtin';
  kayanoStory.hidden = !kayano;
  ownStory.hidden = kayano;
  storyEyebrow.textContent = kayano ? 'Tech explorer · 2008' : 'Tech explorer · your model';
  storyTitle.textContent = kayano ? 'Inside the GEL-Kayano 14' : `Inside ${profile.name ?? 'this shoe'}`;
  ownStory.textContent = kayano
    ? ''
    : stops.length
      ? `${stops.length} ${stops.length === 1 ? 'callout' : 'callouts'} from its profile: open them on the shoe or take the tour.`
      : 'Its profile has no callouts: turn it, or explode it to see its parts.';
}
viewer.addEventListener('load', () => {
  if (viewer.annotationData !== stops) {
    current = -1;
    buildStops();
    render();
  }
  tellStory();
});
acceptModelFiles(viewer, document.body, byId('open-model', 'input'), (message) => (modelError.textContent = message), () => {
  modelError.textContent = '';
});

function go(index: number): void {
  const stop = stops[index];
  if (!stop) return;
  if (!viewer.annotations) {
    viewer.annotations = true;
    callouts.checked = true;
  }
  viewer.openAnnotation(stop.id);
}

function render(): void {
  const stop = stops[current];
  stopButtons.forEach((button, i) => (i === current ? button.setAttribute('aria-current', 'step') : button.removeAttribute('aria-current')));
  prev.disabled = current <= 0;
  if (!stop) {
    tourStep.textContent = '';
    next.textContent = 'Start the tour';
    tourText.replaceChildren(
      viewer.src
        ? `${stops.length} ${stops.length === 1 ? 'stop' : 'stops'} from this model's profile. Or tap a numbered dot on it.`
        : `${stops.length} stops, from the GEL under your heel to the story of the shoe. Or tap a numbered dot on it.`,
    );
    return;
  }
  tourStep.textContent = `Stop ${current + 1} of ${stops.length}`;
  next.textContent = current === stops.length - 1 ? 'Finish' : 'Next →';
  tourText.replaceChildren(h('strong', {}, stop.title), 'Read about it on the shoe; turn the shoe or explode it to see more.');
}

prev.addEventListener('click', () => go(current - 1));
next.addEventListener('click', () => {
  if (stops.length === 0) return;
  if (current === stops.length - 1) viewer.closeAnnotation();
  else go(current + 1);
});

onDetail<{ id: string }>(viewer, 'annotation-open', ({ id }) => {
  current = stops.findIndex((s) => s.id === id);
  render();
});
onDetail<{ id: string }>(viewer, 'annotation-close', () => {
  current = -1;
  render();
});

render();
