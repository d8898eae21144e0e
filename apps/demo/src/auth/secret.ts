import type { Db } from '../db.js';

/**
 * The secret that signs session cookies: generated on first start (256 random bits) and kept in the
 * `settings` table, so sessions survive a restart; `insert … on conflict do nothing` keeps two servers
 * starting at once on the same secret.
 */
export async function cookieSecret(db: Pick<Db, 'query'>): Promise<string> {
  const fresh = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  await db.query("insert into settings (key, value) values ('cookie_secret', $1) on conflict (key) do nothing", [fresh]);
  const [row] = await db.query<{ value: string }>("select value from settings where key = 'cookie_secret'");
  if (!row) throw new Error('priv demo: the cookie secret was not stored');
  return row.value;
}
