/**
 * A Vite plugin for the CDN build: the element's own `css` template literals
 * (`src/**\/*.styles.ts`) without comments and layout whitespace. The built-in
 * minifier leaves template literal text as written. Only whitespace next to
 * `{ } ; ,` and after `:` in declarations goes (a descendant selector's space
 * stays). The styles have no `${}` in them; a file that does is left alone.
 */
import type { Plugin } from 'vite';

const STYLES = /[\\/]src[\\/].*\.styles\.ts$/;

export function compactCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([{;][\w-]+): /g, '$1:')
    .trim();
}

export function cssCompact(): Plugin {
  return {
    name: 'shoe-viewer:css-compact',
    apply: 'build',
    transform(code, id) {
      if (!STYLES.test(id)) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => `css\`${compactCss(body)}\``), map: null };
    },
  };
}
