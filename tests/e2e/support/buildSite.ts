import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './projectRoot.ts';

/**
 * The one way the tests build a site: `scripts/build.ts` in a child process, exactly as `npm run build` does. The
 * shipped data is built once per run (shippedSite, from the vitest globalSetup) and shared by every test that reads
 * it; a test builds a site of its own (buildSite) only from other inputs (a fixture) or with other settings.
 */
export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the build into `outDir` (relative to the root), from `inputRoot` (default: the shipped data/ and content/),
 * with `args` on its command line (`--site`, `--base`, `--no-pdf`).
 */
export function buildSite(outDir: string, inputRoot?: string, args: readonly string[] = []): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  if (inputRoot) env.CDI_INPUT_ROOT = inputRoot;
  else delete env.CDI_INPUT_ROOT;
  // The address, base path and PDFs come from `args` alone, so that the tests do not depend on the caller's environment.
  delete env.CDI_SITE_URL;
  delete env.CDI_BASE_PATH;
  delete env.CDI_PDF;
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like buildSite, but a failed build throws with the build's own output. */
export function buildSiteOrThrow(outDir: string, inputRoot?: string, args: readonly string[] = []): BuildResult {
  const result = buildSite(outDir, inputRoot, args);
  if (result.status !== 0) throw new Error(`build into ${outDir} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  return result;
}

/** Where the build keeps the model of a site it built into `outDir` (scripts/build.ts). */
export const modelDirOf = (outDir: string): string => resolve(projectRoot, `.build/${outDir.replaceAll('/', '_')}-model`);

/** The folder of the shared build of the shipped data, relative to the root. */
export const shippedOutDir = '.build/test-shipped-site';

// Everything a build of the shipped data reads: its inputs, the code and assets that make the site, and the lockfile.
const buildInputs = ['data', 'content', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

/**
 * A key of everything that decides the shipped build: each input file's path and contents (tests and their
 * snapshots aside), the Node version and the browser setting that prints the PDFs.
 */
export function shippedBuildKey(): string {
  const hash = createHash('sha256').update(`node ${process.version}\nCHROMIUM_PATH ${process.env.CHROMIUM_PATH ?? ''}\n`);
  for (const file of buildInputs.flatMap(filesUnder).sort()) hash.update(`${file}\n`).update(readFileSync(join(projectRoot, file)));
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  const full = join(projectRoot, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((file) => join(path, file).replaceAll('\\', '/'))
    .filter((file) => !/\.test\.ts$|\/__snapshots__\//.test(file) && statSync(join(projectRoot, file)).isFile());
}

/** Each built file with its size and modification time: a build a test has changed since is not reused. */
function listing(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const stat = statSync(join(dir, file));
      return stat.isFile() ? `${file} ${stat.size} ${stat.mtimeMs}` : '';
    })
    .join('\n');
}

/**
 * The site built from the shipped data, with PDFs: built once and reused for as long as nothing it was built from
 * has changed (shippedBuildKey) and nothing in it has changed since; otherwise built again. Returns its absolute
 * folder and whether it was built now.
 */
export function shippedSite(): { siteDir: string; modelDir: string; built: boolean } {
  const siteDir = resolve(projectRoot, shippedOutDir);
  const stampFile = `${siteDir}.stamp.json`;
  const key = shippedBuildKey();
  const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { key: string; listing: string }) : null;
  const reusable = stamp?.key === key && existsSync(siteDir) && stamp.listing === listing(siteDir);
  if (!reusable) {
    rmSync(stampFile, { force: true });
    buildSiteOrThrow(shippedOutDir);
    writeFileSync(stampFile, JSON.stringify({ key, listing: listing(siteDir) }));
  }
  return { siteDir, modelDir: modelDirOf(shippedOutDir), built: !reusable };
}
