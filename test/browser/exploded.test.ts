import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { Box3, Vector3 } from 'three';
import { projectAnchor } from '../../src/annotations/projection.js';
import { KAYANO14_ANNOTATIONS } from '../../src/profile/kayano14-annotations.js';
import { KAYANO14_EXPLODED_OFFSETS } from '../../src/profile/kayano14-exploded.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, mountViewer, nextEvent, sleep, stageOf, waitFor } from './helpers.js';

const SIZE = { width: 480, height: 360 };
const boxOf = (viewer: ShoeViewer, part: string) => new Box3().setFromObject(stageOf(viewer)!.model!.getObjectByName(part)!);

describe('exploded view', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('exploded = 1 moves the outsole down, the laces up and the GEL out, over several frames', async () => {
    const viewer = mountViewer({}, SIZE);
    await nextEvent(viewer, 'load', 60_000);
    const outsole = boxOf(viewer, 'outsole');
    const laces = boxOf(viewer, 'laces');
    const gel = boxOf(viewer, 'gel_heel');
    const frames = viewer.framesDrawn;
    viewer.exploded = 1;
    await viewer.updateComplete;
    expect(viewer.getAttribute('exploded')).to.equal('1');
    await waitFor(() => Math.abs(boxOf(viewer, 'outsole').min.y - (outsole.min.y + KAYANO14_EXPLODED_OFFSETS.outsole![1])) < 1e-4, 'outsole down', 30_000);
    expect(viewer.framesDrawn - frames, 'animated').to.be.greaterThan(2);
    expect(boxOf(viewer, 'outsole').max.y).to.be.lessThan(outsole.max.y - 0.02);
    expect(boxOf(viewer, 'laces').min.y).to.be.greaterThan(laces.min.y + 0.05);
    expect(boxOf(viewer, 'gel_heel').min.z, 'GEL out of the lateral sidewall').to.be.greaterThan(gel.max.z);

    viewer.exploded = 0;
    await waitFor(() => Math.abs(boxOf(viewer, 'outsole').min.y - outsole.min.y) < 1e-6, 'back in place', 30_000);
  });

  it('clamps to 0..1 and reads NaN or text as 0', async () => {
    const viewer = mountViewer({ exploded: '0.5' }, SIZE);
    await viewer.updateComplete;
    expect(viewer.exploded).to.equal(0.5);
    viewer.exploded = 7;
    expect(viewer.exploded).to.equal(1);
    viewer.exploded = -2;
    expect(viewer.exploded).to.equal(0);
    viewer.exploded = NaN;
    expect(viewer.exploded).to.equal(0);
    viewer.setAttribute('exploded', 'lots');
    await viewer.updateComplete;
    expect(viewer.exploded).to.equal(0);
  });

  it('applies at once under reduced motion, and an attribute set before load applies on load', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer = mountViewer({ exploded: '1' }, SIZE);
    await nextEvent(viewer, 'load', 60_000);
    const trusstic = boxOf(viewer, 'trusstic');
    viewer.exploded = 0;
    await viewer.updateComplete;
    expect(boxOf(viewer, 'trusstic').min.y - trusstic.min.y, 'moved at once').to.be.closeTo(-KAYANO14_EXPLODED_OFFSETS.trusstic![1], 1e-4);
  });

  it('hotspots follow their parts', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer = mountViewer({ annotations: '' }, SIZE);
    await nextEvent(viewer, 'load', 60_000);
    const annotation = KAYANO14_ANNOTATIONS.find((a) => a.id === 'gel-heel')!;
    const button = viewer.shadowRoot!.querySelector<HTMLElement>('.hotspot[data-id="gel-heel"]')!;
    const centre = () => {
      const box = button.getBoundingClientRect();
      const host = viewer.getBoundingClientRect();
      return { x: box.left + box.width / 2 - host.left, y: box.top + box.height / 2 - host.top };
    };
    await sleep(300);
    const before = centre();
    const frames = viewer.framesDrawn;
    viewer.exploded = 1;
    await waitFor(() => viewer.framesDrawn > frames, 'a frame');
    await sleep(300);
    const offset = new Vector3(...KAYANO14_EXPLODED_OFFSETS.gel_heel!);
    const expected = projectAnchor(new Vector3(...annotation.anchor!).add(offset), stageOf(viewer)!.rig.camera, viewer.clientWidth, viewer.clientHeight);
    const after = centre();
    expect(Math.hypot(after.x - before.x, after.y - before.y), 'moved').to.be.greaterThan(5);
    expect(Math.abs(after.x - expected.x)).to.be.at.most(2);
    expect(Math.abs(after.y - expected.y)).to.be.at.most(2);
  });
});
