import { describe, expect, it } from 'vitest';
import { reportFor, site } from '../../../tests/render/fixtureReports.ts';
import { recordingRatesChart } from '../charts/recordingRatesChart.ts';
import { chartAnchorUrl, embedHeight, embedPath, embedTexts, forcePlacedCharts, iframeCode, oembedJson, oembedPath, placedCharts, reportPlacedChart } from './embed.ts';

const siteUrl = { url: 'https://cdi.example', base: '/' };
const report = reportFor('northshire/2018-cdi');
const chart = reportPlacedChart(report, recordingRatesChart(report)!);

describe('embed addresses', () => {
  it("mirror the chart's page under /embed/, the oEmbed file in the embed's folder", () => {
    expect(embedPath(chart)).toBe('/embed/forces/northshire/2018-cdi/recording-rates/');
    expect(oembedPath(chart)).toBe('/embed/forces/northshire/2018-cdi/recording-rates/oembed.json');
  });

  it('are unique across the site, the force pages’ and the overview charts included', () => {
    const paths = placedCharts(site, '/').map(embedPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/embed/overview/national-rates/');
    expect(paths).toContain('/embed/forces/northshire/rate-over-time/');
  });

  it("put a chart of a page in another language under that language's folder, in its words, back to the chart on that page", () => {
    const welsh = reportPlacedChart(report, recordingRatesChart(report, 'independent', 'cy')!, 'cy');
    expect(embedPath(welsh)).toBe('/cy/embed/forces/northshire/2018-cdi/recording-rates/');
    expect(oembedPath(welsh)).toBe('/cy/embed/forces/northshire/2018-cdi/recording-rates/oembed.json');
    expect(chartAnchorUrl(welsh, siteUrl)).toBe('https://cdi.example/cy/forces/northshire/2018-cdi/#recording-rates');
    expect(embedTexts(welsh).back).toBe('O Northshire Constabulary: Arolygiad cywirdeb data troseddu 2018, ar Adroddiadau cywirdeb data troseddu');
    expect(JSON.parse(oembedJson(welsh, siteUrl)).provider_name).toBe('Adroddiadau cywirdeb data troseddu');
  });

  it("place a force page's chart on the force page, and none for a force without one", () => {
    const northshire = site.forces.find((f) => f.id === 'northshire')!;
    expect(forcePlacedCharts(northshire).map((c) => [c.pagePath, c.pageTitle, c.spec.id])).toEqual([['/forces/northshire/', 'Northshire Constabulary', 'rate-over-time']]);
    expect(forcePlacedCharts(site.forces.find((f) => f.id === 'westvale')!)).toEqual([]);
  });
});

describe('embedHeight(chart)', () => {
  it('leaves room for the whole drawing and for text that wraps more as it grows', () => {
    expect(embedHeight(chart)).toBeGreaterThan(chart.spec.image.height);
    const wordier = { ...chart, spec: { ...chart.spec, summary: `${chart.spec.summary} ${chart.spec.summary}` } };
    expect(embedHeight(wordier)).toBeGreaterThan(embedHeight(chart));
  });
});

describe('iframeCode(chart, site) and oembedJson(chart, site)', () => {
  it('gives a full-width frame with a title naming the force and inspection and the height that fits, escaped, then the optional resizer', () => {
    const quoted = { ...chart, spec: { ...chart.spec, heading: 'Rates "and" <intervals>' } };
    const code = iframeCode(quoted, siteUrl);
    expect(code).toBe(
      `<iframe src="https://cdi.example/embed/forces/northshire/2018-cdi/recording-rates/" title="${chart.pageTitle}: Rates &quot;and&quot; &lt;intervals&gt;" width="100%" height="${embedHeight(quoted)}" style="border:0;max-width:100%" loading="lazy"></iframe>` +
        '<script src="https://cdi.example/scripts/embed-resize.js" async></script>',
    );
    expect(chart.pageTitle).toContain('Northshire');
  });

  it('answers oEmbed as a rich type with that frame, its size, the title, provider and author', () => {
    expect(JSON.parse(oembedJson(chart, siteUrl))).toEqual({
      version: '1.0',
      type: 'rich',
      title: `${chart.pageTitle}: ${chart.spec.heading}`,
      html: iframeCode(chart, siteUrl),
      width: 640,
      height: embedHeight(chart),
      provider_name: 'Crime data integrity reports',
      provider_url: 'https://cdi.example/',
      author_name: 'HMICFRS',
      author_url: report.sourceUrl,
      cache_age: 86400,
    });
  });
});
