import { z } from 'zod';
import { PROPERTY_DESCRIPTIONS } from './json-schema-descriptions.js';
import { PrivacyManifestShape } from './manifest-shape.js';

type Json = Record<string, unknown>;

/** Fills in a description for every property that has none, from {@link PROPERTY_DESCRIPTIONS}. */
function describeProperties(node: unknown, parent: string): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) describeProperties(item, parent);
    return;
  }
  const schema = node as Json;
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties) {
    for (const [name, property] of Object.entries(properties)) {
      if (property.description === undefined) {
        const text = PROPERTY_DESCRIPTIONS[`${parent}.${name}`] ?? PROPERTY_DESCRIPTIONS[name];
        if (text !== undefined) property.description = text;
      }
      describeProperties(property, name);
    }
  }
  for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', '$defs']) {
    const child = schema[key];
    if (key === '$defs' && child && typeof child === 'object') for (const def of Object.values(child)) describeProperties(def, parent);
    else describeProperties(child, parent);
  }
}

/**
 * The JSON Schema (draft 2020-12) of a manifest as you write it, for editors and other languages. It
 * checks each field; cross-references (declared purposes, unused rules, ...) and calendar validity of
 * dates are checked only by `parseManifest`. The same schema ships as
 * `@priv/schema/privacy-manifest.schema.json`.
 *
 * @returns a fresh JSON Schema object (draft 2020-12) for the manifest as written (the input form, before defaults)
 * @example
 * const schema = manifestJsonSchema();
 * schema.required; // ['version', 'effectiveDate', ...]
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PrivacyManifestShape, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  describeProperties(schema, '');
  return {
    ...schema,
    $id: 'https://unpkg.com/@priv/schema/privacy-manifest.schema.json',
    title: 'PrivacyManifest',
    description: 'A privacy policy as data: what is collected, why, who receives it, how long it is kept, age rules and notice promises.',
  };
}
