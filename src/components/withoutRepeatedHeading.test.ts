import { describe, expect, it } from 'vitest';
import { withoutRepeatedHeading } from './withoutRepeatedHeading.ts';

describe('withoutRepeatedHeading', () => {
  it('drops an opening h3 that repeats the section heading', () => {
    expect(withoutRepeatedHeading('<h3>Conclusion</h3>\n<p>Text</p>\n', 'Conclusion')).toBe('<p>Text</p>\n');
  });
  it('keeps an opening h3 that says something else', () => {
    expect(withoutRepeatedHeading('<h3>Overall recording rate</h3>\n<p>Text</p>\n', 'Question 1')).toBe('<h3>Overall recording rate</h3>\n<p>Text</p>\n');
  });
  it('keeps a later h3 with the same words', () => {
    expect(withoutRepeatedHeading('<p>Text</p>\n<h3>Conclusion</h3>\n', 'Conclusion')).toBe('<p>Text</p>\n<h3>Conclusion</h3>\n');
  });
});
