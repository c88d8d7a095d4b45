import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Plot adds a half-pixel offset only when a global window exists; tests render exactly as the build does.
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
  },
});
