// Writes src/phone-metadata.json: libphonenumber-js's full ("max") metadata for the default countries
// and the countries that share their calling codes (their national numbers are read without a `+`, so
// every number type counts) and its "min" metadata for every other country (whose numbers are read only with `+` or `00`, where the country code and a
// possible length are evidence enough). About 25 KB gzipped instead of 39 KB.
// Run after upgrading libphonenumber-js: `node scripts/build-phone-metadata.mjs`; a test fails while
// the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const max = require('libphonenumber-js/metadata.max.json');
const min = require('libphonenumber-js/metadata.min.json');
const source = readFileSync(new URL('../src/phone-countries.ts', import.meta.url), 'utf8');
const list = source.match(/DEFAULT_PHONE_COUNTRIES[^=]*=\s*\[([^\]]*)\]/);
if (!list) throw new Error('DEFAULT_PHONE_COUNTRIES not found in src/phone-countries.ts');
const defaults = [...list[1].matchAll(/'([A-Z]{2})'/g)].map((m) => m[1]);

/** The merged metadata for these default countries. */
export function phoneMetadata() {
  const countries = { ...min.countries };
  // Every country that shares a calling code with a default one gets the full metadata too: a `+1`
  // number is judged by whichever NANP plan its area code names.
  const codes = new Set(defaults.map((country) => max.countries[country][0]));
  for (const [country, entry] of Object.entries(max.countries)) if (codes.has(entry[0])) countries[country] = entry;
  return { ...min, countries };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeFileSync(new URL('../src/phone-metadata.json', import.meta.url), `${JSON.stringify(phoneMetadata())}\n`);
  console.log(`src/phone-metadata.json: max metadata for ${defaults.length} countries, min for the rest`);
}
