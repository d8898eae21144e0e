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

describe('every property is documented', () => {
  it('has a description on every property of the JSON Schema', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
      const schema = node as Record<string, unknown>;
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof property.description !== 'string' || property.description.length === 0) missing.push(`${path}.${name}`);
        walk(property, `${path}.${name}`);
      }
      for (const key of ['items', 'additionalProperties', 'anyOf', 'allOf', 'oneOf']) walk(schema[key], path);
    };
    walk(manifestJsonSchema(), '');
    expect(missing).toEqual([]);
  });

  it('offers the built-in categories and time zones as suggestions', () => {
    const text = JSON.stringify(manifestJsonSchema());
    expect(text).toContain('"examples":["user","user.account"');
    expect(text).toContain('"Europe/Berlin"');
  });
});
