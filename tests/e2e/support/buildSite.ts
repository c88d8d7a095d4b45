import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env: buildEnv(outDir, inputRoot), encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like buildSite, without waiting for it: the test runner goes on (with the unit tests) while it builds. */
function buildSiteLater(outDir: string, inputRoot?: string, args: readonly string[] = []): Promise<BuildResult> {
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env: buildEnv(outDir, inputRoot) });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out.stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (out.stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

function buildEnv(outDir: string, inputRoot?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  if (inputRoot) env.CDI_INPUT_ROOT = inputRoot;
  else delete env.CDI_INPUT_ROOT;
  // The address, base path and PDFs come from `args` alone, so that the tests do not depend on the caller's environment.
  delete env.CDI_SITE_URL;
  delete env.CDI_BASE_PATH;
  delete env.CDI_PDF;
  return env;
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

/** Where the shared build of the shipped data says how it went, for the test files waiting for it (waitForShippedSite). */
export interface ShippedStatus {
  /** shippedBuildKey() of the inputs it is built from. */
  key: string;
  state: 'building' | 'done' | 'failed';
  /** The failed build's output. */
  output?: string;
}

export const shippedStatusFile = resolve(projectRoot, `${shippedOutDir}.status.json`);

/**
 * The site built from the shipped data, with PDFs: built once and reused for as long as nothing it was built from
 * has changed (shippedBuildKey) and nothing in it has changed since; otherwise built again, in the background. Returns
 * its absolute folder and key at once, and `ready`, which settles when the site is there (whether it was built now);
 * shippedStatusFile says the same to the test files (waitForShippedSite).
 */
export function shippedSite(): { siteDir: string; modelDir: string; key: string; ready: Promise<{ built: boolean }> } {
  const siteDir = resolve(projectRoot, shippedOutDir);
  const stampFile = `${siteDir}.stamp.json`;
  const key = shippedBuildKey();
  // A fresh clone has no .build/ until something is built into it.
  mkdirSync(dirname(shippedStatusFile), { recursive: true });
  // Written whole under another name and renamed, so that a test file never reads half of it.
  const status = (state: ShippedStatus['state'], output?: string) => {
    writeFileSync(`${shippedStatusFile}.${process.pid}.partial`, JSON.stringify({ key, state, output } satisfies ShippedStatus));
    renameSync(`${shippedStatusFile}.${process.pid}.partial`, shippedStatusFile);
  };
  const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { key: string; listing: string }) : null;
  const reusable = stamp?.key === key && existsSync(siteDir) && stamp.listing === listing(siteDir);
  const result = { siteDir, modelDir: modelDirOf(shippedOutDir), key };
  if (reusable) {
    status('done');
    return { ...result, ready: Promise.resolve({ built: false }) };
  }
  rmSync(stampFile, { force: true });
  status('building');
  const ready = buildSiteLater(shippedOutDir).then((run) => {
    if (run.status !== 0) {
      const output = `build into ${shippedOutDir} failed (exit ${run.status}):\n${run.stderr}${run.stdout}`;
      status('failed', output);
      throw new Error(output);
    }
    writeFileSync(stampFile, JSON.stringify({ key, listing: listing(siteDir) }));
    status('done');
    return { built: true };
  });
  return { ...result, ready };
}

/** Waits until the shared build of the shipped data with `key` is there; throws with the build's output if it failed. */
export async function waitForShippedSite(key: string): Promise<void> {
  for (;;) {
    const status = existsSync(shippedStatusFile) ? (JSON.parse(readFileSync(shippedStatusFile, 'utf8')) as ShippedStatus) : null;
    if (status?.key === key && status.state === 'done') return;
    if (status?.key === key && status.state === 'failed') throw new Error(status.output);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
