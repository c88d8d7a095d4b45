import { rmSync } from 'node:fs';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSiteOrThrow, shippedOutDir } from '../e2e/support/buildSite.ts';
import { diffTrees } from '../e2e/support/diffTrees.ts';
import { hashTree } from '../e2e/support/hashTree.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

// A second build of the shipped data, compared with the one built (or reused, from the same inputs) for this run.
const again = '.build/test-determinism';

afterAll(() => {
  rmSync(`${projectRoot}/${again}`, { recursive: true, force: true });
});

it('two builds of the same inputs are identical, file for file and byte for byte', () => {
  const shared = hashTree(inject('siteDir'));
  buildSiteOrThrow(again);
  expect(shared.size).toBeGreaterThan(0);
  expect(diffTrees(shared, hashTree(`${projectRoot}/${again}`)), `files that differ between ${shippedOutDir} and ${again}`).toEqual([]);
});
