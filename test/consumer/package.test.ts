/** What `npm pack` puts in the tarball: what a consumer needs, and nothing that names a file it lacks. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer } from './harness.js';

const pkgDir = () => consumer().packageDir;
const read = (path: string) => readFileSync(join(pkgDir(), path), 'utf8');
const manifest = () => JSON.parse(read('package.json')) as { license: string; dependencies: Record<string, string>; exports: Record<string, string | Record<string, string>>; customElements: string };

/** Bare module specifiers (`lit`, `three/examples/...`) imported by a file's code or types. */
function bareImports(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'.][^"']*)["']/g)].map((match) => match[1]);
  return specifiers.map((specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]));
}

describe('the packed package', () => {
  it('ships the modules, their types, the CDN file and its model, the model, the profile schema, the manifest, README and LICENSE only', () => {
    const files = consumer().files;
    for (const file of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts', 'dist/events.d.ts', 'models/kayano-14.glb', 'dist/cdn/shoe-viewer.js', 'dist/cdn/kayano-14.glb', 'schema/profile.schema.json']) {
      expect(files, file).toContain(file);
    }
    const unexpected = files.filter((file) => !/^(package\.json|README\.md|LICENSE|custom-elements\.json|models\/kayano-14\.glb|schema\/profile\.schema\.json|dist\/cdn\/(shoe-viewer\.js|kayano-14\.glb)|dist\/(?!cdn\/|demo-site\/).+\.(js|d\.ts))$/.test(file));
    expect(unexpected).toEqual([]);
  });

  it("has Lit's production build in the CDN file", () => {
    expect(readdirSync(join(pkgDir(), 'dist/cdn')).sort()).toEqual(['kayano-14.glb', 'shoe-viewer.js']);
    expect(read('dist/cdn/shoe-viewer.js').includes('Lit is in dev mode')).toBe(false);
  });

  it('has an MIT LICENSE, as package.json says', () => {
    expect(manifest().license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('declares every package its code and its types import (@types/three for the .d.ts files)', () => {
    const declared = Object.keys(manifest().dependencies);
    expect(declared).toContain('@types/three');
    const imported = new Set<string>();
    for (const file of consumer().files.filter((file) => /^dist\/(?!cdn\/).*\.(js|d\.ts)$/.test(file))) {
      for (const name of bareImports(read(file))) imported.add(name);
    }
    expect([...imported].sort()).toEqual(['lit', 'three']);
    for (const name of imported) expect(declared, name).toContain(name);
  });

  it('exports ./package.json, and every export names a file in the package', () => {
    const { exports } = manifest();
    expect(exports['./package.json']).toBe('./package.json');
    for (const [subpath, target] of Object.entries(exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
        const file = path.replace('*', 'kayano-14.glb');
        expect(existsSync(join(pkgDir(), file)), `${subpath} -> ${file}`).toBe(true);
      }
    }
  });

  it('has a custom-elements.json whose every module path is a file in the package', () => {
    const elements = JSON.parse(read(manifest().customElements)) as unknown;
    const paths = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') paths.add(child);
          else walk(child);
        }
      }
    };
    walk(elements);
    expect(paths.size).toBeGreaterThan(10);
    expect([...paths].filter((path) => !existsSync(join(pkgDir(), path)))).toEqual([]);
    expect(paths).toContain('dist/shoe-viewer.js');
  });
});
