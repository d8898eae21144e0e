import type { z } from 'zod';

/** One problem: what kind (`code`), where (`path`, `pathText`) and what to do about it (`message`). */
export interface PrivIssue {
  /** Machine-readable kind of problem, e.g. `invalid_type`, `unknown_reference`, `duplicate_key`. */
  readonly code: string;
  /** Path into the input, as zod reports it: `['collections', 3, 'purposes', 1]`. */
  readonly path: readonly PropertyKey[];
  /** The same path for people: `collections[3].purposes[1]` (`(root)` for the whole value). */
  readonly pathText: string;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
}

/** One problem found in a manifest (a {@link PrivIssue}). */
export type ManifestIssue = PrivIssue;

/**
 * Formats a path the way zod does (`toDotPath` in `zod/v4/core`, which `z.prettifyError` prints):
 * `collections[3].purposes[1]`, keys with characters other than letters, digits, `_` and `$` in
 * brackets (`["a-b"][0]`), and `(root)` for the empty path. The same rules, written out here so that
 * formatting a path pulls no zod code into a bundle; a test checks them against `z.prettifyError`.
 *
 * @param path - A path into a value, as zod reports it: property names and array indices.
 * @returns The path as text.
 * @example
 * formatPath(['collections', 3, 'purposes', 1]); // => 'collections[3].purposes[1]'
 * formatPath([]); // => '(root)'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'symbol' || /[^\w$]/.test(part)) text += `[${JSON.stringify(String(part))}]`;
    else text += text ? `.${part}` : part;
  }
  return text;
}

/** What a {@link PrivError} is built from, besides its code and message. */
export interface PrivErrorOptions {
  /** Where the problem is; defaults to the first issue's path, else the root. */
  readonly path?: readonly PropertyKey[];
  /** Every problem found; defaults to one issue made of the error's own code, path and message. */
  readonly issues?: readonly { readonly code?: string; readonly path: readonly PropertyKey[]; readonly message: string }[];
  /** The error that caused this one (`Error.cause`). */
  readonly cause?: unknown;
}

/**
 * The base class of every error a `@priv/*` package throws, so one `instanceof` check catches them all
 * and every error reads the same: `code` (machine-readable), `path` and `pathText` (where, as zod
 * formats paths), `issues` (every problem found, never empty) and `cause` (the error behind it, if any).
 * Each package's own errors (`ManifestValidationError`, `RetentionError`, `AgeInputError`,
 * `NoticeError`, `RedactOptionsError`) extend it; the codes are listed in the schema README.
 *
 * @example
 * const error = new PrivError('invalid_date', 'Expected a real date', { path: ['events', 'signed_up'] });
 * error.pathText; // => 'events.signed_up'
 * error.issues.length; // => 1
 */
export class PrivError extends Error {
  override readonly name: string = 'PrivError';
  /** Machine-readable kind of problem, e.g. `invalid_manifest`, `unknown_anchor`, `invalid_date`. */
  declare readonly code: string;
  /** Where the problem is, as zod reports paths: `['retention', 2, 'period', 'days']`. */
  declare readonly path: readonly PropertyKey[];
  /** The same path for people: `retention[2].period.days` (`(root)` for the whole value). */
  declare readonly pathText: string;
  /** Every problem found, in input order. Never empty. */
  declare readonly issues: readonly PrivIssue[];

  /**
   * @param code - Machine-readable kind of problem.
   * @param message - What is wrong, for people.
   * @param options - Where (`path`), every problem (`issues`) and the `cause`.
   */
  constructor(code: string, message: string, options: PrivErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const issues = (options.issues ?? []).map((issue) => manifestIssue(issue.code ?? code, issue.path, issue.message));
    this.code = code;
    this.path = [...(options.path ?? issues[0]?.path ?? [])];
    this.pathText = formatPath(this.path);
    this.issues = issues.length > 0 ? issues : [manifestIssue(code, this.path, message)];
  }
}

/**
 * Builds a {@link PrivIssue} from its parts.
 *
 * @param code - Machine-readable kind of problem.
 * @param path - Where, as zod reports paths.
 * @param message - What is wrong.
 * @returns The issue, with `pathText` filled in.
 * @example
 * manifestIssue('unknown_reference', ['collections', 0, 'purposes', 1], 'Purpose "ads" is not declared').pathText;
 * // => 'collections[0].purposes[1]'
 */
export function manifestIssue(code: string, path: readonly PropertyKey[], message: string): ManifestIssue {
  return { code, path: [...path], pathText: formatPath(path), message };
}

/**
 * Converts zod's issues into {@link PrivIssue}s.
 *
 * @param error - A zod error.
 * @returns One issue per zod issue, same order.
 */
export function issuesFromZod(error: z.ZodError): ManifestIssue[] {
  return error.issues.map((issue) => manifestIssue(issue.code, issue.path, issue.message));
}

/**
 * The only error `parseManifest` throws: every problem found, each with its path. A {@link PrivError}
 * with code `invalid_manifest`; `path` is the first issue's.
 *
 * @example
 * try {
 *   parseManifest({ version: 1 });
 * } catch (error) {
 *   if (error instanceof ManifestValidationError) console.log(error.issues[0]?.pathText);
 * }
 */
export class ManifestValidationError extends PrivError {
  override readonly name = 'ManifestValidationError';
  declare readonly code: 'invalid_manifest';

  /**
   * @param issues - Every problem found (at least one).
   * @param options - The `cause`, if any.
   */
  constructor(issues: readonly ManifestIssue[], options: { readonly cause?: unknown } = {}) {
    const shown = issues.slice(0, 10).map((i) => `  - ${i.pathText}: ${i.message}`);
    const more = issues.length > 10 ? [`  ... and ${issues.length - 10} more`] : [];
    super('invalid_manifest', `Invalid privacy manifest (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`, {
      issues,
      cause: options.cause,
    });
  }
}
