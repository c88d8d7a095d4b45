import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { tileMapChart } from '../../src/render/charts/tileMapChart.ts';

// The project's own data: the Met 2018 narrative uses N100, FCR and AVI many times.
const { site } = runPipeline(join(import.meta.dirname, '..', '..'));

describe('the site model built from data/ and content/', () => {
  it('links each glossary abbreviation in a report narrative once, at its first use', () => {
    const met = site!.reports.find((r) => r.key === 'metropolitan/2018-cdi')!;
    const html = met.narrative!.sections.map((s) => s.html).join('\n');
    expect(html.match(/href="\/glossary\/#n100"/g)).toHaveLength(1);
    expect(html.match(/href="\/glossary\/#fcr"/g)).toHaveLength(1);
  });

  it('has the national overview once for the whole site, with every force but the national entity', () => {
    expect(site!.national.forces).toHaveLength(site!.forces.filter((f) => f.country !== 'England and Wales').length);
    expect(site!.national.median).not.toBeNull();
  });

  it('places every force on the overview’s tile grid map, so that none is left off it', () => {
    const spec = tileMapChart(site!.national, '/')!;
    expect(spec.table.rows).toHaveLength(site!.national.forces.length);
    expect(spec.notPublished).toEqual([]);
  });

  it('gives Kent a change over time that cannot be tested, since its re-inspection printed no interval', () => {
    const kent = site!.forces.find((f) => f.id === 'kent')!;
    // Found by its key, not by position: Kent's undated PEEL 2021/22 result also has a row in the trend.
    const change = kent.trends[0]!.rows.find((r) => r.inspection.key === 'kent/2018-cdi-reinspection')!.change!;
    expect(change).toMatchObject({ direction: 'up', pointsText: '13.0', test: null, significant: null });
  });
});
