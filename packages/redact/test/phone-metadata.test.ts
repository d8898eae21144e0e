import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { phoneMetadata } from '../scripts/build-phone-metadata.mjs';

describe('src/phone-metadata.json', () => {
  it('is what scripts/build-phone-metadata.mjs makes from the installed libphonenumber-js (run it after an upgrade)', () => {
    const committed = JSON.parse(readFileSync(new URL('../src/phone-metadata.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(phoneMetadata());
  });
});

describe('the redaction kinds', () => {
  it('are those of @priv/schema', async () => {
    const schema = await import('@priv/schema');
    const ours = await import('../src/redaction-kind.js');
    expect(ours.RedactionKindSchema.options).toEqual(schema.RedactionKindSchema.options);
  });
});
