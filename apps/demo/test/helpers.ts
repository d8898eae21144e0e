import { createApp } from '../src/app.js';
import { migrate, openDb, type Db } from '../src/db.js';
import { seedAccounts } from '../src/domain/seed.js';

/** A fresh app over an in-memory PGlite (or TEST_DATABASE_URL), seeded, with a fixed clock. */
export async function testApp(now = new Date('2026-11-22T12:00:00Z')) {
  // TEST_DATABASE_URL runs the same tests against a real Postgres (its demo tables are dropped first).
  const url = process.env.TEST_DATABASE_URL;
  const db: Db = await openDb({ databaseUrl: url, dataDir: 'memory://' });
  if (url) await db.exec('drop table if exists accounts, records, custom_policies, purge_runs');
  await migrate(db);
  await seedAccounts(db, now);
  const app = createApp({ db, now: () => now });
  /** A request with the given cookies (`policy`, `account`). */
  const request = (path: string, init: RequestInit & { cookies?: Record<string, string> } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookies) headers.set('cookie', Object.entries(init.cookies).map(([k, v]) => `${k}=${v}`).join('; '));
    return app.request(path, { ...init, headers });
  };
  const form = (path: string, fields: Record<string, string | string[]>, cookies?: Record<string, string>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, ...(cookies ? { cookies } : {}) });
  };
  return { app, db, request, form, now };
}
