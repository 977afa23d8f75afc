import { expect } from '@esm-bundle/chai';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, mountViewer, nextEvent, recordEvents, waitFor } from './helpers.js';

// Runs in a page of its own: nothing else here has imported the callouts or the exploded view.
const imported = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/${name}.ts`));
const hotspots = (viewer: ShoeViewer) => viewer.shadowRoot!.querySelectorAll('.hotspot');

describe('features imported on first use', () => {
  afterEach(cleanup);

  it('a plain viewer shows the model without importing the callouts or the exploded view', async () => {
    const viewer = mountViewer({}, { width: 320, height: 240 });
    await nextEvent(viewer, 'load', 60_000);
    await viewer.updateComplete;
    expect(imported('annotation-view'), 'callouts').to.equal(false);
    expect(imported('exploded-feature'), 'exploded view').to.equal(false);
    // The live region that announces callouts is there from the start.
    expect(viewer.shadowRoot!.querySelector('[aria-live="polite"]')).to.not.equal(null);
  });

  it('openAnnotation without `annotations` imports the panel; annotation-open fires once it is shown', async () => {
    const viewer = mountViewer({}, { width: 320, height: 240 });
    await nextEvent(viewer, 'load', 60_000);
    const events = recordEvents(viewer, 'annotation-open');
    const opened = nextEvent<{ id: string }>(viewer, 'annotation-open');
    viewer.openAnnotation('midsole');
    expect(viewer.openAnnotationId, 'open at once').to.equal('midsole');
    expect((await opened).id).to.equal('midsole');
    expect(viewer.shadowRoot!.querySelector('.annotation-panel')?.textContent, 'the panel is in place when the event fires').to.contain('Midsole foam');
    expect(events).to.have.length(1);
    expect(imported('annotation-view')).to.equal(true);
    expect(hotspots(viewer), 'no hotspots without `annotations`').to.have.length(0);
    // Its styles came with it.
    expect(getComputedStyle(viewer.shadowRoot!.querySelector('.annotation-panel')!).position).to.equal('absolute');
    viewer.closeAnnotation();
  });

  it('`annotations` and `exploded` set on a shown model take effect by the next updateComplete', async () => {
    const viewer = mountViewer({}, { width: 320, height: 240 });
    await nextEvent(viewer, 'load', 60_000);
    viewer.annotations = true;
    viewer.exploded = 0.5;
    await viewer.updateComplete;
    expect(hotspots(viewer).length).to.be.greaterThan(0);
    expect(imported('exploded-feature')).to.equal(true);
    const stage = (viewer as unknown as { stageController: { stage: { model: import('three').Object3D } } }).stageController.stage;
    const outsole = stage.model.getObjectByName('outsole')!;
    const start = outsole.position.y;
    await waitFor(() => outsole.position.y < start - 1e-4, 'the outsole to move down', 30_000);
  });
});
