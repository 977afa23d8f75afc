/**
 * Checks a value against the subset of JSON Schema (draft-07) that
 * `schema/profile.schema.json` uses, and says what was wrong by JSON path.
 *
 * Why not a compiled Ajv validator: for this small schema Ajv's standalone code
 * was 32 kB minified (3.5 kB gzip) in the CDN file, and its errors had to be
 * translated back into paths anyway. This reads the shipped schema itself, so
 * the two cannot drift; a unit test checks it agrees with Ajv on valid and
 * invalid profiles and that the schema uses no keyword it does not know.
 * Pure: no DOM, no `eval`/`new Function` (CSP-safe).
 */
import type { ValidationError } from '../colorway/colorway.js';
import { childPath, describeType } from '../colorway/safe-text.js';

/** One schema node, as far as this checker reads it. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false | SchemaNode;
  readonly propertyNames?: SchemaNode;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly anyOf?: readonly SchemaNode[];
}

/** A root schema: a node plus the definitions its `$ref`s point into. */
export interface RootSchema extends SchemaNode {
  readonly $schema?: string;
  readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

/** Every keyword the checker understands; the unit test fails if the schema uses another. */
export const SCHEMA_KEYWORDS: readonly string[] = [
  '$schema', '$ref', 'definitions', 'type', 'enum', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'items',
  'properties', 'required', 'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties', 'anyOf',
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const TYPE_CHECKS: Record<NonNullable<SchemaNode['type']>, (v: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  integer: Number.isInteger,
  boolean: (v) => typeof v === 'boolean',
};

const ARTICLE: Record<string, string> = { object: 'an object', array: 'an array', integer: 'an integer' };

/** What a node accepts, for an `anyOf` message: `a string or { color, metalness? }`. */
function describeNode(node: SchemaNode): string {
  if (node.properties) {
    const required = node.required ?? [];
    return `{ ${Object.keys(node.properties).map((k) => (required.includes(k) ? k : `${k}?`)).join(', ')} }`;
  }
  return node.type ? (ARTICLE[node.type] ?? `a ${node.type}`) : 'another form';
}

/** Errors of `value` against `root`, each with a JSON path (`$.parts.upper.match[0]`); empty when valid. */
export function checkSchema(root: RootSchema, value: unknown): ValidationError[] {
  const patterns = new Map<string, RegExp>();
  const matches = (pattern: string, text: string) => {
    let re = patterns.get(pattern);
    // JSON Schema patterns are ECMA-262 with Unicode semantics (Ajv compiles them with the `u` flag too).
    if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re.test(text);
  };
  const resolve = (node: SchemaNode): SchemaNode => {
    if (!node.$ref) return node;
    const name = node.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    if (!target) throw new Error(`schema: unresolved $ref ${node.$ref}`);
    return resolve(target);
  };

  const visit = (raw: SchemaNode, v: unknown, path: string, errors: ValidationError[]): void => {
    const node = resolve(raw);
    const fail = (message: string, at = path) => void errors.push({ path: at, message });
    if (node.type && !TYPE_CHECKS[node.type](v)) return fail(`expected ${describeNode({ type: node.type })}, got ${describeType(v)}`);
    if (node.enum && !node.enum.includes(v)) fail(`must be one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}`);
    if (node.anyOf && !node.anyOf.some((branch) => errorsOf(branch, v, path).length === 0)) {
      fail(`expected ${node.anyOf.map(describeNode).join(' or ')}`);
    }
    if (typeof v === 'string' && node.pattern !== undefined && !matches(node.pattern, v)) {
      fail('not allowed here: check its length and characters (plain text, no markup)');
    }
    if (typeof v === 'number') {
      if (node.minimum !== undefined && v < node.minimum) fail(`must be at least ${node.minimum}`);
      if (node.maximum !== undefined && v > node.maximum) fail(`must be at most ${node.maximum}`);
    }
    if (Array.isArray(v)) {
      if (node.minItems !== undefined && v.length < node.minItems) fail(`needs at least ${node.minItems} item(s)`);
      if (node.maxItems !== undefined && v.length > node.maxItems) fail(`takes at most ${node.maxItems} items`);
      if (node.items) v.forEach((item, i) => visit(node.items!, item, `${path}[${i}]`, errors));
    }
    if (isObject(v)) {
      const keys = Object.keys(v);
      if (node.minProperties !== undefined && keys.length < node.minProperties) fail(`needs at least ${node.minProperties} key(s)`);
      if (node.maxProperties !== undefined && keys.length > node.maxProperties) fail(`takes at most ${node.maxProperties} keys`);
      for (const key of node.required ?? []) if (!(key in v)) fail('missing (required)', childPath(path, key));
      for (const key of keys) {
        const at = childPath(path, key);
        if (node.propertyNames && errorsOf(node.propertyNames, key, at).length) {
          fail('not a valid id (letters, digits, _ . -; at most 64)', at);
          continue;
        }
        const child = node.properties?.[key] ?? node.additionalProperties;
        if (child === false) fail('unknown key', at);
        else if (child) visit(child, v[key], at, errors);
      }
    }
  };
  const errorsOf = (node: SchemaNode, v: unknown, path: string): ValidationError[] => {
    const errors: ValidationError[] = [];
    visit(node, v, path, errors);
    return errors;
  };
  return errorsOf(root, value, '$');
}
