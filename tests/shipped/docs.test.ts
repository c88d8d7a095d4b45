import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

// What README.md and docs/architecture.md say about the shipped data, checked against the files, so that it cannot go stale.
const root = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const inspections = Papa.parse<Record<string, string>>(read('data/inspections.csv'), { header: true, skipEmptyLines: true }).data;

describe('the docs about the shipped data', () => {
  it('README.md gives the number of inspections, the years they span and the number of narratives as the files have them', () => {
    const said = /figures of (\d+) real inspections \((\d{4})–(\d{4})\)[^.]*narrative written\s+for this project for (\d+) of them/.exec(read('README.md'));
    expect(said, 'README.md names the counts').not.toBeNull();
    const years = inspections.map((row) => Number(row.published?.slice(0, 4))).filter(Boolean);
    const narratives = readdirSync(join(root, 'content/reports'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md') && !file.endsWith('.cy.md'));
    expect(said?.slice(1).map(Number)).toEqual([inspections.length, Math.min(...years), Math.max(...years), narratives.length]);
  });

  it('docs/architecture.md quotes the findings row it follows as data/findings.csv has it, up to where it shortens it', () => {
    const walk = read('docs/architecture.md');
    const key = /^## 1\. The input: `data\/findings\.csv`, the row `([^`]+)`$/m.exec(walk)?.[1];
    expect(key).toBe('metropolitan,2018-cdi,violence');
    const quoted = /```csv\n(.+)\n```/.exec(walk)?.[1] ?? '';
    expect(quoted.startsWith(`${key},`)).toBe(true);
    const row = read('data/findings.csv').split('\n').find((line) => line.startsWith(`${key},`));
    expect(row?.startsWith(quoted.slice(0, quoted.indexOf('…')))).toBe(true);
  });
});
