import { expect } from '@esm-bundle/chai';
import { KAYANO14_PART_IDS } from '../../src/profile/kayano14-parts.js';
import { cleanup, colorAt, colorDistance, findPixelOfPart, modelCoverage, mountViewer, nextEvent, sleep, stageOf, waitFor } from './helpers.js';

describe('the bundled GEL-Kayano 14', () => {
  afterEach(cleanup);

  it('loads by default when no src is given, and shows it', async () => {
    const viewer = mountViewer({}, { width: 480, height: 320 });
    const { src } = await nextEvent<{ src: string }>(viewer, 'load', 60_000);
    expect(src).to.match(/\/models\/kayano-14\.glb$/);
    expect(modelCoverage(viewer)).to.be.greaterThan(0.1);
    const ids = viewer.parts.map((p) => p.id);
    expect([...ids].sort()).to.deep.equal([...KAYANO14_PART_IDS].sort());
    // The generator bakes the default preset into the materials.
    expect(viewer.exportColorway().id).to.equal('og-2008');
    expect(viewer.getAttribute('alt') ?? viewer.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('Kayano 14');
  });

  it('recolours the GEL unit seen through the heel window when a preset is applied', async () => {
    const viewer = mountViewer({}, { width: 640, height: 420 });
    await nextEvent(viewer, 'load', 60_000);
    await waitFor(() => !stageOf(viewer)!.rig.update(0), 'camera at rest');
    const pixel = await findPixelOfPart(viewer, 'gel_heel', 2);
    expect(pixel, 'the GEL window is visible in the default view').to.not.equal(null);
    const [x, y] = pixel!;
    const before = colorAt(viewer, x, y, 1);
    viewer.applyColorway('angelo-baque-rebirth-of-cool'); // royal blue GEL -> yellow GEL
    await sleep(400);
    const start = viewer.framesDrawn;
    stageOf(viewer)!.requestRender();
    await waitFor(() => viewer.framesDrawn > start, 'a frame');
    const after = colorAt(viewer, x, y, 1);
    expect(colorDistance(before, after)).to.be.greaterThan(80);
    expect(after[0] + after[1], 'yellow: red and green high').to.be.greaterThan(2 * after[2] + 100);
  });
});
