import { defineConfig } from 'vitest/config';

const browserTests = ['tests/e2e/**/*.test.ts', 'tests/gates/**/*.test.ts', 'tests/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    // Plot adds a half-pixel offset only when a global window exists; tests render exactly as the build does.
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...browserTests],
        },
      },
      {
        extends: true,
        test: {
          // The built site in a real browser, and the gates that build sites of their own.
          name: 'e2e',
          include: browserTests,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
