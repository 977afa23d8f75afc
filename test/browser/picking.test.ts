import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { Vector3, type Mesh } from 'three';
import { projectAnchor } from '../../src/annotations/projection.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, mountViewer, nextEvent, recordEvents, sleep, stageOf, waitFor } from './helpers.js';

const SIZE = { width: 480, height: 360 };

const partsOf = (viewer: ShoeViewer) =>
  (viewer as unknown as { partsController: { partAt(x: number, y: number): string | null; highlighted: string | null } }).partsController;

/**
 * A page pixel (whole CSS px, as a real mouse reports) where `part` is drawn: a vertex of
 * its mesh projected to the screen, kept only if a raycast there hits that part first.
 */
function pixelShowing(viewer: ShoeViewer, part: string): { x: number; y: number } {
  const stage = stageOf(viewer)!;
  const mesh = stage.model!.getObjectByName(part) as Mesh;
  expect(mesh, `the model has ${part}`).to.not.equal(undefined);
  const host = viewer.getBoundingClientRect();
  const position = mesh.geometry.getAttribute('position');
  const centre = new Vector3();
  mesh.geometry.computeBoundingBox();
  mesh.geometry.boundingBox!.getCenter(centre);
  mesh.localToWorld(centre);
  const c = projectAnchor(centre, stage.rig.camera, viewer.clientWidth, viewer.clientHeight);
  const candidates: Array<{ x: number; y: number; d: number }> = [];
  const point = new Vector3();
  for (let i = 0; i < position.count; i++) {
    mesh.localToWorld(point.fromBufferAttribute(position, i));
    const screen = projectAnchor(point, stage.rig.camera, viewer.clientWidth, viewer.clientHeight);
    if (!screen.inFront) continue;
    // Nudge toward the part's centre so the pixel is inside it, not on its rim.
    const x = Math.round(host.left + screen.x + (c.x - screen.x) * 0.3);
    const y = Math.round(host.top + screen.y + (c.y - screen.y) * 0.3);
    candidates.push({ x, y, d: Math.hypot(screen.x - c.x, screen.y - c.y) });
  }
  candidates.sort((a, b) => a.d - b.d);
  const hit = candidates.find(({ x, y }) => partsOf(viewer).partAt(x, y) === part);
  expect(hit, `a pixel showing ${part}`).to.not.equal(undefined);
  return hit!;
}

async function mountAndSettle() {
  const viewer = mountViewer({}, SIZE);
  await nextEvent(viewer, 'load', 60_000);
  await sleep(800);
  return viewer;
}

describe('part picking', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  it('a click on a pixel showing the rearfoot GEL fires part-select with gel_heel and highlights it', async () => {
    const viewer = await mountAndSettle();
    const { x, y } = pixelShowing(viewer, 'gel_heel');
    let bubbled = '';
    document.body.addEventListener('part-select', (e) => (bubbled = (e as CustomEvent).detail.part), { once: true });
    const selected = nextEvent<{ part: string }>(viewer, 'part-select');
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await selected).part).to.equal('gel_heel');
    expect(bubbled, 'bubbles and is composed').to.equal('gel_heel');
    expect(partsOf(viewer).highlighted).to.equal('gel_heel');
    expect(viewer.highlightedPart).to.equal('gel_heel');
    // The keyboard parts list marks the clicked part too.
    await viewer.updateComplete;
    const current = [...viewer.shadowRoot!.querySelectorAll('[part~="part-button"][aria-current="true"]')];
    expect(current.map((b) => (b as HTMLElement).dataset.part)).to.deep.equal(['gel_heel']);
    // The highlight is an overlay: the part's own material is untouched.
    const mesh = stageOf(viewer)!.model!.getObjectByName('gel_heel') as Mesh;
    expect(mesh.children.some((c) => c.userData.shoeViewerOverlay)).to.equal(true);
  });

  it('a drag does not pick', async () => {
    const viewer = await mountAndSettle();
    const { x, y } = pixelShowing(viewer, 'gel_heel');
    const events = recordEvents(viewer, 'part-select');
    const start = stageOf(viewer)!.rig.camera.position.clone();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y + 4] });
    await sendMouse({ type: 'move', position: [x + 60, y + 8] });
    await sendMouse({ type: 'up' });
    await sleep(600);
    expect(events, 'no part-select').to.have.length(0);
    expect(stageOf(viewer)!.rig.camera.position.distanceTo(start), 'the drag orbited').to.be.greaterThan(0.01);
  });

  it('a click on empty space selects nothing and clears the highlight', async () => {
    const viewer = await mountAndSettle();
    const { x, y } = pixelShowing(viewer, 'midsole');
    await sendMouse({ type: 'click', position: [x, y] });
    await waitFor(() => partsOf(viewer).highlighted === 'midsole', 'midsole highlighted');
    const events = recordEvents(viewer, 'part-select');
    const host = viewer.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(host.left + 5), Math.round(host.top + 5)] });
    await waitFor(() => partsOf(viewer).highlighted === null, 'highlight cleared');
    expect(events).to.have.length(0);
  });

  it('hovering shows the part’s name', async () => {
    const viewer = await mountAndSettle();
    const { x, y } = pixelShowing(viewer, 'gel_heel');
    const label = viewer.shadowRoot!.querySelector<HTMLElement>('.part-label')!;
    expect(label.hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [x, y] });
    await waitFor(() => !label.hidden, 'label shown');
    expect(label.textContent).to.equal('Rearfoot GEL');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    const host = viewer.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(host.left + 5), Math.round(host.top + 5)] });
    await waitFor(() => label.hidden, 'label hidden over empty space');
  });

  it('focusPart turns the camera toward the part; an unknown part fires error', async () => {
    const viewer = await mountAndSettle();
    const rig = stageOf(viewer)!.rig;
    const mesh = stageOf(viewer)!.model!.getObjectByName('trusstic')!;
    const centre = new Vector3();
    (mesh as Mesh).geometry.computeBoundingBox();
    (mesh as Mesh).geometry.boundingBox!.getCenter(centre);
    mesh.localToWorld(centre);
    const before = rig.camera.position.distanceTo(centre);
    viewer.focusPart('trusstic');
    await waitFor(() => !(rig as unknown as { move: unknown }).move, 'move done', 30_000);
    expect(rig.camera.position.distanceTo(centre)).to.be.lessThan(before - 0.05);
    const error = nextEvent<{ type: string }>(viewer, 'error');
    viewer.focusPart('no_such_part');
    expect((await error).type).to.equal('validation');
  });
});
