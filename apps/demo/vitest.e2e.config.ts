import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's chromium driven by playwright-core, against the built server. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 90_000,
    teardownTimeout: 15_000,
  },
});
