import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { Db } from '../db.js';
import type { Account } from '../domain/accounts.js';

/** Who a session belongs to: a learner's account or the operator. */
export interface Session {
  readonly kind: 'learner' | 'operator';
  readonly subject: string;
}

/** The cookie's name and how long a session lasts (8 hours, then sign in again). */
export const SESSION_COOKIE = 'session';
export const SESSION_HOURS = 8;

const COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: SESSION_HOURS * 3600 } as const;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

/**
 * Starts a session: a fresh random token (256 bits) in a signed, HttpOnly, SameSite=Lax cookie; the
 * database keeps only its SHA-256, so a copy of the table signs nobody in. Any session the browser
 * had is ended first (rotation: a token planted before sign-in is worth nothing after it).
 */
export async function startSession(c: Context, db: Pick<Db, 'query'>, secret: string, session: Session, now: Date): Promise<void> {
  await revokeSession(c, db, secret);
  const token = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  await db.query('insert into sessions (token_hash, kind, subject, created_at, expires_at) values ($1, $2, $3, $4, $5)', [
    await sha256(token),
    session.kind,
    session.subject,
    now,
    new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  ]);
  await setSignedCookie(c, SESSION_COOKIE, token, secret, { ...COOKIE_OPTIONS, secure: new URL(c.req.url).protocol === 'https:' });
}

/**
 * The session of this request with its learner's account (one query), or `undefined` (no cookie, a
 * bad signature, an unknown or expired token, an account that is gone).
 */
export async function readSession(c: Context, db: Pick<Db, 'query'>, secret: string, now: Date): Promise<(Session & { account?: Account }) | undefined> {
  const token = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!token) return undefined;
  const [row] = await db.query<Account & { session_kind: Session['kind']; session_subject: string }>(
    `select s.kind as session_kind, s.subject as session_subject, a.* from sessions s
     left join accounts a on s.kind = 'learner' and a.id = s.subject
     where s.token_hash = $1 and s.expires_at > $2`,
    [await sha256(token), now],
  );
  if (!row) return undefined;
  const { session_kind: kind, session_subject: subject, ...account } = row;
  if (kind === 'operator') return { kind, subject };
  return account.id ? { kind, subject, account: account as Account } : undefined;
}

/** Deletes the session row of this request's cookie, if any (the cookie is then worth nothing). */
async function revokeSession(c: Context, db: Pick<Db, 'query'>, secret: string): Promise<void> {
  const token = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (token) await db.query('delete from sessions where token_hash = $1', [await sha256(token)]);
}

/** Ends this browser's session: the row is deleted and the cookie cleared. */
export async function endSession(c: Context, db: Pick<Db, 'query'>, secret: string): Promise<void> {
  await revokeSession(c, db, secret);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Ends every session of a subject (an account reset or deleted). */
export async function endSessionsOf(db: Pick<Db, 'query'>, kind: Session['kind'], subject: string): Promise<void> {
  await db.query('delete from sessions where kind = $1 and subject = $2', [kind, subject]);
}
