import { formatPath, PrivError } from '@priv/schema';

/** What kind of input an {@link AgeInputError} rejects. */
export type AgeInputErrorCode =
  | 'invalid_date'
  | 'future_birth_date'
  | 'invalid_age'
  | 'invalid_instant'
  | 'invalid_time_zone'
  | 'unknown_jurisdiction'
  | 'invalid_table'
  | 'invalid_consent_record'
  | 'invalid_purpose'
  | 'invalid_policy'
  | 'invalid_option';

/**
 * The only error this package throws for bad input (a `PrivError` from `@priv/schema`): what was
 * wrong (`code`, `message`) and where (`path`, `pathText`, as zod formats paths).
 *
 * @example
 * try {
 *   ageOn('2010-02-30', new Date('2026-01-01T00:00:00Z'), 'UTC');
 * } catch (error) {
 *   if (error instanceof AgeInputError) console.log(error.code, error.pathText); // 'invalid_date' 'birthDate'
 * }
 */
export class AgeInputError extends PrivError {
  override readonly name: string = 'AgeInputError';
  /** Machine-readable kind of problem. */
  declare readonly code: AgeInputErrorCode;

  /**
   * @param code - Machine-readable kind of problem.
   * @param path - Path into the input, e.g. `['birthDate']` or `['rows', 3, 'consentAge']`.
   * @param detail - What is wrong.
   * @param options - The `cause`, if any.
   */
  constructor(code: AgeInputErrorCode, path: readonly PropertyKey[], detail: string, options: { readonly cause?: unknown } = {}) {
    super(code, `${formatPath(path)}: ${detail}`, { path, issues: [{ code, path, message: detail }], cause: options.cause });
  }
}

/**
 * Thrown when a jurisdiction code is not in the table used (a subclass of {@link AgeInputError}
 * with code `unknown_jurisdiction` and path `['jurisdiction']`).
 *
 * @example
 * try {
 *   digitalConsentAge('XX');
 * } catch (error) {
 *   if (error instanceof UnknownJurisdictionError) console.log(error.jurisdiction); // 'XX'
 * }
 */
export class UnknownJurisdictionError extends AgeInputError {
  override readonly name: string = 'UnknownJurisdictionError';
  constructor(readonly jurisdiction: string) {
    super(
      'unknown_jurisdiction',
      ['jurisdiction'],
      `Unknown jurisdiction code "${jurisdiction}" (expected e.g. "DE", "US-CA", "CA-QC"); add it to your table with defineJurisdictionTable`,
    );
  }
}
