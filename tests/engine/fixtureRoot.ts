import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../../src/engine/vocabulary.ts';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');
export const minimal = join(fixtures, 'valid', 'minimal');

/** Files of a case folder that describe the case rather than overlay the input root. */
const caseFiles = new Set(['expected.txt', 'exact.txt', 'remove.txt', 'README.md']);

/**
 * A fresh input root under the OS temp dir: valid/minimal with the case's files laid over it.
 * A case deletes a file of valid/minimal by naming it in remove.txt.
 */
export function overlayRoot(caseDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cdi-case-'));
  cpSync(minimal, root, { recursive: true });
  cpSync(caseDir, root, { recursive: true, filter: (source) => !caseFiles.has(source.slice(caseDir.length + 1)) });
  const remove = join(caseDir, 'remove.txt');
  if (existsSync(remove)) for (const file of lines(readFileSync(remove, 'utf8'))) rmSync(join(root, file), { recursive: true });
  return root;
}

export const removeRoot = (root: string): void => rmSync(root, { recursive: true, force: true });

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const formatted = (problems: readonly Problem[]): string => problems.map(formatProblem).join('\n');
