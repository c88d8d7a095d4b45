import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../scripts/pageWeight.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';
import { listPages } from '../e2e/support/listPages.ts';

interface Budget {
  kind: string;
  match: string;
  maxBytes: number;
  maxScriptBytes: number;
}

const { kinds } = JSON.parse(readFileSync(`${projectRoot}/budgets.json`, 'utf8')) as { kinds: Budget[] };
const siteDir = inject('siteDir');
const pages = listPages(siteDir);
const budgetOf = (path: string): Budget | undefined => kinds.find((k) => new RegExp(k.match).test(path));
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

it('every page has a budget', () => {
  expect(pages.filter((path) => !budgetOf(path))).toEqual([]);
});

it('prints the weight of the Metropolitan 2018 report page', () => {
  const path = '/forces/metropolitan/2018-cdi/';
  const w = pageWeight(siteDir, path);
  const budget = budgetOf(path);
  console.log(
    [
      `weight of ${path} (gzip)`,
      `  HTML without SVG  ${kb(w.html - w.svg).padStart(9)}`,
      `  inline SVG        ${kb(w.svg).padStart(9)}  (compressed on its own)`,
      `  CSS               ${kb(w.css).padStart(9)}`,
      `  total             ${kb(w.total).padStart(9)}  of ${kb(budget?.maxBytes ?? 0)}`,
      `  JavaScript        ${kb(w.js).padStart(9)}  of ${kb(budget?.maxScriptBytes ?? 0)}`,
    ].join('\n'),
  );
  expect(w.total).toBeGreaterThan(0);
});

describe.each(pages)('%s', (path) => {
  it('is within its weight budget', () => {
    const budget = budgetOf(path);
    if (!budget) return;
    const w = pageWeight(siteDir, path);
    const over = [
      w.total > budget.maxBytes && `${kb(w.total)} of HTML and CSS (HTML ${kb(w.html)} of which inline SVG about ${kb(w.svg)}, CSS ${kb(w.css)}) is over the ${budget.kind} budget of ${kb(budget.maxBytes)}`,
      w.js > budget.maxScriptBytes && `${kb(w.js)} of JavaScript is over the ${budget.kind} budget of ${kb(budget.maxScriptBytes)}`,
    ].filter(Boolean);
    expect(over, `${path} (see budgets.json)`).toEqual([]);
  });
});
