import { describe, expect, it } from 'vitest';
import { allGrades } from '../engine/vocabulary.ts';
import { catalogue, locales, type Messages } from './index.ts';

/** Every key path of a catalogue, with the kind of its value ("string" or "function"). */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    value !== null && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}: ${typeof value}`],
  );
}

describe('message catalogue', () => {
  it('every language has every key of every other language, with a value of the same kind', () => {
    const english = keys(catalogue.en).sort();
    for (const locale of locales) expect(keys(catalogue[locale]).sort(), locale).toEqual(english);
  });

  it('the key comparison fails on a missing or extra key', () => {
    const { report, ...withoutReport } = catalogue.cy;
    const missing = { ...withoutReport, report: { ...report, notes: undefined } } as unknown as Messages;
    expect(keys(missing)).not.toEqual(keys(catalogue.en));
    expect(keys({ ...catalogue.cy, extra: 'x' })).not.toEqual(keys(catalogue.en));
  });

  // The same in both languages: place names and language codes, the acronyms CDI and PEEL, "data", a Welsh word too
  // (docs/welsh-terms.md), the dash the map writes for "no grade" in a narrow square, and the PEEL cycles, named by
  // the acronym and years.
  const sameInBoth = /^(area|language)\.|^latest\.scale\.|^layout\.nav\.data:|^chart\.tileMap\.gradeWords\.none\.narrow:|^coverage\.cycle\.peel-/;

  it('no message is empty, and no Welsh string is the English one (names, codes and words listed above aside)', () => {
    const strings = (m: Messages) => Object.fromEntries(keys(m).filter((k) => k.endsWith('string')).map((k) => [k, get(m, k)]));
    const en = strings(catalogue.en);
    const cy = strings(catalogue.cy);
    for (const [key, value] of Object.entries(cy)) expect(value, key).not.toBe('');
    const same = Object.keys(cy).filter((key) => cy[key] === en[key] && !sameInBoth.test(key));
    expect(same).toEqual([]);
  });

  it('names every grade of the vocabulary', () => {
    for (const locale of locales) expect(Object.keys(catalogue[locale].grade).sort(), locale).toEqual([...allGrades].sort());
  });
});

function get(messages: object, key: string): unknown {
  return key
    .replace(/: \w+$/, '')
    .split('.')
    .reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], messages);
}
