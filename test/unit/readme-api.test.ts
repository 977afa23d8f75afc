/**
 * The README's API reference must stay true to the generated manifest (custom-elements.json,
 * `npm run analyze`): every attribute, property, method, event, CSS part and custom property
 * of <shoe-viewer> in the manifest is named in the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Named {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const readme = readFileSync(new URL('README.md', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { customElements?: string };
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'shoe-viewer');
const mentioned = (name: string) => readme.includes('`' + name + '`') || readme.includes('`' + name + '(');

describe('README API reference', () => {
  it('the package points at the manifest, which has the element', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(element).toBeDefined();
  });

  it('names every attribute', () => {
    const missing = (element?.attributes ?? []).map((a) => a.name).filter((name) => !mentioned(name));
    expect(missing).toEqual([]);
  });

  it('names every public property and method', () => {
    const names = (element?.members ?? [])
      .filter((m) => !m.privacy && !m.static && !m.name.startsWith('on') && m.name !== 'styles')
      .map((m) => m.name);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !mentioned(name))).toEqual([]);
  });

  it('names every documented event', () => {
    // Only events documented with @fires: the analyzer also lists the generic `emit(type, …)` call.
    const names = (element?.events ?? []).filter((e) => e.description).map((e) => e.name);
    expect(names).toContain('colorway-change');
    expect(names.filter((name) => !mentioned(name))).toEqual([]);
  });

  it('names every CSS part and custom property', () => {
    const names = [...(element?.cssParts ?? []), ...(element?.cssProperties ?? [])].map((p) => p.name);
    expect(names.length).toBeGreaterThan(4);
    expect(names.filter((name) => !mentioned(name))).toEqual([]);
  });
});
