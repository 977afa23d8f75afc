// After `tsc -p tsconfig.build.json`: tsc writes inferred lit types as `import("lit-html")`, a package
// that is lit's dependency, not ours; under a strict layout (pnpm, or no hoisting) a consumer's
// TypeScript cannot resolve it. `lit` re-exports the same types (TemplateResult, nothing), so point there.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
let changed = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const fixed = text.replaceAll('import("lit-html")', 'import("lit")');
  if (fixed !== text) {
    writeFileSync(file, fixed);
    changed++;
  }
}
console.log(`declarations-via-lit: ${changed} .d.ts file(s) now import lit's types from "lit"`);
