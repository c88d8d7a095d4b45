import { describe, expect, it } from 'vitest';
import { diffSequences } from './diffSequences.ts';

const ops = (before: string, after: string) =>
  diffSequences([...before], [...after])
    .map((step) => `${{ same: ' ', removed: '-', added: '+' }[step.op]}${step.value}`)
    .join(' ');

describe('diffSequences(before, after)', () => {
  it('keeps what both share and marks what one of them lacks, in reading order', () => {
    expect(ops('abc', 'abc')).toBe(' a  b  c');
    expect(ops('abc', 'abxc')).toBe(' a  b +x  c');
    expect(ops('abxc', 'abc')).toBe(' a  b -x  c');
    expect(ops('', 'ab')).toBe('+a +b');
    expect(ops('ab', '')).toBe('-a -b');
  });

  it('gives a replacement as its removals first, then its additions', () => {
    expect(ops('axyb', 'apqb')).toBe(' a -x -y +p +q  b');
  });

  it('keeps the longest run in common', () => {
    const steps = diffSequences([...'abcabba'], [...'cbabac']);
    expect(steps.filter((s) => s.op === 'same')).toHaveLength(4);
    expect(steps.filter((s) => s.op !== 'added').map((s) => s.value).join('')).toBe('abcabba');
    expect(steps.filter((s) => s.op !== 'removed').map((s) => s.value).join('')).toBe('cbabac');
  });

  it('compares with the given equality', () => {
    const steps = diffSequences(['A', 'b'], ['a', 'B'], (x, y) => x.toLowerCase() === y.toLowerCase());
    expect(steps.map((s) => s.op)).toEqual(['same', 'same']);
  });
});
