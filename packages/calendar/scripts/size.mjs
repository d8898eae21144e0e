#!/usr/bin/env node
// Gzipped sizes of what an app bundles from @priv/calendar (minified by esbuild, tree-shaken), and of
// temporal-polyfill for comparison. Run after `build`: node scripts/size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entries = {
  'core: everything (import * from "@priv/calendar")': `export * from './dist/index.js';`,
  'headline: periodEnd + euPeriod + localDate + startOfDay + holidayList': `export { periodEnd, euPeriod, localDate, startOfDay, holidayList } from './dist/index.js';`,
  'one function: localDate': `export { localDate } from './dist/index.js';`,
  '@priv/calendar/holidays (with date-holidays and all its data)': `export { publicHolidays } from './dist/holidays.js';`,
  'for comparison: temporal-polyfill (Temporal only)': `export { Temporal } from 'temporal-polyfill';`,
};
for (const [name, contents] of Object.entries(entries)) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  console.log(`${name}: ${(code.length / 1024).toFixed(1)} KB min, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}
