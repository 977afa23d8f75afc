/**
 * GLSL without the code behind defines the viewer never sets: three.js's shader
 * chunks carry code for every renderer feature, each behind an `#ifdef` that
 * three defines only when the feature is on. For the CDN build (glsl-compact.ts)
 * the blocks for features the viewer's own renderer and scene never turn on are
 * dropped; the driver would skip them anyway.
 */

/** Defines three sets only for features the viewer never turns on (its renderer and scene are private). */
export const NEVER_DEFINED: readonly string[] = [
  'USE_SHADOWMAP', // renderer.shadowMap.enabled: the viewer bakes a contact shadow instead (three-without-shadow-maps.ts)
  'USE_FOG', // scene.fog: never set
  'USE_LOGARITHMIC_DEPTH_BUFFER', // WebGLRenderer({ logarithmicDepthBuffer }): never asked for
  'USE_REVERSED_DEPTH_BUFFER', // WebGLRenderer({ reversedDepthBuffer }): never asked for
  'USE_BATCHING', // BatchedMesh: GLTFLoader never makes one, nor does the viewer
  'USE_BATCHING_COLOR',
];

const DIRECTIVE = /^\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*)$/;

/** `text` split at `op` where no parenthesis is open. */
function splitTopLevel(text: string, op: '||' | '&&'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0 && text.startsWith(op, i)) {
      parts.push(text.slice(from, i));
      from = i + 2;
      i++;
    }
  }
  return [...parts, text.slice(from)];
}

/** `(a)` -> `a`, only when the outer parentheses enclose the whole text. */
function unwrap(text: string): string {
  while (text.startsWith('(') && text.endsWith(')')) {
    let depth = 0;
    let whole = true;
    for (let i = 0; i < text.length - 1 && whole; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      if (depth === 0) whole = false;
    }
    if (!whole) break;
    text = text.slice(1, -1);
  }
  return text;
}

/**
 * Whether an `#if` condition is false when none of `names` is defined: `defined( NAME )`,
 * or an `&&` with such a term, or an `||` of such conditions. Anything else: not known, false.
 */
export function falseWithout(condition: string, names: readonly string[]): boolean {
  const text = unwrap(condition.replace(/\s+/g, ''));
  const anyOf = splitTopLevel(text, '||');
  if (anyOf.length > 1) return anyOf.every((part) => falseWithout(part, names));
  const allOf = splitTopLevel(text, '&&');
  if (allOf.length > 1) return allOf.some((part) => falseWithout(part, names));
  return names.some((name) => text === `defined(${name})`);
}

/**
 * `source` without its `#ifdef NAME` blocks and the `#if` blocks `falseWithout` knows are false,
 * for names never defined:
 * nested conditionals are skipped with the block, an `#else` branch is kept.
 * Blocks that test NAME in other ways (`#if defined( NAME )`) are left alone.
 */
export function withoutIfdefBlocks(source: string, names: readonly string[]): string {
  const out: string[] = [];
  // One entry per open conditional; `target` marks an `#ifdef NAME` being removed.
  const stack: { target: boolean; dropping: boolean }[] = [];
  const dropping = () => stack.some((s) => s.dropping);
  for (const line of source.split('\n')) {
    const d = DIRECTIVE.exec(line);
    const kind = d?.[1];
    if (kind === 'ifdef' || kind === 'ifndef' || kind === 'if') {
      const target = !dropping() && (kind === 'ifdef' ? names.includes(d![2]!.trim()) : kind === 'if' && falseWithout(d![2]!, names));
      if (!target && !dropping()) out.push(line);
      stack.push({ target, dropping: target });
      continue;
    }
    if (kind === 'else' || kind === 'elif' || kind === 'endif') {
      const top = kind === 'endif' ? stack.pop() : stack.at(-1);
      if (!top) throw new Error(`withoutIfdefBlocks: #${kind} without #if`);
      if (top.target) {
        if (kind === 'elif') throw new Error('withoutIfdefBlocks: #elif after a removed #ifdef is not handled');
        // The #else branch is what a build without NAME compiles: keep its lines, drop the directive.
        top.dropping = false;
        continue;
      }
    }
    if (!dropping()) out.push(line);
  }
  if (stack.length) throw new Error('withoutIfdefBlocks: unbalanced #if');
  return out.join('\n');
}
