import { expect } from '@esm-bundle/chai';
import { peekSharedRenderer } from '../../src/stage/shared-renderer.js';
import { canvasOf, cleanup, fixture, modelCoverage, mountViewer, nextEvent, pixels, stageOf, waitFor, waitForIdle } from './helpers.js';

/** Mean absolute difference of two RGBA images of the same size, 0..255. */
function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

describe('presenting frames', () => {
  afterEach(cleanup);

  it('hands each frame to the viewer canvas as a bitmap, and toBlob() returns the view on screen', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    // On a slow machine the adaptive scale may be below 1 now: compare a full-resolution frame.
    peekSharedRenderer()!.resolution.enabled = false;
    const frames = viewer.framesDrawn;
    stageOf(viewer)!.requestRender();
    await waitFor(() => viewer.framesDrawn > frames, 'a frame');
    await waitForIdle(viewer);
    const canvas = canvasOf(viewer);
    // The same kind of context comes back; a canvas with a 2D context would return null here.
    expect(canvas.getContext('bitmaprenderer'), 'a bitmaprenderer canvas').to.not.equal(null);
    expect(modelCoverage(viewer)).to.be.greaterThan(0.05);
    const blob = await viewer.toBlob();
    expect(blob?.type).to.equal('image/png');
    const image = await createImageBitmap(blob!);
    expect([image.width, image.height]).to.deep.equal([canvas.width, canvas.height]);
    const copy = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height }).getContext('2d')!;
    copy.drawImage(image, 0, 0);
    const fromBlob = copy.getImageData(0, 0, image.width, image.height).data;
    expect(meanDifference(fromBlob, pixels(viewer).data), 'toBlob is the view').to.be.lessThan(1);
    peekSharedRenderer()!.resolution.enabled = true;
  });

  /** A loaded viewer at rest whose adaptive scale was stepped down, as by frames 100 ms apart (10 fps, two judging windows). */
  async function viewerAtLowerScale() {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    await waitFor(() => !stageOf(viewer)!.rig.update(0), 'camera at rest');
    await waitForIdle(viewer);
    const resolution = peekSharedRenderer()!.resolution;
    resolution.enabled = true;
    const now = performance.now();
    for (let i = 1; i <= 7; i++) resolution.frame(now + i * 100, true);
    expect(resolution.scale).to.be.lessThan(1);
    return { viewer, canvas: canvasOf(viewer), resolution };
  }

  it('draws fewer pixels while frames are slow, and the full resolution again at rest', async () => {
    const { viewer, canvas, resolution } = await viewerAtLowerScale();
    const frames = viewer.framesDrawn;
    stageOf(viewer)!.requestRender();
    await waitFor(() => viewer.framesDrawn > frames, 'a frame at the lower scale');
    const low = await createImageBitmap(canvas);
    expect(low.width, 'drawn below the canvas size').to.be.lessThan(canvas.width);
    expect(modelCoverage(viewer), 'still shown over the whole view').to.be.greaterThan(0.05);
    // Nothing more to draw: the view is at rest and is drawn sharp again.
    const end = performance.now() + 20_000;
    let full = await createImageBitmap(canvas);
    while (full.width !== canvas.width && performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      full = await createImageBitmap(canvas);
    }
    expect([full.width, full.height], 'full resolution at rest').to.deep.equal([canvas.width, canvas.height]);
    expect(resolution.scale).to.equal(1);
  });

  it('keeps the lower scale while a slow GPU holds frames back, instead of resizing between them', async () => {
    const { viewer, canvas } = await viewerAtLowerScale();
    // Animation frames arrive 450 ms after they are asked for (longer than the rest timeout), as
    // when the GPU is behind; a drag asks for the next frame as soon as one is drawn.
    const realRaf = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => window.setTimeout(() => callback(performance.now()), 450);
    const widths: number[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const frames = viewer.framesDrawn;
        stageOf(viewer)!.requestRender();
        await waitFor(() => viewer.framesDrawn > frames, 'a slow frame', 10_000);
        widths.push((await createImageBitmap(canvas)).width);
      }
    } finally {
      window.requestAnimationFrame = realRaf;
    }
    expect(widths.every((width) => width < canvas.width), `frame widths ${widths} vs canvas ${canvas.width}`).to.equal(true);
  });
});
