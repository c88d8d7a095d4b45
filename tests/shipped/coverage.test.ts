import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectionCycle } from '../../src/engine/compute/inspectionCycle.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { textFragment } from '../../src/render/textFragment.ts';
import type { Kind } from '../../src/engine/vocabulary.ts';
import { buildSite, builtPage } from './builtSite.ts';

const root = join(import.meta.dirname, '..', '..');
const { site } = runPipeline(root);
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(join(root, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const log = csv('data/research-log.csv');
const inspections = csv('data/inspections.csv');
const findings = csv('data/findings.csv');

describe('the research log (data/research-log.csv)', () => {
  it('leaves no cell of the coverage matrix unaccounted for: each is held, has none to look for, or has at least four distinct queries', () => {
    const open = site!.coverage.rows.flatMap((row) =>
      row.cells.filter((cell) => !(cell.state === 'held' || cell.state === 'not-applicable' || (cell.state === 'searched' && cell.queries >= 4))).map((cell) => `${cell.anchor} (${cell.state}, ${cell.queries} queries)`),
    );
    expect(open).toEqual([]);
  });

  it('names every source address in data/ with the query that found it', () => {
    const logged = new Set(log.filter((q) => q.outcome === 'found').map((q) => q.address));
    const sources = new Set([...inspections.map((i) => i.source_url), ...findings.map((f) => f.source)]);
    expect([...sources].filter((address) => !logged.has(address))).toEqual([]);
  });

  it('gives each figure with a printed form a source link that lands on that form, which is a figure as printed and never a sentence', () => {
    const printed = new Set(log.flatMap((q) => (q.printed ? q.printed.split(' | ').map((part) => `${q.force} ${q.address} ${part.slice(part.indexOf(': ') + 2)}`) : [])));
    const withText = site!.reports.flatMap((report) => report.figures.filter((f) => f.sourceText).map((f) => ({ report, figure: f })));
    for (const { report, figure } of withText) {
      expect(printed.has(`${report.force.id} ${figure.source} ${figure.sourceText}`), `${report.key} ${figure.measure}`).toBe(true);
      expect(figure.sourceText!.split(/\s+/).length, `${report.key} ${figure.measure}: "${figure.sourceText}"`).toBeLessThanOrEqual(6);
    }
  });
});

describe('the coverage page', () => {
  beforeAll(buildSite, 300_000);

  it('shows every inspection in data/inspections.csv in its force’s row, in the column of its cycle', () => {
    const page = builtPage('/coverage/');
    const columns = [...page.querySelectorAll('table.coverage thead th')].map((th) => th.textContent?.trim());
    const rows = new Map([...page.querySelectorAll('table.coverage tbody tr')].map((tr) => [tr.querySelector('th a')?.getAttribute('href'), [...tr.querySelectorAll('td')]]));
    const missing = inspections.flatMap((i) => {
      const cycle = inspectionCycle({ kind: i.kind as Kind, slug: i.slug! });
      if (!cycle) return [];
      const label = site!.coverage.cycles.find((c) => c.id === cycle)!.label;
      const cell = rows.get(`/forces/${i.force}/`)?.[columns.indexOf(label) - 1];
      return cell?.querySelector(`a[href="/forces/${i.force}/${i.slug}/"]`) ? [] : [`${i.force}/${i.slug}`];
    });
    expect(rows.size).toBe(site!.forces.length);
    expect(missing).toEqual([]);
  });

  it('links each cell searched in vain to its queries on the searches page', () => {
    const page = builtPage('/coverage/');
    const searches = builtPage('/coverage/searches/');
    const links = [...page.querySelectorAll('table.coverage a[href^="/coverage/searches/#"]')].map((a) => a.getAttribute('href')!.split('#')[1]!);
    expect(links.length).toBe(site!.coverage.counts.reduce((sum, c) => sum + c.searched, 0));
    expect(links.filter((id) => searches.getElementById(id)?.querySelectorAll('li').length === 0 || !searches.getElementById(id))).toEqual([]);
  });

  it('is linked from the home page, the overview and the data page', () => {
    for (const path of ['/', '/overview/', '/data/']) expect(builtPage(path).querySelector('a[href="/coverage/"]'), path).not.toBeNull();
  });

  it('puts a figure’s printed form in its source link on the report page', () => {
    const withText = site!.reports.flatMap((report) => report.figures.filter((f) => f.sourceText).map((f) => ({ report, figure: f })));
    for (const { report, figure } of withText.slice(0, 20)) {
      const page = builtPage(report.url);
      const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, `${report.key} ${figure.measure}`).toContain(textFragment(figure.source, figure.sourceText!));
    }
  });
});
