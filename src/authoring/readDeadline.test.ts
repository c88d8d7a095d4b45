import { describe, expect, it } from 'vitest';
import { readDeadline } from './readDeadline.ts';

describe('readDeadline', () => {
  it('reads the wording reports use, keeping the text whole', () => {
    expect(readDeadline('The force should immediately review its plan.')).toEqual({ text: 'The force should immediately review its plan.', due: 'immediately' });
    expect(readDeadline('Within 3 months, the force should train staff.').due).toBe('within three months');
    expect(readDeadline('The force should, within six months, audit violence.').due).toBe('within six months');
    expect(readDeadline('The force should report by 30/06/2027.').due).toBe('2027-06-30');
    expect(readDeadline('The force should report by 1st March 2027.').due).toBe('2027-03-01');
    expect(readDeadline('The force should report by 2027-03-31.').due).toBe('2027-03-31');
  });
  it('takes a deadline written apart at the end out of the text', () => {
    expect(readDeadline('What the force must do about it. Due: within three months.')).toEqual({ text: 'What the force must do about it.', due: 'within three months' });
    expect(readDeadline('Review the audit plan (by 31 March 2027).')).toEqual({ text: 'Review the audit plan.', due: '2027-03-31' });
    expect(readDeadline('Review the plan. Deadline: immediately')).toEqual({ text: 'Review the plan.', due: 'immediately' });
  });
  it('finds no deadline in other wording or an impossible date', () => {
    expect(readDeadline('The force should review its plan by next Tuesday.').due).toBeNull();
    expect(readDeadline('The force should report by 31/02/2027.').due).toBeNull();
    expect(readDeadline('Review the plan (see annex A).')).toEqual({ text: 'Review the plan (see annex A).', due: null });
  });
});
