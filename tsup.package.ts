import { defineConfig } from 'tsup';

/**
 * The one build every `@priv/*` package uses: ESM + CJS from `src/index.ts`, with `.d.ts` and
 * `.d.cts`, for Node 20+, browsers and edge runtimes (platform `neutral`: no Node built-ins).
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
});
