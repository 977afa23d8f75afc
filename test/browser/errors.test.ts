import { expect } from '@esm-bundle/chai';
import { peekSharedRenderer } from '../../src/stage/shared-renderer.js';
import { cleanup, fixture, frames, imageSignature, mountViewer, nextEvent, recordEvents, signatureDistance, sleep, waitFor } from './helpers.js';

const badInputs: Array<[string, string, string, RegExp]> = [
  ['a 404', fixture('missing.glb'), 'network', /404/],
  ['a network failure', 'http://127.0.0.1:9/shoe.glb', 'network', /network request failed/],
  ['an empty file', fixture('empty.glb'), 'format', /empty/],
  ['a truncated GLB', fixture('truncated.glb'), 'format', /truncated/],
  ['an HTML page served as .glb', fixture('page.glb'), 'format', /HTML/],
  ['bytes that are not a model', fixture('garbage.glb'), 'format', /not a glTF/],
];

describe('errors', () => {
  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });

  for (const [what, url, type, message] of badInputs) {
    it(`${what} gives one ${type} error and keeps the previous model on screen`, async () => {
      const viewer = mountViewer({ src: fixture('box.glb') });
      await nextEvent(viewer, 'load');
      await sleep(300);
      const shown = imageSignature(viewer);
      const seen = recordEvents(viewer, 'error', 'load');
      viewer.src = url;
      await nextEvent(viewer, 'error');
      await sleep(300);
      expect(seen.map((e) => e.type)).to.deep.equal(['error']);
      expect(seen[0].detail.type).to.equal(type);
      expect(seen[0].detail.message).to.match(message);
      viewer.resetCamera();
      await frames(3);
      expect(signatureDistance(imageSignature(viewer), shown), 'previous model still drawn').to.be.lessThan(0.05);
      expect(rejections, 'no unhandled rejection').to.have.length(0);
    });
  }

  it('shows the message in the element when there is nothing to display', async () => {
    const viewer = mountViewer({ src: fixture('missing.glb') });
    const detail = await nextEvent<{ message: string }>(viewer, 'error');
    await viewer.updateComplete;
    const status = viewer.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.textContent).to.equal(detail.message);
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('reports WebGL context loss and draws again when the context is restored', async () => {
    const viewer = mountViewer({ src: fixture('box.glb') });
    await nextEvent(viewer, 'load');
    await sleep(300);
    const shown = imageSignature(viewer);
    const gl = peekSharedRenderer()!.renderer.getContext();
    const lose = gl.getExtension('WEBGL_lose_context')!;
    const lost = nextEvent<{ type: string; message: string }>(viewer, 'error');
    lose.loseContext();
    const detail = await lost;
    expect(detail.type).to.equal('webgl');
    expect(detail.message).to.match(/context was lost/);
    const before = viewer.framesDrawn;
    await sleep(50); // a restore is only honoured once the loss event has finished dispatching
    lose.restoreContext();
    await waitFor(() => viewer.framesDrawn > before, 'a frame after the context is restored');
    await sleep(100);
    expect(signatureDistance(imageSignature(viewer), shown), 'same view after restore').to.be.lessThan(0.05);
  });
});
