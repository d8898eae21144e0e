import type { z } from 'zod';

/** One problem with the options given to `redact`: where (a zod path) and what. */
export interface RedactOptionsIssue {
  readonly path: readonly PropertyKey[];
  /** The path as text, e.g. `kinds[1]`. */
  readonly pathText: string;
  readonly message: string;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(root)' : out;
}

/**
 * Thrown when the options or the input of a redaction are wrong: an unknown kind, an unsupported
 * country, a text that is not a string. Each issue names its path.
 */
export class RedactOptionsError extends Error {
  override readonly name = 'RedactOptionsError';
  readonly issues: readonly RedactOptionsIssue[];

  constructor(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const listed = issues.map((issue) => ({ path: issue.path, pathText: pathText(issue.path), message: issue.message }));
    super(`Invalid redaction options: ${listed.map((issue) => `${issue.pathText}: ${issue.message}`).join('; ')}`);
    this.issues = listed;
  }

  /** Builds the error from a zod error. */
  static fromZod(error: z.ZodError): RedactOptionsError {
    return new RedactOptionsError(error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
  }
}
