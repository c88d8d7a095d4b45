import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { diffTrees } from '../e2e/support/diffTrees.ts';
import { hashTree } from '../e2e/support/hashTree.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

const outDirs = ['.build/test-determinism-a', '.build/test-determinism-b'];

afterAll(() => {
  for (const dir of outDirs) rmSync(`${projectRoot}/${dir}`, { recursive: true, force: true });
});

it('two builds of the same inputs are identical, file for file and byte for byte', () => {
  const [a, b] = outDirs.map((dir) => {
    buildSiteOrThrow(dir);
    return hashTree(`${projectRoot}/${dir}`);
  }) as [Map<string, string>, Map<string, string>];
  expect(a.size).toBeGreaterThan(0);
  expect(diffTrees(a, b), `files that differ between ${outDirs.join(' and ')}`).toEqual([]);
});
