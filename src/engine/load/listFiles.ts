import { existsSync, readdirSync } from 'node:fs';

/** Files under `root`/`dir` as root-relative paths, sorted, so that output never depends on the file system's order. */
export function listFiles(root: string, dir: string): string[] {
  if (!existsSync(`${root}/${dir}`)) return [];
  return readdirSync(`${root}/${dir}`, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => `${entry.parentPath.slice(root.length + 1)}/${entry.name}`.replaceAll('\\', '/'))
    .sort();
}
