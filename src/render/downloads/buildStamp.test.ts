import { describe, expect, it } from 'vitest';
import type { Report, Site } from '../../engine/compute/model.ts';
import { buildStamp } from './buildStamp.ts';

const report = (published: Report['published']) => ({ published }) as Report;

describe('buildStamp(site, version)', () => {
  it('names the version and the latest publication in the data, not the time of the build', () => {
    const site = { reports: [report({ date: '2018-07-17', text: '17 July 2018' }), report(null), report({ date: '2021-05-07', text: '7 May 2021' })] } as Site;
    expect(buildStamp(site, '1.2.3')).toBe('cdi-reports 1.2.3, data published up to 7 May 2021');
  });
});
