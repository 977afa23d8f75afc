/**
 * Helpers that keep validation messages short and inert: user-supplied
 * strings are truncated and JSON-quoted with markup-significant and invisible
 * characters escaped, so a message can never carry live markup or bidi tricks
 * even if someone renders it carelessly.
 */

const MAX_QUOTE = 24;

// Characters escaped beyond what JSON.stringify already escapes: markup
// delimiters, line/paragraph separators, bidi controls and other invisibles.
const UNSAFE_CHARS = /[<>&'`\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A short, safe, quoted rendering of a user-supplied value for messages. */
export function quote(value: unknown, max: number = MAX_QUOTE): string {
  if (typeof value !== 'string') return describeType(value);
  const chars = Array.from(value);
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : value;
  return JSON.stringify(cut).replace(
    UNSAFE_CHARS,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** "a number", "an array", "null", ... — never the value itself. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a non-finite number';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof value}`;
  }
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

/** Extend a JSON path (`$.parts`) with a key, bracket-quoting odd keys. */
export function childPath(path: string, key: string): string {
  return PLAIN_KEY.test(key) ? `${path}.${key}` : `${path}[${quote(key, 32)}]`;
}

/** Keys that could reach `Object.prototype` if copied carelessly. */
export function isPollutionKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** True for `{}`-style objects (plain or null prototype), not arrays/classes. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
