import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { Box3, Raycaster, Vector3, type Mesh } from 'three';
import { projectAnchor } from '../../src/annotations/projection.js';
import type { AnnotationData } from '../../src/annotations/types.js';
import { KAYANO14_ANNOTATIONS } from '../../src/profile/kayano14-annotations.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, mountViewer, nextEvent, settle, stageOf, waitFor } from './helpers.js';

const panel = (viewer: ShoeViewer) => viewer.shadowRoot!.querySelector<HTMLElement>('.annotation-panel');
const hotspot = (viewer: ShoeViewer, id: string) => viewer.shadowRoot!.querySelector<HTMLButtonElement>(`.hotspot[data-id="${id}"]`)!;

/** Centre of a part's bounds, projected onto the viewer (CSS px from its top-left corner). */
function partCentre(viewer: ShoeViewer, part: string) {
  const meshes: Mesh[] = (viewer as any).partsController.parts.get(part);
  const box = new Box3();
  for (const mesh of meshes) box.expandByObject(mesh);
  const camera = stageOf(viewer)!.rig.camera;
  return projectAnchor(box.getCenter(new Vector3()), camera, viewer.clientWidth, viewer.clientHeight);
}

type Rect = { left: number; top: number; right: number; bottom: number };
const relative = (viewer: ShoeViewer, element: Element): Rect => {
  const box = element.getBoundingClientRect();
  const host = viewer.getBoundingClientRect();
  return { left: box.left - host.left, top: box.top - host.top, right: box.right - host.left, bottom: box.bottom - host.top };
};
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (p: { x: number; y: number }, r: Rect) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/**
 * Opens every Kayano callout in turn at one viewer size and checks that the panel leaves the
 * part in sight: the hotspot (its whole button) and the part's projected centre are inside
 * the viewer and outside the panel, once the camera has finished its move.
 */
async function checkEveryCallout(size: { width: number; height: number }): Promise<string[]> {
  const viewer = mountViewer({ annotations: '' }, size);
  await nextEvent(viewer, 'load', 60_000);
  await waitFor(() => !!hotspot(viewer, KAYANO14_ANNOTATIONS[0]!.id), 'hotspots rendered');
  const failures: string[] = [];
  const view: Rect = { left: 0, top: 0, right: size.width, bottom: size.height };
  for (const annotation of KAYANO14_ANNOTATIONS) {
    viewer.openAnnotation(annotation.id);
    await viewer.updateComplete;
    await settle(viewer);
    const box = relative(viewer, panel(viewer)!);
    const spot = relative(viewer, hotspot(viewer, annotation.id));
    const centre = partCentre(viewer, annotation.part);
    const where = `${annotation.id} at ${size.width}x${size.height}`;
    if (overlaps(spot, box)) failures.push(`${where}: the panel covers the hotspot`);
    if (spot.left < 0 || spot.top < 0 || spot.right > size.width || spot.bottom > size.height) failures.push(`${where}: hotspot outside the viewer`);
    if (inside(centre, box)) failures.push(`${where}: the panel covers the part's centre`);
    if (!inside(centre, view)) failures.push(`${where}: the part's centre is outside the viewer`);
    if (hotspot(viewer, annotation.id).disabled) failures.push(`${where}: hotspot hidden`);
  }
  return failures;
}

describe('callout layout', () => {
  // The camera jumps instead of animating: the end pose is the same, and the test is 10 moves shorter.
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('at 375 x 500 (phone) no open panel covers its part or its hotspot', async () => {
    expect(await checkEveryCallout({ width: 375, height: 500 })).to.deep.equal([]);
  });

  it('at 800 x 600 (desktop) no open panel covers its part or its hotspot', async () => {
    expect(await checkEveryCallout({ width: 800, height: 600 })).to.deep.equal([]);
  });

  it('finds an anchor on the visible surface of each part for callouts that leave it out', async () => {
    const viewer = mountViewer({ annotations: '' }, { width: 480, height: 360 });
    const stripped: AnnotationData[] = KAYANO14_ANNOTATIONS.map(({ anchor: _a, normal: _n, ...rest }) => rest);
    viewer.annotationData = stripped;
    await nextEvent(viewer, 'load', 60_000);
    await waitFor(() => !!hotspot(viewer, stripped[0]!.id)?.style.transform, 'hotspots placed');
    const view = (viewer as any).annotationController.view as { resolve(a: AnnotationData): AnnotationData };
    const parts = (viewer as any).partsController.parts as Map<string, Mesh[]>;
    const model = stageOf(viewer)!.model!;
    const raycaster = new Raycaster();
    const failures: string[] = [];
    for (const annotation of stripped) {
      const found = view.resolve(annotation);
      expect(found.anchor, `${annotation.id} has an anchor`).to.be.an('array');
      expect(view.resolve(annotation), 'found once, then kept').to.equal(found);
      const anchor = model.localToWorld(new Vector3(...found.anchor!));
      const normal = new Vector3(...found.normal!).normalize();
      // On its part: cast back onto the surface from just outside it along the normal.
      raycaster.set(anchor.clone().addScaledVector(normal, 0.01), normal.clone().negate());
      raycaster.far = 0.02;
      const surface = raycaster.intersectObject(model, true)[0];
      if (!surface || !parts.get(annotation.part)!.includes(surface.object as Mesh)) failures.push(`${annotation.id}: not on ${annotation.part} (hit ${surface?.object.name})`);

      // Visible in the callout's own view: the hotspot shows, and the first thing the camera sees toward it is the part.
      viewer.openAnnotation(annotation.id);
      await viewer.updateComplete;
      await settle(viewer);
      const camera = stageOf(viewer)!.rig.camera;
      const eye = camera.getWorldPosition(new Vector3());
      raycaster.set(eye, anchor.clone().sub(eye).normalize());
      raycaster.far = Infinity;
      const first = raycaster.intersectObject(model, true).find((hit) => hit.object.visible && !hit.object.userData.shoeViewerOverlay);
      if (!first || !parts.get(annotation.part)!.includes(first.object as Mesh)) failures.push(`${annotation.id}: hidden by ${first?.object.name} in its view`);
      if (hotspot(viewer, annotation.id).disabled) failures.push(`${annotation.id}: hotspot hidden in its view`);
    }
    expect(failures).to.deep.equal([]);
  });
});
