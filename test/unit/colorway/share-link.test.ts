import { describe, expect, it } from 'vitest';
import { KAYANO14_PART_IDS } from '../../../src/profile/kayano14-parts.js';
import { exportColorway, importColorway, resolveColorway, withPartColor } from '../../../src/colorway/colorway.js';
import { KAYANO14_PRESETS, findPreset } from '../../../src/colorway/presets.js';
import { MAX_SHARE_LENGTH, SHARE_PREFIX, decodeShareLink, encodeShareLink } from '../../../src/colorway/share-link.js';

const og = resolveColorway(findPreset('og-2008')!);

/** base64url of a UTF-8 string, for hand-made hostile payloads. */
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const payload = (obj: unknown): string => SHARE_PREFIX + b64(JSON.stringify(obj));
const errorPaths = (s: unknown): string[] => {
  const r = decodeShareLink(s);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

describe('share links: round trip', () => {
  it.each(KAYANO14_PRESETS.map((p) => [p.id] as const))('preset %s encodes as its bare id', (id) => {
    const look = resolveColorway(findPreset(id)!);
    const s = encodeShareLink(look);
    expect(s).toBe(id);
    const back = decodeShareLink(s);
    expect(back.ok && back.look).toEqual(look);
  });

  it('a one-part colour change is a short diff against the preset, exact on decode', () => {
    const r = withPartColor(og, 'upper_toe', '#FF0000', undefined, KAYANO14_PART_IDS);
    if (!r.ok) throw new Error('setup');
    const s = encodeShareLink(r.look);
    expect(s.startsWith(SHARE_PREFIX)).toBe(true);
    expect(s).toMatch(/^[A-Za-z0-9._-]+$/); // URL-safe without escaping
    expect(encodeURIComponent(s)).toBe(s);
    expect(s.length).toBeLessThan(90);
    expect(JSON.parse(Buffer.from(s.slice(SHARE_PREFIX.length), 'base64url').toString())).toEqual({
      v: 1,
      base: 'og-2008',
      parts: { upper_toe: '#ff0000' },
    });
    const back = decodeShareLink(s);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.look).toEqual(r.look);
    expect(back.colorway).toEqual(exportColorway(r.look));
    expect(encodeShareLink(back.look)).toBe(s);
  });

  it('finish changes, renamed looks and non-ASCII names round-trip exactly', () => {
    let look = { ...og, id: 'my-kayano', name: 'Été — 夏 \'Gel\'' };
    for (const [part, color, finish] of [
      ['gel_heel', 'hsl(90, 60%, 40%)', { roughness: 0.123456 }],
      ['tiger_stripes', '#123', 'gloss'],
      ['outsole', 'peru', { metalness: 0.5 }],
    ] as const) {
      const r = withPartColor(look, part, color, finish, KAYANO14_PART_IDS);
      if (!r.ok) throw new Error('setup');
      look = r.look;
    }
    const s = encodeShareLink(look);
    const back = decodeShareLink(s);
    expect(back.ok && back.look).toEqual(look);
    expect(back.ok && JSON.stringify(back.colorway)).toBe(JSON.stringify(exportColorway(look)));
  });

  it('a partial look (fewer parts than the presets) round-trips without a base', () => {
    const imported = importColorway({ id: 'partial', name: 'Partial', parts: { laces: 'red', midsole: { color: '#eee', finish: 'satin' } } }, KAYANO14_PART_IDS);
    if (!imported.ok) throw new Error('setup');
    const s = encodeShareLink(imported.look);
    const json = JSON.parse(Buffer.from(s.slice(SHARE_PREFIX.length), 'base64url').toString());
    expect(json.base).toBeUndefined();
    const back = decodeShareLink(s);
    expect(back.ok && back.look).toEqual(imported.look);
  });
});

describe('share links: hostile input gives path-named errors, never throws', () => {
  it.each([
    ['non-string', 42, ['$']],
    ['null', null, ['$']],
    ['unknown preset', 'air-max-90', ['$']],
    ['markup', '<img src=x onerror=alert(1)>', ['$']],
    ['javascript url', 'javascript:alert(1)', ['$']],
    ['over-long', SHARE_PREFIX + 'A'.repeat(MAX_SHARE_LENGTH), ['$']],
    ['bad base64 chars', SHARE_PREFIX + 'ab+/', ['$']],
    ['padded base64', SHARE_PREFIX + b64('{}') + '=', ['$']],
    ['impossible base64 length', SHARE_PREFIX + 'abcde', ['$']],
    ['empty payload', SHARE_PREFIX, ['$']],
    ['not JSON', SHARE_PREFIX + b64('{oops'), ['$']],
    ['invalid UTF-8', SHARE_PREFIX + Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url'), ['$']],
    ['JSON array', payload([1, 2]), ['$']],
    ['missing version', payload({ id: 'a', name: 'A', parts: {} }), ['$.v']],
    ['missing id without base', payload({ v: 1, name: 'A', parts: {} }), ['$.id']],
    ['base not a string', payload({ v: 1, base: ['og-2008'], parts: {} }), ['$.base']],
    ['wrong version', payload({ v: 2, id: 'a', name: 'A', parts: {} }), ['$.v']],
    ['unknown base', payload({ v: 1, base: 'nope', id: 'a', name: 'A', parts: {} }), ['$.base']],
    ['bad colour', payload({ v: 1, base: 'og-2008', id: 'a', name: 'A', parts: { laces: 'red;url(x)' } }), ['$.parts.laces']],
    ['unknown part', payload({ v: 1, id: 'a', name: 'A', parts: { heel: '#fff' } }), ['$.parts.heel']],
    ['markup name', payload({ v: 1, id: 'a', name: '<b>x</b>', parts: {} }), ['$.name']],
    ['extra key', payload({ v: 1, id: 'a', name: 'A', parts: {}, script: 'x' }), ['$.script']],
    ['bad finish', payload({ v: 1, id: 'a', name: 'A', parts: { laces: { color: 'red', finish: 'x' } } }), ['$.parts.laces.finish']],
    ['proto pollution', SHARE_PREFIX + b64('{"v":1,"id":"a","name":"A","parts":{},"__proto__":{"polluted":true}}'), ['$.__proto__']],
  ])('%s', (_label, input, expected) => {
    expect(errorPaths(input)).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects non-canonical base64url (one look, one string)', () => {
    const s = encodeShareLink({ ...og, name: 'Renamed' });
    expect(decodeShareLink(s).ok).toBe(true);
    // Find a valid payload whose byte length leaves unused bits in the last
    // character; setting one of those bits gives the same bytes, non-canonically.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let json = '';
    for (let pad = 0; Buffer.byteLength(json) % 3 !== 1; pad++) json = JSON.stringify({ v: 1, base: 'og-2008', name: 'N' + 'x'.repeat(pad), parts: {} });
    const body = b64(json);
    expect(decodeShareLink(SHARE_PREFIX + body).ok).toBe(true);
    const tweaked = body.slice(0, -1) + alphabet[alphabet.indexOf(body.at(-1)!) + 1];
    expect(Buffer.from(tweaked, 'base64url').toString()).toBe(json); // lenient decoders accept it
    expect(errorPaths(SHARE_PREFIX + tweaked)).toEqual(['$']);
  });

  it('messages never carry raw markup', () => {
    for (const s of ['<svg onload=alert(1)>', payload({ v: 1, id: '<x>', name: '<y>', parts: { '<z>': '<w>' } })]) {
      const r = decodeShareLink(s);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(e.message + e.path).not.toMatch(/[<>]/);
    }
  });
});
