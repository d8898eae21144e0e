import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../src/index.js';
import { validInput } from './fixture.js';

describe('manifestJsonSchema', () => {
  it('describes the manifest as written, with required fields and no unknown keys', () => {
    const schema = manifestJsonSchema() as { type: string; required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'effectiveDate', 'controller', 'contact', 'purposes', 'collections']));
    expect(schema.required).not.toContain('retention');
    expect(schema.required).not.toContain('timeZone');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['recipients', 'cookies', 'rights', 'age', 'notice']));
  });

  it('is plain JSON', () => {
    const schema = manifestJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('the JSON Schema validates manifests outside zod', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(manifestJsonSchema());

  it('accepts a valid manifest as written, before defaults are filled in', () => {
    expect(validate(validInput()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses unknown keys, wrong types and negative durations, with a JSON pointer', () => {
    expect(validate({ ...validInput(), colour: 'blue' })).toBe(false);
    expect(validate({ ...validInput(), version: 3 })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/version');
    const negative = validInput();
    negative.retention![0]!.period = { days: -1 };
    expect(validate(negative)).toBe(false);
  });
});
