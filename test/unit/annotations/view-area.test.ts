import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { CameraRig, FULL_VIEW } from '../../../src/stage/camera-rig.js';

/** A rig without a DOM: OrbitControls only needs an element to listen on. */
function rig(aspect = 375 / 500): CameraRig {
  const element = { addEventListener() {}, removeEventListener() {}, style: {}, ownerDocument: { addEventListener() {}, removeEventListener() {} }, getRootNode: () => ({}) };
  const r = new CameraRig(element as unknown as HTMLElement, () => {});
  r.setAspect(aspect);
  return r;
}

/** Where the rig's target lands on screen, as fractions of the view from its top-left corner. */
function targetOnScreen(r: CameraRig): { x: number; y: number } {
  r.camera.updateMatrixWorld();
  const p = r.controls.target.clone().project(r.camera);
  return { x: (p.x + 1) / 2, y: (1 - p.y) / 2 };
}

describe('CameraRig view area', () => {
  const room = { x: 0.02, y: 0.02, width: 0.96, height: 0.5 };

  it('frames the target at the centre of the area instead of the view', () => {
    const r = rig();
    r.moveTo(r.poseFor(new Vector3(0, 0, 0), 0.05, new Vector3(0, 0, 1), room), false);
    const at = targetOnScreen(r);
    expect(at.x).toBeCloseTo(0.5, 5);
    expect(at.y).toBeCloseTo(0.27, 5);
  });

  it('backs off so a sphere fits the smaller area', () => {
    const r = rig();
    const full = r.poseFor(new Vector3(), 0.05, new Vector3(0, 0, 1));
    const half = r.poseFor(new Vector3(), 0.05, new Vector3(0, 0, 1), { x: 0, y: 0, width: 1, height: 0.5 });
    expect(half.position.length()).toBeGreaterThan(full.position.length());
  });

  it('animates the area with the move and centres the view again with FULL_VIEW', () => {
    const r = rig();
    r.moveTo(r.poseFor(new Vector3(), 0.05, new Vector3(0, 0, 1), room), false);
    r.moveTo({ ...r.currentPose, area: FULL_VIEW });
    r.update(0.2);
    const midway = targetOnScreen(r);
    expect(midway.y).toBeGreaterThan(0.27);
    expect(midway.y).toBeLessThan(0.5);
    while (r.update(0.1)) {
      /* until the move ends */
    }
    expect(targetOnScreen(r).y).toBeCloseTo(0.5, 5);
    expect(r.camera.view === null || r.camera.view.enabled === false).toBe(true);
  });

  it('keeps the area across a resize', () => {
    const r = rig();
    r.moveTo(r.poseFor(new Vector3(), 0.05, new Vector3(0, 0, 1), room), false);
    r.setAspect(2);
    expect(targetOnScreen(r).y).toBeCloseTo(0.27, 5);
  });
});
