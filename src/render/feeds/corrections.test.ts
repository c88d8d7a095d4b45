import { describe, expect, it } from 'vitest';
import type { Site } from '../../engine/compute/model.ts';
import { correctionIds, correctionsFeed, forceFeed } from './corrections.ts';

const report = (key: string, corrections: { date: string; dateText: string; change: string; reason: string }[]) => {
  const [force = '', slug = ''] = key.split('/');
  return { key, slug, url: `/forces/${key}/`, title: 'Crime data integrity inspection 2018', force: { id: force, name: `${force} Police` }, narrative: { corrections } };
};
const site = {
  reports: [
    report('northshire/2018-cdi', [
      { date: '2019-02-01', dateText: '1 February 2019', change: 'The rate is <em>89.5%</em>.', reason: 'A typing error.' },
      { date: '2019-02-01', dateText: '1 February 2019', change: 'A second fix.', reason: 'R & D.' },
    ]),
    report('westvale/2017-cdi', [{ date: '2020-05-04', dateText: '4 May 2020', change: 'Grade restated.', reason: 'An addendum.' }]),
  ],
} as unknown as Site;
const origin = { url: 'https://example.org', base: '/' };

describe('correctionsFeed', () => {
  const feed = correctionsFeed(site, origin);

  it('lists every correction latest first, with ids that are the corrections’ addresses', () => {
    expect([...feed.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1])).toEqual([
      'https://example.org/forces/westvale/2017-cdi/#correction-2020-05-04',
      'https://example.org/forces/northshire/2018-cdi/#correction-2019-02-01',
      'https://example.org/forces/northshire/2018-cdi/#correction-2019-02-01-2',
    ]);
  });

  it('dates the feed by its latest correction, never by the build, and escapes content', () => {
    expect(feed).toContain('<updated>2020-05-04T00:00:00Z</updated>\n  <author>');
    expect(feed).toContain('&lt;em&gt;89.5%&lt;/em&gt;');
    expect(feed).toContain('Reason: R &amp; D.');
    expect(correctionsFeed(site, origin)).toBe(feed);
  });

  it('is an Atom feed with the elements Atom requires', () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    for (const tag of ['id', 'title', 'updated', 'author']) expect(feed).toMatch(new RegExp(`^  <${tag}>`, 'm'));
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed.match(/<entry>[\s\S]*?<\/entry>/g)?.every((e) => /<id>/.test(e) && /<title>/.test(e) && /<updated>/.test(e))).toBe(true);
  });

  it('dates a feed without corrections at the Unix epoch', () => {
    expect(correctionsFeed({ reports: [] } as unknown as Site, origin)).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});

describe('correctionIds', () => {
  it('numbers corrections of the same day from the second on', () => {
    expect(correctionIds([{ date: '2019-01-01' }, { date: '2019-01-01' }, { date: '2019-02-01' }] as never)).toEqual(['correction-2019-01-01', 'correction-2019-01-01-2', 'correction-2019-02-01']);
  });
});

describe('forceFeed', () => {
  const withReports = {
    forces: [{ id: 'northshire', name: 'Northshire Police' }, { id: 'westvale', name: 'Westvale Police' }],
    reports: [
      {
        ...report('northshire/2018-cdi', [{ date: '2019-02-01', dateText: '1 February 2019', change: 'Fixed.', reason: 'A typing error.' }]),
        kindLabel: 'First inspection',
        published: { date: '2018-07-17', text: '17 July 2018' },
        grades: { overall: 'good' },
        figures: [{ measure: 'overall', rate: { text: '89.5%' } }],
      },
      { ...report('northshire/2016-cdi', []), published: null, grades: { overall: null }, figures: [] },
      { ...report('westvale/2017-cdi', []), kindLabel: 'First inspection', published: { date: '2017-01-01', text: '1 January 2017' }, grades: { overall: null }, figures: [] },
    ],
  } as unknown as Site;

  it('forceFeed(site, force) follows one force: its dated inspections and their corrections, latest first', () => {
    const feed = forceFeed(withReports, 'northshire', origin);
    expect([...feed.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1])).toEqual([
      'https://example.org/forces/northshire/2018-cdi/#correction-2019-02-01',
      'https://example.org/forces/northshire/2018-cdi/',
    ]);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/forces/northshire/feed.xml"/>');
    expect(feed).toContain('Overall recording rate: 89.5%.');
    expect(() => forceFeed(withReports, 'nowhere', origin)).toThrow('no force "nowhere"');
  });
});
