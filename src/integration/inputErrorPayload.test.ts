import { describe, expect, it } from 'vitest';
import { error, warning } from '../engine/vocabulary.ts';
import { inputErrorPayload } from './inputErrorPayload.ts';

describe('inputErrorPayload', () => {
  it('inputErrorPayload() shows each input error itself in the overlay, escaped, with the first one\'s place', () => {
    const payload = inputErrorPayload(
      [
        error('content/reports/kent/2026-cdi.md', 'broken placeholder "{{overall.over}": write {{overall.over}}, with two braces each side', { line: 12, column: 5 }),
        warning('content/reports/kent/2026-cdi.md', 'mixed "%" and "per cent"'),
        error('data/audits/kent/2026-cdi.xlsx', 'expected "yes", got "<b>"', { sheet: 'Audit', line: 14, column: 3, field: 'should_record' }),
      ],
      '/inputs',
    );
    expect(payload.err.title).toBe('The inputs have 2 errors');
    expect(payload.err.stack).toBe(
      [
        'content/reports/kent/2026-cdi.md:12:5: error: broken placeholder "{{overall.over}": write {{overall.over}}, with two braces each side',
        'data/audits/kent/2026-cdi.xlsx: Audit!C14: error: should_record: expected "yes", got "<b>"',
      ].join('\n'),
    );
    expect(payload.err.message).toContain('got &#34;&#60;b&#62;&#34;');
    expect(payload.err.message).not.toContain('<b>');
    expect(payload.err.loc).toEqual({ file: '/inputs/content/reports/kent/2026-cdi.md', line: 12, column: 5 });
  });
});
