import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures, overlayRoot, removeRoot } from './fixtureRoot.ts';

const compilerStyle = /^[^:]+:\d+:\d+: error: /;

/** Runs `npm run check`'s script as a person would, keeping its exit code and both streams. */
function check(root: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['scripts/check.ts', root], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (caught) {
    const failed = caught as { status: number | null; stdout: string; stderr: string };
    return { code: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const outputLines = (result: { stdout: string; stderr: string }) => `${result.stdout}\n${result.stderr}`.split('\n');
const errorLines = (result: { stdout: string; stderr: string }) => outputLines(result).filter((line) => compilerStyle.test(line));

describe('scripts/check.ts', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) removeRoot(root);
    root = undefined;
  });

  for (const name of ['15-numerator-greater-than-denominator', '01-unterminated-quote']) {
    it(`check exits 1 on ${name} and prints its errors compiler-style, without a stack trace`, () => {
      root = overlayRoot(join(fixtures, 'bad-input', name));
      const result = check(root);
      expect(result.code).toBe(1);
      expect(errorLines(result).length).toBeGreaterThan(0);
      expect(result.stderr).toMatch(/^data\/findings\.csv:\d+:\d+: error: /m);
      expect(outputLines(result).filter((line) => /^\s+at /.test(line))).toEqual([]);
    });
  }

  it('check reports three independent errors together in one run, the file others refer to first', () => {
    root = overlayRoot(join(fixtures, 'check', 'three-errors'));
    const result = check(root);
    expect(result.code).toBe(1);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(/^data\/forces\.csv:4:\d+: error: duplicate force id "northshire"/),
      expect.stringMatching(/^data\/findings\.csv:2:\d+: error: rate_pct: /),
      expect.stringMatching(/^data\/findings\.csv:4:\d+: error: numerator: /),
    ]);
    expect(result.stderr).toContain('3 error(s), 0 warning(s)');
  });

  it('check exits 1 without a stack trace on a root that does not exist', () => {
    const result = check(join(fixtures, 'no-such-root'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/forces.csv: error: the file is missing');
    expect(outputLines(result).filter((line) => /^\s+at /.test(line))).toEqual([]);
  });
});
