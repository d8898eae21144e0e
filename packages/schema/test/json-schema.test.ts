import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../src/index.js';

describe('manifestJsonSchema', () => {
  it('describes the manifest as written, with required fields and no unknown keys', () => {
    const schema = manifestJsonSchema() as { type: string; required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'effectiveDate', 'controller', 'contact', 'purposes', 'collections', 'retention']));
    expect(schema.required).not.toContain('timeZone');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['recipients', 'cookies', 'rights', 'age', 'notice']));
  });

  it('is plain JSON', () => {
    const schema = manifestJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
