import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from './startsLikeFormula.ts';

describe('startsLikeFormula()', () => {
  it('startsLikeFormula() is true for text beginning with =, +, -, @, a tab or a carriage return', () => {
    for (const cell of ['=HYPERLINK("https://evil.example/x","Click")', '@SUM(1+1)*cmd|/C calc!A0', '+cmd', '-2+3', '-', '\tx', '\r=1'])
      expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(true);
  });

  it('startsLikeFormula() is false for numbers, signs and exponents included, and for ordinary text', () => {
    for (const cell of ['-1.5', '+2', '-.5', '1e3', '-2E-3', '0', '92.4', 'Kent Police', 'e-mail', '', ' =1'])
      expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(false);
  });
});
