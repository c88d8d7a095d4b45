import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../charts/ChartSpec.ts';
import { chartCsv } from './chartCsv.ts';

const spec = {
  table: { caption: 'Crimes recorded', columns: ['Crime group', 'Crimes a year not recorded'], rows: [['All crime', 'over 94,500'], ['Say "hi"', '1']] },
} as ChartSpec;

describe('chartCsv(spec, header)', () => {
  it('puts the header as "# key: value" lines before the table', () => {
    expect(chartCsv(spec, [['title', 'Crimes'], ['force', 'Kent Police']])).toBe(
      '# title: Crimes\n# force: Kent Police\nCrime group,Crimes a year not recorded\nAll crime,"over 94,500"\n"Say ""hi""",1\n',
    );
  });

  it('reads back to exactly the table when comment lines are skipped', () => {
    const parsed = Papa.parse<string[]>(chartCsv(spec, [['note', 'a value\nwith a line break']]), { comments: '#', skipEmptyLines: true });
    expect(parsed.data).toEqual([spec.table.columns, ...spec.table.rows]);
  });
});
