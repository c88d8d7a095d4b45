import { defineConfig } from 'vitest/config';

const browserTests = ['tests/e2e/*.test.ts', 'tests/gates/**/*.test.ts', 'tests/**/*.e2e.test.ts'];
const shippedTests = ['tests/shipped/**/*.test.ts'];
// The shipped data built once per run and shared by both projects that read it (tests/e2e/support/buildSite.ts).
const shippedSite = 'tests/e2e/globalSetup.ts';

export default defineConfig({
  test: {
    // Plot adds a half-pixel offset only when a global window exists; tests render exactly as the build does.
    environment: 'node',
    // Each project's time, after vitest's own summary.
    reporters: ['default', './tests/support/projectTimes.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Engine, render and authoring tests on fixtures: no build of the shipped data.
          name: 'unit',
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
