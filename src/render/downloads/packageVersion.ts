import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The version in package.json: names the build in downloads. */
export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(`${process.cwd()}/package.json`, 'utf8')) as { version: string }).version;
  return cached;
}
