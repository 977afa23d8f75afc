import { expect } from '@esm-bundle/chai';
import type { Mesh, MeshStandardMaterial } from 'three';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, fixture, mountViewer, nextEvent, pixels, recordEvents, stageOf, waitFor, waitForIdle } from './helpers.js';

const FOREIGN = fixture('foreign-shoe.glb');
const PROFILED = fixture('foreign-shoe-profiled.glb');

async function load(attributes: Record<string, string>, setup?: (viewer: ShoeViewer) => void) {
  const viewer = mountViewer({ loading: 'eager', ...attributes }, { width: 400, height: 300 });
  setup?.(viewer);
  // A loaded machine compiles the first shaders slowly.
  await nextEvent(viewer, 'load', 60_000);
  return viewer;
}

/** Materials of the meshes whose material is named `name`. */
function materialsNamed(viewer: ShoeViewer, name: string): MeshStandardMaterial[] {
  const found: MeshStandardMaterial[] = [];
  stageOf(viewer)!.model!.traverse((node) => {
    const material = (node as Mesh).material as MeshStandardMaterial | undefined;
    if ((node as Mesh).isMesh && material?.name === name && !found.includes(material)) found.push(material);
  });
  return found;
}

/** Bounds of the opaque (model) pixels, in fractions of the canvas. */
function silhouette(viewer: ShoeViewer) {
  const { data, width, height } = pixels(viewer);
  let x0 = width, x1 = -1, y0 = height, y1 = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (data[(y * width + x) * 4 + 3]! > 240) {
        x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
  return { left: x0 / width, right: (x1 + 1) / width, top: y0 / height, bottom: (y1 + 1) / height, aspect: ((x1 - x0 + 1) / (y1 - y0 + 1)) * (width / height) / (width / height) };
}

describe('model profiles with a foreign shoe', () => {
  afterEach(cleanup);

  it('derives parts, labels and groups from its material names, and its variants as presets', async () => {
    const viewer = await load({ src: FOREIGN });
    expect(viewer.activeProfile!.source).to.equal('derived');
    expect(viewer.parts.map((p) => [p.id, p.label, p.group])).to.deep.equal([
      ['mainbody', 'Main body', 'upper'],
      ['mat_upper_001', 'Upper', 'upper'],
      ['sole', 'Sole', 'sole'],
      ['laces', 'Laces', 'detail'],
    ]);
    // Two materials named Mat_Upper.001 are one part.
    expect(viewer.activeProfile!.meshes.get('mat_upper_001')).to.have.length(2);
    expect(viewer.presets.map((p) => p.name)).to.deep.equal(['Midnight', 'Sunrise']);
    expect(viewer.annotationData).to.deep.equal([]);
  });

  it('frames it from the lateral side, centred and filling the view, though its toe points to +Z', async () => {
    const viewer = await load({ src: FOREIGN });
    await waitForIdle(viewer);
    const box = silhouette(viewer);
    expect(box.right - box.left, 'fills the width').to.be.greaterThan(0.6);
    expect((box.left + box.right) / 2, 'centred across').to.be.closeTo(0.5, 0.08);
    expect((box.top + box.bottom) / 2, 'centred down').to.be.closeTo(0.5, 0.12);
    // Seen from the side, a shoe is long and low; toe-on it would be about as wide as tall.
    const { width, height } = pixels(viewer);
    expect(((box.right - box.left) * width) / ((box.bottom - box.top) * height), 'long side on').to.be.greaterThan(1.6);
    const { toe, lateral } = viewer.activeProfile!.orientation;
    expect([toe, lateral]).to.deep.equal(['+z', '-x']);
  });

  it('switches a variant whole, textures included, and back to a colour preset', async () => {
    const viewer = await load({ src: FOREIGN });
    const before = materialsNamed(viewer, 'MainBody')[0]!;
    const beforeMap = before.map;
    expect(beforeMap, 'textured').to.not.equal(null);
    const change = nextEvent<{ colorway: { id: string } }>(viewer, 'colorway-change');
    expect(viewer.applyColorway('variant-midnight')).to.equal(true);
    expect((await change).colorway.id).to.equal('variant-midnight');
    const after = materialsNamed(viewer, 'MainBody')[0]!;
    expect(after.map, 'the variant has its own texture').to.not.equal(null);
    expect(after.map!.image).to.not.equal(beforeMap!.image);
    expect(after.normalMap, 'normal map kept').to.not.equal(null);
    // As GLTFLoader assigns materials: this mesh has no tangents, so the normal map's Y is flipped (-1).
    expect(before.normalScale.y, 'the loaded material').to.equal(-1);
    expect(after.normalScale.y, "the variant's material, prepared for the mesh the same way").to.equal(-1);
    expect(materialsNamed(viewer, 'Sole')[0]!.color.r, 'sole darkened').to.be.lessThan(0.1);
    expect(viewer.colorway).to.equal('variant-midnight');
  });

  it('tint keeps a base colour texture and replace drops it; normal maps stay', async () => {
    const derived = await load({ src: FOREIGN });
    expect(derived.setPartColor('mainbody', '#ff0000')).to.equal(true);
    const tinted = materialsNamed(derived, 'MainBody')[0]!;
    expect(tinted.map, 'tint keeps the texture').to.not.equal(null);
    await waitFor(() => tinted.color.g < 0.01, 'the tint', 10_000);
    const embedded = await load({ src: PROFILED });
    expect(embedded.activeProfile!.source).to.equal('embedded');
    expect(embedded.setPartColor('body', '#ff0000')).to.equal(true);
    const replaced = materialsNamed(embedded, 'MainBody')[0]!;
    expect(replaced.map, 'replace drops it').to.equal(null);
    expect(replaced.normalMap, 'normal map kept').to.not.equal(null);
  });

  it('reads the profile embedded in the GLB: labels, presets, callouts, exploded offsets', async () => {
    const viewer = await load({ src: PROFILED });
    expect(viewer.parts.map((p) => p.label)).to.deep.equal(['Vamp', 'Heel and collar', 'Cupsole', 'Laces']);
    expect(viewer.presets.map((p) => p.id)).to.deep.equal(['night', 'variant-midnight', 'variant-sunrise']);
    expect(viewer.annotationData.map((a) => a.id)).to.deep.equal(['cupsole', 'laces']);
    // The part over two meshes (and one shared material) is recoloured together.
    expect(viewer.setPartColor('sole', '#00ff00')).to.equal(true);
    await waitFor(() => materialsNamed(viewer, 'Sole').every((m) => m.color.r < 0.01), 'both sole meshes', 10_000);
    expect(viewer.getAttribute('alt') ?? viewer.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('Street runner');
  });

  it("a colorway attribute in the page's HTML that names the model's own preset is applied once the model says it has it", async () => {
    const errors: Event[] = [];
    const viewer = await load({ src: PROFILED, colorway: 'night' }, (v) => v.addEventListener('error', (e) => errors.push(e)));
    expect(errors.map((e) => (e as CustomEvent).detail.message), 'no error').to.deep.equal([]);
    expect(viewer.colorway).to.equal('night');
    expect(viewer.exportColorway().id).to.equal('night');
    // An id the model does not have either is still reported, after the load, naming the model's presets.
    const error = nextEvent<{ message: string }>(viewer, 'error');
    viewer.setAttribute('colorway', 'air-max-90');
    expect((await error).message).to.contain('night');
    expect(viewer.colorway).to.equal('night');
  });

  it('a held colorway id is still reported when the model never comes', async () => {
    const viewer = mountViewer({ loading: 'eager', src: fixture('no-such-model.glb'), colorway: 'night' }, { width: 400, height: 300 });
    const errors = recordEvents(viewer, 'error');
    await waitFor(() => errors.length >= 2, 'the model error, then the colorway error', 30_000);
    expect(errors[0]!.detail.type).to.equal('network');
    expect(errors[1]!.detail.type).to.equal('validation');
    expect(errors[1]!.detail.message).to.contain('night');
  });

  it('a variant preset set from script before the model loads is switched to when it does', async () => {
    const viewer = mountViewer({ loading: 'eager', src: FOREIGN }, { width: 400, height: 300 });
    const errors = recordEvents(viewer, 'error');
    expect(viewer.applyColorway('variant-midnight'), 'accepted until the model says otherwise').to.equal(true);
    await nextEvent(viewer, 'load', 60_000);
    await waitFor(() => viewer.colorway === 'variant-midnight', 'the variant', 10_000);
    expect(errors).to.have.length(0);
  });

  it('a page profile (attribute URL, then property) beats the embedded one; changing it re-derives', async () => {
    const viewer = await load({ src: PROFILED, profile: fixture('foreign-shoe.profile.json') });
    expect(viewer.activeProfile!.source).to.equal('page');
    expect(viewer.parts.map((p) => p.label)).to.deep.equal(['Vamp leather', 'Counter', 'Outsole']);
    expect(viewer.presets.map((p) => p.id)).to.deep.equal(['court-white']);
    expect(viewer.annotationData.map((a) => a.id)).to.deep.equal(['counter']);
    viewer.profile = { parts: { all: { label: 'Everything', match: ['*'] } } };
    await waitFor(() => viewer.parts.length === 1, 'the new profile');
    expect(viewer.parts[0]!.label).to.equal('Everything');
    expect(viewer.annotationData).to.deep.equal([]);
    viewer.profile = undefined;
    await waitFor(() => viewer.activeProfile!.source === 'embedded', 'back to the embedded profile');
  });

  it('bad profiles: an error naming the path or the missing names, and a fallback that keeps the model', async () => {
    const viewer = await load({ src: FOREIGN });
    const errors = recordEvents(viewer, 'error');
    viewer.profile = { parts: { upper: { label: 'Upper', group: 'middle', match: ['MainBody'] } } } as never;
    await waitFor(() => errors.length === 1, 'schema error');
    expect(errors[0]!.detail.type).to.equal('validation');
    expect(errors[0]!.detail.path).to.equal('$.parts.upper.group');
    expect(viewer.activeProfile!.source).to.equal('derived');

    viewer.profile = { parts: { body: { label: 'Body', match: ['MainBody'] }, wing: { label: 'Wing', match: ['Wing*'] } } };
    await waitFor(() => errors.length === 2, 'missing names');
    expect(errors[1]!.detail.message).to.contain('Wing*');
    expect(viewer.parts.map((p) => p.id), 'the parts that match work').to.deep.equal(['body']);

    viewer.profile = fixture('no-such-profile.json');
    await waitFor(() => errors.length === 3, '404');
    expect(errors[2]!.detail.type).to.equal('network');
    expect(viewer.activeProfile!.source).to.equal('derived');

    viewer.profile = fixture('garbage.glb');
    await waitFor(() => errors.length === 4, 'not JSON');
    expect(errors[3]!.detail.message).to.contain('not JSON');
    expect(viewer.loaded).to.equal(true);
  });

  it('changing src re-derives parts and presets (a Kayano-named model gets the Kayano profile)', async () => {
    const viewer = await load({ src: FOREIGN });
    const errors = recordEvents(viewer, 'error');
    viewer.src = fixture('box.glb');
    await nextEvent(viewer, 'load');
    expect(errors, 'a model with some of its parts is not an error').to.deep.equal([]);
    expect(viewer.activeProfile!.source).to.equal('builtin');
    expect(viewer.parts.map((p) => p.id)).to.deep.equal(['upper_mesh', 'midsole']);
    expect(viewer.presets[0]!.id).to.equal('og-2008');
  });
});
