import type { ParentalConsentRecord } from '@priv/age';
import type { LegalHold } from '@priv/retention';
import type { PrivacyManifest } from '@priv/schema';
import type { Db } from '../db.js';
import { recordsFor, type StoredRecord } from './records.js';

/** An account row. */
export interface Account {
  readonly id: string;
  readonly policy_id: string;
  readonly name: string;
  readonly email: string;
  readonly birth_date: string;
  readonly country: string;
  readonly time_zone: string;
  readonly created_at: Date;
  readonly deletion_requested_at: Date | null;
  readonly deleted_at: Date | null;
  readonly consent: ParentalConsentRecord | null;
  readonly hold: StoredHold | null;
  readonly seeded: boolean;
  /** argon2id hash (`null` for an account made before passwords). Never rendered or exported. */
  readonly password_hash: string | null;
}

/** A legal hold as stored (ISO strings). */
export interface StoredHold {
  readonly id: string;
  readonly placedAt: string;
  readonly releasedAt?: string | null;
  readonly reason: string;
}

/** The hold as `@priv/retention` reads it. */
export function toLegalHold(hold: StoredHold): LegalHold {
  return { id: hold.id, placedAt: new Date(hold.placedAt), releasedAt: hold.releasedAt ? new Date(hold.releasedAt) : null, reason: hold.reason };
}

/** What sign-up stores. */
export interface NewAccount {
  readonly id?: string;
  readonly policyId: string;
  readonly name: string;
  readonly email: string;
  readonly birthDate: string;
  readonly country: string;
  readonly timeZone: string;
  readonly createdAt: Date;
  readonly consent?: ParentalConsentRecord | null;
  readonly seeded?: boolean;
  readonly deletionRequestedAt?: Date | null;
  readonly deletedAt?: Date | null;
  readonly resolvedAt?: Date;
  readonly logsAt?: Date;
  /** argon2id hash of the password (`hashPassword`). */
  readonly passwordHash?: string | null;
}

/**
 * Creates an account and the records it holds under the manifest in one statement (one round trip;
 * a statement is atomic: the account and its records are stored together or not at all).
 */
export async function createAccount(db: Pick<Db, 'query'>, manifest: PrivacyManifest, input: NewAccount): Promise<Account> {
  const id = input.id ?? `acct-${crypto.randomUUID().slice(0, 8)}`;
  const records = recordsFor(
    manifest,
    { id, name: input.name, email: input.email, country: input.country, created_at: input.createdAt },
    {
      ...(input.resolvedAt ? { resolvedAt: input.resolvedAt } : {}),
      ...(input.logsAt ? { logsAt: input.logsAt } : {}),
      withParentalConsent: Boolean(input.consent),
    },
  );
  const accountParams = [
    id,
    input.policyId,
    input.name,
    input.email,
    input.birthDate,
    input.country,
    input.timeZone,
    input.createdAt,
    input.consent ? JSON.stringify(input.consent) : null,
    input.seeded ?? false,
    input.deletionRequestedAt ?? null,
    input.deletedAt ?? null,
    input.passwordHash ?? null,
  ];
  const insertAccount = `insert into accounts (id, policy_id, name, email, birth_date, country, time_zone, created_at, consent, seeded, deletion_requested_at, deleted_at, password_hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning *`;
  // The records' rows: ($14..$21), ($22..$29), ... after the account's 13 parameters.
  const base = accountParams.length;
  const values = records.map((_, i) => `(${Array.from({ length: 8 }, (_, j) => `$${base + i * 8 + j + 1}`).join(', ')})`).join(', ');
  const recordParams = records.flatMap((r) => [r.id, id, r.category, r.storage, r.label, r.content, r.createdAt ?? input.createdAt, JSON.stringify(r.events)]);
  const sql =
    records.length > 0
      ? `with a as (${insertAccount}), r as (insert into records (id, account_id, category, storage, label, content, created_at, events) values ${values}) select * from a`
      : insertAccount;
  const [account] = await db.query<Account>(sql, [...accountParams, ...recordParams]);
  if (!account) throw new Error(`account ${id} was not stored`);
  return account;
}

/** One account, or `undefined`. */
export async function getAccount(db: Pick<Db, 'query'>, id: string | undefined): Promise<Account | undefined> {
  if (!id) return undefined;
  const rows = await db.query<Account>('select * from accounts where id = $1', [id]);
  return rows[0];
}

/** True when an account with this email (any case) exists. */
export async function emailTaken(db: Pick<Db, 'query'>, email: string): Promise<boolean> {
  return (await db.query('select 1 from accounts where lower(email) = lower($1) limit 1', [email])).length > 0;
}

/** All accounts, seeded first. */
export async function listAccounts(db: Pick<Db, 'query'>): Promise<Account[]> {
  return db.query<Account>('select * from accounts order by seeded desc, policy_id, created_at');
}

/** An account's records (what is still stored). */
export async function recordsOf(db: Pick<Db, 'query'>, accountId: string): Promise<StoredRecord[]> {
  return db.query<StoredRecord>('select * from records where account_id = $1 order by id', [accountId]);
}

/** "Delete my account": access ends now; the policy's rules decide when each record goes. */
export async function requestDeletion(db: Pick<Db, 'query'>, id: string, at: Date): Promise<void> {
  await db.query('update accounts set deletion_requested_at = $2, deleted_at = $2 where id = $1 and deletion_requested_at is null', [id, at]);
}

/** Cancels a deletion request (allowed within the grace period). */
export async function cancelDeletion(db: Pick<Db, 'query'>, id: string): Promise<void> {
  await db.query('update accounts set deletion_requested_at = null, deleted_at = null where id = $1', [id]);
}

/** Places a legal hold on the account (or releases the one in place). */
export async function setHold(db: Pick<Db, 'query'>, id: string, hold: StoredHold | null): Promise<void> {
  await db.query('update accounts set hold = $2 where id = $1', [id, hold ? JSON.stringify(hold) : null]);
}
