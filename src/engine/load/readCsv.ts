import { existsSync } from 'node:fs';
import { error, type Problem } from '../vocabulary.ts';
import { parseCsv } from './parseCsv.ts';
import type { CsvTable } from './tableFromRecords.ts';
import { readText } from './readText.ts';

/** Reads and parses one CSV input; its problems go into `problems`, and an unreadable file gives an empty table. */
export function readCsv(root: string, file: string, columns: readonly string[], problems: Problem[], optional: readonly string[] = []): CsvTable {
  if (!existsSync(`${root}/${file}`)) {
    problems.push(error(file, 'the file is missing'));
    return { file, columns: [], rows: [] };
  }
  const read = readText(root, file);
  if ('problem' in read) {
    problems.push(read.problem);
    return { file, columns: [], rows: [] };
  }
  const parsed = parseCsv(read.text, file, columns, optional);
  problems.push(...parsed.problems);
  return parsed.table;
}
