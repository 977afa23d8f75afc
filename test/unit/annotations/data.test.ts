import { existsSync } from 'node:fs';
import { Raycaster, Vector3, type Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelMeshes } from '../../../scripts/lib/model-meshes.js';
import { KAYANO14_ANNOTATIONS } from '../../../src/profile/kayano14-annotations.js';
import { KAYANO14_EXPLODED_OFFSETS } from '../../../src/profile/kayano14-exploded.js';
import { KAYANO14_PART_IDS } from '../../../src/profile/kayano14-parts.js';

const parts: readonly string[] = KAYANO14_PART_IDS;
const MODEL = new URL('../../../models/kayano-14.glb', import.meta.url).pathname;

// KAYANO14.md: names no source ties to the 14.
const FORBIDDEN = [/guidance\s*line/i, /\bAHAR\b/i, /heel\s*clutch/i, /\bI\.?G\.?S\b/i, /duo\s*max/i];

describe('Kayano 14 annotations', () => {
  it('has at least nine callouts with unique ids usable in slot names', () => {
    expect(KAYANO14_ANNOTATIONS.length).toBeGreaterThanOrEqual(9);
    const ids = KAYANO14_ANNOTATIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('covers the technologies and the story', () => {
    const anchored = new Set(KAYANO14_ANNOTATIONS.map((a) => a.part));
    for (const part of ['gel_heel', 'gel_forefoot', 'trusstic', 'midsole', 'outsole', 'tiger_stripes', 'upper_heel_counter']) {
      expect(anchored, part).toContain(part);
    }
    const story = KAYANO14_ANNOTATIONS.find((a) => a.id === 'story')!;
    expect(story.body).toMatch(/2008/);
    expect(story.body).toMatch(/Yamashita/);
    expect(story.body).toMatch(/flash/);
    expect(story.body).toMatch(/2020/);
  });

  it('anchors every callout to a contract part', () => {
    for (const a of KAYANO14_ANNOTATIONS) expect(parts, a.id).toContain(a.part);
  });

  it('has non-empty, short texts free of the claims KAYANO14.md rules out', () => {
    for (const a of KAYANO14_ANNOTATIONS) {
      expect(a.title.trim(), a.id).not.toBe('');
      expect(a.body.trim().length, a.id).toBeGreaterThan(40);
      expect(a.body.length, `${a.id} is short`).toBeLessThan(520);
      for (const claim of FORBIDDEN) {
        expect(a.title, a.id).not.toMatch(claim);
        expect(a.body, a.id).not.toMatch(claim);
      }
    }
  });

  it('has finite anchors, unit-ish normals and views', () => {
    for (const a of KAYANO14_ANNOTATIONS) {
      // The Kayano's callouts give their anchors (fitted by scripts/annotation-anchors.ts), though a profile may leave them out.
      expect(a.anchor && a.normal, a.id).toBeTruthy();
      for (const v of [...a.anchor!, ...a.normal!, ...a.view]) expect(Number.isFinite(v), a.id).toBe(true);
      expect(new Vector3(...a.normal!).length(), a.id).toBeCloseTo(1, 1);
      expect(new Vector3(...a.view).length(), a.id).toBeGreaterThan(0.5);
      // Within the shoe's footprint (length about 0.29 m, height about 0.11 m).
      expect(Math.abs(a.anchor![0]), a.id).toBeLessThan(0.16);
      expect(a.anchor![1], a.id).toBeGreaterThanOrEqual(0);
      expect(a.anchor![1], a.id).toBeLessThan(0.12);
    }
  });
});

describe('exploded offsets', () => {
  it('name contract parts only and move the parts the issue asks for', () => {
    for (const id of Object.keys(KAYANO14_EXPLODED_OFFSETS)) expect(parts).toContain(id);
    const y = (id: string) => KAYANO14_EXPLODED_OFFSETS[id]![1];
    expect(y('upper_mesh')).toBeGreaterThan(0);
    expect(y('laces')).toBeGreaterThan(y('upper_mesh'));
    expect(y('tongue')).toBeGreaterThan(y('upper_mesh'));
    expect(y('outsole')).toBeLessThan(0);
    expect(y('trusstic')).toBeLessThan(y('outsole'));
    expect(KAYANO14_EXPLODED_OFFSETS.gel_heel![2]).toBeGreaterThan(0.03);
  });
});

describe.skipIf(!existsSync(MODEL))('annotation anchors on the real model', () => {
  let meshes: Mesh[] = [];
  const raycaster = new Raycaster();
  beforeAll(async () => {
    meshes = await loadModelMeshes(MODEL);
  });

  it('lie on the surface of their part', () => {
    for (const a of KAYANO14_ANNOTATIONS) {
      const anchor = new Vector3(...a.anchor!);
      const normal = new Vector3(...a.normal!).normalize();
      // Cast back onto the surface from just outside it along the normal.
      raycaster.set(anchor.clone().addScaledVector(normal, 0.004), normal.clone().negate());
      const hit = raycaster.intersectObjects(meshes, false)[0];
      expect(hit?.object.name, a.id).toBe(a.part);
      expect(hit!.point.distanceTo(anchor), a.id).toBeLessThan(0.0015);
    }
  });

  it('can be seen from their focus view: nothing else in front of them', () => {
    for (const a of KAYANO14_ANNOTATIONS) {
      const anchor = new Vector3(...a.anchor!);
      const view = new Vector3(...a.view).normalize();
      raycaster.set(anchor.clone().addScaledVector(view, 0.6), view.clone().negate());
      const hit = raycaster.intersectObjects(meshes, false)[0];
      expect(hit?.object.name, a.id).toBe(a.part);
      expect(hit!.point.distanceTo(anchor), a.id).toBeLessThan(0.002);
    }
  });
});
