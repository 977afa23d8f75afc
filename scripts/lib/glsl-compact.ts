/**
 * A Vite plugin for the CDN build: three.js's GLSL with its indentation and
 * spaces taken out.
 *
 * three.js ships every shader chunk in its bundle, indented with tabs and
 * spaced for reading, whether a page uses the chunk or not. The GPU driver does
 * not care, so the CDN module compacts them: each line trimmed, blank lines
 * dropped, `//` comments dropped, and spaces around `( ) { } [ ] , ; = < > ? : * / & |`
 * removed.
 * Kept on purpose: preprocessor lines (a `#define F( x )` would become a
 * function-like macro without its space), and spaces around `+` and `-`
 * (`a - -b` must not become `a--b`). Line breaks stay, for the preprocessor.
 *
 * Before that, the blocks behind defines the viewer never sets (shadow maps, fog,
 * ...: glsl-unused-blocks.ts) are dropped from three's chunks.
 *
 * Only double-quoted literals that hold GLSL (`\n` escapes and a shader keyword)
 * and `/* glsl *\/` template literals are touched.
 */
import type { Plugin } from 'vite';
import { NEVER_DEFINED, withoutIfdefBlocks } from './glsl-unused-blocks.js';

const THREE_BUILD = /[\\/]three[\\/]build[\\/]three\.(core|module)\.js$/;
const OPERATOR_SPACES = / *([(){}[\],;=<>?:*/&|]) */g;

/** Compacts one shader's source text (real line breaks). */
export function compactGlsl(source: string): string {
  return source
    .split('\n')
    .map((line) => (line.trimStart().startsWith('#') ? line : line.replace(/\/\/.*$/, '')).trim())
    .filter((line) => line !== '')
    // A line with a template substitution keeps its spaces: `${ type } x` must not become `${type}x`.
    .map((line) => (line.startsWith('#') || line.includes('${') ? line : line.replace(OPERATOR_SPACES, '$1')))
    .join('\n');
}

const looksLikeGlsl = (text: string) => /\b(gl_\w+|uniform|varying|vec[234]|void main|#ifdef|#include)\b|#if|#include/.test(text);

/** A `"..."` literal on one line, with escapes. */
const DOUBLE_QUOTED = /"((?:[^"\\\n]|\\.)*)"/g;
/** A template literal marked as GLSL (its `${}` substitutions hold no backticks). */
const GLSL_TEMPLATE = /\/\* glsl \*\/`((?:[^`\\]|\\.)*)`/g;

export function compactThreeShaders(code: string): string {
  let trimmed = 0;
  const lines = code.split('\n').map((line) => {
    // Shader chunks are `var name = "...";` lines with \n and \t escapes.
    if (!/^\s*(var|const|let) [\w$]+ = "/.test(line) && !/^\s*[\w$]+: "/.test(line)) return line;
    return line.replace(DOUBLE_QUOTED, (literal, body: string) => {
      if (!body.includes('\\n') || !looksLikeGlsl(body)) return literal;
      const text = body.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
      if (/\\/.test(text.replace(/\\\n/g, ''))) return literal; // other escapes: leave alone
      const used = withoutIfdefBlocks(text, NEVER_DEFINED);
      if (used !== text) trimmed++;
      return JSON.stringify(compactGlsl(used));
    });
  });
  // The chunks with shadow, fog and batching code: fewer means three's source changed shape.
  if (/\bvar shadowmap_pars_fragment = "/.test(code) && trimmed < 10) {
    throw new Error(`glsl-compact: dropped unused blocks from ${trimmed} of three's shader chunks, expected at least 10: check glsl-unused-blocks.ts against this three.js`);
  }
  return lines.join('\n').replace(GLSL_TEMPLATE, (_, body: string) => `/* glsl */\`${compactGlsl(body)}\``);
}

export function glslCompact(): Plugin {
  return {
    name: 'shoe-viewer:glsl-compact',
    apply: 'build',
    transform(code, id) {
      if (!THREE_BUILD.test(id)) return null;
      return { code: compactThreeShaders(code), map: null };
    },
  };
}
