import { AgeInputError } from '@priv/age';
import { NoticeError } from '@priv/notice';
import { RetentionError } from '@priv/retention';
import { ManifestValidationError } from '@priv/schema';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { messagePage, wantsJson, type Ctx } from './context.js';
import { logError } from './log.js';

/** A problem with what the user sent, at a path: answered with a 4xx and the message, never a stack. */
export class BadInput extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    message: string,
    readonly issues: ReadonlyArray<{ pathText: string; message: string }> = [],
  ) {
    super(message);
  }
}

const TITLES: Partial<Record<number, string>> = { 401: 'Sign in first', 403: 'Not allowed', 404: 'Not found', 429: 'Too many attempts' };

function describe(
  error: unknown,
): { status: ContentfulStatusCode; title: string; message: string; issues: { pathText: string; message: string }[] } | undefined {
  if (error instanceof BadInput)
    return { status: error.status, title: TITLES[error.status] ?? 'Please check your input', message: error.message, issues: [...error.issues] };
  if (error instanceof AgeInputError || error instanceof RetentionError || error instanceof NoticeError) {
    const e = error as Error & { pathText: string };
    return { status: 400, title: 'Please check your input', message: e.message, issues: [{ pathText: e.pathText, message: e.message }] };
  }
  if (error instanceof ManifestValidationError) {
    return {
      status: 400,
      title: 'The manifest is not valid',
      message: error.message,
      issues: error.issues.map((i) => ({ pathText: i.pathText, message: i.message })),
    };
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const message =
      status === 413
        ? 'That is too large: the limit is 1 MB per request.'
        : status === 403
          ? 'This form was sent from another site (its Origin is not this demo), so it was refused: forms here only work from pages of this demo.'
          : error.message || 'The request could not be handled.';
    return { status, title: status === 413 ? 'Too large' : 'Request refused', message, issues: [] };
  }
  return undefined;
}

/** The app's error handler: known input errors become a 4xx page (or JSON); anything else a 500 without internals. */
export function handleError(error: unknown, c: Ctx) {
  const known = describe(error);
  if (!known) logError(`${c.req.method} ${c.req.path}`, error);
  const d = known ?? {
    status: 500 as ContentfulStatusCode,
    title: 'Something went wrong',
    message: 'The demo hit an unexpected error; it has been logged on the server.',
    issues: [],
  };
  if (wantsJson(c)) return c.json({ error: { title: d.title, message: d.message, issues: d.issues } }, d.status);
  return messagePage(
    c,
    d.status,
    d.title,
    <>
      <p>{d.message}</p>
      {d.issues.length > 0 ? (
        <ul class="issues" data-testid="issues">
          {d.issues.map((i) => (
            <li>
              <span class="path">{i.pathText}</span> {i.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>,
  );
}
