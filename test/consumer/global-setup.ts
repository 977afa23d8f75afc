/**
 * Packs the package once for every consumer test, as a publisher would (`npm pack` after the
 * build its `prepack` runs), into a temporary folder outside the source tree, and unpacks it there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(project: TestProject): () => void {
  const workDir = mkdtempSync(join(tmpdir(), 'shoe-viewer-consumer-'));
  const env = { ...process.env };
  delete env.NODE_ENV; // as a publisher's shell has it, not Vitest's `test`
  // What `prepack` runs, apart, so that pack's --json is all that reaches stdout.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as {
    filename: string;
    size: number;
    files: { path: string }[];
  }[];
  const tarball = join(workDir, packed[0].filename);
  execFileSync('tar', ['xzf', tarball, '-C', workDir]); // -> workDir/package
  project.provide('consumer', { workDir, tarball, packageDir: join(workDir, 'package'), files: packed[0].files.map((file) => file.path), size: packed[0].size });
  return () => rmSync(workDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: { workDir: string; tarball: string; packageDir: string; files: string[]; size: number };
  }
}
