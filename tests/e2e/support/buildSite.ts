import { spawnSync } from 'node:child_process';
import { projectRoot } from './projectRoot.ts';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/build.ts` in a child process, exactly as `npm run build` does, into `outDir` (relative to the root),
 * with `args` on its command line (`--site`, `--base`).
 */
export function buildSite(outDir: string, inputRoot?: string, args: readonly string[] = []): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  if (inputRoot) env.CDI_INPUT_ROOT = inputRoot;
  else delete env.CDI_INPUT_ROOT;
  // The address and base path come from `args` alone, so that the tests do not depend on the caller's environment.
  delete env.CDI_SITE_URL;
  delete env.CDI_BASE_PATH;
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like buildSite, but a failed build throws with the build's own output. */
export function buildSiteOrThrow(outDir: string, inputRoot?: string, args: readonly string[] = []): BuildResult {
  const result = buildSite(outDir, inputRoot, args);
  if (result.status !== 0) throw new Error(`build into ${outDir} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  return result;
}
