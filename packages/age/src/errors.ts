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

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${String(part)}` : String(part);
  return text || '(root)';
}

/**
 * The only error this package throws for bad input: what was wrong (`code`, `message`) and where
 * (`path`, `pathText`, zod style).
 *
 * @example
 * try {
 *   ageOn('2010-02-30', new Date('2026-01-01T00:00:00Z'), 'UTC');
 * } catch (error) {
 *   if (error instanceof AgeInputError) console.log(error.code, error.pathText); // 'invalid_date' 'birthDate'
 * }
 */
export class AgeInputError extends Error {
  override readonly name: string = 'AgeInputError';
  /** Path into the input, e.g. `['birthDate']` or `['rows', 3, 'consentAge']`. */
  readonly path: readonly PropertyKey[];
  /** The same path for people: `rows[3].consentAge`. */
  readonly pathText: string;

  constructor(
    readonly code: AgeInputErrorCode,
    path: readonly PropertyKey[],
    detail: string,
  ) {
    super(`${pathText(path)}: ${detail}`);
    this.path = path;
    this.pathText = pathText(path);
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
    super('unknown_jurisdiction', ['jurisdiction'], `Unknown jurisdiction code "${jurisdiction}" (expected e.g. "DE", "US-CA", "CA-QC"); add it to your table with defineJurisdictionTable`);
  }
}
