import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatProblem } from '../../src/engine/vocabulary.ts';
import { buildSite } from '../e2e/support/buildSite.ts';
import { projectRoot } from './cli.ts';

const example = join(projectRoot, 'examples', 'exampleshire');
const sheet = 'data/audits/exampleshire/2025-cdi.csv';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});
function copyOfExample(): string {
  root = mkdtempSync(join(tmpdir(), 'cdi-example-'));
  cpSync(example, root, { recursive: true });
  return root;
}

describe('audit sheets', () => {
  it('aggregate the Exampleshire sheet into the figures its report shows, as computed by hand', () => {
    const { site, problems } = runPipeline(example);
    expect(problems.map(formatProblem)).toEqual([]);
    const report = site?.reports.find((r) => r.key === 'exampleshire/2025-cdi');
    const figure = (m: string) => report?.figures.find((f) => f.measure === m);

    // Stratified by police recorded crime: violence 30,000, sexual offences 3,000, other 67,000 of 100,000.
    const strata = [
      { w: 0.3, x: 34, n: 40 },
      { w: 0.03, x: 18, n: 20 },
      { w: 0.67, x: 27, n: 30 },
    ];
    const p = strata.reduce((s, { w, x, n }) => s + w * (x / n), 0); // 0.885
    const se = Math.sqrt(strata.reduce((s, { w, x, n }) => s + (w * w * (x / n) * (1 - x / n)) / n, 0));
    expect(p).toBeCloseTo(0.885, 12);
    expect(figure('overall')?.rate?.text).toBe('88.5%');
    expect(figure('overall')?.interval?.text).toBe(`±${(1.96 * se * 100).toFixed(2)}`);
    expect(figure('overall')?.interval?.text).toBe('±7.93');
    // 100,000 × 0.115 / 0.885 = 12,994.4, printed rounded down to 3 significant figures.
    expect(figure('overall')?.unrecorded?.text).toBe('over 12,900');

    expect(figure('violence')?.countText).toBe('34 of 40');
    expect(figure('violence')?.rate?.text).toBe('85.0%');
    expect(figure('violence')?.interval?.text).toBe('±11.07'); // 1.96 × √(0.85 × 0.15 / 40)
    expect(figure('violence')?.unrecorded?.text).toBe('over 5,290'); // 30,000 × 0.15 / 0.85 = 5,294.1
    expect(figure('sexual-offences')?.countText).toBe('18 of 20');
    expect(figure('domestic-abuse')?.countText).toBe('12 of 15');
    expect(figure('reports-audited')?.countText).toBe('95');
    expect(figure('rape')?.countText).toBe('7 of 10');
    expect(['rape-misclassified', 'rape-wrongly-n100', 'rape-other-system', 'rape-not-recorded'].map((m) => figure(m)?.numerator)).toEqual([1, 1, 0, 1]);
    expect(figure('n100-applied')?.countText).toBe('3 of 5');
    expect(figure('timeliness-violence')?.countText).toBe('28 of 34');
    expect(figure('timeliness-sexual-offences')?.countText).toBe('15 of 18');

    // Every figure counted from the sheet says so: none is labelled as published.
    expect(figure('overall')?.rate?.status).toBe('audit');
    expect(figure('overall')?.interval?.status).toBe('audit');
    expect(figure('overall')?.unrecorded?.status).toBe('audit');
    expect(figure('violence')?.rate?.status).toBe('audit');
    expect(report?.figures.every((f) => f.fromAudit)).toBe(true);

    const html = report?.narrative?.sections[0]?.html ?? '';
    for (const text of ['88.5%', '±7.93', 'over 12,900', '34 of 40', 'Of 10 reports of rape, 7 were recorded correctly']) expect(html).toContain(text);
  });

  it('give a built Exampleshire page that displays the aggregated figures', () => {
    const outDir = '.build/test-exampleshire';
    const built = buildSite(outDir, example, ['--no-pdf']);
    expect(built.status, built.stderr).toBe(0);
    const page = readFileSync(join(projectRoot, outDir, 'forces/exampleshire/2025-cdi/index.html'), 'utf8');
    for (const text of ['88.5%', '±7.93', 'over 12,900', '34 of 40', '18 of 20', '12 of 15', '7 of 10', '3 of 5', '28 of 34', '15 of 18']) expect(page).toContain(text);
  }, 180_000);

  it('name the file, line and field of a bad row', () => {
    const dir = copyOfExample();
    const text = readFileSync(join(dir, sheet), 'utf8').split('\n');
    text[3] = 'EX-0003,violence,maybe,yes,yes,yes,,,';
    text[4] = 'EX-0002,violence,no,yes,,,,,';
    writeFileSync(join(dir, sheet), text.join('\n'));
    const problems = runPipeline(dir).problems.map(formatProblem);
    expect(problems).toContain(`${sheet}:4:18: error: should_record: expected "yes", "no" (or "y", "n") or nothing, got "maybe"`);
    expect(problems).toContain(`${sheet}:5:1: error: reference: duplicate reference "EX-0002"; it is already on line 3`);
    expect(problems).toContain(`${sheet}:5:21: error: recorded: must be empty when should_record is "no"`);
  });

  it('refuse a measure given both by the sheet and by hand in data/findings.csv', () => {
    const dir = copyOfExample();
    appendFileSync(join(dir, 'data/findings.csv'), 'exampleshire,2025-cdi,violence,34,40,,,,,,computed,https://example.org/,\n');
    const problems = runPipeline(dir).problems.map(formatProblem);
    expect(problems).toContain('data/findings.csv:2:1: error: measure: "violence" for exampleshire/2025-cdi is also aggregated from data/audits/exampleshire/2025-cdi.csv; give it in one place only');
  });

  it('let the sheet replace a pending row', () => {
    const dir = copyOfExample();
    appendFileSync(join(dir, 'data/findings.csv'), 'exampleshire,2025-cdi,violence,,,,,,,,pending,https://example.org/,\n');
    const { site, problems } = runPipeline(dir);
    expect(problems).toEqual([]);
    expect(site?.reports[0]?.figures.find((f) => f.measure === 'violence')?.countText).toBe('34 of 40');
  });

  it('need a weight for every audited crime group', () => {
    const dir = copyOfExample();
    writeFileSync(join(dir, 'data/audits/exampleshire/2025-cdi.weights.csv'), 'crime_group,recorded_crime\nviolence,30000\nsexual-offences,3000\n');
    const problems = runPipeline(dir).problems.map(formatProblem);
    expect(problems).toContain('data/audits/exampleshire/2025-cdi.weights.csv:1:1: error: no weight for crime group "other", which data/audits/exampleshire/2025-cdi.csv audits');
  });
});
