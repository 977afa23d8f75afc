import { expect } from '@esm-bundle/chai';
import { RELEASE_DELAY_MS, peekSharedRenderer } from '../../src/stage/shared-renderer.js';
import { cleanup, fixture, modelCoverage, mountViewer, nextEvent, recordEvents, sleep, stageOf, waitFor, waitForIdle } from './helpers.js';

describe('lifecycle', () => {
  afterEach(cleanup);

  it('draws only on demand: no frames while nothing changes', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    await waitForIdle(viewer);
    const before = viewer.framesDrawn;
    await sleep(600);
    expect(viewer.framesDrawn).to.equal(before);
    viewer.resetCamera();
    await sleep(100);
    expect(viewer.framesDrawn, 'a camera move draws').to.be.greaterThan(before);
  });

  it('shows 20 viewers on one page through one shared WebGL context', async () => {
    const viewers = Array.from({ length: 20 }, () => mountViewer({ src: fixture('box.glb') }, { width: 96, height: 72 }));
    for (const viewer of viewers) viewer.style.display = 'inline-block';
    await Promise.all(viewers.map((v) => nextEvent(v, 'load', 60_000)));
    for (const [i, viewer] of viewers.entries()) {
      expect(modelCoverage(viewer), `viewer ${i} shows the model`).to.be.greaterThan(0.05);
      // Each viewer's own canvas is a 2D surface, not a WebGL context of its own.
      const canvas = viewer.shadowRoot!.querySelector('canvas')!;
      expect(canvas.getContext('webgl2'), `viewer ${i} has no WebGL context`).to.equal(null);
    }
    expect(peekSharedRenderer()?.clientCount).to.equal(20);
  });

  it('returns the renderer memory counters to their start after 20 add/remove cycles', async () => {
    const anchor = mountViewer({ src: fixture('box.glb') }, { width: 64, height: 48 });
    await nextEvent(anchor, 'load');
    const memory = () => ({ ...peekSharedRenderer()!.renderer.info.memory });
    const start = memory();
    for (let i = 0; i < 20; i++) {
      const viewer = mountViewer({ src: fixture(i % 2 ? 'box.glb' : 'box-red.glb') }, { width: 64, height: 48 });
      await nextEvent(viewer, 'load');
      viewer.remove();
      await sleep(10); // disposal waits one task, so a move in the DOM keeps the model
    }
    expect(memory()).to.deep.equal(start);
    expect(peekSharedRenderer()?.clientCount).to.equal(1);
  });

  it('keeps the WebGL context for a viewer that comes straight back, and releases it once the last one has gone', async () => {
    const first = mountViewer({ src: fixture('box.glb') });
    await nextEvent(first, 'load');
    const shared = peekSharedRenderer()!;
    const gl = shared.renderer.getContext();
    cleanup();
    await sleep(50);
    // Identity as a boolean: a failed `equal` would print the whole renderer graph.
    expect(peekSharedRenderer() === shared, 'kept while no viewer is on the page, for a short while').to.equal(true);
    const second = mountViewer({ src: fixture('box-red.glb') });
    await nextEvent(second, 'load');
    expect(peekSharedRenderer() === shared, 'the next viewer reuses it').to.equal(true);
    expect(modelCoverage(second)).to.be.greaterThan(0.05);
    cleanup();
    const gone = performance.now();
    await waitFor(() => peekSharedRenderer() === null, 'the context to be released', RELEASE_DELAY_MS + 5000);
    expect(performance.now() - gone, 'not before the delay').to.be.at.least(RELEASE_DELAY_MS - 50);
    expect(gl.isContextLost(), 'the context is given back to the browser').to.equal(true);
  });

  it('keeps its model when moved in the DOM, without reloading', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    const seen = recordEvents(viewer, 'load', 'progress');
    await nextEvent(viewer, 'load');
    const stage = stageOf(viewer);
    const count = seen.length;
    const other = document.body.appendChild(document.createElement('section'));
    try {
      other.appendChild(viewer);
      await sleep(300);
      expect(stageOf(viewer), 'same stage').to.equal(stage);
      expect(seen.length, 'no new progress or load').to.equal(count);
      expect(modelCoverage(viewer)).to.be.greaterThan(0.05);
    } finally {
      other.remove();
    }
  });

  it('follows the element box and neither errors nor draws at 0x0 or display:none', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    const canvas = viewer.shadowRoot!.querySelector('canvas')!;
    viewer.style.width = '400px';
    viewer.style.height = '200px';
    await waitFor(() => canvas.width === Math.round(400 * devicePixelRatio), 'the canvas follows the box');
    expect(canvas.width).to.equal(Math.round(400 * devicePixelRatio));
    expect(canvas.height).to.equal(Math.round(200 * devicePixelRatio));
    const errors = recordEvents(viewer, 'error');
    viewer.style.width = '0px';
    viewer.style.height = '0px';
    await waitFor(() => canvas.width === 0, 'the canvas follows the box to 0x0');
    let before = viewer.framesDrawn;
    viewer.resetCamera();
    await sleep(200);
    expect(viewer.framesDrawn, 'no frames at 0x0').to.equal(before);
    viewer.style.width = '300px';
    viewer.style.height = '200px';
    viewer.style.display = 'none';
    const stage = stageOf(viewer) as unknown as { canRender(): boolean };
    await waitFor(() => !stage.canRender(), 'the hidden viewer stops drawing');
    await sleep(50);
    before = viewer.framesDrawn;
    viewer.autoRotate = true;
    await sleep(300);
    expect(viewer.framesDrawn, 'no frames while display:none').to.equal(before);
    viewer.style.display = '';
    await waitFor(() => viewer.framesDrawn > before, 'draws again when shown', 20_000);
    expect(errors).to.have.length(0);
  });

  it('is safe to create without connecting, and connects later', async () => {
    const viewer = document.createElement('shoe-viewer');
    viewer.src = fixture('box.glb');
    await sleep(50);
    expect(stageOf(viewer)).to.equal(null);
    viewer.style.cssText = 'width:200px;height:150px';
    document.body.appendChild(viewer);
    try {
      await nextEvent(viewer, 'load');
    } finally {
      viewer.remove();
    }
  });
});
