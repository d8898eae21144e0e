import { createApp } from '../src/app.js';
import type { SignInLimits } from '../src/auth/rate-limit.js';
import { ensureOperator, OPERATOR_EMAIL } from '../src/auth/operator.js';
import { cookieSecret } from '../src/auth/secret.js';
import { migrate, openDb, type Db } from '../src/db.js';
import { seedAccounts, setDemoPassword } from '../src/domain/seed.js';

/** The seeded demo accounts' password in the tests, and the operator's. */
export const DEMO_PASSWORD = 'demo-password-for-tests';
export const OPERATOR_PASSWORD = 'operator-password-for-tests';
/** The origin `app.request` uses: forms are sent from it, as a browser on the demo's own pages would. */
export const ORIGIN = 'http://localhost';

type Init = RequestInit & { cookies?: Record<string, string> | string };

/** A fresh app over an in-memory PGlite (or TEST_DATABASE_URL), seeded, with a fixed clock. */
export async function testApp(now = new Date('2026-11-22T12:00:00Z'), options: { signInLimits?: SignInLimits } = {}) {
  // TEST_DATABASE_URL runs the same tests against a real Postgres (its demo tables are dropped first).
  const url = process.env.TEST_DATABASE_URL;
  const db: Db = await openDb({ databaseUrl: url, dataDir: 'memory://' });
  if (url) await db.exec('drop table if exists accounts, records, custom_policies, purge_runs, sessions, operators, settings cascade'); // cascade: the purge views over them
  await migrate(db);
  await setDemoPassword(db, DEMO_PASSWORD);
  await seedAccounts(db, now);
  await ensureOperator(db, OPERATOR_PASSWORD);
  const secret = await cookieSecret(db);
  const app = createApp({ db, secret, now: () => now, purgeGapMs: 0, ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}) });
  const cookieHeader = (cookies: Init['cookies']) =>
    typeof cookies === 'string'
      ? cookies
      : Object.entries(cookies ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join('; ');
  /** A request with the given cookies (`policy`, `session`, or a whole Cookie header). */
  const request = (path: string, init: Init = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookies) headers.set('cookie', cookieHeader(init.cookies));
    if ((init.method ?? 'GET') !== 'GET' && !headers.has('origin')) headers.set('origin', ORIGIN);
    return app.request(path, { ...init, headers });
  };
  const form = (path: string, fields: Record<string, string | string[]>, cookies?: Init['cookies'], headers: Record<string, string> = {}) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      ...(cookies ? { cookies } : {}),
    });
  };
  /** Signs in and returns the Cookie header of the new session (`session=…`), for later requests. */
  const signIn = async (email: string, password: string = DEMO_PASSWORD): Promise<string> => {
    const res = await form('/signin', { email, password });
    if (res.status !== 303) throw new Error(`sign-in as ${email} failed: ${res.status}`);
    return sessionCookie(res);
  };
  /** The session of a seeded account by id (`000-ada` → ada.000@example.com). */
  const as = async (id: string) => {
    const [policy, who] = id.split('-') as [string, string];
    return signIn(`${who}.${policy}@example.com`);
  };
  const asOperator = () => signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
  return { app, db, request, form, now, signIn, as, asOperator, secret };
}

/** The `session=…` pair a response sets (for a Cookie header). */
export function sessionCookie(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('session=') && !c.startsWith('session=;'));
  if (!set) throw new Error(`no session cookie in ${JSON.stringify(res.headers.getSetCookie())}`);
  return set.split(';')[0]!;
}
