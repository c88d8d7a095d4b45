import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run check on the shipped data', () => {
  it('check exits 0 on the shipped data, with no warning, and counts its 19 inspections', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^checked 19 inspections in \d+ ms: no errors$/m);
  });
});
