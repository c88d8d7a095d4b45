import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMeasure } from '../../src/engine/vocabulary.ts';
import { buildSiteOrThrow } from '../e2e/support/buildSite.ts';
import { projectRoot } from '../e2e/support/projectRoot.ts';

/**
 * Shipped-data test: every figure of published-figures.csv (a compilation of real published figures, one
 * row per inspection) must be on its inspection's built page exactly as printed.
 */

const outDir = '.build/test-shipped';
type Row = Record<string, string>;
const rows = Papa.parse<Row>(readFileSync(join(import.meta.dirname, 'published-figures.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Figures that are not on the page as the compilation gives them, by row and column, with the reason. */
const excepted: Record<string, string> = {
  'Lincolnshire / CDI re-inspection 2019 / overall_grade':
    'The compilation gives "inadequate", the 2018 judgment that the re-inspection page shows at its top; the re-inspection graded the force good (Grantham Matters, 2020), which data/ holds, with a correction on the page.',
  'South Wales / CDI 2017 / unrecorded_per_year_over':
    'The compilation takes "around 11,000" from the press release; the inspectorate\'s report page prints "over 11,000", which data/ holds, with the press release\'s wording in the note.',
  'Lancashire / CDI re-inspection 2019 / vap_rate_pct_approx':
    'The source (Lancashire Evening Post) prints "one in 10 violent crimes" not recorded, not a recording rate; the data keeps that sentence in the inspection notes rather than as a rate.',
};

const forceIds: Record<string, string> = { Hampshire: 'hampshire-and-isle-of-wight', 'England and Wales (national)': 'england-and-wales' };
const forceId = (name: string) => forceIds[name] ?? name.toLowerCase().replaceAll(' ', '-');

/** The slug convention of the import (docs/data-sources.md). */
function slugOf(inspection: string): string {
  const year = /\b(20\d\d)\b/.exec(inspection)?.[1];
  if (inspection.startsWith('CDI 2014 national')) return '2014-national';
  if (inspection === 'CDI 2014 force inspection') return '2014-dip-sample';
  if (inspection.startsWith('CDI re-inspection')) return `${year}-cdi-reinspection`;
  if (/^CDI 20\d\d$/.test(inspection)) return `${year}-cdi`;
  if (inspection.startsWith('Victim service inspection')) return `${year}-victim-service`;
  if (inspection.startsWith('PEEL CDI 2021')) return '2021-peel';
  if (inspection.startsWith('PEEL 2021/22 revisit')) return '2022-peel-revisit';
  if (inspection === 'PEEL 2021/22') return '2022-peel';
  throw new Error(`no slug convention for "${inspection}"`);
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const thousands = (n: string) => Number(n).toLocaleString('en-GB');

/** The cells of an inspection page's figure-table row of one measure, by column heading. */
function figureRow(page: Document, measure: string): Record<string, string> | null {
  const row = page.querySelector(`tr#figure-${measure}`);
  if (!row) return null;
  const headings = [...(row.closest('table')?.querySelectorAll('thead th') ?? [])].map(text);
  const cells = [...row.querySelectorAll('th, td')].map(text);
  return Object.fromEntries(headings.map((h, i) => [h, cells[i] ?? '']));
}

/** The data cells of every table row of the page headed by a measure's label, e.g. "All crime". */
function rowsHeadedBy(page: Document, measure: string): string[] {
  const label = findMeasure(measure)!.label;
  return [...page.querySelectorAll('main tr')].filter((tr) => text(tr.querySelector('th')) === label).flatMap((tr) => [...tr.querySelectorAll('td')].map(text));
}

interface Check {
  column: string;
  /** What the page must show, in words, for the failure message. */
  expected: string;
  holds: (page: Document) => boolean;
}

/** The checks of one row: each published figure, where the page must show it. */
function checksOf(r: Row): Check[] {
  const checks: Check[] = [];
  const dip = r.inspection === 'CDI 2014 force inspection';
  const add = (column: string, expected: string, holds: (page: Document) => boolean) => {
    if (r[column]) checks.push({ column, expected, holds });
  };
  const rate = (measure: string, column: string) => add(column, `${measure} rate ${r[column]}%`, (p) => figureRow(p, measure)?.Rate === `${r[column]}%`);
  // A press rounding is the rate itself where no exact rate is published; beside an exact rate it is quoted on the page.
  const approx = (measure: string, column: string) =>
    add(column, `${measure} press rounding of ${r[column]} percent`, (p) => {
      const number = `(^|[^\\d.])${r[column]!.replace('.', '\\.')}`;
      const shown = figureRow(p, measure)?.Rate ?? '';
      return /^\d+(\.\d+)?%$/.test(shown) ? new RegExp(`${number} ?(%|per ?cent)`).test(text(p.querySelector('main'))) : new RegExp(`${number}([^\\d.]|$)`).test(shown);
    });
  const interval = (measure: string, column: string) => add(column, `${measure} interval ±${r[column]}`, (p) => (figureRow(p, measure)?.['95% interval'] ?? '').startsWith(`±${r[column]} `));
  // The compilation's column says "over", but its notes quote an estimate printed as an approximation
  // ("'around 11,000'", "6,700 is 'approximately'"): the page must show that wording, not "over".
  const printedWording = (n: string) => {
    const m = new RegExp(`'(approximately|around|about|some) ${n}'|${n} is '(approximately|around|about|some)'`).exec(r.notes ?? '');
    return m ? (m[1] ?? m[2]) : 'over';
  };
  const over = (measure: string, column: string) => {
    const printed = `${printedWording(thousands(r[column]!))} ${thousands(r[column]!)}`;
    add(column, `${measure}: ${printed}`, (p) => rowsHeadedBy(p, measure).includes(printed));
  };
  const count = (measure: string, column: string, denominator?: string) =>
    add(column, `${measure} count ${denominator ? `${r[column]} of ${r[denominator]}` : thousands(r[column]!)}`, (p) => figureRow(p, measure)?.Count === (denominator ? `${r[column]} of ${r[denominator]}` : thousands(r[column]!)));

  const overall = dip ? 'dip-sample' : 'overall';
  rate(overall, 'overall_rate_pct');
  interval(overall, 'overall_ci_pm');
  // The one 2014 force figure given as a rate (Essex, 91.67%) is a printed rate, not a rounding.
  if (dip) rate('dip-sample', 'overall_rate_pct_approx');
  else approx('overall', 'overall_rate_pct_approx');
  over('overall', 'unrecorded_per_year_over');
  add('additional_recorded_per_year', `all crime: ${thousands(r.additional_recorded_per_year!)} additionally recorded`, (p) => rowsHeadedBy(p, 'overall').includes(thousands(r.additional_recorded_per_year!)));
  for (const [measure, prefix] of [['violence', 'vap'], ['sexual-offences', 'so']] as const) {
    rate(measure, `${prefix}_rate_pct`);
    interval(measure, `${prefix}_ci_pm`);
    approx(measure, `${prefix}_rate_pct_approx`);
    over(measure, `${prefix}_unrecorded_per_year`);
  }
  if (r.rape_correctly_recorded) count('rape', 'rape_correctly_recorded', 'rape_audited');
  else if (r.rape_audited) {
    // Only the number audited and the number not correctly recorded are printed: the page's "x of y" must agree with both.
    add('rape_not_correct', `rape count y of ${r.rape_audited} with ${r.rape_not_correct} not correct`, (p) => {
      const [, x, y] = /^(\d+) of (\d+)$/.exec(figureRow(p, 'rape')?.Count ?? '') ?? [];
      return y === r.rape_audited && Number(y) - Number(x) === Number(r.rape_not_correct);
    });
  }
  count('n100-applied', 'n100_applied', 'n100_should_have_applied');
  count('n100-sample-correct', 'n100_sample_correct', 'n100_sample_reviewed');
  count('n100-sample-should-be-rape', 'n100_sample_should_be_rape', 'n100_sample_reviewed');
  if (dip) {
    count('dip-sample', 'sample_crimes_recorded', 'sample_crimes_audited');
    count('dip-sample-incidents', 'sample_incidents_examined');
  } else count('reports-audited', 'sample_crimes_audited');
  add('overall_grade', `overall grade ${r.overall_grade}`, (p) => text(p.querySelector('.grade-panel__overall')) === `Overall grade: ${r.overall_grade}`);
  return checks.filter((c) => !(`${r.force} / ${r.inspection} / ${c.column}` in excepted));
}

describe('shipped data: every figure of published-figures.csv is on its inspection page as printed', () => {
  beforeAll(() => {
    buildSiteOrThrow(outDir);
  }, 180_000);

  it('the compilation has its 71 rows, and every exception names a figure it has', () => {
    expect(rows).toHaveLength(71);
    const columns = new Set(rows.flatMap((r) => Object.keys(r).filter((c) => r[c]).map((c) => `${r.force} / ${r.inspection} / ${c}`)));
    expect(Object.keys(excepted).filter((k) => !columns.has(k))).toEqual([]);
  });

  it('every one of the 43 forces has at least one report page', () => {
    const forces = Papa.parse<Row>(readFileSync(join(projectRoot, 'data/forces.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.filter((f) => f.country !== 'England and Wales');
    expect(forces).toHaveLength(43);
    const withoutReport = forces.filter((f) => {
      const dir = join(projectRoot, outDir, 'forces', f.id!);
      return !existsSync(dir) || !readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')));
    });
    expect(withoutReport.map((f) => f.id)).toEqual([]);
  });

  it('docs/data-sources.md lists every source address that data/ uses', () => {
    const listed = readFileSync(join(projectRoot, 'docs/data-sources.md'), 'utf8');
    const data = ['inspections.csv', 'findings.csv'].map((f) => readFileSync(join(projectRoot, 'data', f), 'utf8')).join('\n');
    const addresses = new Set([...data.matchAll(/https?:\/\/[^\s",)]+/g)].map(([u]) => u.replace(/[.;]$/, '')));
    expect(addresses.size).toBeGreaterThan(0);
    expect([...addresses].filter((u) => !listed.includes(`<${u}>`))).toEqual([]);
  });

  it.each(rows.map((r) => [`${r.force} / ${r.inspection}`, r] as const))('%s', (_name, r) => {
    const file = join(projectRoot, outDir, 'forces', forceId(r.force!), slugOf(r.inspection!), 'index.html');
    expect(existsSync(file), `no page ${file}`).toBe(true);
    const page = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    const failed = checksOf(r).filter((c) => !c.holds(page)).map((c) => `${c.column}: expected ${c.expected}`);
    expect(failed).toEqual([]);
  });
});
