import type { z } from 'zod';

/** One problem found in a manifest: where it is (a zod-style path) and what to do about it. */
export interface ManifestIssue {
  /** Machine-readable kind of problem, e.g. `invalid_type`, `unknown_reference`, `duplicate_key`. */
  readonly code: string;
  /** Path into the input, as zod reports it: `['collections', 3, 'purposes', 1]`. */
  readonly path: readonly PropertyKey[];
  /** The same path for people: `collections[3].purposes[1]` (`(root)` for the whole value). */
  readonly pathText: string;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
}

/**
 * Formats a path the way people write it in code: `collections[3].purposes[1]`.
 *
 * @example
 * formatPath(['collections', 3, 'purposes', 1]); // 'collections[3].purposes[1]'
 * formatPath([]); // '(root)'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

/** Builds a {@link ManifestIssue} from its parts. */
export function manifestIssue(code: string, path: readonly PropertyKey[], message: string): ManifestIssue {
  return { code, path: [...path], pathText: formatPath(path), message };
}

/** Converts zod's issues into {@link ManifestIssue}s. */
export function issuesFromZod(error: z.ZodError): ManifestIssue[] {
  return error.issues.map((issue) => manifestIssue(issue.code, issue.path, issue.message));
}

/**
 * The only error `parseManifest` throws: every problem found, each with its path.
 *
 * @example
 * try {
 *   parseManifest({ version: 1 });
 * } catch (error) {
 *   if (error instanceof ManifestValidationError) console.log(error.issues[0]?.pathText);
 * }
 */
export class ManifestValidationError extends Error {
  override readonly name = 'ManifestValidationError';
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly ManifestIssue[];

  constructor(issues: readonly ManifestIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `  - ${i.pathText}: ${i.message}`);
    const more = issues.length > 10 ? [`  ... and ${issues.length - 10} more`] : [];
    super(`Invalid privacy manifest (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`);
    this.issues = issues;
  }
}
