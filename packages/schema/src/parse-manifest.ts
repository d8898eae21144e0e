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
 * @example
 * const result = safeParseManifest(JSON.parse(text));
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.pathText, issue.message);
 */
export function safeParseManifest(input: unknown): ManifestParseResult {
  try {
    const result = PrivacyManifestSchema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, error: new ManifestValidationError(toIssues(result.error)) };
  } catch (cause) {
    // Hostile inputs (throwing getters, proxies) must still end in the documented error type.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { success: false, error: new ManifestValidationError([manifestIssue('unreadable_input', [], `The input could not be read: ${message}`)], { cause }) };
  }
}

/**
 * Validates anything as a {@link PrivacyManifest}. Throws only {@link ManifestValidationError}, whose
 * `issues` say what is wrong and where (`collections[3].purposes[1]`).
 *
 * @example
 * const manifest = parseManifest(JSON.parse(readFileSync('privacy.json', 'utf8')));
 * manifest.retention.map((rule) => rule.key);
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
 * @example
 * export const manifest = defineManifest({ version: '1', effectiveDate: '2026-05-12', ... });
 */
export function defineManifest(input: PrivacyManifestInput): PrivacyManifest {
  return parseManifest(input);
}
