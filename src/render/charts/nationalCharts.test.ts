import { chartLayouts } from './layouts.ts';
import { describe, expect, it } from 'vitest';
import { figure, report } from '../../../tests/overview/reportFixture.ts';
import { buildNational } from '../../engine/compute/buildNational.ts';
import type { ForceRef } from '../../engine/compute/model.ts';
import { textWidth } from './marks.ts';
import { gradeSpreadChart, nationalRatesChart } from './nationalCharts.ts';

const force = (id: string): ForceRef => ({ id, name: `${id} Police`, shortName: id, country: 'England' });
const ewForce: ForceRef = { id: 'england-and-wales', name: 'England and Wales', shortName: 'England and Wales', country: 'England and Wales' };
const national = buildNational(['kent', 'leics', 'met', 'none'].map(force), [
  report('kent', 'a', '2019-01-15', [figure('overall', 96.6)], { grade: 'outstanding' }),
  report('leics', 'a', '2017-09-07', [figure('overall', 75.8, 1.94)], { grade: 'inadequate' }),
  report('met', 'a', '2018-07-17', [figure('overall', 89.5, 1.64)], { grade: 'good' }),
]);

describe('nationalRatesChart', () => {
  const spec = nationalRatesChart(national)!;

  it('nationalRatesChart(national) tables exactly the plotted rates, highest first, then the median', () => {
    expect(spec.table.rows).toEqual([
      ['kent', '2019', '96.6%', 'interval not found yet', 'Inspection a'],
      ['met', '2018', '89.5%', '87.86% to 91.14%', 'Inspection a'],
      ['leics', '2017', '75.8%', '73.86% to 77.74%', 'Inspection a'],
      ['Median of the 3 latest rates', 'not applicable', '89.5%', 'not applicable', 'the rates above'],
    ]);
  });

  it('nationalRatesChart(national) is one named image with a text label for every rate and the median', () => {
    expect(spec.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(spec.svg.match(/aria-label=/g)).toHaveLength(chartLayouts.length);
    for (const text of ['96.6%', '89.5%', '75.8%', 'Median 89.5%', 'kent (2019)', 'leics (2017)']) expect(spec.image.svg).toContain(`>${text}<`);
  });

  it('nationalRatesChart(national) says what the median is and lists forces without a rate as not published', () => {
    expect(spec.summary).toContain('The latest rates run from 75.8% (leics, 2017) to 96.6% (kent, 2019).');
    expect(spec.summary).toContain('The median of these 3 latest rates is 89.5%');
    expect(spec.summary).toContain('It is not a national recording rate.');
    expect(spec.summary).toContain('1 of the rates was published without a 95% interval.');
    expect(spec.notPublished).toEqual(['none: not published']);
  });

  it('nationalRatesChart(national) draws the national rate as a line labelled with its name and year, and tables it', () => {
    const withNational = buildNational([...['kent', 'met'].map(force), ewForce], [
      report('kent', 'a', '2019-01-15', [figure('overall', 96.6)]),
      report('met', 'a', '2018-07-17', [figure('overall', 89.5, 1.64)]),
      report('england-and-wales', '2014-national', '2014-11-18', [figure('overall', 81)]),
    ]);
    const drawn = nationalRatesChart(withNational)!;
    expect(drawn.svg).toContain('>England and Wales, 2014: 81%<');
    expect(drawn.table.rows.at(-1)).toEqual(['England and Wales (national inspection)', '2014', '81%', 'interval not found yet', 'Inspection 2014-national']);
    expect(drawn.summary).toContain('The solid line is the national recording rate, 81% (England and Wales, 2014): it is from 2014, not from the years of the forces\' rates.');
  });

  it('nationalRatesChart(national) keeps the national label inside every drawing, broken into lines where one line has no room', () => {
    // A national rate near the top of the scale, whose label runs left from its line: at 330 px it has no room to.
    const high = buildNational([...['kent', 'leics', 'met'].map(force), ewForce], [
      report('kent', 'a', '2019-01-15', [figure('overall', 96.6)]),
      report('leics', 'a', '2017-09-07', [figure('overall', 75.8, 1.94)]),
      report('met', 'a', '2018-07-17', [figure('overall', 89.5, 1.64)]),
      report('england-and-wales', '2025-national', '2025-03-01', [figure('overall', 94.8)]),
    ]);
    const drawn = nationalRatesChart(high)!;
    const label = 'England and Wales, 2025: 94.8%';
    const lines: Record<number, string[]> = {};
    for (const [svg, width] of [...drawn.svg.matchAll(/<svg class="chart-w(\d+)"[\s\S]*?<\/svg>/g)].map((m) => [m[0], Number(m[1])] as const)) {
      const text = /<g[^>]*text-anchor="(start|end)"[^>]*><text transform="translate\(([\d.]+),[^"]*"[^>]*>((?:(?!<\/text>)[\s\S])*England and Wales(?:(?!<\/text>)[\s\S])*)<\/text>/.exec(svg);
      expect(text, `the national label at ${width} px`).not.toBeNull();
      const [, anchor, x, inner] = text!;
      const parts = inner!.includes('<tspan') ? [...inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!) : [inner!];
      lines[width] = parts;
      expect(parts.join(' '), `the national label at ${width} px`).toBe(label);
      const widest = Math.max(...parts.map((part) => textWidth(part, { bold: true })));
      const [left, right] = anchor === 'end' ? [Number(x) - widest, Number(x)] : [Number(x), Number(x) + widest];
      expect(left, `the national label's left end at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(right, `the national label's right end at ${width} px`).toBeLessThanOrEqual(width);
    }
    expect(lines[330]!.length, 'lines of the national label at 330 px').toBeGreaterThan(1);
    expect(lines[860], 'the national label at 860 px').toEqual([label]);
    // The lines it is broken into make the drawing taller by whole pixels: embeds size their frames by the drawing.
    expect(drawn.drawings.filter((d) => !Number.isInteger(d.height))).toEqual([]);
  });

  it('nationalRatesChart(national) draws no national line from a press rounding, and says why', () => {
    const rounding = { ...figure('overall', null), approx: '81%' };
    const withRounding = buildNational([force('kent'), ewForce], [report('kent', 'a', '2019-01-15', [figure('overall', 96.6)]), report('england-and-wales', '2014-national', '2014-11-18', [rounding])]);
    const spec = nationalRatesChart(withRounding)!;
    expect(spec.svg).not.toContain('>England and Wales');
    expect(spec.table.rows.map((row) => row[0])).not.toContain('England and Wales (national inspection)');
    expect(spec.summary).toContain('No national line is drawn: the national inspection (England and Wales, 2014) published no exact national recording rate, only the press rounding “81%”.');
    expect(spec.notPublished).toContain('England and Wales, 2014 (national inspection): no exact recording rate published (given as “81%”)');
  });

  it('nationalRatesChart(national) returns null when no force has a rate', () => {
    expect(nationalRatesChart(buildNational([force('none')], []))).toBeNull();
  });
});

describe('gradeSpreadChart', () => {
  it('gradeSpreadChart(national) counts forces per latest grade on the scale it was given on, with a text label on each bar', () => {
    const spec = gradeSpreadChart(national);
    expect(spec.table.rows).toEqual([
      ['CDI', 'Outstanding', '1'],
      ['CDI', 'Good', '1'],
      ['CDI', 'Requires improvement', '0'],
      ['CDI', 'Inadequate', '1'],
    ]);
    expect(spec.image.svg).toContain('>0 forces<');
    expect(spec.notPublished).toEqual(['PEEL inspections (five grades, from 2021): no force’s latest grade is on this scale', '1 force: no overall grade in this data']);
  });

  it('gradeSpreadChart(national) never adds up grades of the four-grade and the five-grade scales', () => {
    const mixed = buildNational(['kent', 'leics'].map(force), [
      report('kent', 'a', '2017-01-15', [], { grade: 'requires improvement' }),
      report('leics', 'a', '2022-09-07', [], { grade: 'requires improvement', scale: 'five-grade' }),
    ]);
    const spec = gradeSpreadChart(mixed);
    const ri = spec.data.rows.filter((r) => r[1] === 'Requires improvement');
    expect(ri).toEqual([['four-grade', 'Requires improvement', 1], ['five-grade', 'Requires improvement', 1]]);
    expect(spec.table.rows.filter((r) => r[1] === 'Adequate')).toEqual([['PEEL', 'Adequate', '0']]);
  });
});
