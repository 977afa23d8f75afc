import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { falseWithout, NEVER_DEFINED, withoutIfdefBlocks } from '../../scripts/lib/glsl-unused-blocks.js';

const names = ['USE_SHADOWMAP', 'USE_FOG'];

describe('GLSL without the blocks of defines the viewer never sets', () => {
  it('drops an #ifdef block with everything nested in it, and keeps the rest', () => {
    const source = 'a;\n#ifdef USE_SHADOWMAP\n\t#if N > 0\n\tb;\n\t#endif\n\tc;\n#endif\n#ifdef USE_MAP\nd;\n#endif';
    expect(withoutIfdefBlocks(source, names)).toBe('a;\n#ifdef USE_MAP\nd;\n#endif');
  });

  it('keeps the #else branch of a dropped block, without its directives', () => {
    const source = '#ifdef USE_FOG\n\tfog();\n#else\n\tnoFog();\n\t#ifdef X\n\tx();\n\t#endif\n#endif\nend;';
    expect(withoutIfdefBlocks(source, names)).toBe('\tnoFog();\n\t#ifdef X\n\tx();\n\t#endif\nend;');
  });

  it('leaves #ifndef and conditions it cannot decide alone', () => {
    const source = '#ifndef USE_FOG\na;\n#endif\n#if defined( USE_FOG ) || defined( USE_MAP )\nb;\n#endif';
    expect(withoutIfdefBlocks(source, names)).toBe(source);
  });

  it('decides `defined( NAME )`, an && with it and an || of such terms, through parentheses', () => {
    expect(falseWithout('defined( USE_SHADOWMAP )', names)).toBe(true);
    expect(falseWithout('defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0', names)).toBe(true);
    expect(falseWithout('( defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < N ) )', names)).toBe(true);
    expect(falseWithout('defined( USE_FOG ) || defined( USE_SHADOWMAP )', names)).toBe(true);
    expect(falseWithout('( defined( USE_SHADOWMAP ) && ( A > 0 ) ) || ( B > 0 )', names)).toBe(false);
    expect(falseWithout('!defined( USE_FOG )', names)).toBe(false);
    expect(falseWithout('defined( USE_FOGGY )', names)).toBe(false);
  });

  it('refuses what it cannot handle instead of guessing', () => {
    expect(() => withoutIfdefBlocks('#ifdef USE_FOG\na;\n#elif B\nb;\n#endif', names)).toThrow(/#elif/);
    expect(() => withoutIfdefBlocks('#ifdef USE_FOG\na;', names)).toThrow(/unbalanced/);
    expect(() => withoutIfdefBlocks('a;\n#endif', names)).toThrow(/without #if/);
  });

  it('the viewer never turns on what NEVER_DEFINED lists (its renderer and scene are its own)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(new URL('../../src', import.meta.url).pathname);
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(NEVER_DEFINED).toContain('USE_SHADOWMAP');
    // What would set each define: shadow maps, fog, the depth buffer options, a BatchedMesh.
    for (const pattern of [/shadowMap\.enabled\s*=/, /\.fog\s*=/, /\bFog(Exp2)?\b/, /logarithmicDepthBuffer/, /reversedDepthBuffer/, /BatchedMesh/]) {
      expect(source, String(pattern)).not.toMatch(pattern);
    }
  });
});
