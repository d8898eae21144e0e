import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Shared test settings: node environment, unit tests under `test/`, benchmarks under `bench/`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))],
    testTimeout: 120_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
