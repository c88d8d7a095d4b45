import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';
import { shippedSite } from './support/buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the site built once from the shipped data, for every test that reads it. */
    siteDir: string;
    /** The model that build wrote (scripts/build.ts keeps it beside the output, in `.build/<out dir>-model`). */
    modelDir: string;
    /** Where that site is served, without a trailing slash. */
    siteUrl: string;
  }
}

/**
 * The shipped data built once (or reused while nothing it is built from has changed: see shippedSite) and served on
 * 127.0.0.1, for the projects that read it (e2e, shipped). A second project in the same run finds the first one's
 * build by its key and reuses it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const { siteDir, modelDir, built } = shippedSite();
  console.log(`[${project.name}] shipped site ${built ? 'built' : 'reused (inputs unchanged)'} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${siteDir}`);
  const server = await serveStatic(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('modelDir', modelDir);
  project.provide('siteUrl', server.url);
  return server.close;
}
