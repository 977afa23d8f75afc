import { readFileSync } from 'node:fs';
import { Group, Mesh, MeshStandardMaterial, BoxGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { generateSchemaModule, OUTPUT, readSchema } from '../../../scripts/build-profile-schema.js';
import { applyProfile } from '../../../src/profile/active-profile.js';
import { guessGroup, readableLabel } from '../../../src/profile/derive-label.js';
import { deriveProfile } from '../../../src/profile/derive-profile.js';
import { KAYANO14_EXPLODED_OFFSETS } from '../../../src/profile/kayano14-exploded.js';
import { KAYANO14_PROFILE } from '../../../src/profile/kayano14-profile.js';
import { matchParts } from '../../../src/profile/match-parts.js';
import { childPath } from '../../../src/colorway/safe-text.js';
import { matchesPattern } from '../../../src/profile/name-match.js';
import { validateProfile } from '../../../src/profile/validate-profile.js';
import { PROFILE_SCHEMA } from '../../../src/profile/generated/profile-schema.js';
import { checkSchema, SCHEMA_KEYWORDS } from '../../../src/profile/schema-check.js';
import { guessOrientation, orientationRotation, type AXIS_VECTORS } from '../../../src/stage/model-orientation.js';

const pathsOf = (input: unknown) => {
  const result = validateProfile(input);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('profile validation', () => {
  it('the shipped schema constant is the schema file now (re-run scripts/build-profile-schema.ts)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateSchemaModule());
  });

  it('the schema uses only keywords the checker knows', () => {
    const used = new Set<string>();
    const walk = (node: unknown, keysAreNames = false): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n));
      if (!node || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node)) {
        if (!keysAreNames) used.add(key);
        // enum lists are values, not schemas
        if (key !== 'enum') walk(child, !keysAreNames && (key === 'properties' || key === 'definitions'));
      }
    };
    walk(PROFILE_SCHEMA);
    expect([...used].filter((k) => !SCHEMA_KEYWORDS.includes(k))).toEqual([]);
  });

  it('accepts the API example and the Kayano 14 profile', () => {
    const example = JSON.parse(readFileSync(new URL('../../fixtures/foreign-shoe.profile.json', import.meta.url), 'utf8'));
    expect(validateProfile(example).ok).toBe(true);
    expect(validateProfile({ ...KAYANO14_PROFILE, exploded: KAYANO14_EXPLODED_OFFSETS }).ok).toBe(true);
  });

  it.each([
    ['not an object', 'shoe', ['$']],
    ['no parts', { name: 'x' }, ['$.parts']],
    ['an unknown key', { parts: { a: { label: 'A', match: ['a'] } }, script: 1 }, ['$.script']],
    ['a bad group', { parts: { a: { label: 'A', match: ['a'], group: 'middle' } } }, ['$.parts.a.group']],
    ['a label with markup', { parts: { a: { label: '<img src=x>', match: ['a'] } } }, ['$.parts.a.label']],
    ['an empty match', { parts: { a: { label: 'A', match: [] } } }, ['$.parts.a.match']],
    ['a bad part id', { parts: { 'a b': { label: 'A', match: ['a'] } } }, ['$.parts["a b"]']],
    ['a short vector', { parts: { a: { label: 'A', match: ['a'] } }, exploded: { a: [0, 1] } }, ['$.exploded.a']],
    ['an annotation without body', { parts: { a: { label: 'A', match: ['a'] } }, annotations: [{ id: 'x', title: 'X', part: 'a' }] }, ['$.annotations[0].body']],
    ['a callout on an unknown part', { parts: { a: { label: 'A', match: ['a'] } }, annotations: [{ id: 'x', title: 'X', body: 'b', part: 'z' }] }, ['$.annotations[0].part']],
    ['a preset colour that is not one', { parts: { a: { label: 'A', match: ['a'] } }, presets: [{ id: 'p', name: 'P', parts: { a: 'nope' } }] }, ['$.presets[0].parts.a']],
    ['a preset on an unknown part', { parts: { a: { label: 'A', match: ['a'] } }, presets: [{ id: 'p', name: 'P', parts: { b: '#fff' } }] }, ['$.presets[0].parts.b']],
    ['offsets of an unknown part', { parts: { a: { label: 'A', match: ['a'] } }, exploded: { b: [0, 0, 0] } }, ['$.exploded.b']],
    ['toe and lateral on one axis', { parts: { a: { label: 'A', match: ['a'] } }, orientation: { toe: '+x', lateral: '-x' } }, ['$.orientation.lateral']],
  ])('rejects %s with the JSON path', (_what, input, paths) => {
    expect(pathsOf(input)).toEqual(paths);
  });

  it('agrees with Ajv on valid and invalid profiles, error path for error path', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const ajvValidate = ajv.compile(readSchema());
    const part = { label: 'A', match: ['a'] };
    const inputs: unknown[] = [
      null, 3, 'shoe', [], {}, { parts: {} }, { parts: { a: part } }, { parts: { a: part }, $schema: 'x' },
      { ...KAYANO14_PROFILE, exploded: KAYANO14_EXPLODED_OFFSETS },
      { parts: { a: { ...part, recolor: 'paint' } } }, { parts: { a: { ...part, match: ['x'.repeat(129)] } } },
      { parts: { a: { label: 'A' } } }, { parts: { a: { ...part, extra: 1 } } }, { parts: { '-a': part } },
      { parts: { a: part }, orientation: { toe: '+x' } }, { parts: { a: part }, orientation: { toe: 'x', lateral: '+y', up: 1 } },
      { parts: { a: part }, presets: [{ id: 'Bad Id', name: 'P', parts: {} }] },
      { parts: { a: part }, presets: [{ id: 'p', name: 'P', parts: { a: { color: '#fff', metalness: 2 } } }] },
      { parts: { a: part }, presets: [{ id: 'p', name: 'P', parts: { a: { metalness: 0.5 } } }] },
      { parts: { a: part }, presets: [{ id: 'p', name: 'P', parts: { a: 7 } }] },
      { parts: { a: part }, presets: [{ id: 'p', name: 'P', parts: { a: { color: '#fff', finish: 'velvet' } } }] },
      { parts: { a: part }, presets: Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, name: 'P', parts: {} })) },
      { parts: { a: part }, annotations: [{ id: 'x', title: 'T', body: 'a\nb', part: 'a', anchor: [0, 0, 'z'] }] },
      { parts: { a: part }, annotations: [{ id: 'x', title: 'T'.repeat(81), body: 'b<', part: 'a', view: [0, 0, 2e6] }] },
      { parts: { a: part }, exploded: { a: [0, 0, 0, 0] }, camera: { view: 'under' } },
      { parts: { a: part }, camera: { zoom: 2 }, variants: 'all', name: '' },
    ];
    const ajvPaths = (input: unknown) => {
      if (ajvValidate(input)) return [];
      const paths = (ajvValidate.errors ?? []).flatMap((e) => {
        const at = ajvJsonPath(e.instancePath);
        if (e.keyword === 'additionalProperties') return [childPath(at, String(e.params.additionalProperty))];
        if (e.keyword === 'required') return [childPath(at, String(e.params.missingProperty))];
        if (e.keyword === 'propertyNames') return [childPath(at, String(e.params.propertyName))];
        // Ajv also reports each failed anyOf branch and each propertyNames pattern; the checker reports the summary.
        return [at];
      });
      return [...new Set(paths)].sort();
    };
    const oursPaths = (input: unknown) => [...new Set(checkSchema(PROFILE_SCHEMA, input).map((e) => e.path))].sort();
    for (const input of inputs) {
      const ours = oursPaths(input);
      expect(ours.length === 0, JSON.stringify(input).slice(0, 80)).toBe(ajvValidate(input));
      // Every path we report is one Ajv reports (Ajv adds the branches of anyOf / propertyNames failures).
      expect(ajvPaths(input), JSON.stringify(input).slice(0, 80)).toEqual(expect.arrayContaining(ours));
    }
  });

  it('names what is wrong in words', () => {
    const messages = (input: unknown) => checkSchema(PROFILE_SCHEMA, input).map((e) => `${e.path}: ${e.message}`);
    expect(messages('shoe')).toEqual(['$: expected an object, got a string']);
    expect(messages({ parts: { a: { label: 'A', match: ['a'] } }, presets: [{ id: 'p', name: 'P', parts: { a: 7 } }] })).toEqual([
      '$.presets[0].parts.a: expected a string or { color, metalness?, roughness?, finish? }',
    ]);
    expect(messages({ parts: { 'a b': { label: 'A', match: ['a'] } }, variants: 'all' })).toEqual([
      '$.parts["a b"]: not a valid id (letters, digits, _ . -; at most 64)',
      '$.variants: must be one of "presets", "ignore"',
    ]);
  });
});

describe('names', () => {
  it.each([
    ['MainBody', 'Main body'],
    ['Mat_Upper.001', 'Upper'],
    ['laces', 'Laces'],
    ['Sole', 'Sole'],
    ['Material_Heel_Tab-02', 'Heel tab'],
    ['TPU_shank', 'TPU shank'],
    ['mesh', 'Mesh'],
    ['001', '001'],
  ])('%s reads as %s', (name, label) => expect(readableLabel(name)).toBe(label));

  it('guesses groups from names', () => {
    expect([guessGroup('Outsole_Rubber'), guessGroup('laces'), guessGroup('MainBody')]).toEqual(['sole', 'detail', 'upper']);
  });

  it.each([
    ['Mat_Upper*', 'Mat_Upper.001', true],
    ['Mat_Upper*', 'Mat_Lower.001', false],
    ['*sole*', 'midsole_left', true],
    ['*', '', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
    ['Sole', 'sole', false],
  ])('%s matches %s: %s', (pattern, name, result) => expect(matchesPattern(pattern, name)).toBe(result));
});

describe('matching parts', () => {
  const mesh = (name: string, material: MeshStandardMaterial) => Object.assign(new Mesh(new BoxGeometry(), material), { name });
  const upper = Object.assign(new MeshStandardMaterial(), { name: 'Mat_Upper.001' });
  const upperCopy = Object.assign(new MeshStandardMaterial(), { name: 'Mat_Upper.001' });
  const shared = Object.assign(new MeshStandardMaterial(), { name: 'Shared' });
  const root = new Group().add(mesh('heel', upper), mesh('collar', upperCopy), mesh('tongue', shared), mesh('quarter', shared));

  it('each mesh goes to the first part, in profile order, matching its name, material or ancestors', () => {
    const { meshes, unmatched } = matchParts(root, {
      parts: {
        tongue: { label: 'Tongue', match: ['tongue'] },
        upper: { label: 'Upper', match: ['Mat_Upper*', 'Shared'] },
        wing: { label: 'Wing', match: ['wing'] },
      },
    });
    expect([...meshes].map(([id, list]) => [id, list.map((m) => m.name)])).toEqual([
      ['tongue', ['tongue']],
      ['upper', ['heel', 'collar', 'quarter']],
    ]);
    expect(unmatched).toEqual(['wing']);
  });

  it('derives a part per material name (duplicates are one part) and falls back from a profile that matches nothing', () => {
    const derived = deriveProfile(root);
    expect(Object.entries(derived.parts).map(([id, p]) => [id, p.label])).toEqual([
      ['mat_upper_001', 'Upper'],
      ['shared', 'Shared'],
    ]);
    const { active, errors } = applyProfile(root, [{ source: 'page', profile: { parts: { x: { label: 'X', match: ['nothing'] } } } }], []);
    expect(active.source).toBe('derived');
    expect(errors[0]!.message).toContain('nothing');
  });
});

describe('orientation', () => {
  const turned = (toe: keyof typeof AXIS_VECTORS, lateral: keyof typeof AXIS_VECTORS, v: [number, number, number]) =>
    new Vector3(...v).applyQuaternion(orientationRotation(toe, lateral)).toArray().map((n) => Math.round(n * 1e6) / 1e6 + 0);

  it('turns the toe to +X and the lateral side to +Z, keeping up up', () => {
    expect(turned('+x', '+z', [1, 0, 0])).toEqual([1, 0, 0]);
    expect(turned('+z', '-x', [0, 0, 1])).toEqual([1, 0, 0]);
    expect(turned('+z', '-x', [-1, 0, 0])).toEqual([0, 0, 1]);
    expect(turned('+z', '-x', [0, 1, 0])).toEqual([0, 1, 0]);
    // A Z-up export (up = lateral x toe): toe -Y, lateral -X.
    expect(turned('-y', '-x', [0, -1, 0])).toEqual([1, 0, 0]);
    expect(turned('-y', '-x', [0, 0, 1])).toEqual([0, 1, 0]);
    expect(() => orientationRotation('+x', '-x')).toThrow(RangeError);
  });

  it('guesses the length axis and the toe (the lower end) from the bounds', () => {
    expect(guessOrientation({ min: [-1, 0, -0.3], max: [1, 0.8, 0.3], topNearMin: 0.8, topNearMax: 0.5 })).toEqual({ toe: '+x', lateral: '+z' });
    expect(guessOrientation({ min: [-0.3, 0, -1], max: [0.3, 0.8, 1], topNearMin: 0.88, topNearMax: 0.57 })).toEqual({ toe: '+z', lateral: '-x' });
    expect(guessOrientation({ min: [-0.3, 0, -1], max: [0.3, 0.8, 1], topNearMin: 0.5, topNearMax: 0.9 })).toEqual({ toe: '-z', lateral: '+x' });
  });
});

/** Ajv's JSON pointer (`/parts/a/match/0`) as the viewer's path (`$.parts.a.match[0]`). */
function ajvJsonPath(pointer: string): string {
  let path = '$';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = /^(0|[1-9]\d*)$/.test(key) ? `${path}[${key}]` : childPath(path, key);
  }
  return path;
}
