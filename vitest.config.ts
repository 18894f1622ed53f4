import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds the web UI for the browser tests when dist/ui is missing or stale.
    globalSetup: ['test/support/build-ui.ts'],
  },
});
