import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.ts';
import type { Site } from '../../src/engine/compute/model.ts';
import { releaseName } from '../../src/render/phrases.ts';
import { dataErrors, profileErrors } from '../newsroom/checkDataPackage.ts';
import { builtFile, builtPage, outDir, pngSignature, pngSize } from './builtSite.ts';
import { reportCharts } from '../../src/render/charts/index.ts';
import { expectPlotted, readStrictCsv } from '../newsroom/plainCsv.ts';

const siteUrl = 'https://cdi-reports.example.org';
let site: Site;

beforeAll(() => {
  site = runPipeline(process.cwd()).site as Site;
});

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The charts of a built report page, each with the table the page shows under it. */
const parsedPages = new Map<string, Document>();
const page = (url: string): Document => parsedPages.get(url) ?? parsedPages.set(url, builtPage(url)).get(url)!;

function pageCharts(url: string): { id: string; heading: string; columns: string[]; rows: string[][] }[] {
  return [...page(url).querySelectorAll('figure.chart[id]')].map((figure) => ({
    id: figure.id,
    heading: text(figure.querySelector('h3')),
    columns: [...figure.querySelectorAll('table thead th')].map(text),
    rows: [...figure.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(text)),
  }));
}

describe('per-chart downloads', () => {
  it('every report page has charts with downloads (the test below would otherwise pass on nothing)', () => {
    expect(pageCharts('/forces/metropolitan/2018-cdi/').length).toBeGreaterThanOrEqual(4);
  });

  it("opens each chart's CSV with papaparse and a strict reader: the header first, every row as wide, the values the chart plots", () => {
    let checked = 0;
    for (const report of site.reports) {
      const specs = reportCharts(report);
      expect(specs.map((spec) => spec.id), report.url).toEqual(pageCharts(report.url).map((chart) => chart.id));
      for (const spec of specs) {
        const file = `${report.url}${spec.id}.csv`;
        const csv = builtFile(file).toString('utf8');
        const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
        expect(parsed.errors, file).toEqual([]);
        expect(readStrictCsv(csv), file).toEqual(parsed.data);
        const [header, ...rows] = parsed.data;
        expect(header, file).toEqual(spec.data.columns.map((column) => column.name));
        expect(rows.length, file).toBe(spec.data.rows.length);
        rows.forEach((row, i) => expectPlotted(row, spec.data.rows[i]!, `${file} row ${i + 2}`));
        checked++;
      }
    }
    // Reports with no figures (a PEEL result known only by its grade) have no charts; those with charts have several.
    expect(checked).toBeGreaterThan(site.reports.filter((report) => reportCharts(report).length > 0).length);
  }, 120_000);

  it('plots in the CSV the figures of the report: the Met 2018 rates and intervals', () => {
    const csv = Papa.parse<Record<string, string>>(builtFile('/forces/metropolitan/2018-cdi/recording-rates.csv').toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(csv[0]).toEqual({ crime_group: 'All crime', measure: 'overall', rate_pct: '89.5', ci_low_pct: '87.86', ci_high_pct: '91.14', ci_half_width_pct: '1.64' });
    expect(csv.find((row) => row.measure === 'violence')).toMatchObject({ rate_pct: '87.6', ci_low_pct: '84.78', ci_high_pct: '90.42' });
  });

  it("starts each chart's CSV with a byte-order mark, as the data page says", () => {
    expect([...builtFile('/forces/metropolitan/2018-cdi/recording-rates.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(builtPage('/data/').querySelector('#chart-downloads + p + ul'))).toContain('UTF-8 with a byte-order mark');
  });

  it("gives each chart's provenance in a JSON sidecar linked beside its CSV, with the page's citation and the source named once", () => {
    const page = builtPage('/forces/metropolitan/2018-cdi/');
    const sidecar = JSON.parse(builtFile('/forces/metropolitan/2018-cdi/recording-rates.json').toString('utf8')) as Record<string, unknown>;
    expect(sidecar).toMatchObject({
      title: 'Crimes recorded correctly, by crime group',
      csv: 'recording-rates.csv',
      force: 'Metropolitan Police Service',
      inspection: 'Crime data integrity inspection 2018 (First inspection)',
      published: '2018-07-17',
      audit_period: '1 July 2017 to 31 December 2017',
      status: 'as published and computed from counts',
      source: { url: 'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/metropolitan-police-service-crime-data-integrity-inspection-2018/' },
      url: `${siteUrl}/forces/metropolitan/2018-cdi/#recording-rates`,
    });
    expect(sidecar.citation).toBe(text(page.querySelector('figure.chart[id="recording-rates"] details.cite p')));
    expect(sidecar.sample_sizes).toContainEqual({ measure: 'violence', label: 'Violence against the person', sample_size: 524 });
    expect(sidecar.version).toMatch(/^cdi-reports \d+\.\d+\.\d+, data published up to \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(JSON.stringify(sidecar)).not.toContain('Source: Source:');
    for (const chart of pageCharts('/forces/metropolitan/2018-cdi/')) expect(() => JSON.parse(builtFile(`/forces/metropolitan/2018-cdi/${chart.id}.json`).toString('utf8'))).not.toThrow();
  });

  it('gives each chart a standalone SVG with the SVG namespace, the heading as its title, and its source', () => {
    for (const chart of pageCharts('/forces/metropolitan/2018-cdi/')) {
      const svgText = builtFile(`/forces/metropolitan/2018-cdi/${chart.id}.svg`).toString('utf8');
      const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
      expect(svg.tagName).toBe('svg');
      expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(text(svg.querySelector('title'))).toBe(chart.heading);
      expect(svgText).toContain('Source: HMICFRS, Metropolitan Police Service');
      expect(svgText).toContain(`${siteUrl}/forces/metropolitan/2018-cdi/#${chart.id}`);
    }
  });

  // The PNG itself is drawn in the reader's browser: tests/e2e/chartPng.test.ts.
  it('links every chart to its CSV, its sidecar and SVG beside the page, and to the page that draws its PNG', () => {
    const page = builtPage('/forces/metropolitan/2018-cdi/');
    for (const chart of pageCharts('/forces/metropolitan/2018-cdi/')) {
      const links = [...page.querySelectorAll(`figure.chart[id="${chart.id}"] .downloads a`)].map((a) => a.getAttribute('href'));
      expect(links).toEqual([`${chart.id}.csv`, `${chart.id}.json`, `${chart.id}.svg`, `/chart-png/?chart=forces/metropolitan/2018-cdi/${chart.id}`]);
    }
  });
});

describe('embeds', () => {
  const chartPages = () => [...site.reports.map((report) => report.url), '/overview/'];
  const iframeOf = (html: string) => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').querySelector('iframe');

  it('gives every chart of the report pages and the overview an embed page, linked from the chart with its iframe code', () => {
    let checked = 0;
    for (const path of chartPages()) {
      const figures = [...page(path).querySelectorAll('figure.chart[id]')];
      for (const figure of figures) {
        const embed = `/embed${path}${figure.id}/`;
        expect(figure.querySelector(`.embed-code a[href="${embed}"]`), `${path}#${figure.id}`).not.toBeNull();
        const embedPage = builtPage(embed);
        // The embed's title names the page the chart is on (the force and inspection, or the overview) before the chart's heading.
        expect(text(embedPage.querySelector('h1')), embed).toMatch(new RegExp(`: ${text(figure.querySelector('h3')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        const iframe = iframeOf(text(figure.querySelector('.embed-code code')));
        expect(iframe?.getAttribute('src'), embed).toBe(`${siteUrl}${embed}`);
        expect(iframe?.getAttribute('title'), embed).toBe(text(embedPage.querySelector('h1')));
        expect(Number(iframe?.getAttribute('height')), embed).toBeGreaterThan(Number(/viewBox="0 0 \d+ (\d+)"/.exec(embedPage.querySelector('svg')?.outerHTML ?? '')?.[1]));
        checked++;
      }
    }
    // Reports with no figures (a PEEL result known only by its grade) have no charts; those with charts have several.
    expect(checked).toBeGreaterThan(site.reports.filter((report) => reportCharts(report).length > 0).length);
  }, 120_000);

  it("advertises on each report page an oEmbed file per chart that parses and points at that chart's embed page", () => {
    for (const report of site.reports) {
      const links = [...page(report.url).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((link) => link.getAttribute('href') ?? '');
      const charts = pageCharts(report.url);
      const ids = charts.map((chart) => chart.id);
      expect(links, report.url).toEqual(ids.map((id) => `${siteUrl}/embed${report.url}${id}/oembed.json`));
      for (const [i, href] of links.entries()) {
        const oembed = JSON.parse(builtFile(href.slice(siteUrl.length)).toString('utf8')) as Record<string, unknown>;
        expect(oembed, href).toMatchObject({ version: '1.0', type: 'rich', title: expect.stringContaining(`: ${charts[i]?.heading}`), provider_name: expect.any(String), provider_url: `${siteUrl}/`, author_name: 'HMICFRS' });
        const iframe = iframeOf(String(oembed.html));
        expect(iframe?.getAttribute('src'), href).toBe(`${siteUrl}/embed${report.url}${ids[i]}/`);
        expect(oembed.height, href).toBe(Number(iframe?.getAttribute('height')));
        expect(oembed.width, href).toBeGreaterThan(0);
      }
    }
  }, 120_000);

  it('makes the embed page a framable page without JavaScript whose canonical address is the chart on its report', () => {
    const embed = builtPage('/embed/forces/metropolitan/2018-cdi/recording-rates/');
    expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteUrl}/forces/metropolitan/2018-cdi/#recording-rates`);
    expect(embed.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(`${siteUrl}/embed/forces/metropolitan/2018-cdi/recording-rates/oembed.json`);
    // Its one script only reports its height to the framing page (public/scripts/embed-height.js); the chart reads without it.
    expect([...embed.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual(['/scripts/embed-height.js']);
    const policy = embed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('frame-ancestors');
    expect(text(embed.querySelector('p'))).toMatch(/^The force recorded 89.5% of reported crimes/);
    const links = [...embed.querySelectorAll('a[href]')];
    expect(links.map((a) => a.getAttribute('href'))).toContain(`${siteUrl}/forces/metropolitan/2018-cdi/#recording-rates`);
    for (const a of links) expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
    expect(text(embed.querySelector('figcaption'))).toMatch(/^Source: HMICFRS, Metropolitan Police Service/);
  });
});

describe('cite this figure', () => {
  it('gives the Met overall figure with its force, inspection, publisher, date, source and anchor', () => {
    const page = builtPage('/forces/metropolitan/2018-cdi/');
    // The Met figures are unchanged since the latest release, so their citation names it.
    const latest = site.releases.releases[0];
    expect(latest).toBeDefined();
    expect(text(page.querySelector('#key-figure-overall details.cite p'))).toBe(
      'Metropolitan Police Service: 89.5% (±1.64) of reported crimes were recorded. ' +
        'HMICFRS, Metropolitan Police Service: Crime data integrity inspection 2018, published 17 July 2018. ' +
        'HMICFRS: https://www.justiceinspectorates.gov.uk/hmicfrs/publications/metropolitan-police-service-crime-data-integrity-inspection-2018/ (figure as published). ' +
        `Cited from https://cdi-reports.example.org/forces/metropolitan/2018-cdi/#figure-overall (${releaseName(latest ?? null)})`,
    );
  });

  it('points at an anchor that exists on the page, once', () => {
    const page = builtPage('/forces/metropolitan/2018-cdi/');
    for (const cite of page.querySelectorAll('details.cite p')) {
      const anchor = /#([\w-]+) \(/.exec(text(cite))?.[1] ?? '';
      expect(page.querySelectorAll(`[id="${anchor}"]`).length, anchor).toBe(1);
    }
  });
});

describe('the whole dataset', () => {
  it('is described by a data package that passes the profile and whose files read cleanly, foreign keys included', async () => {
    const descriptor = JSON.parse(builtFile('/data/datapackage.json').toString('utf8')) as object;
    expect(profileErrors(descriptor)).toEqual([]);
    expect(await dataErrors(descriptor, join(outDir, 'data'))).toEqual([]);
  });

  const findingsRows = () => Papa.parse<Record<string, string>>(builtFile('/data/input/findings.csv').toString('utf8'), { header: true, skipEmptyLines: true }).data;
  const figuresCsv = () => Papa.parse<Record<string, string>>(builtFile('/data/figures.csv').toString('utf8'), { header: true, skipEmptyLines: true });

  it('has one row of figures.csv per row of the findings input', () => {
    const { data, errors } = figuresCsv();
    expect(errors).toEqual([]);
    expect(data.length).toBe(findingsRows().length);
    expect(new Set(data.map((row) => `${row.force_id}/${row.inspection_slug}/${row.measure}`))).toEqual(
      new Set(findingsRows().map((row) => `${row.force}/${row.slug}/${row.measure}`)),
    );
  });

  it("gives the Met rows the model's values", () => {
    const met = site.reports.find((report) => report.key === 'metropolitan/2018-cdi');
    const rows = figuresCsv().data.filter((row) => row.force_id === 'metropolitan' && row.inspection_slug === '2018-cdi');
    expect(rows.map((row) => row.measure)).toEqual(met?.figures.map((figure) => figure.measure));
    const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);
    for (const figure of met?.figures ?? []) {
      const row = rows.find((r) => r.measure === figure.measure) as Record<string, string>;
      expect(row.numerator).toBe(String(cell(figure.numerator)));
      expect(row.denominator).toBe(String(cell(figure.denominator)));
      expect(row.rate_text).toBe(figure.rate?.text ?? '');
      if (figure.rate) expect(Number(row.rate_pct)).toBeCloseTo(figure.rate.value, 9);
      else expect(row.rate_pct).toBe('');
      if (figure.interval) {
        expect(Number(row.ci_half_width_pct)).toBeCloseTo(figure.interval.halfWidth, 9);
        expect(Number(row.interval_low_pct)).toBeCloseTo(figure.interval.low, 9);
        expect(Number(row.interval_high_pct)).toBeCloseTo(figure.interval.high, 9);
      } else expect(row.interval_low_pct).toBe('');
      expect(row.unrecorded_over).toBe(String(cell(figure.unrecorded?.over)));
      expect(row.source_url).toBe(figure.source);
      expect(row.note).toBe(figure.note ?? '');
      expect(row.page_url).toBe(`${siteUrl}/forces/metropolitan/2018-cdi/#figure-${figure.measure}`);
    }
    expect(rows.find((row) => row.measure === 'overall')).toMatchObject({ rate_pct: '89.5', ci_half_width_pct: '1.64', interval_low_pct: '87.86', interval_high_pct: '91.14', unrecorded_over: '94500', rate_status: 'as published' });
  });

  it('gives the same records in figures.json, with inspections and their grades', () => {
    const json = JSON.parse(builtFile('/data/figures.json').toString('utf8')) as { figures: Record<string, unknown>[]; inspections: Record<string, unknown>[] };
    expect(json.figures.length).toBe(figuresCsv().data.length);
    expect(json.inspections.length).toBe(site.reports.length);
    expect(json.inspections.find((i) => i.force_id === 'metropolitan' && i.inspection_slug === '2018-cdi')).toMatchObject({ overall_grade: 'good', q3_grade: 'outstanding', published: '2018-07-17' });
    expect(json.figures.find((f) => f.force_id === 'metropolitan' && f.measure === 'overall')).toMatchObject({ rate_pct: 89.5, numerator: null });
  });

  it('lists inspections with their grades in inspections.csv', () => {
    const { data } = Papa.parse<Record<string, string>>(builtFile('/data/inspections.csv').toString('utf8'), { header: true, skipEmptyLines: true });
    expect(data.length).toBe(site.reports.length);
    expect(data.find((row) => row.force_id === 'metropolitan')).toMatchObject({ overall_grade: 'good', q1_grade: 'good' });
  });

  it('describes every column of the downloads on the data dictionary page', () => {
    const page = builtPage('/data/');
    const described = [...page.querySelectorAll('table tbody th code')].map(text);
    for (const column of Object.keys(figuresCsv().data[0] ?? {})) expect(described).toContain(column);
    for (const href of ['/data/figures.csv', '/data/figures.json', '/data/inspections.csv', '/data/input/findings.csv']) {
      expect(page.querySelector(`a[href="${href}"]`), href).not.toBeNull();
    }
  });
});

describe('metadata', () => {
  const content = (page: Document, selector: string) => page.querySelector(selector)?.getAttribute('content') ?? null;

  it('gives a report page a canonical URL, Open Graph and citation tags, with absolute URLs', () => {
    const page = builtPage('/forces/metropolitan/2018-cdi/');
    const url = `${siteUrl}/forces/metropolitan/2018-cdi/`;
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(content(page, 'meta[name="description"]')).toContain('89.5%');
    expect(content(page, 'meta[property="og:url"]')).toBe(url);
    expect(content(page, 'meta[property="og:type"]')).toBe('article');
    expect(content(page, 'meta[property="og:title"]')).toBe('Metropolitan Police Service: Crime data integrity inspection 2018');
    expect(content(page, 'meta[property="og:description"]')).toBe(content(page, 'meta[name="description"]'));
    expect(content(page, 'meta[property="og:image"]')).toBe(`${url}card.png`);
    expect(content(page, 'meta[name="citation_title"]')).toBe('Metropolitan Police Service: Crime data integrity inspection 2018');
    expect(content(page, 'meta[name="citation_author"]')).toBe('HMICFRS');
    expect(content(page, 'meta[name="citation_publication_date"]')).toBe('2018/07/17');
    expect(content(page, 'meta[name="citation_abstract_html_url"]')).toBe(url);
    expect(page.querySelector('meta[name="citation_pdf_url"]')).toBeNull();
  });

  it('makes a 1200×630 social card PNG for every report', () => {
    for (const report of site.reports) {
      const png = builtFile(`${report.url}card.png`);
      expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives other pages a title, a description and an absolute canonical URL', () => {
    const page = builtPage('/data/');
    expect(text(page.querySelector('title'))).toMatch(/^Data downloads/);
    expect(content(page, 'meta[name="description"]')).not.toBeNull();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteUrl}/data/`);
  });
});
