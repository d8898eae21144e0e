import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** HTTP-level tests (no browser): `test/**\/*.test.ts`, against the app with an in-memory PGlite. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    setupFiles: [fileURLToPath(new URL('../../vitest.setup.ts', import.meta.url))],
    // One file at a time: each opens its own PGlite (a WebAssembly Postgres); CI has 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
