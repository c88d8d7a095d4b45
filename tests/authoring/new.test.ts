import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { copyOfMinimalProject, projectRoot, runScript } from './cli.ts';

const root = copyOfMinimalProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('scaffolds an inspection that passes check as it is', () => {
    const made = runScript('new.ts', ['northshire', 'cdi', '2026', '--root', root]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const checked = runScript('check.ts', [root]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('scaffolds an inspection whose site builds, its page saying "not yet published" where figures are awaited', () => {
    const outDir = '.build/test-scaffold';
    const built = runScript('build.ts', [], { CDI_INPUT_ROOT: root, OUT_DIR: outDir, CDI_PDF: 'off' });
    expect(built.status, built.stderr).toBe(0);
    const page = readFileSync(join(projectRoot, outDir, 'forces/northshire/2026-cdi/index.html'), 'utf8');
    expect(page).toContain('Recording rate not yet published');
    expect(page.match(/not yet published/g)?.length).toBeGreaterThan(20);
  }, 180_000);

  it('writes every front-matter key and section heading', () => {
    const text = readFileSync(join(root, 'content/reports/northshire/2026-cdi.md'), 'utf8');
    for (const key of ['headline', 'summary', 'strengths', 'areas_for_improvement', 'causes_of_concern', 'corrections']) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    for (const heading of ['Question 1', 'Question 2', 'Question 3', 'Conclusion']) expect(text).toContain(`\n## ${heading}\n`);
  });

  it('shows "not yet published" in the model for every figure the scaffold awaits', () => {
    const { site } = runPipeline(root);
    const report = site?.reports.find((r) => r.key === 'northshire/2026-cdi');
    expect(report?.grades.scale).toBe('four-grade');
    expect(report?.figures.length).toBeGreaterThan(20);
    expect(report?.figures.every((f) => f.pending && f.rate === null && f.countText === null)).toBe(true);
    expect(report?.narrative?.headline ?? '').not.toContain('{{');
    expect(report?.narrative?.sections[0]?.html).toContain('recorded not yet published of the crimes');
  });

  it('uses the five-grade scale for PEEL and names the inspection a re-inspection revisits', () => {
    expect(runScript('new.ts', ['northshire', 'peel', '2025', '--root', root]).status).toBe(0);
    expect(runScript('new.ts', ['northshire', 'cdi-reinspection', '2026', '--root', root]).status).toBe(0);
    const rows = readFileSync(join(root, 'data/inspections.csv'), 'utf8');
    expect(rows).toMatch(/^northshire,2025-peel,peel,.*,five-grade,/m);
    expect(rows).toMatch(/^northshire,2026-cdi-reinspection,cdi-reinspection,.*,2026-cdi,/m);
    expect(runScript('check.ts', [root]).status).toBe(0);
  });

  for (const [args, message] of [
    [['nowhere', 'cdi', '2026'], 'unknown force "nowhere"'],
    [['northshire', 'audit', '2026'], 'unknown kind "audit"'],
    [['northshire', 'cdi', '2016'], 'already has an inspection "2016-cdi"'],
    [['northshire', 'cdi', '26'], 'bad year "26"'],
    [['northshire', 'cdi', '1999'], 'bad year "1999"'],
  ] as const) {
    it(`refuses ${args.join(' ')} with a clear message and exit code 1`, () => {
      const before = readFileSync(join(root, 'data/inspections.csv'), 'utf8');
      const result = runScript('new.ts', [...args, '--root', root]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(readFileSync(join(root, 'data/inspections.csv'), 'utf8')).toBe(before);
    });
  }
});

describe('npm run new --cy', () => {
  const welshRoot = copyOfMinimalProject();
  afterAll(() => rmSync(welshRoot, { recursive: true, force: true }));
  // Each test runs the scripts as child processes, which takes seconds on a loaded machine.
  const timeout = 60_000;
  const read = (file: string) => readFileSync(join(welshRoot, 'content/reports/northshire', file), 'utf8');

  it('scaffolds the Welsh narrative beside a new English one, with Welsh headings and the same placeholders, and both pass check', () => {
    const made = runScript('new.ts', ['northshire', 'cdi', '2026', '--cy', '--root', welshRoot]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const welsh = read('2026-cdi.cy.md');
    for (const heading of ['Cwestiwn 1', 'Cwestiwn 2', 'Cwestiwn 3', 'Casgliad']) expect(welsh).toContain(`\n## ${heading}\n`);
    const placeholders = (text: string) => (text.match(/\{\{[^}]*\}\}/g) ?? []).sort();
    expect(placeholders(welsh)).toEqual(placeholders(read('2026-cdi.md')));
    const checked = runScript('check.ts', [welshRoot]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  }, timeout);

  it('adds only the Welsh narrative to an inspection that has its English one, following its sections and list items', () => {
    const before = readFileSync(join(welshRoot, 'data/inspections.csv'), 'utf8');
    expect(runScript('new.ts', ['northshire', 'cdi', '2016', '--cy', '--root', welshRoot]).status).toBe(0);
    expect(readFileSync(join(welshRoot, 'data/inspections.csv'), 'utf8')).toBe(before);
    const welsh = read('2016-cdi.cy.md');
    expect(welsh).toContain('headline: >-\n  Ysgrifennwch y pennawd yn Gymraeg. {{overall.rate}} {{overall.over}}\n');
    expect(welsh.match(/^ {6}- text: /gm)).toHaveLength(2);
    expect(runScript('check.ts', [welshRoot]).status).toBe(0);
  }, timeout);

  it('refuses to overwrite a Welsh narrative, or to write one before the English', () => {
    const again = runScript('new.ts', ['northshire', 'cdi', '2016', '--cy', '--root', welshRoot]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/reports/northshire/2016-cdi.cy.md already exists');
    rmSync(join(welshRoot, 'content/reports/northshire/2026-cdi.md'));
    rmSync(join(welshRoot, 'content/reports/northshire/2026-cdi.cy.md'));
    const noEnglish = runScript('new.ts', ['northshire', 'cdi', '2026', '--cy', '--root', welshRoot]);
    expect(noEnglish.status).toBe(1);
    expect(noEnglish.stderr).toContain('write the English narrative first');
  }, timeout);
});
