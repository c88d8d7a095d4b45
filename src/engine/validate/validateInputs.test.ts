import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../load/loadInputs.ts';
import { columns, formatProblem } from '../vocabulary.ts';
import { validateInputs } from './validateInputs.ts';

const forces = ['id,name,short_name,country', 'northshire,Northshire Constabulary,Northshire,England', 'westvale,Westvale Police,Westvale,Wales'];
const inspection = (cells: Record<string, string>) =>
  columns.inspections
    .map((column) => ({ kind: 'cdi', title: 'CDI', published: '2016-01-01', grade_scale: 'four-grade', source_url: 'https://example.org/report', ...cells } as Record<string, string>)[column] ?? '')
    .join(',');
const inspections = [columns.inspections.join(','), inspection({ force: 'northshire', slug: '2016-cdi', published: '2016-08-25' }), inspection({ force: 'westvale', slug: '2017-cdi', published: '2017-06-15' })];

/** validateInputs() on files written to a temp root and read by loadInputs, exactly as the pipeline does. */
function validate(files: { forces?: string[]; inspections?: string[] }): string[] {
  const root = mkdtempSync(join(tmpdir(), 'cdi-validate-'));
  try {
    const write = (file: string, lines: string[]) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${lines.join('\n')}\n`);
    };
    write('data/forces.csv', files.forces ?? forces);
    write('data/inspections.csv', files.inspections ?? inspections);
    write('data/findings.csv', [columns.findings.join(',')]);
    const loaded = loadInputs(root);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    return validateInputs(loaded.raw).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('validateInputs()', () => {
  it('validateInputs() accepts forces and inspections that refer to each other', () => {
    expect(validate({})).toEqual([]);
  });

  it('validateInputs() reports an inspection of an unknown force with its line', () => {
    expect(validate({ inspections: [...inspections, inspection({ force: 'eastmoor', slug: '2017-cdi' })] })).toEqual([
      'data/inspections.csv:4:1: error: force: unknown force "eastmoor"; it must be an id in data/forces.csv',
    ]);
  });

  it('validateInputs() reports a duplicate force id with both lines', () => {
    expect(validate({ forces: [...forces, 'northshire,Northshire Police,Northshire,England'] })).toEqual([
      'data/forces.csv:4:1: error: duplicate force id "northshire"; it is already on line 2',
    ]);
  });

  it('validateInputs() reports a duplicate inspection with both lines', () => {
    expect(validate({ inspections: [...inspections, inspection({ force: 'westvale', slug: '2017-cdi' })] })).toEqual([
      'data/inspections.csv:4:1: error: duplicate inspection "westvale/2017-cdi"; it is already on line 3',
    ]);
  });

  it('validateInputs() reports a grade that is not on the inspection\'s scale', () => {
    const problems = validate({ inspections: [...inspections.slice(0, 2), inspection({ force: 'westvale', slug: '2017-cdi', overall_grade: 'adequate' })] });
    expect(problems).toEqual(['data/inspections.csv:3:1: error: overall_grade: "adequate" is not on the four-grade scale (outstanding, good, requires improvement, inadequate)']);
  });

  it('validateInputs() accepts "adequate" on the five-grade scale', () => {
    expect(validate({ inspections: [...inspections, inspection({ force: 'westvale', slug: '2021-peel', kind: 'peel', grade_scale: 'five-grade', overall_grade: 'adequate' })] })).toEqual([]);
  });

  it('validateInputs() reports a re-inspection that revisits an unknown inspection', () => {
    const reinspection = inspection({ force: 'northshire', slug: '2018-cdi-reinspection', kind: 'cdi-reinspection', revisits: '2015-cdi' });
    expect(validate({ inspections: [...inspections, reinspection] })).toEqual([
      'data/inspections.csv:4:1: error: revisits: revisits "2015-cdi", which is not an inspection of northshire in this file',
    ]);
  });

  it('validateInputs() warns, without an error, about an audit period that ends before it starts', () => {
    const odd = inspection({ force: 'westvale', slug: '2018-cdi', audit_start: '2017-12-31', audit_end: '2017-07-01' });
    expect(validate({ inspections: [...inspections, odd] })).toEqual([
      'data/inspections.csv:4:1: warning: audit_end: the audit period ends (2017-07-01) before it starts (2017-12-31); kept as printed and flagged on the page',
    ]);
  });
});
