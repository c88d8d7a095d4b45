import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import type { Site } from '../../src/engine/compute/model.ts';

const siteDir = inject('siteDir');
const site = JSON.parse(readFileSync(`${inject('modelDir')}/site.json`, 'utf8')) as Site;
const origin = 'https://cdi-reports.example.org';
const xml = (file: string) => new DOMParser().parseFromString(readFileSync(join(siteDir, file), 'utf8'), 'text/xml') as unknown as Document;
const children = (parent: Element, name: string) => [...parent.children].filter((c) => c.localName === name);

describe('feed.xml', () => {
  const feed = xml('feed.xml').documentElement;

  it('is an Atom feed dated by the data, not the build', () => {
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(children(feed, 'updated')[0]?.textContent).toBe(`${site.national.updated!.date}T00:00:00Z`);
  });

  it('has one entry per published report, latest first, each with an id, title, updated date and link to its canonical URL', () => {
    const entries = children(feed, 'entry');
    const published = site.reports.filter((r) => r.published);
    expect(entries).toHaveLength(published.length);
    const dates = entries.map((e) => children(e, 'updated')[0]?.textContent ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of entries) {
      const id = children(entry, 'id')[0]?.textContent ?? '';
      expect(id.startsWith(`${origin}/forces/`)).toBe(true);
      expect(children(entry, 'title')[0]?.textContent).not.toBe('');
      expect(children(entry, 'updated')[0]?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(children(entry, 'link')[0]?.getAttribute('href')).toBe(id);
    }
  });
});

describe('sitemap.xml', () => {
  const urlset = xml('sitemap.xml').documentElement;
  const locs = [...urlset.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');

  it('is a urlset in the sitemap namespace', () => {
    expect(urlset.localName).toBe('urlset');
    expect(urlset.getAttribute('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('lists every page by absolute URL, and every URL is a built page', () => {
    expect(locs.length).toBeGreaterThan(site.reports.length + site.forces.length);
    for (const loc of locs) {
      expect(loc.startsWith(`${origin}/`), loc).toBe(true);
      expect(existsSync(join(siteDir, new URL(loc).pathname, 'index.html')), loc).toBe(true);
    }
    for (const path of ['/', '/overview/', '/methodology/', '/glossary/', '/search/', ...site.reports.map((r) => r.url)]) expect(locs).toContain(`${origin}${path}`);
  });
});

describe('robots.txt', () => {
  it('points to the sitemap', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});
