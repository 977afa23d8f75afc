import { expect } from '@esm-bundle/chai';
import {
  cleanup,
  fixture,
  meanModelColor,
  modelCoverage,
  mountViewer,
  nextEvent,
  recordEvents,
  sleep,
  stageOf,
} from './helpers.js';

describe('loading', () => {
  afterEach(cleanup);

  it('draws the model after load: the canvas shows opaque model pixels over a transparent background', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    const detail = await nextEvent<{ src: string }>(viewer, 'load');
    expect(detail.src).to.equal(fixture('box.glb'));
    const coverage = modelCoverage(viewer);
    expect(coverage, 'share of opaque pixels').to.be.greaterThan(0.08).and.lessThan(0.95);
    const [r, , b] = meanModelColor(viewer);
    // The fixture's upper is blue and its sole near white: blue dominates the mean.
    expect(b).to.be.greaterThan(r);
    expect(viewer.loaded).to.equal(true);
  });

  it('reports progress while downloading', async () => {
    const viewer = mountViewer();
    const seen = recordEvents(viewer, 'progress');
    viewer.src = fixture('box.glb');
    await nextEvent(viewer, 'load');
    expect(seen.length).to.be.greaterThan(0);
    const last = seen[seen.length - 1].detail;
    expect(last.loaded).to.equal(2964);
  });

  it('fires load once per src', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    const seen = recordEvents(viewer, 'load');
    await nextEvent(viewer, 'load');
    viewer.autoRotate = true; // keeps drawing frames
    await sleep(400);
    viewer.autoRotate = false;
    expect(seen.length).to.equal(1);
  });

  it('shows only the latest src when src changes during a load, with one load event', async () => {
    const viewer = mountViewer({ src: '/slow/test/fixtures/box.glb?ms=1200' });
    const seen = recordEvents(viewer, 'load', 'error');
    await sleep(100);
    viewer.src = fixture('box-red.glb');
    await nextEvent(viewer, 'load');
    await sleep(1600); // past the slow response
    expect(seen.map((e) => e.type)).to.deep.equal(['load']);
    expect(seen[0].detail.src).to.equal(fixture('box-red.glb'));
    const [r, , b] = meanModelColor(viewer);
    expect(r, 'the red model is the one on screen').to.be.greaterThan(b);
  });

  it('shows the poster until the first frame, then hides it', async () => {
    const poster = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>');
    const viewer = mountViewer({ poster });
    await viewer.updateComplete;
    const img = viewer.shadowRoot!.querySelector('img.poster') as HTMLImageElement;
    expect(img.hidden).to.equal(false);
    viewer.src = fixture('box.glb');
    await nextEvent(viewer, 'load');
    await viewer.updateComplete;
    expect(img.hidden).to.equal(true);
  });

  it('waits with loading="lazy" until the element is near the viewport', async () => {
    const spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.height = '4000px';
    try {
      const viewer = mountViewer({ src: fixture('box.glb') });
      const seen = recordEvents(viewer, 'progress', 'load');
      await sleep(500);
      expect(seen, 'nothing loads offscreen').to.have.length(0);
      viewer.scrollIntoView();
      await nextEvent(viewer, 'load');
      expect(seen.some((e) => e.type === 'load')).to.equal(true);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('loads at once with loading="eager", even offscreen', async () => {
    const spacer = document.body.appendChild(document.createElement('div'));
    spacer.style.height = '4000px';
    try {
      const viewer = mountViewer({ src: fixture('box.glb'), loading: 'eager' });
      const seen = recordEvents(viewer, 'load');
      const progress = await nextEvent<{ loaded: number }>(viewer, 'progress');
      expect(progress.loaded).to.be.greaterThan(0);
      for (let i = 0; i < 100 && !stageOf(viewer)?.model; i++) await sleep(50);
      expect(stageOf(viewer)?.model, 'model in the scene before it is on screen').to.not.equal(null);
      expect(seen, 'no load event before its first frame is drawn').to.have.length(0);
    } finally {
      spacer.remove();
    }
  });
});
