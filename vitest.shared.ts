import { defineConfig } from 'vitest/config';

/** Shared test settings: node environment, unit tests under `test/`, benchmarks under `bench/`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
