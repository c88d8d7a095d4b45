import { spawnSync } from 'node:child_process';
import { projectRoot } from './projectRoot.ts';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/build.ts` in a child process, exactly as `npm run build` does, into `outDir` (relative to the root). */
export function buildSite(outDir: string, inputRoot?: string): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  if (inputRoot) env.CDI_INPUT_ROOT = inputRoot;
  else delete env.CDI_INPUT_ROOT;
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like buildSite, but a failed build throws with the build's own output. */
export function buildSiteOrThrow(outDir: string, inputRoot?: string): BuildResult {
  const result = buildSite(outDir, inputRoot);
  if (result.status !== 0) throw new Error(`build into ${outDir} failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  return result;
}
