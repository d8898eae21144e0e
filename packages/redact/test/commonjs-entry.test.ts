import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The package ships a CommonJS build (dist/index.cjs) that `require`s libphonenumber-js, whose
// CommonJS entries do not always export what its ES module entries do (`libphonenumber-js/max` has no
// `Metadata` under `require`). Vitest runs the sources as ES modules and would not notice, so check
// that every value the sources import from libphonenumber-js is there under `require` too.

const require = createRequire(import.meta.url);
const sourceDir = new URL('../src/', import.meta.url);
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*'(libphonenumber-js[^']*)'/g;

function valueImports(): { entry: string; name: string; file: string }[] {
  const found: { entry: string; name: string; file: string }[] = [];
  for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, sourceDir), 'utf8');
    for (const [, names, entry] of source.matchAll(IMPORT)) {
      for (const raw of names!.split(',')) {
        const name = raw.trim();
        if (name === '' || name.startsWith('type ')) continue;
        found.push({ entry: entry!, name: name.split(/\s+as\s+/)[0]!, file });
      }
    }
  }
  return found;
}

describe('libphonenumber-js under require()', () => {
  const imports = valueImports();

  it('the sources import values from libphonenumber-js (so the check below checks something)', () => {
    expect(imports.map((i) => i.name)).toEqual(expect.arrayContaining(['Metadata', 'parsePhoneNumberFromString']));
  });

  it.each(imports.map((i) => [`${i.name} from ${i.entry} (${i.file})`, i] as const))('%s exists in the CommonJS entry', (_, i) => {
    const cjs = require(i.entry) as Record<string, unknown>;
    expect(cjs[i.name], `${i.entry} has no ${i.name} under require()`).toBeDefined();
  });

  it('the full metadata loads under require() as the object Metadata expects', () => {
    const { Metadata } = require('libphonenumber-js/core') as typeof import('libphonenumber-js/core');
    const metadata = new Metadata(require('libphonenumber-js/max/metadata'));
    metadata.selectNumberingPlan('US');
    expect(metadata.numberingPlan?.possibleLengths()).toContain(10);
  });
});
