import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSite } from '../e2e/support/buildSite.ts';
import { diffTrees } from '../e2e/support/diffTrees.ts';
import { hashTree } from '../e2e/support/hashTree.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

const outDir = '.build/test-atomic';
const inputRoot = mkdtempSync(join(tmpdir(), 'cdi-atomic-'));

afterAll(() => {
  rmSync(inputRoot, { recursive: true, force: true });
  rmSync(`${projectRoot}/${outDir}`, { recursive: true, force: true });
});

/** Makes the first findings row with both counts claim more recorded than should have been; returns its line. */
function breakFindings(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = (lines[0] ?? '').split(',');
  const [numerator, denominator] = [header.indexOf('numerator'), header.indexOf('denominator')];
  const index = lines.findIndex((line, i) => {
    const cells = line.split(',');
    return i > 0 && /^\d+$/.test(cells[numerator] ?? '') && /^\d+$/.test(cells[denominator] ?? '');
  });
  if (index < 0) throw new Error(`${file} has no row with both a numerator and a denominator to break`);
  const cells = (lines[index] ?? '').split(',');
  cells[numerator] = String(Number(cells[denominator]) + 1);
  lines[index] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return index + 1;
}

it('a build that fails on bad data names the file and line, exits non-zero and leaves the previous site byte for byte as it was', () => {
  cpSync(`${projectRoot}/data`, `${inputRoot}/data`, { recursive: true });
  cpSync(`${projectRoot}/content`, `${inputRoot}/content`, { recursive: true });
  // The previous site: a copy of the one built from the same inputs for this run, rather than a build of its own.
  rmSync(`${projectRoot}/${outDir}`, { recursive: true, force: true });
  cpSync(inject('siteDir'), `${projectRoot}/${outDir}`, { recursive: true });
  const before = hashTree(`${projectRoot}/${outDir}`);
  expect(before.size).toBeGreaterThan(0);

  const line = breakFindings(`${inputRoot}/data/findings.csv`);
  const failed = buildSite(outDir, inputRoot);

  expect(failed.status, 'exit code of the failed build').not.toBe(0);
  expect(failed.stderr).toContain(`data/findings.csv:${line}:`);
  expect(diffTrees(before, hashTree(`${projectRoot}/${outDir}`)), `files of ${outDir} changed by the failed build`).toEqual([]);
});
