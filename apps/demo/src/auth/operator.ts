import type { Db } from '../db.js';
import { hashPassword, randomPassword } from './passwords.js';

/** The operator's sign-in name. */
export const OPERATOR_EMAIL = 'operator@demo.invalid';

/**
 * Creates the operator account on first start with a random password, returned once so the caller
 * can print it (it is stored only as an argon2id hash). `undefined` when the operator exists already.
 */
export async function ensureOperator(db: Pick<Db, 'query'>, password: string = randomPassword()): Promise<string | undefined> {
  const [existing] = await db.query('select id from operators limit 1');
  if (existing) return undefined;
  const rows = await db.query("insert into operators (id, email, password_hash) values ('operator', $1, $2) on conflict do nothing returning id", [
    OPERATOR_EMAIL,
    await hashPassword(password),
  ]);
  return rows.length > 0 ? password : undefined;
}
