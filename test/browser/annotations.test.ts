import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { Vector3 } from 'three';
import { projectAnchor } from '../../src/annotations/projection.js';
import type { AnnotationData } from '../../src/annotations/types.js';
import { KAYANO14_ANNOTATIONS } from '../../src/profile/kayano14-annotations.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, loadAxe, mountViewer, nextEvent, recordEvents, settle, sleep, stageOf, waitFor } from './helpers.js';

const SIZE = { width: 480, height: 360 };

const hotspots = (viewer: ShoeViewer) => [...viewer.shadowRoot!.querySelectorAll<HTMLButtonElement>('.hotspot')];
const hotspot = (viewer: ShoeViewer, id: string) => viewer.shadowRoot!.querySelector<HTMLButtonElement>(`.hotspot[data-id="${id}"]`)!;
const panel = (viewer: ShoeViewer) => viewer.shadowRoot!.querySelector<HTMLElement>('.annotation-panel');
const active = (viewer: ShoeViewer) => viewer.shadowRoot!.activeElement;

/** Centre of an element relative to the viewer's top-left corner, in CSS px. */
function centreIn(viewer: ShoeViewer, element: Element) {
  const box = element.getBoundingClientRect();
  const host = viewer.getBoundingClientRect();
  return { x: box.left + box.width / 2 - host.left, y: box.top + box.height / 2 - host.top };
}

/** Where an anchor projects now, relative to the viewer's top-left corner. */
function projected(viewer: ShoeViewer, annotation: AnnotationData, offset = new Vector3()) {
  const camera = stageOf(viewer)!.rig.camera;
  return projectAnchor(new Vector3(...annotation.anchor!).add(offset), camera, viewer.clientWidth, viewer.clientHeight);
}

/** Orbits the camera about the vertical axis through its target, at once. */
async function orbit(viewer: ShoeViewer, angle: number): Promise<void> {
  const stage = stageOf(viewer)!;
  const { position, target } = stage.rig.currentPose;
  position.sub(target).applyAxisAngle(new Vector3(0, 1, 0), angle).add(target);
  const drawn = viewer.framesDrawn;
  stage.rig.moveTo({ position, target }, false);
  stage.requestRender();
  // A loaded machine can hold the frame back for over a second: wait for it, then for rest.
  await waitFor(() => viewer.framesDrawn > drawn, 'a frame from the new pose', 20_000);
  await settle(viewer, 1000);
}

async function mountWithAnnotations(attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ annotations: '', ...attributes }, SIZE);
  await nextEvent(viewer, 'load', 60_000);
  await waitFor(() => hotspots(viewer).length > 0 && hotspots(viewer)[0]!.style.transform !== '', 'hotspots placed');
  await settle(viewer, 1000);
  return viewer;
}

describe('annotations', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows a numbered hotspot button per callout only when `annotations` is on', async () => {
    const viewer = mountViewer({}, SIZE);
    await nextEvent(viewer, 'load', 60_000);
    expect(hotspots(viewer)).to.have.length(0);
    viewer.annotations = true;
    await viewer.updateComplete;
    expect(viewer.hasAttribute('annotations'), 'reflected').to.equal(true);
    const buttons = hotspots(viewer);
    expect(buttons).to.have.length(KAYANO14_ANNOTATIONS.length);
    buttons.forEach((button, i) => {
      expect(button.textContent!.trim()).to.equal(String(i + 1));
      expect(button.getAttribute('aria-label')).to.contain(KAYANO14_ANNOTATIONS[i]!.title);
      expect(button.getAttribute('part')).to.equal('hotspot');
    });
  });

  it('places each hotspot within 2 px of its anchor’s projection, and keeps it there as the camera moves', async () => {
    const viewer = await mountWithAnnotations();
    const check = () => {
      for (const annotation of KAYANO14_ANNOTATIONS) {
        const expected = projected(viewer, annotation);
        const actual = centreIn(viewer, hotspot(viewer, annotation.id));
        expect(Math.abs(actual.x - expected.x), `${annotation.id} x`).to.be.at.most(2);
        expect(Math.abs(actual.y - expected.y), `${annotation.id} y`).to.be.at.most(2);
      }
    };
    check();
    // Every callout shows in the default view, so a tour needs no orbiting.
    for (const button of hotspots(viewer)) expect(button.disabled, `${button.dataset.id} enabled`).to.equal(false);
    await orbit(viewer, 0.4);
    check();
  });

  it('hides a hotspot on the far side after orbiting 180° and shows it again after orbiting back', async () => {
    const viewer = await mountWithAnnotations();
    const button = hotspot(viewer, 'gel-heel');
    expect(button.disabled).to.equal(false);
    await orbit(viewer, Math.PI);
    await waitFor(() => button.classList.contains('hidden'), 'hidden on the far side');
    expect(button.disabled, 'cannot be clicked').to.equal(true);
    expect(getComputedStyle(button).pointerEvents).to.equal('none');
    await waitFor(() => getComputedStyle(button).opacity === '0', 'faded out');
    const events = recordEvents(viewer, 'annotation-open');
    button.click();
    await sleep(100);
    expect(events, 'a click does nothing').to.have.length(0);

    await orbit(viewer, -Math.PI);
    await waitFor(() => !button.classList.contains('hidden') && !button.disabled, 'shown again');
  });

  it('hides a hotspot the model hides from the camera (occlusion by raycast)', async () => {
    const viewer = await mountWithAnnotations();
    const rig = stageOf(viewer)!.rig;
    // From the medial side, slightly below: the lateral heel GEL faces away; the midsole anchor too.
    rig.moveTo(rig.poseFor(rig.controls.target, 0.16, new Vector3(0, 0.2, -1)), false);
    stageOf(viewer)!.requestRender();
    await settle(viewer, 1000);
    await waitFor(() => hotspots(viewer).every((b) => b.disabled), 'all lateral hotspots hidden');
  });

  it('opens with Enter, moves the camera toward the part, closes with Escape and returns focus', async () => {
    const viewer = await mountWithAnnotations();
    const annotation = KAYANO14_ANNOTATIONS.find((a) => a.id === 'gel-heel')!;
    const anchor = new Vector3(...annotation.anchor!);
    const rig = stageOf(viewer)!.rig;
    const before = rig.camera.position.distanceTo(anchor);
    const events = recordEvents(viewer, 'annotation-open', 'annotation-close');
    const button = hotspot(viewer, 'gel-heel');
    button.focus();
    const opened = nextEvent<{ id: string }>(viewer, 'annotation-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).id).to.equal('gel-heel');
    expect(viewer.openAnnotationId).to.equal('gel-heel');
    const shown = panel(viewer)!;
    expect(shown.getAttribute('role')).to.equal('dialog');
    const titleId = shown.getAttribute('aria-labelledby')!;
    expect(shown.querySelector(`#${titleId}`)!.textContent).to.equal(annotation.title);
    expect(shown.textContent).to.contain(annotation.body);
    expect(active(viewer), 'focus moved into the panel').to.equal(shown);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await settle(viewer, 1000);
    const after = rig.camera.position.distanceTo(anchor);
    expect(after, 'camera closer to the GEL').to.be.lessThan(before - 0.05);
    const toCamera = rig.camera.position.clone().sub(anchor).normalize();
    expect(toCamera.dot(new Vector3(...annotation.view).normalize()), 'seen from its view direction').to.be.greaterThan(0.9);
    expect((viewer as any).partsController.highlighted, 'part highlighted').to.equal('gel_heel');

    const closed = nextEvent<{ id: string }>(viewer, 'annotation-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).id).to.equal('gel-heel');
    expect(panel(viewer)).to.equal(null);
    await viewer.updateComplete;
    await waitFor(() => active(viewer) === hotspot(viewer, 'gel-heel'), 'focus back on the hotspot');
    expect((viewer as any).partsController.highlighted).to.equal(null);
    expect(events.map((e) => e.type)).to.deep.equal(['annotation-open', 'annotation-close']);
    expect(events[0]!.detail).to.deep.equal({ id: 'gel-heel' });
  });

  it('opens with Space and closes with the close button, returning focus', async () => {
    const viewer = await mountWithAnnotations();
    hotspot(viewer, 'trusstic').focus();
    const opened = nextEvent<{ id: string }>(viewer, 'annotation-open');
    await sendKeys({ press: 'Space' });
    expect((await opened).id).to.equal('trusstic');
    const closed = nextEvent(viewer, 'annotation-close');
    panel(viewer)!.querySelector<HTMLButtonElement>('.annotation-close')!.click();
    await closed;
    await waitFor(() => active(viewer) === hotspot(viewer, 'trusstic'), 'focus back on the hotspot');
  });

  it('moves the camera at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer = await mountWithAnnotations();
    const rig = stageOf(viewer)!.rig;
    const start = rig.camera.position.clone();
    viewer.openAnnotation('gel-forefoot');
    expect(rig.camera.position.distanceTo(start), 'moved without animation').to.be.greaterThan(0.05);
  });

  it('openAnnotation / closeAnnotation fire events that bubble; an unknown id fires error and changes nothing', async () => {
    const viewer = await mountWithAnnotations();
    const seen: string[] = [];
    document.body.addEventListener('annotation-open', () => seen.push('open'), { once: true });
    const opened = nextEvent<{ id: string }>(viewer, 'annotation-open');
    viewer.openAnnotation('story');
    expect((await opened).id).to.equal('story');
    expect(seen, 'bubbles and is composed').to.deep.equal(['open']);
    const rig = stageOf(viewer)!.rig;
    await settle(viewer, 1000);
    const pose = rig.camera.position.clone();

    const events = recordEvents(viewer, 'annotation-open', 'annotation-close');
    const error = nextEvent<{ type: string; message: string }>(viewer, 'error');
    viewer.openAnnotation('no-such-callout');
    expect((await error).type).to.equal('annotation');
    await sleep(200);
    expect(events).to.have.length(0);
    expect(viewer.openAnnotationId).to.equal('story');
    expect(rig.camera.position.distanceTo(pose)).to.be.lessThan(1e-6);

    const closed = nextEvent<{ id: string }>(viewer, 'annotation-close');
    viewer.closeAnnotation();
    expect((await closed).id).to.equal('story');
    expect(viewer.openAnnotationId).to.equal(null);
  });

  it('switching `annotations` off removes the hotspots and closes the open callout', async () => {
    const viewer = await mountWithAnnotations();
    viewer.openAnnotation('collar');
    await nextEvent(viewer, 'annotation-open');
    const closed = nextEvent<{ id: string }>(viewer, 'annotation-close');
    viewer.annotations = false;
    expect((await closed).id).to.equal('collar');
    expect(hotspots(viewer)).to.have.length(0);
    expect(panel(viewer)).to.equal(null);
    expect(viewer.hasAttribute('annotations')).to.equal(false);
  });

  it('a callout opened before the model loads turns the camera to its part once it does', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer = mountViewer({ annotations: '' }, SIZE);
    viewer.openAnnotation('heel-counter');
    await nextEvent(viewer, 'load', 60_000);
    const annotation = KAYANO14_ANNOTATIONS.find((a) => a.id === 'heel-counter')!;
    const rig = stageOf(viewer)!.rig;
    const toCamera = rig.camera.position.clone().sub(rig.controls.target).normalize();
    expect(toCamera.dot(new Vector3(...annotation.view).normalize())).to.be.greaterThan(0.95);
    expect(panel(viewer)!.textContent).to.contain(annotation.title);
  });

  it('renders callout text as text, never as HTML', async () => {
    const viewer = await mountWithAnnotations();
    const evil = '<img src=x onerror=alert(1)>';
    viewer.annotationData = [{ ...KAYANO14_ANNOTATIONS[0]!, id: 'evil', title: evil, body: evil }];
    await viewer.updateComplete;
    expect(hotspot(viewer, 'evil').getAttribute('aria-label')).to.contain(evil);
    viewer.openAnnotation('evil');
    await viewer.updateComplete;
    const shown = panel(viewer)!;
    expect(shown.querySelector('.annotation-title')!.textContent).to.equal(evil);
    expect(shown.querySelector('.annotation-body')!.textContent!.trim()).to.equal(evil);
    expect(viewer.shadowRoot!.querySelector('img:not(.poster)'), 'no img element created').to.equal(null);
    expect(shown.querySelector('img')).to.equal(null);
  });

  it('lets the page replace a callout’s text with slot="annotation-<id>"', async () => {
    const viewer = await mountWithAnnotations();
    const copy = document.createElement('p');
    copy.slot = 'annotation-midsole';
    copy.textContent = 'Retailer copy about the foam.';
    viewer.appendChild(copy);
    viewer.openAnnotation('midsole');
    await viewer.updateComplete;
    const slot = panel(viewer)!.querySelector<HTMLSlotElement>('slot')!;
    expect(slot.name).to.equal('annotation-midsole');
    expect(slot.assignedElements()).to.deep.equal([copy]);
    expect(copy.getBoundingClientRect().height, 'shown').to.be.greaterThan(0);
  });

  it('keeps the panel inside the element', async () => {
    const viewer = await mountWithAnnotations();
    viewer.openAnnotation('story');
    await viewer.updateComplete;
    const box = panel(viewer)!.getBoundingClientRect();
    const host = viewer.getBoundingClientRect();
    expect(box.left).to.be.at.least(host.left);
    expect(box.top).to.be.at.least(host.top);
    expect(box.right).to.be.at.most(host.right);
    expect(box.bottom).to.be.at.most(host.bottom);
  });

  it('passes axe-core with annotations shown and one open', async () => {
    const axe = await loadAxe();
    const viewer = await mountWithAnnotations();
    // `region` is about the page's landmarks, which belong to the test page, not the element.
    const options = { rules: { region: { enabled: false } } };
    let result = await axe.run(viewer, options);
    expect(result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.html).join(' | ')}`)).to.deep.equal([]);
    hotspot(viewer, 'gel-heel').click();
    await nextEvent(viewer, 'annotation-open');
    await settle(viewer, 1000);
    result = await axe.run(viewer, options);
    expect(result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.html).join(' | ')}`)).to.deep.equal([]);
  });
});
