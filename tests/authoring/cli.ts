import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Runs a project script on the Node that runs the tests (Node 24, as npm run does); returns its exit code and output. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp input root holding a copy of the valid minimal project (tests/fixtures/valid/minimal). */
export function copyOfMinimalProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'cdi-authoring-'));
  cpSync(join(projectRoot, 'tests', 'fixtures', 'valid', 'minimal'), root, { recursive: true });
  return root;
}
