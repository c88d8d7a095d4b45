import { describe, expect, it } from 'vitest';
import { personPath } from './personPath.ts';

describe('personPath', () => {
  it('personPath(path) counts list items from 1 and names them as a person does, innermost first', () => {
    expect(personPath(['causes_of_concern', 0, 'recommendations', 2, 'due'])).toBe('due of recommendation 3 of cause of concern 1');
    expect(personPath(['causes_of_concern', 1, 'recommendations'])).toBe('recommendations of cause of concern 2');
    expect(personPath(['strengths', 1])).toBe('strength 2');
    expect(personPath(['summary', 0])).toBe('summary point 1');
    expect(personPath(['areas_for_improvement', 3])).toBe('area for improvement 4');
    expect(personPath(['corrections', 0, 'date'])).toBe('date of correction 1');
    expect(personPath(['headline'])).toBe('headline');
  });
});
