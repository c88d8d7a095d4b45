import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report, Site } from '../../src/engine/compute/model.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { fixtures, formatted, lines, overlayRoot, removeRoot } from './fixtureRoot.ts';

const corpus = join(fixtures, 'accepted');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let root: string | undefined;
afterEach(() => {
  if (root) removeRoot(root);
  root = undefined;
});

function run(name: string): { site: Site; text: string } {
  root = overlayRoot(join(corpus, name));
  const { site, problems } = runPipeline(root);
  expect(formatted(problems.filter((p) => p.severity === 'error'))).toBe('');
  expect(site).not.toBeNull();
  return { site: site as Site, text: formatted(problems) };
}

function report(site: Site, key: string): Report {
  const found = site.reports.find((r) => r.key === key);
  expect(found, key).toBeDefined();
  return found as Report;
}

const figure = (r: Report, measure: string) => r.figures.find((f) => f.measure === measure);

describe('runPipeline() on untidy but valid inputs', () => {
  for (const name of cases) {
    it(`runPipeline() accepts ${name} without errors`, () => {
      const { text } = run(name);
      const file = join(corpus, name, 'expected.txt');
      for (const line of existsSync(file) ? lines(readFileSync(file, 'utf8')) : []) expect(text).toContain(line);
    });
  }

  it('runPipeline() drops a byte-order mark before the first column name and the front matter', () => {
    const { site } = run('byte-order-mark');
    expect(site.forces.map((f) => f.id)).toEqual(['northshire', 'westvale']);
    expect(report(site, 'northshire/2016-cdi').narrative?.sections.map((s) => s.heading)).toEqual(['Question 1', 'Question 2', 'Question 3', 'Conclusion']);
  });

  it('runPipeline() reads Windows line endings without a stray carriage return in any cell or heading', () => {
    const { site } = run('windows-line-endings');
    const r = report(site, 'northshire/2016-cdi');
    expect(JSON.stringify(site)).not.toContain('\\r');
    expect(r.narrative?.sections.map((s) => s.heading)).toEqual(['Question 1', 'Question 2', 'Question 3', 'Conclusion']);
  });

  it('runPipeline() keeps a missing publication date as not published and flags it', () => {
    const r = report(run('missing-publication-date').site, 'westvale/2017-cdi');
    expect(r.published).toBeNull();
    expect(r.flags).toContainEqual({ flag: 'no-date' });
  });

  it('runPipeline() keeps an audit period printed end before start, warns and flags it', () => {
    const { site, text } = run('audit-end-before-start');
    const r = report(site, 'westvale/2017-cdi');
    expect(text).toMatch(/^data\/inspections\.csv:4:\d+: warning: /m);
    expect(r.auditPeriod).toMatchObject({ start: '2016-11-30', end: '2016-06-01' });
    expect(r.flags).toContainEqual({ flag: 'end-before-start' });
  });

  it('runPipeline() publishes a rate without an interval or estimate as it is', () => {
    const overall = figure(report(run('rate-without-interval').site, 'westvale/2017-cdi'), 'overall');
    expect(overall?.rate).toMatchObject({ text: '91%', status: 'published' });
    expect(overall?.interval).toBeNull();
    expect(overall?.unrecorded).toBeNull();
  });

  it('runPipeline() gives a re-inspection without an overall rate its strata and its additional-recorded estimate', () => {
    const r = report(run('reinspection-without-overall-rate').site, 'northshire/2018-cdi-reinspection');
    expect(figure(r, 'overall')).toBeUndefined();
    expect(figure(r, 'sexual-offences')?.additional?.text).toBe('1,200');
    expect(r.grades.previous).toMatchObject({ key: 'northshire/2016-cdi', grade: 'requires improvement' });
  });

  it('runPipeline() accepts "adequate" on the five-grade PEEL scale', () => {
    const r = report(run('five-grade-peel-adequate').site, 'westvale/2021-peel');
    expect(r.grades).toMatchObject({ scale: 'five-grade', overall: 'adequate' });
  });

  it('runPipeline() keeps a press rounding as text beside the printed rate', () => {
    const overall = figure(report(run('press-rounding-in-approx').site, 'westvale/2017-cdi'), 'overall');
    expect(overall).toMatchObject({ approx: 'nearly 91 percent', rate: { text: '91%' } });
  });

  it('runPipeline() gives a 2014 dip sample its counts and no interval', () => {
    const r = report(run('counts-only-dip-sample-2014').site, 'westvale/2014-dip-sample');
    expect(figure(r, 'dip-sample')).toMatchObject({ countText: '62 of 80', interval: null, unrecorded: null });
    expect(r.grades.overall).toBeNull();
  });

  it('runPipeline() keeps both grades of a re-graded report', () => {
    expect(report(run('regraded-report').site, 'westvale/2017-cdi').grades).toMatchObject({ overall: 'good', regradedFrom: 'requires improvement' });
  });

  it('runPipeline() keeps the published figure where the counts disagree, with a warning naming the line', () => {
    const { site, text } = run('published-figure-disagrees-with-counts');
    expect(text).toMatch(/^data\/findings\.csv:2:\d+: warning: rate_pct: the published rate 88\.0%/m);
    expect(figure(report(site, 'northshire/2016-cdi'), 'overall')?.rate).toMatchObject({ value: 88, text: '88.0%', status: 'published' });
  });

  // CSV text is data, not markup: the model keeps it verbatim and Astro escapes it when a page renders it.
  it('runPipeline() keeps HTML in CSV text cells as plain text for the page to escape', () => {
    const r = report(run('html-in-csv-text').site, 'westvale/2017-cdi');
    expect(r.title).toBe('Inspection <script>alert(1)</script> & <b>2017</b>');
    expect(r.notes).toBe('<img src=x onerror=alert(1)>');
    expect(figure(r, 'overall')?.note).toBe('<script>alert("note")</script>');
  });

  it('runPipeline() escapes HTML in the narrative and refuses javascript: links', () => {
    const narrative = report(run('html-in-markdown').site, 'northshire/2016-cdi').narrative;
    const html = JSON.stringify(narrative);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Northshire&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b>|<a href="javascript:|href=\\"javascript:/i);
  });
});
