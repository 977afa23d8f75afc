import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compactGlsl, compactThreeShaders } from '../../scripts/lib/glsl-compact.js';

describe('GLSL compaction for the CDN build', () => {
  it('drops indentation, blank lines and spaces around punctuation', () => {
    expect(compactGlsl('void main() {\n\n\tvec3 a = vec3( 1.0, 2.0, 3.0 );\n\tgl_FragColor = vec4( a, 1.0 );\n}')).toBe(
      'void main(){\nvec3 a=vec3(1.0,2.0,3.0);\ngl_FragColor=vec4(a,1.0);\n}',
    );
  });

  it('leaves preprocessor lines alone (a function-like macro needs no space before its parenthesis)', () => {
    const source = '#define saturate( a ) clamp( a, 0.0, 1.0 )\n#define PI 3.14\n\t#if defined( USE_MAP ) && ( A > 1 )\nx = PI;\n#endif';
    expect(compactGlsl(source).split('\n')).toEqual(['#define saturate( a ) clamp( a, 0.0, 1.0 )', '#define PI 3.14', '#if defined( USE_MAP ) && ( A > 1 )', 'x=PI;', '#endif']);
  });

  it('drops // comments, and keeps the spaces of a line with a template substitution', () => {
    expect(compactGlsl('\t\t// sample\n\t\tfloat x = 1.0; // why\n\t\t${ type } value = ${ init };')).toBe('float x=1.0;\n${ type } value = ${ init };');
  });

  it('keeps the spaces around + and - (a - -b must not become a--b)', () => {
    expect(compactGlsl('\tfloat c = a - -b + +d;')).toBe('float c=a - -b + +d;');
  });

  it('compacts the shader chunks of the three.js build this project ships (a three.js upgrade that changes their form fails here)', () => {
    const path = createRequire(import.meta.url).resolve('three').replace(/three\.cjs$|three\.module\.js$/, 'three.module.js');
    const source = readFileSync(path, 'utf8');
    const compacted = compactThreeShaders(source);
    expect(source.length - compacted.length).toBeGreaterThan(10_000);
    // Still valid JavaScript with the same exports.
    expect(compacted.match(/^export \{[^}]*\}/m)?.[0]).toBe(source.match(/^export \{[^}]*\}/m)?.[0]);
    expect(compacted).toContain('#include <common>');
  });
});
