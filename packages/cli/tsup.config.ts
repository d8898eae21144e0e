import { defineConfig } from 'tsup';
import base from '../../tsup.package.ts';

/**
 * The shared build, plus the `priv` executable. Unlike the other packages the CLI runs on Node only
 * (it reads files and runs `git show`), so the platform is `node`.
 */
export default defineConfig([
  { ...base, entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/bin.ts'], platform: 'node' },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    splitting: false,
    treeshake: true,
  },
]);
