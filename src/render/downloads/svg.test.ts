import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../charts/spec.ts';
import { standaloneSvg } from './svg.ts';
import { svgToPng } from './svgToPng.ts';

const spec: ChartSpec = {
  id: 'recording-rates',
  question: 1,
  figures: [{ measure: 'overall', provenance: ['published'], sampleSize: null }],
  heading: 'Crimes recorded <correctly> & on time',
  summary: 'The force recorded 89.5% of reported crimes.',
  svg: '<svg role="img" aria-label="x" width="640" height="120" viewBox="0 0 640 120" style="display:block;max-width:100%;height:auto;font-size:13px"><text x="10" y="20">All crime</text></svg>',
  drawings: [{ width: 640, height: 120 }],
  image: { svg: '<svg role="img" aria-label="x" width="640" height="120" viewBox="0 0 640 120" style="font-size:13px"><text x="10" y="20">All crime</text></svg>', width: 640, height: 120 },
  data: { columns: [{ name: 'a', title: 'a', type: 'string' }], rows: [['1']] },
  table: { caption: 'c', columns: ['a'], rows: [['1']] },
  source: { name: 'HMICFRS, Kent Police, Crime data integrity inspection 2017', url: 'https://example.org/report', provenance: ['published'] },
  notPublished: [],
};

describe('standaloneSvg(spec, subtitle, pageUrl)', () => {
  const svg = standaloneSvg(spec, 'Kent Police: Crime data integrity inspection 2017', 'https://cdi.example/forces/kent/2017-cdi/');

  it('is an SVG document of its own, titled with the escaped heading', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+"/);
    expect(svg).toContain('<title>Crimes recorded &lt;correctly&gt; &amp; on time</title>');
  });

  it('sets tabular figures itself, as the page’s stylesheet does for the inline copy', () => {
    expect(svg).toMatch(/^<svg [^>]*style="font-variant-numeric:tabular-nums"/);
  });

  it('keeps the source, the source URL and the chart address as text under the chart', () => {
    expect(svg).toContain('>Source: HMICFRS, Kent Police, Crime data integrity inspection 2017 (as published)</text>');
    expect(svg).toContain('>https://example.org/report</text>');
    expect(svg).toContain('>https://cdi.example/forces/kent/2017-cdi/#recording-rates</text>');
  });

  it("draws the chart's image, not the page's responsive copy", () => {
    expect(svg).toContain(`)">${spec.image.svg}</g>`);
    expect(svg).not.toContain('max-width');
  });

  it('is well-formed XML that the PNG renderer accepts', () => {
    expect(svgToPng(svg).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
