import type { z } from 'zod';
import { ManifestValidationError, manifestIssue, type ManifestIssue } from './errors.js';
import { PrivacyManifestSchema, type PrivacyManifest, type PrivacyManifestInput } from './manifest.js';

/** The result of {@link safeParseManifest}: the manifest, or every problem found. */
export type ManifestParseResult =
  | { readonly success: true; readonly data: PrivacyManifest }
  | { readonly success: false; readonly error: ManifestValidationError };

/** The largest JSON text {@link parseManifestJson} reads: 5 MB. */
export const MAX_MANIFEST_JSON_LENGTH = 5_000_000;

function toIssues(error: z.ZodError): ManifestIssue[] {
  return error.issues.map((issue) => {
    const reason = issue.code === 'custom' ? (issue.params as { reason?: string } | undefined)?.reason : undefined;
    return manifestIssue(reason ?? issue.code, issue.path, issue.message);
  });
}

/**
 * Validates anything as a {@link PrivacyManifest} and returns a result instead of throwing.
 *
 * @param input - anything: parsed JSON, an object written in code
 * @returns `{ success: true, data }` with the validated manifest, or `{ success: false, error }` with a `ManifestValidationError`
 * @example
 * import { safeParseManifest } from '@priv/schema';
 *
 * const result = safeParseManifest({ version: '1.0.0', effectiveDate: '2026-02-30' });
 * result.success; // false
 * if (!result.success) {
 *   for (const issue of result.error.issues) console.log(issue.pathText, issue.message);
 *   result.error.issues[0]?.pathText; // 'effectiveDate'
 *   result.error.issues[0]?.message; // 'This date does not exist in the calendar'
 * }
 */
export function safeParseManifest(input: unknown): ManifestParseResult {
  try {
    const result = PrivacyManifestSchema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, error: new ManifestValidationError(toIssues(result.error)) };
  } catch (cause) {
    // Hostile inputs (throwing getters, proxies) must still end in the documented error type.
    const message = cause instanceof Error ? cause.message : String(cause);
    return {
      success: false,
      error: new ManifestValidationError([manifestIssue('unreadable_input', [], `The input could not be read: ${message}`)], { cause }),
    };
  }
}

/**
 * Validates anything as a {@link PrivacyManifest}. Throws only {@link ManifestValidationError}, whose
 * `issues` say what is wrong and where (`collections[3].purposes[1]`).
 *
 * @param input - anything: parsed JSON, an object written in code
 * @returns the validated `PrivacyManifest`, defaults filled in
 * @throws ManifestValidationError when the input is not a valid manifest (nothing else is thrown); its `issues` say what and where
 * @example
 * import { parseManifest } from '@priv/schema';
 *
 * const text = `{"version": "1.0.0", "effectiveDate": "2026-05-12", "controller": {"name": "Example School"},
 *   "contact": {"email": "privacy@example.com"}, "purposes": [{"key": "provide_service", "description": "Run the school."}],
 *   "collections": [{"category": "user.contact.email", "purposes": ["provide_service"], "legalBases": ["contract"], "source": "data_subject", "retention": []}]}`;
 * const manifest = parseManifest(JSON.parse(text)); // in an app: JSON.parse(readFileSync('privacy.json', 'utf8'))
 * manifest.timeZone; // 'UTC'
 * manifest.purposes.map((purpose) => purpose.key); // ['provide_service']
 */
export function parseManifest(input: unknown): PrivacyManifest {
  const result = safeParseManifest(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses JSON text (a `privacy.json`) as a manifest; bad JSON and over-long text are
 * {@link ManifestValidationError}s too.
 *
 * @param text - the JSON text of a manifest (at most 5,000,000 characters: `MAX_MANIFEST_JSON_LENGTH`)
 * @returns `{ success: true, data }`, or `{ success: false, error }` for bad JSON, too long a text or an invalid manifest
 * @example
 * const result = safeParseManifestJson('{"version": 1}');
 * result.success; // false
 */
export function safeParseManifestJson(text: string): ManifestParseResult {
  if (typeof text !== 'string') {
    return { success: false, error: new ManifestValidationError([manifestIssue('invalid_type', [], 'Expected JSON text')]) };
  }
  if (text.length > MAX_MANIFEST_JSON_LENGTH) {
    const issue = manifestIssue('too_big', [], `The manifest is ${text.length} characters long; the limit is ${MAX_MANIFEST_JSON_LENGTH}`);
    return { success: false, error: new ManifestValidationError([issue]) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { success: false, error: new ManifestValidationError([manifestIssue('invalid_json', [], `Not valid JSON: ${message}`)], { cause }) };
  }
  return safeParseManifest(value);
}

/**
 * Writes a manifest in code with full type help, validated at once. Throws
 * {@link ManifestValidationError} when it is not valid.
 *
 * @param input - the manifest as written, typed as `PrivacyManifestInput`
 * @returns the validated manifest, defaults filled in
 * @throws ManifestValidationError when the input is not a valid manifest; its `issues` say where
 * @example
 * import { defineManifest } from '@priv/schema';
 *
 * export const manifest = defineManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'Europe/Berlin',
 *   controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * });
 * manifest.collections[0]?.legalBases; // ['contract']
 */
export function defineManifest(input: PrivacyManifestInput): PrivacyManifest {
  return parseManifest(input);
}
