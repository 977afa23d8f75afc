import { expect } from '@esm-bundle/chai';
import type { Mesh, MeshStandardMaterial } from 'three';
import { cleanup, colorAt, colorDistance, fixture, mountViewer, nextEvent, pixelOf, recordEvents, settle, sleep, stageOf, waitFor } from './helpers.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';

/** Points on the fixture's two parts: the blue "upper" block and the white "sole" slab (front face, +Z). */
const UPPER = { x: -0.02, y: 0.06, z: 0.045 };
const SOLE = { x: 0.12, y: 0.015, z: 0.05 };

const materialOf = (viewer: ShoeViewer, part: string) => {
  let found: MeshStandardMaterial | undefined;
  stageOf(viewer)!.model!.traverse((n) => {
    const m = (n as Mesh).material as MeshStandardMaterial | undefined;
    if (m?.name === part) found = m;
  });
  return found!;
};

async function loadedViewer(attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ src: fixture('box.glb'), ...attributes });
  await nextEvent(viewer, 'load');
  await waitFor(() => !stageOf(viewer)!.rig.update(0), 'camera at rest');
  await sleep(100);
  return viewer;
}

/** Draws a fresh frame and waits until it is on the canvas. */
async function nextFrames(viewer: ShoeViewer) {
  const start = viewer.framesDrawn;
  stageOf(viewer)!.requestRender();
  await waitFor(() => viewer.framesDrawn > start, 'a frame', 10_000);
}

describe('colorways', () => {
  afterEach(cleanup);

  it('switching presets changes the rendered pixels of the recoloured part, without a network request', async () => {
    const viewer = await loadedViewer();
    const [ux, uy] = pixelOf(viewer, UPPER);
    const before = colorAt(viewer, ux, uy);
    const requests = performance.getEntriesByType('resource').length;
    expect(viewer.applyColorway('jjjjound-silver-black')).to.equal(true);
    await nextFrames(viewer);
    const after = colorAt(viewer, ux, uy);
    expect(colorDistance(before, after), 'upper colour changed').to.be.greaterThan(60);
    // JJJJound's mesh is near black.
    expect(after[0] + after[1] + after[2]).to.be.lessThan(before[0] + before[1] + before[2]);
    expect(performance.getEntriesByType('resource').length, 'no network request').to.equal(requests);
    expect(viewer.colorway).to.equal('jjjjound-silver-black');
    expect(viewer.getAttribute('colorway')).to.equal('jjjjound-silver-black');
  });

  it('the colorway attribute applies a preset and fires colorway-change after the update', async () => {
    const viewer = await loadedViewer();
    const change = nextEvent<{ colorway: { id: string; parts: Record<string, { color: string }> }; source: string }>(viewer, 'colorway-change');
    viewer.setAttribute('colorway', 'kiko-kostadinov-classic-red-blue');
    const detail = await change;
    expect(detail.colorway.id).to.equal('kiko-kostadinov-classic-red-blue');
    expect(detail.colorway.parts.upper_mesh.color).to.equal('#f0f0ee');
    expect(detail.source).to.equal('page');
  });

  it('setPartColor recolours one part and leaves the others unchanged', async () => {
    const viewer = await loadedViewer();
    const [sx, sy] = pixelOf(viewer, SOLE);
    const [ux, uy] = pixelOf(viewer, UPPER);
    const sole = colorAt(viewer, sx, sy);
    const upper = colorAt(viewer, ux, uy);
    const soleMaterial = { ...materialOf(viewer, 'midsole') };
    expect(viewer.setPartColor('upper_mesh', 'rgb(200, 30, 40)', 'gloss')).to.equal(true);
    await nextFrames(viewer);
    const upperAfter = colorAt(viewer, ux, uy);
    expect(colorDistance(upper, upperAfter), 'the upper changed').to.be.greaterThan(60);
    expect(upperAfter[0]).to.be.greaterThan(upperAfter[2]);
    expect(colorDistance(sole, colorAt(viewer, sx, sy)), 'the sole did not').to.be.lessThan(3);
    const midsole = materialOf(viewer, 'midsole');
    expect(midsole.color.getHex()).to.equal(soleMaterial.color.getHex());
    expect(midsole.roughness).to.equal(soleMaterial.roughness);
    const exported = viewer.exportColorway();
    expect(exported.parts.upper_mesh).to.deep.equal({ color: '#c81e28', metalness: 0, roughness: 0.2, finish: 'gloss' });
  });

  it('converts sRGB colours to linear for three.js', async () => {
    const viewer = await loadedViewer();
    viewer.setPartColor('upper_mesh', '#808080');
    const c = materialOf(viewer, 'upper_mesh').color;
    expect(c.r).to.be.closeTo(0.2158605, 1e-5); // sRGB 128/255 in linear light
  });

  it('shows a new look whole in the very next frame, with no cross-fade', async () => {
    const viewer = await loadedViewer();
    const [ux, uy] = pixelOf(viewer, UPPER);
    const material = materialOf(viewer, 'upper_mesh');
    await settle(viewer);
    const frames = viewer.framesDrawn;
    viewer.setPartColor('upper_mesh', '#ff0000');
    // The material holds the target at once, before any frame...
    expect(material.color.r).to.equal(1);
    expect(material.color.g).to.equal(0);
    await waitFor(() => viewer.framesDrawn > frames, 'a frame', 10_000);
    // ...and the first frame drawn after the call is the last one: nothing animates on.
    const red = colorAt(viewer, ux, uy);
    expect(red[0], 'red on the first frame').to.be.greaterThan(150);
    expect(red[1] + red[2]).to.be.lessThan(red[0]);
    const drawn = viewer.framesDrawn;
    await sleep(400);
    expect(viewer.framesDrawn, 'no further frames after the change').to.equal(drawn);
  });

  it('a model that lacks some parts of a preset recolours the parts it has and reports the missing ones once', async () => {
    const viewer = await loadedViewer();
    const errors = recordEvents(viewer, 'error');
    viewer.applyColorway('beams-mosquito-net');
    viewer.applyColorway('silver-cream');
    await sleep(50);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.type).to.equal('validation');
    expect(errors[0].detail.message).to.contain('gel_heel');
    expect(materialOf(viewer, 'upper_mesh').color.getHexString()).to.not.equal('0d33cc');
  });

  it('round-trips through a share URL', async () => {
    const viewer = await loadedViewer();
    viewer.applyColorway('angelo-baque-rebirth-of-cool');
    viewer.setPartColor('upper_mesh', 'tomato', { roughness: 0.4 });
    const link = viewer.shareUrl('https://shop.example/kayano-14?size=9');
    const exported = viewer.exportColorway();
    expect(new URL(link).searchParams.get('size')).to.equal('9');
    const other = await loadedViewer();
    expect(other.applyShareUrl(link)).to.equal(true);
    expect(other.exportColorway()).to.deep.equal(exported);
  });

  it('exports a custom look as JSON that imports back with identical colours', async () => {
    const viewer = await loadedViewer();
    viewer.setPartColor('midsole', 'hsl(40 60% 80%)', 'satin');
    const json = JSON.parse(JSON.stringify(viewer.exportColorway()));
    const other = await loadedViewer();
    expect(other.applyColorway(json)).to.equal(true);
    expect(other.exportColorway()).to.deep.equal(json);
    expect(materialOf(other, 'midsole').color.getHex()).to.equal(materialOf(viewer, 'midsole').color.getHex());
  });

  const badInputs: Array<[string, () => unknown, string]> = [
    ['an unknown preset id', () => 'air-max-90', '$'],
    ['an unknown part', () => ({ id: 'x', name: 'X', parts: { heel_spoiler: '#ffffff' } }), '$.parts.heel_spoiler'],
    ['an invalid hex colour', () => ({ id: 'x', name: 'X', parts: { upper_mesh: '#GGG' } }), '$.parts.upper_mesh'],
    ['a colour with a CSS injection', () => ({ id: 'x', name: 'X', parts: { upper_mesh: 'red;url(x)' } }), '$.parts.upper_mesh'],
    ['NaN as a colour', () => ({ id: 'x', name: 'X', parts: { upper_mesh: 'NaN' } }), '$.parts.upper_mesh'],
    ['a missing field', () => ({ id: 'x', parts: {} }), '$.name'],
    ['extra keys', () => ({ id: 'x', name: 'X', parts: {}, script: 'alert(1)' }), '$.script'],
    ['a name that looks like markup', () => ({ id: 'x', name: '<img src=x onerror=alert(1)>', parts: {} }), '$.name'],
  ];
  for (const [what, input, path] of badInputs) {
    it(`rejects ${what} with an error naming ${path}, and the look does not change`, async () => {
      const viewer = await loadedViewer();
      const look = viewer.exportColorway();
      const colour = materialOf(viewer, 'upper_mesh').color.getHex();
      const errors = recordEvents(viewer, 'error');
      const changes = recordEvents(viewer, 'colorway-change');
      expect(viewer.applyColorway(input())).to.equal(false);
      await sleep(300);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.type).to.equal('validation');
      expect(errors[0].detail.path).to.equal(path);
      expect(errors[0].detail.message).to.contain(path);
      expect(changes).to.have.length(0);
      expect(viewer.exportColorway()).to.deep.equal(look);
      expect(materialOf(viewer, 'upper_mesh').color.getHex()).to.equal(colour);
      expect(document.querySelector('img[src="x"]'), 'nothing injected').to.equal(null);
      expect(viewer.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    });
  }

  it('rejects bad setPartColor input: an unknown part or an invalid colour', async () => {
    const viewer = await loadedViewer();
    const errors = recordEvents(viewer, 'error');
    expect(viewer.setPartColor('heel_spoiler', '#fff')).to.equal(false);
    expect(viewer.setPartColor('upper_mesh', 'javascript:alert(1)')).to.equal(false);
    expect(errors.map((e) => e.detail.path)).to.deep.equal(['$.part', '$.color']);
  });

  it('an unknown colorway attribute keeps the look and reverts the attribute', async () => {
    const viewer = await loadedViewer({ colorway: 'silver-cream' });
    const errors = recordEvents(viewer, 'error');
    viewer.setAttribute('colorway', 'nope');
    await viewer.updateComplete;
    expect(errors).to.have.length(1);
    expect(viewer.getAttribute('colorway')).to.equal('silver-cream');
  });
});
