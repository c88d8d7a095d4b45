import { describe, expect, it } from 'vitest';
import { textWidth } from './marks.ts';
import { ruleLabel } from './ruleLabel.ts';

const label = 'England and Wales, 2025: 94.8%';
const wide = textWidth(label, { bold: true });

describe('ruleLabel(text, x, width, prefer)', () => {
  it('runs to the side it prefers where that side has room', () => {
    expect(ruleLabel(label, wide + 10, 1000, 'end')).toEqual({ textAnchor: 'end', lines: [label] });
    expect(ruleLabel(label, 10, 1000, 'start')).toEqual({ textAnchor: 'start', lines: [label] });
  });

  it('runs to the other side where only that has room', () => {
    expect(ruleLabel(label, wide - 1, 1000, 'end')).toEqual({ textAnchor: 'start', lines: [label] });
    expect(ruleLabel(label, 1000 - wide + 1, 1000, 'start')).toEqual({ textAnchor: 'end', lines: [label] });
  });

  it('breaks the label into lines that fit the side with more room where neither side has room for one line', () => {
    const placed = ruleLabel(label, 232, 330, 'end');
    expect(placed.textAnchor).toBe('end');
    expect(placed.lines.join(' ')).toBe(label);
    expect(placed.lines.length).toBeGreaterThan(1);
    for (const line of placed.lines) expect(textWidth(line, { bold: true }), line).toBeLessThanOrEqual(232);
    expect(ruleLabel(label, 60, 330, 'end').textAnchor).toBe('start');
  });
});
