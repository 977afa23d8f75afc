import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { cleanup, fixture, imageSignature, mountViewer, nextEvent, signatureDistance, sleep, stageOf, waitFor } from './helpers.js';

const cameraPosition = (viewer: HTMLElement) => stageOf(viewer as never)!.rig.camera.position.clone();

describe('camera', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('orbits with the arrow keys and zooms with +/- when focused', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    await sleep(400);
    const surface = viewer.shadowRoot!.querySelector<HTMLElement>('.surface')!;
    expect(surface.tabIndex).to.equal(0);
    surface.focus();
    const start = cameraPosition(viewer);
    const view = imageSignature(viewer);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sleep(500);
    const turned = cameraPosition(viewer);
    const target = stageOf(viewer)!.rig.controls.target;
    expect(turned.distanceTo(start), 'camera moved').to.be.greaterThan(0.01);
    expect(turned.distanceTo(target), 'same distance').to.be.closeTo(start.distanceTo(target), 1e-3);
    expect(signatureDistance(imageSignature(viewer), view), 'the view changed').to.be.greaterThan(0.02);
    await sendKeys({ press: '+' });
    await sleep(500);
    expect(cameraPosition(viewer).distanceTo(target), 'zoomed in').to.be.lessThan(turned.distanceTo(target) - 0.005);
  });

  it('keeps the product in frame: zoom stops at its limits', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    const controls = stageOf(viewer)!.rig.controls;
    viewer.shadowRoot!.querySelector<HTMLElement>('.surface')!.focus();
    for (let i = 0; i < 40; i++) await sendKeys({ press: '-' });
    await sleep(600);
    const distance = cameraPosition(viewer).distanceTo(controls.target);
    expect(distance).to.be.at.most(controls.maxDistance + 1e-6);
    expect(controls.maxDistance).to.be.lessThan(3);
  });

  it('resetCamera() returns to the default view', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    const home = cameraPosition(viewer);
    stageOf(viewer)!.rig.controls.rotateLeft(1);
    await sleep(300);
    expect(cameraPosition(viewer).distanceTo(home)).to.be.greaterThan(0.05);
    viewer.resetCamera();
    const frames = viewer.framesDrawn;
    await waitFor(() => cameraPosition(viewer).distanceTo(home) < 1e-3, 'back home', 20_000);
    expect(viewer.framesDrawn - frames, 'animated over several frames').to.be.greaterThan(3);
  });

  it('auto-rotate turns the model, and stops under prefers-reduced-motion', async () => {
    const viewer = mountViewer({ src: fixture('box.glb'), 'auto-rotate': '' });
    await nextEvent(viewer, 'load');
    let start = cameraPosition(viewer);
    // Count frames, not milliseconds: a software GPU may draw slowly, but each frame must turn the view.
    let frames = viewer.framesDrawn;
    await waitFor(() => viewer.framesDrawn >= frames + 10, '10 turntable frames', 20_000);
    expect(cameraPosition(viewer).distanceTo(start), 'turntable moves').to.be.greaterThan(0.002);

    await emulateMedia({ reducedMotion: 'reduce' });
    await sleep(200);
    start = cameraPosition(viewer);
    frames = viewer.framesDrawn;
    await sleep(1000);
    expect(cameraPosition(viewer).distanceTo(start), 'no turntable under reduced motion').to.be.lessThan(1e-6);
    expect(viewer.framesDrawn - frames, 'and no frames drawn for it').to.be.at.most(1);
  });

  it('moves the camera at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    const home = cameraPosition(viewer);
    stageOf(viewer)!.rig.controls.rotateLeft(1);
    await sleep(50);
    viewer.resetCamera();
    expect(cameraPosition(viewer).distanceTo(home), 'already home, no animation').to.be.lessThan(1e-6);
  });

  it('camera-controls="false" ignores keys and pointer', async () => {
    const viewer = mountViewer({ src: fixture('box.glb'), 'camera-controls': 'false' });
    await nextEvent(viewer, 'load');
    expect(viewer.cameraControls).to.equal(false);
    const surface = viewer.shadowRoot!.querySelector<HTMLElement>('.surface')!;
    surface.focus();
    const start = cameraPosition(viewer);
    await sendKeys({ press: 'ArrowLeft' });
    await sleep(300);
    expect(cameraPosition(viewer).distanceTo(start)).to.be.lessThan(1e-6);
  });
});

describe('framing', () => {
  afterEach(cleanup);

  it('frames the model to fill the view without cropping it', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') }, { width: 400, height: 300 });
    await nextEvent(viewer, 'load');
    const { data, width, height } = (await import('./helpers.js')).pixels(viewer);
    let minX = width, maxX = 0, minY = height, maxY = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (data[(y * width + x) * 4 + 3] > 240) {
          minX = Math.min(minX, x); maxX = Math.max(maxX, x);
          minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
    // Not cropped: a margin on every side. Not small: the model spans most of the width.
    expect(minX).to.be.greaterThan(0);
    expect(minY).to.be.greaterThan(0);
    expect(maxX).to.be.lessThan(width - 1);
    expect(maxY).to.be.lessThan(height - 1);
    expect((maxX - minX) / width).to.be.greaterThan(0.6);
  });
});
