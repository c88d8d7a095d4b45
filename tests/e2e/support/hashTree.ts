import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** sha256 of every file under `dir`, keyed by its path relative to `dir` (sorted, `/`-separated). */
export function hashTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.replaceAll('\\', '/'))
    .sort();
  return new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}
