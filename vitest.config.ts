import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import UnitFirst from './tests/support/unitFirst.ts';

const browserTests = ['tests/e2e/*.test.ts', 'tests/gates/**/*.test.ts', 'tests/**/*.e2e.test.ts'];
const shippedTests = ['tests/shipped/**/*.test.ts'];
// The shipped data built once per run and shared by both projects that read it (tests/e2e/support/buildSite.ts).
const shippedSite = 'tests/e2e/globalSetup.ts';
// Built in the background while the unit tests run; each file of the projects that read it waits for it here.
const awaitShippedSite = 'tests/e2e/support/awaitShippedSite.ts';

export default defineConfig({
  test: {
    // At least two test files at a time: vitest's default (one fewer than the cores) runs one at a time on two cores,
    // leaving a core idle while that file waits for a build, the HTML checker or the browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Plot adds a half-pixel offset only when a global window exists; tests render exactly as the build does.
    environment: 'node',
    sequence: { sequencer: UnitFirst },
    // Each project's time, after vitest's own summary.
    reporters: ['default', './tests/support/projectTimes.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Engine, render and authoring tests on fixtures: no build of the shipped data.
          name: 'unit',
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...browserTests, ...shippedTests],
          // Several run a script as a child process (check, new, release), which takes more than vitest's default 5 s
          // on a shared machine under load.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The only tests that read the shipped data/ and content/, and the site built from them.
          name: 'shipped',
          include: shippedTests,
          globalSetup: [shippedSite],
          setupFiles: [awaitShippedSite],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // The built site in a real browser, and the gates that build sites of their own.
          name: 'e2e',
          include: browserTests,
          globalSetup: [shippedSite],
          setupFiles: [awaitShippedSite],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
