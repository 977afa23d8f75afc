import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { facesCamera, facing, projectAnchor } from '../../../src/annotations/projection.js';

/** A 90° camera at (0, 0, 1) looking at the origin, on a 200 x 100 viewport. */
function camera(): PerspectiveCamera {
  const cam = new PerspectiveCamera(90, 2, 0.1, 10);
  cam.position.set(0, 0, 1);
  cam.lookAt(0, 0, 0);
  cam.updateMatrixWorld();
  cam.updateProjectionMatrix();
  return cam;
}

describe('projectAnchor', () => {
  it('puts the point the camera looks at in the middle of the viewport', () => {
    const p = projectAnchor(new Vector3(0, 0, 0), camera(), 200, 100);
    expect(p.inFront).toBe(true);
    expect(p.x).toBeCloseTo(100, 6);
    expect(p.y).toBeCloseTo(50, 6);
  });

  it('maps the edges of a 90° view to the viewport edges, with y growing downward', () => {
    // At distance 1 a 90° vertical field of view spans y = -1..1; the 2:1 aspect spans x = -2..2.
    const top = projectAnchor(new Vector3(0, 1, 0), camera(), 200, 100);
    expect(top.y).toBeCloseTo(0, 6);
    const right = projectAnchor(new Vector3(2, 0, 0), camera(), 200, 100);
    expect(right.x).toBeCloseTo(200, 6);
    const quarter = projectAnchor(new Vector3(-1, -0.5, 0), camera(), 200, 100);
    expect(quarter.x).toBeCloseTo(50, 6);
    expect(quarter.y).toBeCloseTo(75, 6);
  });

  it('follows the camera as it moves', () => {
    const cam = camera();
    cam.position.set(1, 0, 1);
    cam.lookAt(1, 0, 0);
    cam.updateMatrixWorld();
    expect(projectAnchor(new Vector3(1, 0, 0), cam, 200, 100).x).toBeCloseTo(100, 6);
    expect(projectAnchor(new Vector3(0, 0, 0), cam, 200, 100).x).toBeCloseTo(50, 6);
  });

  it('flags points behind the camera', () => {
    expect(projectAnchor(new Vector3(0, 0, 2), camera(), 200, 100).inFront).toBe(false);
    expect(projectAnchor(new Vector3(0.3, 0.2, 1.5), camera(), 200, 100).inFront).toBe(false);
  });
});

describe('facing', () => {
  const eye = new Vector3(0, 0, 1);
  it('is 1 head-on, 0 edge-on and negative facing away', () => {
    expect(facing(new Vector3(), new Vector3(0, 0, 1), eye)).toBeCloseTo(1, 6);
    expect(facing(new Vector3(), new Vector3(1, 0, 0), eye)).toBeCloseTo(0, 6);
    expect(facing(new Vector3(), new Vector3(0, 0, -1), eye)).toBeCloseTo(-1, 6);
  });

  it('does not need a unit normal', () => {
    expect(facing(new Vector3(), new Vector3(0, 0, 5), eye)).toBeCloseTo(1, 6);
  });

  it('facesCamera accepts surfaces turned toward the camera and rejects those turned away or grazing', () => {
    expect(facesCamera(new Vector3(), new Vector3(0, 0.5, 1), eye)).toBe(true);
    expect(facesCamera(new Vector3(), new Vector3(0, 0, -1), eye)).toBe(false);
    expect(facesCamera(new Vector3(), new Vector3(1, 0, 0.01), eye)).toBe(false);
    expect(facesCamera(new Vector3(), new Vector3(0, 0, 0), eye)).toBe(false);
  });
});
