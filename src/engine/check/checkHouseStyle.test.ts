import { describe, expect, it } from 'vitest';
import { checkHouseStyle } from './checkHouseStyle.ts';

const check = (text: string) => checkHouseStyle('report.md', text).map((p) => `${p.severity} ${p.line}:${p.column}: ${p.message}`);

describe('checkHouseStyle', () => {
  it('warns once about an abbreviation neither in the glossary nor spelled out at first use', () => {
    expect(check('The XYZ met. The XYZ left.')).toEqual(['warning 1:5: "XYZ" is not in the glossary (src/engine/vocabulary.ts): spell it out at its first use, e.g. "words in full (XYZ)"']);
  });
  it('accepts glossary terms, their plurals and abbreviations spelled out in brackets', () => {
    expect(check('The FCR, DDMs, MASHs and N100. The big unit (BU) and the BU again.')).toEqual([]);
  });
  it('warns when "%" and "per cent" are mixed, counting rate placeholders as "%"', () => {
    expect(check('It recorded {{overall.rate}}.\nAbout 40 per cent.')).toEqual(['warning 2:10: this file writes percentages both as "%" (line 1) and as "per cent"; use "%" throughout']);
    expect(check('40 per cent and 50 per cent')).toEqual([]);
  });
  it('warns about grade words spelled differently from the scale', () => {
    expect(check('It was graded Requires Improvement.')).toHaveLength(1);
    expect(check('It was graded requires-improvement.')).toHaveLength(1);
    expect(check('It was graded Good.')).toHaveLength(1);
    expect(check('It was outstandng.')).toEqual(['warning 1:8: "outstandng" looks like a misspelling of the grade word "outstanding"']);
  });
  it('accepts grade words in lower case, at the start of a sentence or list item, and real words near them', () => {
    expect(check('Good work. It is good.\n- Outstanding leadership.\nRequires improvement overall: improvements due. It requires improvement.')).toEqual([]);
  });
});
