import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';
import { buildSiteOrThrow } from './support/buildSite.ts';
import { projectRoot } from './support/projectRoot.ts';

const outDir = '.build/test-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the site built once for the browser tests and gates. */
    siteDir: string;
    /** The model that build wrote (scripts/build.ts keeps it beside the output, in `.build/<out dir>-model`). */
    modelDir: string;
    /** Where that site is served, without a trailing slash. */
    siteUrl: string;
  }
}

/** Builds the shipped inputs once and serves them on 127.0.0.1 for every test of the e2e project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildSiteOrThrow(outDir);
  const server = await serveStatic(resolve(projectRoot, outDir));
  project.provide('siteDir', resolve(projectRoot, outDir));
  project.provide('modelDir', resolve(projectRoot, `.build/${outDir.replaceAll('/', '_')}-model`));
  project.provide('siteUrl', server.url);
  return server.close;
}
