import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compactThreeShaders } from '../../scripts/lib/glsl-compact.js';
import { stripShadowMaps } from '../../scripts/lib/three-without-shadow-maps.js';

const threeModule = () =>
  readFileSync(createRequire(import.meta.url).resolve('three').replace(/three\.cjs$|three\.module\.js$/, 'three.module.js'), 'utf8');

describe('three.js without shadow maps, for the CDN build', () => {
  it('swaps WebGLShadowMap for a disabled stand-in in the three.js this project ships (an upgrade that changes it fails here)', () => {
    const source = threeModule();
    const stripped = stripShadowMaps(source);
    expect(source.length - stripped.length).toBeGreaterThan(10_000);
    expect(stripped).toContain('function WebGLShadowMap() {');
    expect(stripped).not.toContain('this.render = function ( lights, scene, camera ) {');
    expect(stripped).toContain('shadowMap = new WebGLShadowMap( _this, objects, capabilities );');
    expect(stripped.match(/^export \{[^}]*\}/m)?.[0]).toBe(source.match(/^export \{[^}]*\}/m)?.[0]);
  });

  it('the stand-in answers what the renderer reads and restores, and draws nothing', () => {
    const stub = stripShadowMaps(threeModule()).match(/\nfunction WebGLShadowMap\(\) \{[\s\S]*?\n\}\n/)![0];
    const make = new Function('PCFShadowMap', `${stub}; return new WebGLShadowMap();`);
    const shadowMap = make(1) as { enabled: boolean; autoUpdate: boolean; needsUpdate: boolean; type: number; render: (...a: unknown[]) => void };
    expect([shadowMap.enabled, shadowMap.autoUpdate, shadowMap.needsUpdate, shadowMap.type]).toEqual([false, true, false, 1]);
    expect(shadowMap.render([], {}, {})).toBeUndefined();
  });

  it("drops the shadow-map code from three's shader chunks (it is compiled only with shadow maps on)", () => {
    const compacted = compactThreeShaders(threeModule());
    const chunk = (name: string) => JSON.parse(compacted.match(new RegExp(`var ${name} = ("(?:[^"\\\\]|\\\\.)*")`))![1]!) as string;
    expect(chunk('shadowmap_pars_fragment')).not.toContain('getShadow');
    expect(chunk('shadowmask_pars_fragment')).toContain('float getShadowMask()');
    expect(chunk('shadowmask_pars_fragment')).not.toContain('directionalLightShadows');
    expect(chunk('lights_fragment_begin')).not.toContain('getPointShadow');
    expect(chunk('lights_fragment_begin')).toContain('RE_Direct');
  });
});
