import { describe, expect, it } from 'vitest';
import type { ResearchQuery } from '../validate/rowSchemas.ts';
import { printedForms } from './printedForms.ts';

const row = (force: string, address: string | null, printed: ResearchQuery['printed']): ResearchQuery => ({
  force, cycle: 'peel-2023-25', query: 'q', corpus: 'pages', outcome: address ? 'found' : 'nothing', found: null, address, printed, line: 2,
});
const log = [
  row('wiltshire', 'https://example.org/a', [
    { key: { measure: 'overall', field: 'over' }, text: 'over 5,100' },
    { key: { measure: 'overall', field: 'rate' }, text: '92.4 per cent' },
    { key: { measure: null, field: 'grade' }, text: 'requires improvement' },
  ]),
  row('wiltshire', 'https://example.org/b', [{ key: { measure: 'violence', field: 'over' }, text: 'over 1,200' }]),
  row('kent', null, null),
];

describe('printedForms(log)', () => {
  const printed = printedForms(log);
  it("gives the rate as printed before the estimate, for the figure's force, address and measure", () => {
    expect(printed('wiltshire', 'https://example.org/a', 'overall')).toBe('92.4 per cent');
    expect(printed('wiltshire', 'https://example.org/b', 'violence')).toBe('over 1,200');
  });
  it('gives null where the log records no printed form for that force, address and measure', () => {
    expect(printed('wiltshire', 'https://example.org/b', 'overall')).toBeNull();
    expect(printed('kent', 'https://example.org/a', 'overall')).toBeNull();
  });
});
