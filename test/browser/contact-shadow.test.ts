import { expect } from '@esm-bundle/chai';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, fixture, mountViewer, nextEvent, pixels, settle, waitFor } from './helpers.js';

const SIZE = { width: 480, height: 320 };

/** Where the soft shadow is: its pixels are dark and semi-transparent on the transparent background. */
function shadowPixels(viewer: ShoeViewer) {
  const { data, width } = pixels(viewer);
  let count = 0;
  let shadowRows = 0;
  let modelRows = 0;
  let modelCount = 0;
  for (let i = 0; i < data.length; i += 4) {
    const row = Math.floor(i / 4 / width);
    const alpha = data[i + 3]!;
    if (alpha > 240) {
      modelCount++;
      modelRows += row;
    } else if (alpha > 12 && data[i]! < 40 && data[i + 1]! < 40 && data[i + 2]! < 40) {
      count++;
      shadowRows += row;
    }
  }
  return { share: count / (data.length / 4), meanRow: shadowRows / Math.max(1, count), modelMeanRow: modelRows / Math.max(1, modelCount) };
}

describe('contact shadow', () => {
  afterEach(cleanup);

  it('draws a soft shadow under the bundled model and a foreign one, and re-bakes it when parts move', async () => {
    // A model with other axes and units (toe along +Z, 2 units long): the shadow still falls under it.
    const foreign = mountViewer({ src: fixture('foreign-shoe-profiled.glb') }, SIZE);
    const kayano = mountViewer({}, SIZE);
    await Promise.all([nextEvent(foreign, 'load', 60_000), nextEvent(kayano, 'load', 60_000)]);
    await Promise.all([settle(foreign), settle(kayano)]);
    for (const viewer of [foreign, kayano]) {
      const shadow = shadowPixels(viewer);
      expect(shadow.share, `share of the ${viewer === kayano ? 'bundled' : 'foreign'} view in soft shadow`).to.be.greaterThan(0.01);
      expect(shadow.meanRow, 'the shadow lies below the model').to.be.greaterThan(shadow.modelMeanRow);
    }

    // The bundled model's outsole drops in the exploded view: the shadow follows the parts.
    const assembled = shadowPixels(kayano).share;
    kayano.exploded = 1;
    await waitFor(() => kayano.getAttribute('exploded') === '1', 'exploded');
    await settle(kayano, 1200);
    expect(Math.abs(shadowPixels(kayano).share - assembled), 'the shadow was re-baked').to.be.greaterThan(0.002);
  });
});
