import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ExplodedView } from '../../../src/stage/exploded-view.js';
import { meshesByPart, partOf } from '../../../src/stage/model-parts.js';

function model() {
  const root = new Group();
  // Quantized glTF models put a scale on each part node: offsets must still come out in metres.
  const outsole = new Mesh(new BoxGeometry(), new MeshBasicMaterial({ name: 'outsole' }));
  outsole.name = 'outsole';
  outsole.scale.setScalar(0.15);
  outsole.position.set(0.01, 0.02, 0);
  const upper = new Mesh(new BoxGeometry(), new MeshBasicMaterial());
  upper.name = 'upper_mesh';
  const scaledParent = new Group();
  scaledParent.scale.setScalar(0.5);
  scaledParent.add(upper);
  root.add(outsole, scaledParent);
  root.updateWorldMatrix(true, true);
  return { root, outsole, upper };
}

const world = (mesh: Mesh) => mesh.getWorldPosition(new Vector3());

describe('ExplodedView', () => {
  it('moves each part by its offset times the amount, in world metres whatever the parents’ scale', () => {
    const { root, outsole, upper } = model();
    const before = { outsole: world(outsole), upper: world(upper) };
    let changes = 0;
    const view = new ExplodedView(meshesByPart(root), { outsole: [0, -0.03, 0], upper_mesh: [0, 0.04, 0] }, () => changes++);
    view.set(1, false);
    root.updateWorldMatrix(true, true);
    expect(world(outsole).y - before.outsole.y).toBeCloseTo(-0.03, 6);
    expect(world(upper).y - before.upper.y).toBeCloseTo(0.04, 6);
    expect(view.offsetOf('outsole').y).toBeCloseTo(-0.03, 6);
    expect(view.offsetOf('midsole').length()).toBe(0);
    expect(changes).toBeGreaterThan(0);
    view.set(0.5, false);
    expect(view.offsetOf('upper_mesh').y).toBeCloseTo(0.02, 6);
    view.dispose();
    root.updateWorldMatrix(true, true);
    expect(world(outsole).distanceTo(before.outsole)).toBeLessThan(1e-9);
  });

  it('animates toward the amount over several updates, clamped to 0..1', () => {
    const { root } = model();
    const view = new ExplodedView(meshesByPart(root), { outsole: [0, -0.03, 0] }, () => {});
    view.set(5, true);
    expect(view.target).toBe(1);
    let steps = 0;
    while (view.update(1 / 60)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(view.value).toBe(1);
    view.set(Number.NaN, false);
    expect(view.value).toBe(0);
  });
});

describe('model parts', () => {
  it('names a mesh by itself, its material or an ancestor, preferring known part ids', () => {
    const known = new Set(['midsole', 'gel_heel']);
    const byMaterial = new Mesh(new BoxGeometry(), new MeshBasicMaterial({ name: 'gel_heel' }));
    byMaterial.name = 'gel_heel_1';
    expect(partOf(byMaterial, known)).toBe('gel_heel');
    const group = new Group();
    group.name = 'midsole';
    const child = new Mesh(new BoxGeometry(), new MeshBasicMaterial());
    child.name = 'midsole_primitive0';
    group.add(child);
    expect(partOf(child, known)).toBe('midsole');
    expect(partOf(child)).toBe('midsole_primitive0');
    const stranger = new Mesh(new BoxGeometry(), new MeshBasicMaterial());
    expect(partOf(stranger, known)).toBe(null);
  });
});
