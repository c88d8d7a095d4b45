import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const reviewedWarnings = [
  // Lancashire's 2017 audit period is printed ending before it starts; it is kept as printed and flagged.
  'audit_end: the audit period ends (2016-03-31) before it starts (2016-10-01)',
  // One summary line for the file (33 inspections when reviewed): the 2014 dip samples, several PEEL results and a
  // few CDI reports have no publication date in any source retrieved; each is placed in time by its audit period,
  // the year in its title or the inspection it revisits instead.
  'data/inspections.csv: warning: published: ',
];

describe('npm run check on the shipped data', () => {
  it('exits 0 with no error and no warning but the reviewed ones, and counts its 101 inspections', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    const problems = run.stderr.split('\n').filter((line) => /: (error|warning): /.test(line));
    expect(problems.filter((line) => !reviewedWarnings.some((reviewed) => line.includes(reviewed)))).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^checked 101 inspections in \d+ ms: no errors$/m);
  });
});
