import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { HotspotMotion } from '../../../src/annotations/hotspot-motion.js';
import type { AnnotationData } from '../../../src/annotations/types.js';

const callout = (id: string, anchor: [number, number, number]): AnnotationData => ({ id, title: id, body: '', part: 'p', anchor, view: [0, 0, 1] });

function camera(x = 0): PerspectiveCamera {
  const cam = new PerspectiveCamera(30, 1, 0.01, 10);
  cam.position.set(x, 0, 1);
  cam.lookAt(0, 0, 0);
  cam.updateMatrixWorld();
  return cam;
}

const anchorOf = (a: AnnotationData, out: Vector3) => out.set(...a.anchor!);

describe('HotspotMotion', () => {
  const data = [callout('a', [0, 0, 0]), callout('b', [0.1, 0, 0])];

  it('reports a change on the first frame, then none while nothing moves', () => {
    const motion = new HotspotMotion();
    const cam = camera();
    expect(motion.changed(cam, 300, 200, data, anchorOf)).toBe(true);
    expect(motion.changed(cam, 300, 200, data, anchorOf)).toBe(false);
    expect(motion.placements).toBe(1);
  });

  it('sees the camera, the viewer size and an anchor move', () => {
    const motion = new HotspotMotion();
    const cam = camera();
    motion.changed(cam, 300, 200, data, anchorOf);
    expect(motion.changed(camera(0.01), 300, 200, data, anchorOf), 'camera').toBe(true);
    expect(motion.changed(camera(0.01), 301, 200, data, anchorOf), 'size').toBe(true);
    const moved = [data[0]!, callout('b', [0.1, 0.01, 0])];
    expect(motion.changed(camera(0.01), 301, 200, moved, anchorOf), 'anchor').toBe(true);
    expect(motion.changed(camera(0.01), 301, 200, moved, anchorOf)).toBe(false);
  });

  it('asks for occlusion again only after the interval or a far camera move', () => {
    const motion = new HotspotMotion();
    const cam = camera();
    motion.changed(cam, 300, 200, data, anchorOf);
    expect(motion.occlusionDue(100), 'never checked').toBe(true);
    motion.occlusionChecked(cam);
    expect(motion.occlusionDue(100), 'just checked').toBe(false);
    expect(motion.occlusionDue(0), 'interval over').toBe(true);
    // A small step (under 3 % of the distance, under 3°) waits; a big one does not.
    motion.changed(camera(0.005), 300, 200, data, anchorOf);
    expect(motion.occlusionDue(100)).toBe(false);
    motion.changed(camera(0.2), 300, 200, data, anchorOf);
    expect(motion.occlusionDue(100)).toBe(true);
  });

  it('starts over after forget()', () => {
    const motion = new HotspotMotion();
    const cam = camera();
    motion.changed(cam, 300, 200, data, anchorOf);
    motion.occlusionChecked(cam);
    motion.forget();
    expect(motion.changed(cam, 300, 200, data, anchorOf)).toBe(true);
    expect(motion.occlusionDue(100)).toBe(true);
  });
});

describe('HotspotMotion.restDelay', () => {
  it('is the minimum until frames come slowly, then 2.5 frame intervals', () => {
    const motion = new HotspotMotion();
    expect(motion.restDelay(120)).toBe(120);
    motion.frameInterval = 200;
    expect(motion.restDelay(120)).toBe(500);
  });
});
