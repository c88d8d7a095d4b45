import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatted, minimal, overlayRoot, removeRoot } from './fixtureRoot.ts';

const narrative = 'content/reports/northshire/2016-cdi.md';

describe('a draft report', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) removeRoot(root);
    root = undefined;
  });
  const withDraft = (line: string) => {
    root = overlayRoot(minimal);
    const text = readFileSync(`${root}/${narrative}`, 'utf8');
    writeFileSync(`${root}/${narrative}`, text.replace(/^---\n/, `---\n${line}\n`));
    return root;
  };

  it('is left out of the site unless drafts are asked for, and then is marked a draft', () => {
    const dir = withDraft('draft: true');
    const without = runPipeline(dir);
    expect(formatted(without.problems)).toBe('');
    expect(without.site?.reports.map((r) => r.key)).not.toContain('northshire/2016-cdi');
    expect(without.site?.reports.map((r) => r.key)).toContain('northshire/2018-cdi-reinspection');
    const withDrafts = runPipeline(dir, { drafts: true });
    expect(withDrafts.site?.reports.find((r) => r.key === 'northshire/2016-cdi')?.draft).toBe(true);
    expect(withDrafts.site?.reports.find((r) => r.key === 'northshire/2018-cdi-reinspection')?.draft).toBe(false);
  });

  it('is built as any report with draft: false', () => {
    const { site } = runPipeline(withDraft('draft: false'));
    expect(site?.reports.find((r) => r.key === 'northshire/2016-cdi')?.draft).toBe(false);
  });

  it('refuses a draft flag that is not true or false, naming what was typed', () => {
    expect(formatted(runPipeline(withDraft('draft: maybe')).problems)).toBe(`${narrative}:2:1: error: draft: expected true or false, got "maybe"`);
  });
});
