import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReleases } from '../load/loadReleases.ts';
import { formatProblem } from '../vocabulary.ts';
import { releaseProblems, validateReleases } from './validateReleases.ts';

/** The releases under `root` as the pipeline reads them (load, then validate), with every problem formatted. */
const readReleases = (root: string) => {
  const loaded = loadReleases(root);
  const validated = validateReleases(loaded.releases);
  return { releases: validated.releases, problems: [...loaded.problems, ...validated.problems].map(formatProblem) };
};

const first = { version: '1.0.0', date: '2026-01-10', notes: '' };

describe('releaseProblems(release, earlier)', () => {
  it('accepts a first release and one that comes after the last', () => {
    expect(releaseProblems(first, [])).toEqual([]);
    expect(releaseProblems({ version: '1.0.1', date: '2026-01-10', notes: '' }, [first])).toEqual([]);
  });

  it('refuses a version that is not major.minor.patch, or not after the last', () => {
    expect(releaseProblems({ ...first, version: 'v2' }, [])).toEqual(['version: expected a version such as "1.2.0", got "v2"']);
    expect(releaseProblems({ ...first, version: '0.9.10', date: '2026-02-01' }, [first])).toEqual([
      'version: 0.9.10 must come after the previous release, 1.0.0',
    ]);
  });

  it('refuses a date that is not a date, or before the last release', () => {
    expect(releaseProblems({ ...first, date: '10/01/2026' }, [])).toEqual(['date: expected a date as YYYY-MM-DD, got "10/01/2026"']);
    expect(releaseProblems({ ...first, version: '1.1.0', date: '2026-01-09' }, [first])).toEqual([
      "date: 2026-01-09 is before the previous release's date, 2026-01-10",
    ]);
  });
});

describe('loadReleases(root) and validateReleases(raw)', () => {
  const roots: string[] = [];
  const root = (releases: string | null, snapshots: string[] = []): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cdi-release-files-'));
    roots.push(dir);
    mkdirSync(join(dir, 'data'));
    if (releases !== null) writeFileSync(join(dir, 'data/releases.csv'), releases);
    for (const version of snapshots) {
      mkdirSync(join(dir, 'data/releases', version), { recursive: true });
      writeFileSync(join(dir, 'data/releases', version, 'figures.csv'), 'force_id,measure\nnorth,overall\n');
      writeFileSync(join(dir, 'data/releases', version, 'inspections.csv'), 'force_id\nnorth\n');
    }
    return dir;
  };
  afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('has no release without data/releases.csv', () => {
    expect(readReleases(root(null))).toEqual({ releases: [], problems: [] });
  });

  it('reads each release with its snapshot, oldest first', () => {
    const { releases, problems } = readReleases(root('version,date,notes\n1.0.0,2026-01-10,First.\n1.1.0,2026-02-01,\n', ['1.0.0', '1.1.0']));
    expect(problems).toEqual([]);
    expect(releases.map((r) => [r.version, r.date, r.notes, r.snapshot.figures])).toEqual([
      ['1.0.0', '2026-01-10', 'First.', [{ force_id: 'north', measure: 'overall' }]],
      ['1.1.0', '2026-02-01', '', [{ force_id: 'north', measure: 'overall' }]],
    ]);
  });

  it('names the file and line of a release without its snapshot, or out of order, once each', () => {
    expect(readReleases(root('version,date,notes\n1.0.0,2026-01-10,\n1.1.0,2026-02-01,\n', ['1.0.0'])).problems).toEqual([
      'data/releases.csv:3:1: error: release 1.1.0 has no data/releases/1.1.0/figures.csv: run npm run release to make a release',
    ]);
    expect(readReleases(root('version,date,notes\n1.1.0,2026-01-10,\n1.0.0,2026-02-01,\n', ['1.0.0', '1.1.0'])).problems).toEqual([
      'data/releases.csv:3:1: error: version: 1.0.0 must come after the previous release, 1.1.0',
    ]);
    expect(readReleases(root('version,date\n1.0.0,2026-01-10\n')).problems).toEqual([
      'data/releases.csv:1:1: error: missing column "notes"; expected columns: version,date,notes',
    ]);
  });

  const withNarratives = (text: string) => {
    const dir = root('version,date,notes\n1.0.0,2026-01-10,\n', ['1.0.0']);
    writeFileSync(join(dir, 'data/releases/1.0.0/narratives.json'), text);
    return readReleases(dir);
  };
  const narrative = { headline: 'The force records most crime.', summary: ['A point.'], strengths: [], areas_for_improvement: null, causes_of_concern: null, corrections: [], body: ['## Conclusion', '', 'Done.'] };

  it('reads a release’s narratives.json, and has null for a release made before narratives were kept', () => {
    const { releases, problems } = withNarratives(JSON.stringify({ 'north/2016-cdi': narrative }));
    expect(problems).toEqual([]);
    expect(releases[0]?.narratives).toEqual({ 'north/2016-cdi': { ...narrative, body: '## Conclusion\n\nDone.' } });
    expect(readReleases(root('version,date,notes\n1.0.0,2026-01-10,\n', ['1.0.0'])).releases[0]?.narratives).toBeNull();
  });

  it('gives one error for a narratives.json that is not JSON, at its line and column, or not narratives, naming the place', () => {
    expect(withNarratives('{\n  "north/2016-cdi": {,\n}').problems).toEqual([
      expect.stringMatching(/^data\/releases\/1\.0\.0\/narratives\.json:2:22: error: /),
    ]);
    expect(withNarratives(JSON.stringify({ 'north/2016-cdi': { ...narrative, summary: ['A point.', 3] } })).problems).toEqual([
      'data/releases/1.0.0/narratives.json: error: summary point 2 of north/2016-cdi: expected text',
    ]);
    expect(withNarratives(JSON.stringify({ north: narrative })).problems).toEqual([
      'data/releases/1.0.0/narratives.json: error: "north": expected an inspection as "<force>/<slug>"',
    ]);
  });
});
