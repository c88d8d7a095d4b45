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
    /** The key of the inputs it is built from, which tests/e2e/support/awaitShippedSite.ts waits for. */
    shippedKey: string;
  }
}

// One build for the run, shared by both projects that read it: vitest runs this setup once per project.
const shared = Symbol.for('cdi.shippedSite');
type Shared = { site: ReturnType<typeof shippedSite>; started: number };

/**
 * The shipped data built once (or reused while nothing it is built from has changed: see shippedSite) and served on
 * 127.0.0.1, for the projects that read it (e2e, shipped). The build runs in the background: the unit tests run
 * meanwhile, and each test file of these projects waits for it first (awaitShippedSite.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as unknown as Record<symbol, Shared | undefined>;
  const first = registry[shared] === undefined;
  const { site, started } = (registry[shared] ??= { site: shippedSite(), started: performance.now() });
  if (first) {
    site.ready.then(
      ({ built }) => console.log(`shipped site ${built ? 'built' : 'reused (inputs unchanged)'} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${site.siteDir}`),
      () => {},
    );
  }
  const server = await serveStatic(site.siteDir);
  project.provide('siteDir', site.siteDir);
  project.provide('modelDir', site.modelDir);
  project.provide('siteUrl', server.url);
  project.provide('shippedKey', site.key);
  return async () => {
    await site.ready.catch(() => {});
    await server.close();
  };
}
