import { defineConfig } from 'tsup';
import base from '../../tsup.package.ts';

/** The shared build, with type declarations for a second entry point: `@priv/calendar/holidays` (date-holidays, kept out of the core). */
export default defineConfig({ ...(base as object), dts: { entry: ['src/index.ts', 'src/holidays.ts'] } });
