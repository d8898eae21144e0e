import { formatPath, PrivError, type PrivIssue } from '@priv/schema';
import type { z } from 'zod';

/** One problem with the options given to `redact`: what (`code`, `message`) and where (a zod path, `pathText` e.g. `kinds[1]`). */
export type RedactOptionsIssue = PrivIssue;

/**
 * Thrown when the options or the input of a redaction are wrong: an unknown kind, an unsupported
 * country, a text that is not a string. A `PrivError` (from `@priv/schema`) with code
 * `invalid_redact_options`; each issue names its path, and `path` is the first issue's.
 *
 * @example
 * try {
 *   redact('hi', { kinds: ['email', 'fax'] } as never);
 * } catch (error) {
 *   if (error instanceof RedactOptionsError) console.log(error.code, error.pathText); // 'invalid_redact_options' 'kinds[1]'
 * }
 */
export class RedactOptionsError extends PrivError {
  override readonly name = 'RedactOptionsError';
  declare readonly code: 'invalid_redact_options';

  /**
   * @param issues - Every problem found (at least one): where and what.
   * @param options - The `cause`, if any.
   */
  constructor(issues: readonly { code?: string; path: readonly PropertyKey[]; message: string }[], options: { readonly cause?: unknown } = {}) {
    const listed = issues.map((issue) => ({ code: issue.code ?? 'invalid_redact_options', path: issue.path, message: issue.message }));
    const text = listed.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    super('invalid_redact_options', `Invalid redaction options: ${text}`, { issues: listed, cause: options.cause });
  }

  /**
   * Builds the error from a zod error, keeping zod's issue codes.
   *
   * @param error - The zod error from validating the options.
   * @returns The error, with one issue per zod issue.
   */
  static fromZod(error: z.ZodError): RedactOptionsError {
    return new RedactOptionsError(
      error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })),
      { cause: error },
    );
  }
}
