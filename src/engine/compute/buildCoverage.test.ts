import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import type { ResearchQuery } from '../validate/rowSchemas.ts';
import { buildCoverage } from './buildCoverage.ts';
import type { ForceRef } from './model.ts';

const kent: ForceRef = { id: 'kent', name: 'Kent Police', shortName: 'Kent', country: 'England' };
const nation: ForceRef = { id: 'england-and-wales', name: 'England and Wales', shortName: 'England and Wales', country: 'England and Wales' };
const query = (force: string, cycle: string, text: string, outcome: 'found' | 'nothing' = 'nothing', line = 2): ResearchQuery => ({
  force, cycle, query: text, corpus: 'pages', outcome, found: outcome === 'found' ? 'grade' : null, address: outcome === 'found' ? 'https://example.org/k' : null, printed: null, line,
});

const reports = [
  report('kent', '2017-cdi', '2017-06-15', [figure('overall', 83.6, 1.9)], { grade: 'inadequate' }),
  report('kent', '2022-peel', null, [], { kind: 'peel', grade: 'requires improvement' }),
];
const log = [
  ...['one', 'two', 'three', 'four', 'four'].map((text, i) => query('kent', 'dip-sample-2014', text, 'nothing', 2 + i)),
  query('kent', 'peel-2021-22', 'Kent PEEL recording data about crime', 'found', 7),
  query('england-and-wales', 'state-of-policing-2024', 'State of Policing 2024 crime recording', 'nothing', 8),
];
const coverage = buildCoverage([kent, nation], reports, log);
const cells = (force: string) => Object.fromEntries(coverage.rows.find((r) => r.force.id === force)!.cells.map((c) => [c.cycle, c]));

describe('buildCoverage(forces, reports, log)', () => {
  it('has a column per cycle, oldest first', () => {
    expect(coverage.cycles.map((c) => c.id)).toEqual(['2014', 'cdi', 'cdi-reinspection', 'peel-2021-22', 'peel-2023-25']);
  });

  it("holds each force's inspections in their cycle, with grade, rate and year", () => {
    const kentCells = cells('kent');
    expect(kentCells.cdi).toMatchObject({ state: 'held', inspections: [{ key: 'kent/2017-cdi', graded: true, grade: 'inadequate', rate: { text: '83.6%', intervalText: '±1.9' }, year: '2017' }] });
    expect(kentCells['peel-2021-22']).toMatchObject({ state: 'held', queries: 1, found: 1, inspections: [{ key: 'kent/2022-peel', grade: 'requires improvement', rate: null, approx: null }] });
  });

  it('tells a cell searched in vain, counting distinct queries, from one never searched and one that cannot exist', () => {
    const kentCells = cells('kent');
    expect(kentCells['2014']).toMatchObject({ state: 'searched', queries: 4, found: 0, anchor: 'kent-2014' });
    expect(kentCells['peel-2023-25']?.state).toBe('not-searched');
    expect(kentCells['cdi-reinspection']?.state).toBe('not-applicable');
    expect(coverage.queries['kent-2014']?.map((q) => q.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('puts the national picture in its row, with no CDI inspection to look for and State of Policing in its PEEL cycle', () => {
    const national = cells('england-and-wales');
    expect(national.cdi?.state).toBe('not-applicable');
    expect(national['peel-2023-25']).toMatchObject({ state: 'searched', queries: 1 });
  });

  it('counts each state per cycle', () => {
    expect(coverage.counts.find((c) => c.cycle === '2014')).toEqual({ cycle: '2014', held: 0, searched: 1, notApplicable: 0, notSearched: 1 });
  });
});
