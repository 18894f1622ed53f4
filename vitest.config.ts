import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Gives the run its own temporary folder, removed at the end; builds the web UI for the browser tests
    // when dist/ui is missing or stale.
    globalSetup: ['test/support/temp-root.ts', 'test/support/build-ui.ts'],
  },
});
