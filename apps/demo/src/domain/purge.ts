import { compilePolicy, planPurge, type KeptRecord, type PurgeAction, type PurgePlanSummary, type RetentionPolicy } from '@priv/retention';
import type { PrivacyManifest } from '@priv/schema';
import type { Db } from '../db.js';
import { toLegalHold, type Account } from './accounts.js';
import { toPurgeRecord, type StoredRecord } from './records.js';

const compiled = new WeakMap<PrivacyManifest, RetentionPolicy>();

/** The manifest's retention rules compiled once (validated, category look-ups cached). */
export function retentionPolicyOf(manifest: PrivacyManifest): RetentionPolicy {
  let policy = compiled.get(manifest);
  if (!policy) {
    policy = compilePolicy(manifest);
    compiled.set(manifest, policy);
  }
  return policy;
}

/** One record in a purge report. */
export interface PurgeReportRow {
  readonly id: string;
  readonly label: string;
  readonly category: string;
  readonly storage: string | null;
  readonly rule?: string;
  readonly dueAt?: string;
  readonly reason?: string;
  readonly until?: string;
  readonly hold?: string;
  readonly overrides?: string;
}

/** What a purge run did: for the account that ran it, and counts over every record scanned. */
export interface PurgeReport {
  readonly asOf: string;
  readonly ranAt: string;
  readonly deleted: PurgeReportRow[];
  readonly anonymised: PurgeReportRow[];
  readonly archived: PurgeReportRow[];
  readonly kept: PurgeReportRow[];
  readonly summary: { scanned: number; due: PurgePlanSummary['due']; kept: PurgePlanSummary['kept']; conflicts: number };
}

/**
 * Runs the purge plan of `@priv/retention` over the stored records of every account under this
 * policy, as of `asOf`, and carries it out in the database: deletes rows, anonymises or archives
 * them. Legal holds on accounts are passed as subject holds. Returns what happened to `accountId`'s
 * records and the counts over all.
 */
export async function runPurge(db: Db, policyId: string, manifest: PrivacyManifest, asOf: Date, accountId: string, ranAt: Date): Promise<PurgeReport> {
  const policy = retentionPolicyOf(manifest);
  const accounts = await db.query<Account>('select * from accounts where policy_id = $1', [policyId]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const subjectHolds = new Map(accounts.filter((a) => a.hold).map((a) => [a.id, [toLegalHold(a.hold!)]]));
  const rows = await db.query<StoredRecord>(
    'select r.* from records r join accounts a on a.id = r.account_id where a.policy_id = $1 and r.anonymised_at is null and r.archived_at is null order by r.id',
    [policyId],
  );
  const stored = new Map(rows.map((r) => [r.id, r]));
  const actions: PurgeAction[] = [];
  const kept: KeptRecord[] = [];
  const summary = await planPurge(
    policy,
    rows.map((r) => toPurgeRecord(r, byId.get(r.account_id)!)),
    { now: asOf, subjectHolds, onAction: (a) => actions.push(a), onKept: (k) => (stored.get(k.id)?.account_id === accountId ? kept.push(k) : undefined) },
  );
  const ids = (kind: PurgeAction['action']) => actions.filter((a) => a.action === kind).map((a) => a.id);
  await db.transaction(async (tx) => {
    const del = ids('delete');
    if (del.length) await tx.query('delete from records where id = any($1::text[])', [del]);
    const anon = ids('anonymise');
    if (anon.length) await tx.query("update records set content = '(anonymised)', anonymised_at = $2 where id = any($1::text[])", [anon, asOf]);
    const arch = ids('archive');
    if (arch.length) await tx.query('update records set archived_at = $2 where id = any($1::text[])', [arch, asOf]);
  });
  const row = (id: string, extra: Omit<PurgeReportRow, 'id' | 'label' | 'category' | 'storage'>): PurgeReportRow => {
    const r = stored.get(id)!;
    return { id, label: r.label, category: r.category, storage: r.storage, ...extra };
  };
  const mine = actions.filter((a) => stored.get(a.id)?.account_id === accountId);
  const report: PurgeReport = {
    asOf: asOf.toISOString(),
    ranAt: ranAt.toISOString(),
    deleted: mine.filter((a) => a.action === 'delete').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString(), ...(a.overrides ? { overrides: a.overrides } : {}) })),
    anonymised: mine.filter((a) => a.action === 'anonymise').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    archived: mine.filter((a) => a.action === 'archive').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    kept: kept.map((k) =>
      row(k.id, { reason: k.reason, ...(k.until ? { until: k.until.toISOString() } : {}), ...(k.rule ? { rule: k.rule } : {}), ...(k.hold ? { hold: k.hold } : {}), ...(k.overrides ? { overrides: k.overrides } : {}) }),
    ),
    summary: { scanned: summary.scanned, due: summary.due, kept: summary.kept, conflicts: summary.conflicts },
  };
  await db.query('insert into purge_runs (account_id, ran_at, as_of, result) values ($1, $2, $3, $4)', [accountId, ranAt, asOf, JSON.stringify(report)]);
  return report;
}

/** The latest purge run started from this account's page, if any. */
export async function lastPurge(db: Pick<Db, 'query'>, accountId: string): Promise<PurgeReport | undefined> {
  const rows = await db.query<{ result: PurgeReport }>('select result from purge_runs where account_id = $1 order by id desc limit 1', [accountId]);
  return rows[0]?.result;
}
