import { expect } from '@esm-bundle/chai';
import { cleanup, fixture, mountViewer, nextEvent, recordEvents, sleep } from './helpers.js';

// Its own file: the page's one shared renderer must not exist before WebGL is taken away.
describe('without WebGL', () => {
  const restore: Array<() => void> = [];
  before(() => {
    for (const prototype of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as Array<{ getContext: (...args: unknown[]) => unknown }>) {
      const original = prototype.getContext;
      prototype.getContext = function (this: unknown, type: unknown, ...rest: unknown[]) {
        return typeof type === 'string' && type.startsWith('webgl') ? null : original.call(this, type, ...rest);
      };
      restore.push(() => (prototype.getContext = original));
    }
  });
  after(() => {
    cleanup();
    for (const undo of restore) undo();
  });

  it('reports one webgl error, shows it, fires no load and leaves the page working', async () => {
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const viewer = mountViewer({ src: fixture('box.glb') });
      const seen = recordEvents(viewer, 'error', 'load');
      const detail = await nextEvent<{ type: string; message: string }>(viewer, 'error');
      expect(detail.type).to.equal('webgl');
      expect(detail.message).to.match(/WebGL is not available/);
      await viewer.updateComplete;
      const status = () => viewer.shadowRoot!.querySelector('[part="status"]')?.textContent;
      expect(status()).to.equal(detail.message);
      // Other changes report nothing more; another model gets the same answer, once.
      viewer.autoRotate = true;
      viewer.exploded = 0.5;
      await sleep(500);
      expect(seen.map((e) => e.type)).to.deep.equal(['error']);
      const again = nextEvent<{ type: string }>(viewer, 'error');
      viewer.setAttribute('src', fixture('box-red.glb'));
      expect((await again).type).to.equal('webgl');
      await sleep(1000);
      await viewer.updateComplete;
      expect(seen.map((e) => e.type)).to.deep.equal(['error', 'error']);
      expect(status()).to.equal(detail.message);
      expect(pageErrors).to.deep.equal([]);
      const button = document.body.appendChild(document.createElement('button'));
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      button.click();
      button.remove();
      expect(clicks, 'the page still works').to.equal(1);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
