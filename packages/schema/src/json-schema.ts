import { z } from 'zod';
import { PrivacyManifestShape } from './manifest-shape.js';

/**
 * The JSON Schema (draft 2020-12) of a manifest as you write it, for editors and other languages. It
 * checks each field; cross-references (declared purposes, unused rules, ...) and calendar validity of
 * dates are checked only by `parseManifest`. The same schema ships as
 * `@priv/schema/privacy-manifest.schema.json`.
 *
 * @example
 * const schema = manifestJsonSchema();
 * schema.required; // ['version', 'effectiveDate', ...]
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PrivacyManifestShape, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://unpkg.com/@priv/schema/privacy-manifest.schema.json',
    title: 'PrivacyManifest',
    description: 'A privacy policy as data: what is collected, why, who receives it, how long it is kept, age rules and notice promises.',
  };
}
