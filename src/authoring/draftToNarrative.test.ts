import { describe, expect, it } from 'vitest';
import { partOfHeading } from './draftToNarrative.ts';

describe('partOfHeading', () => {
  it('reads a heading case- and punctuation-insensitively, with or without the question after a colon', () => {
    for (const text of ['Summary', 'SUMMARY', 'Summary:', 'summary.']) expect(partOfHeading(text)).toEqual({ kind: 'list', key: 'summary' });
    expect(partOfHeading('Areas for Improvement')).toEqual({ kind: 'list', key: 'areasForImprovement' });
    expect(partOfHeading('Causes of concern.')).toEqual({ kind: 'concerns' });
    for (const text of ['Question 1', 'question 1', 'Question 1: How well does the force record crime?', 'QUESTION 1 – RECORDING', 'Question 1 : Recording']) {
      expect(partOfHeading(text)).toEqual({ kind: 'section', heading: 'Question 1' });
    }
    expect(partOfHeading('Conclusion')).toEqual({ kind: 'section', heading: 'Conclusion' });
  });
  it('names no part for any other heading', () => {
    for (const text of ['Rape', 'Question 4', 'Questions', 'Summary of violence']) expect(partOfHeading(text)).toBeUndefined();
  });
});
