import { defineConfig } from 'tsup';

/**
 * The demo server as one Node ESM file. Published `@priv/*` packages and npm dependencies stay
 * external (resolved from node_modules); `@priv/examples` is TypeScript source, so it is bundled.
 */
export default defineConfig({
  // The database worker is its own file: `openDb` starts it as a worker thread (dist/db-worker.js).
  entry: ['src/main.ts', 'src/db-worker.js'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  noExternal: ['@priv/examples'],
});
