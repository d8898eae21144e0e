// Writes dist/privacy-manifest.schema.json from the built package, so the published JSON Schema is
// always the one the code validates with.
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/privacy-manifest.schema.json', import.meta.url), `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
