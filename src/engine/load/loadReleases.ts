import { existsSync } from 'node:fs';
import Papa from 'papaparse';
import { error, releaseFiles, snapshotFolder, type Problem } from '../vocabulary.ts';
import type { CsvTable } from './tableFromRecords.ts';
import { readCsv } from './readCsv.ts';
import { readText } from './readText.ts';

/** One row of a release snapshot's CSV, by column name, as written in the file ("" is not published). */
export type Cells = Record<string, string>;

/** What a release published: the rows of its figures.csv and inspections.csv, as written. */
export interface Snapshot {
  figures: Cells[];
  inspections: Cells[];
}

/** A release's snapshot with its narratives.json as parsed, unchecked; null where the release kept no narrative text. */
export interface RawSnapshot extends Snapshot {
  narratives: unknown;
}

export interface RawReleases {
  /** data/releases.csv, or null where the project has made no release. */
  list: CsvTable | null;
  /** Each listed release's snapshot, by the version its row names; a row whose snapshot is missing has none. */
  snapshots: Map<string, RawSnapshot>;
}

/** Reads data/releases.csv and the snapshot of each release it lists. A missing snapshot is an error on its row. */
export function loadReleases(root: string): { releases: RawReleases; problems: Problem[] } {
  const problems: Problem[] = [];
  const snapshots = new Map<string, RawSnapshot>();
  if (!existsSync(`${root}/${releaseFiles.list}`)) return { releases: { list: null, snapshots }, problems };
  const list = readCsv(root, releaseFiles.list, releaseFiles.columns, problems);
  for (const row of list.rows) {
    const version = row.cells.version ?? '';
    const folder = snapshotFolder(version);
    // One error for the row, naming the first file its snapshot lacks.
    const missing = releaseFiles.snapshots.find((file) => !existsSync(`${root}/${folder}/${file}`));
    if (missing) {
      problems.push(error(releaseFiles.list, `release ${version} has no ${folder}/${missing}: run npm run release to make a release`, { line: row.line }));
      continue;
    }
    const read = (file: string): Cells[] | null => {
      const text = readText(root, `${folder}/${file}`);
      if ('problem' in text) {
        problems.push(text.problem);
        return null;
      }
      const parsed = Papa.parse<Cells>(text.text, { header: true, skipEmptyLines: true, delimiter: ',' });
      const first = parsed.errors[0];
      if (first) problems.push(error(`${folder}/${file}`, first.message, { line: (first.row ?? 0) + 2 }));
      return parsed.data;
    };
    const [figures, inspections] = releaseFiles.snapshots.map(read);
    const narratives = readNarratives(root, `${folder}/${releaseFiles.narratives}`, problems);
    if (figures && inspections && narratives !== undefined) snapshots.set(version, { figures, inspections, narratives });
  }
  return { releases: { list, snapshots }, problems };
}

/**
 * A snapshot's narratives.json, parsed but not checked (validate does that): null where the release kept no
 * narrative text (releases made before it was kept), undefined after a syntax error, which is a problem.
 */
function readNarratives(root: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(`${root}/${file}`)) return null;
  const text = readText(root, file);
  if ('problem' in text) {
    problems.push(text.problem);
    return undefined;
  }
  try {
    return JSON.parse(text.text) as unknown;
  } catch (thrown) {
    // Node names the line and column of a JSON syntax error in its message: "… (line 3 column 5)".
    const message = (thrown as Error).message;
    const at = /\(line (\d+) column (\d+)\)/.exec(message);
    problems.push(error(file, message.replace(/\s*\(line \d+ column \d+\)/, ''), at ? { line: Number(at[1]), column: Number(at[2]) } : {}));
    return undefined;
  }
}
