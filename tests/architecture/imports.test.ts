import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** dependency-cruiser over the code, with the rules in .dependency-cruiser.cjs (stage order, no cycles, no orphans). */
function cruise(): Violation[] {
  const cli = 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs';
  const args = [cli, 'src', 'scripts', 'tests', 'astro.config.mjs', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'];
  let json: string;
  try {
    json = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (caught) {
    // It exits non-zero when it finds violations; the report is still on stdout.
    json = (caught as { stdout: string }).stdout;
  }
  return (JSON.parse(json) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the import graph', () => {
  it('follows load → validate → compute → check → render, with no cycle and no orphan module', () => {
    const violations = cruise().map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  }, 60_000);
});
