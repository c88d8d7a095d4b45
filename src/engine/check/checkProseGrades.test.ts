import { describe, expect, it } from 'vitest';
import type { Report } from '../compute/model.ts';
import { checkProseGrades } from './checkProseGrades.ts';

const report = (grades: Partial<Report['grades']> = {}) =>
  ({ grades: { scale: 'four-grade', overall: 'requires improvement', questions: { 1: 'requires improvement', 2: 'good', 3: 'good' }, regradedFrom: null, previous: null, ...grades } }) as unknown as Report;

const check = (text: string, r = report()) => checkProseGrades('report.md', text, r).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('checkProseGrades', () => {
  it('flags a grade named in prose that contradicts the overall grade, with its place and the placeholder', () => {
    expect(check('Intro.\nThe force is graded good.')).toEqual(['2:14: "graded good" contradicts the data: the overall grade is requires improvement; write {{grade.overall}}']);
    expect(check('It was rated Outstanding.')).toHaveLength(1);
    expect(check('It was judged to be inadequate.')).toHaveLength(1);
  });

  it('accepts the right grade, a grade placeholder, and a grade of a question held to that question', () => {
    expect(check('The force is graded requires improvement. It is graded {{grade.overall}}.')).toEqual([]);
    expect(check('## Question 2\n\nIts systems are graded good.')).toEqual([]);
    expect(check('For question 3 it is graded good.')).toEqual([]);
    expect(check('Its leadership and culture are graded good, its recording of reported crime was judged requires improvement.')).toEqual([]);
  });

  it('holds a question\'s grade to that question, naming its placeholder', () => {
    expect(check('## Question 2\n\nIts systems are graded inadequate.')).toEqual(['3:17: "graded inadequate" contradicts the data: the grade for question 2 is good; write {{grade.q2}}']);
    expect(check('## Question 2\n\nThe force is graded good overall.')).toEqual(['3:14: "graded good" contradicts the data: the overall grade is requires improvement; write {{grade.overall}}']);
  });

  it('accepts the grade a report was regraded from or that the revisited inspection gave, and a grade the data does not hold', () => {
    expect(check('The 2016 report graded it inadequate.', report({ previous: { key: 'x', url: '', title: '', published: null, grade: 'inadequate' } }))).toEqual([]);
    expect(check('Its leadership and culture are graded outstanding.', report({ questions: { 1: null, 2: null, 3: null } }))).toEqual([]);
  });
});
