import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, formatted, lines, overlayRoot, removeRoot } from './fixtureRoot.ts';

const corpus = join(fixtures, 'bad-input');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('runPipeline() on the bad-input corpus', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) removeRoot(root);
    root = undefined;
  });

  it('holds at least 45 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  for (const name of cases) {
    it(`runPipeline() rejects ${name} with an error naming the place`, () => {
      root = overlayRoot(join(corpus, name));
      const { site, problems } = runPipeline(root);
      const text = formatted(problems);
      expect(site).toBeNull();
      expect(problems.some((p) => p.severity === 'error')).toBe(true);
      // exact.txt: every problem, in order (one mistake, one error); expected.txt: lines the output must contain.
      const exact = join(corpus, name, 'exact.txt');
      if (existsSync(exact)) {
        expect(text.split('\n')).toEqual(lines(readFileSync(exact, 'utf8')));
        return;
      }
      const expected = lines(readFileSync(join(corpus, name, 'expected.txt'), 'utf8'));
      expect(expected.length).toBeGreaterThan(0);
      for (const line of expected) expect(text).toContain(line);
    });
  }
});
