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

/** What a real purge run did over one policy's records. */
export interface PurgeRun {
  readonly policyId: string;
  readonly asOf: string;
  readonly ranAt: string;
  readonly summary: PurgeReport['summary'];
  /** Accounts that lost, or had anonymised or archived, at least one record. */
  readonly accountsTouched: number;
}

function reportFor(stored: ReadonlyMap<string, StoredRecord>, actions: readonly PurgeAction[], kept: readonly KeptRecord[], summary: PurgePlanSummary, asOf: Date, ranAt: Date): PurgeReport {
  const row = (id: string, extra: Omit<PurgeReportRow, 'id' | 'label' | 'category' | 'storage'>): PurgeReportRow => {
    const r = stored.get(id)!;
    return { id, label: r.label, category: r.category, storage: r.storage, ...extra };
  };
  return {
    asOf: asOf.toISOString(),
    ranAt: ranAt.toISOString(),
    deleted: actions.filter((a) => a.action === 'delete').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString(), ...(a.overrides ? { overrides: a.overrides } : {}) })),
    anonymised: actions.filter((a) => a.action === 'anonymise').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    archived: actions.filter((a) => a.action === 'archive').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    kept: kept.map((k) =>
      row(k.id, { reason: k.reason, ...(k.until ? { until: k.until.toISOString() } : {}), ...(k.rule ? { rule: k.rule } : {}), ...(k.hold ? { hold: k.hold } : {}), ...(k.overrides ? { overrides: k.overrides } : {}) }),
    ),
    summary: { scanned: summary.scanned, due: summary.due, kept: summary.kept, conflicts: summary.conflicts },
  };
}

/**
 * A preview: what a purge at `asOf` would do to one account's records. Reads only that account's
 * records, plans with `@priv/retention` (legal hold included) and changes nothing.
 */
export async function previewPurge(manifest: PrivacyManifest, account: Account, records: readonly StoredRecord[], asOf: Date): Promise<PurgeReport> {
  const live = records.filter((r) => r.anonymised_at === null && r.archived_at === null);
  const stored = new Map(live.map((r) => [r.id, r]));
  const actions: PurgeAction[] = [];
  const kept: KeptRecord[] = [];
  const subjectHolds = account.hold ? new Map([[account.id, [toLegalHold(account.hold)]]]) : new Map();
  const summary = await planPurge(retentionPolicyOf(manifest), live.map((r) => toPurgeRecord(r, account)), { now: asOf, subjectHolds, onAction: (a) => actions.push(a), onKept: (k) => kept.push(k) });
  return reportFor(stored, actions, kept, summary, asOf, asOf);
}

async function purgeNow(db: Db, policyId: string, manifest: PrivacyManifest, now: Date): Promise<PurgeRun> {
  const policy = retentionPolicyOf(manifest);
  const accounts = await db.query<Account>('select * from accounts where policy_id = $1', [policyId]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const subjectHolds = new Map(accounts.filter((a) => a.hold).map((a) => [a.id, [toLegalHold(a.hold!)]]));
  const rows = await db.query<StoredRecord>(
    'select r.* from records r join accounts a on a.id = r.account_id where a.policy_id = $1 and r.anonymised_at is null and r.archived_at is null',
    [policyId],
  );
  const actions: PurgeAction[] = [];
  const summary = await planPurge(
    policy,
    rows.map((r) => toPurgeRecord(r, byId.get(r.account_id)!)),
    { now, subjectHolds, onAction: (a) => actions.push(a) },
  );
  const ids = (kind: PurgeAction['action']) => actions.filter((a) => a.action === kind).map((a) => a.id);
  const accountOf = new Map(rows.map((r) => [r.id, r.account_id]));
  const touched = new Set(actions.map((a) => accountOf.get(a.id)));
  if (actions.length > 0) {
    // Only the due records are written, all or none.
    await db.transaction(async (tx) => {
      const del = ids('delete');
      if (del.length) await tx.query('delete from records where id = any($1::text[])', [del]);
      const anon = ids('anonymise');
      if (anon.length) await tx.query("update records set content = '(anonymised)', anonymised_at = $2 where id = any($1::text[])", [anon, now]);
      const arch = ids('archive');
      if (arch.length) await tx.query('update records set archived_at = $2 where id = any($1::text[])', [arch, now]);
    });
  }
  const run: PurgeRun = { policyId, asOf: now.toISOString(), ranAt: now.toISOString(), summary: { scanned: summary.scanned, due: summary.due, kept: summary.kept, conflicts: summary.conflicts }, accountsTouched: touched.size };
  await db.query('insert into purge_runs (account_id, ran_at, as_of, result) values ($1, $2, $3, $4)', [`policy:${policyId}`, now, now, JSON.stringify(run)]);
  return run;
}

/** One database's purge queue: the policies waiting, the one running, and who waits for the queue to empty. */
interface PurgeQueue {
  readonly pending: Map<string, PrivacyManifest>;
  /** When (monotonic ms) each policy's last run ended. */
  readonly ended: Map<string, number>;
  running: string | undefined;
  worker: Promise<void> | undefined;
}

const queues = new WeakMap<Db, PurgeQueue>();

function queueOf(db: Db): PurgeQueue {
  let q = queues.get(db);
  if (!q) queues.set(db, (q = { pending: new Map(), ended: new Map(), running: undefined, worker: undefined }));
  return q;
}

/**
 * Queues the real purge of these policies and returns at once (a job queue): one worker runs them one
 * after the other, each as of the real time it starts (`now()`), so purges never hold a request, a
 * sign-up or each other up. A policy already waiting is not queued twice: requests made while it
 * waits share its run (one made while it runs queues one more, so what a hold's release or a new
 * deletion made due meanwhile is not missed). `gapMs` spaces the runs of one policy: a request just
 * after a run waits for the gap to pass, then runs.
 * Errors are logged by `onError`, and the queue goes on.
 */
export function requestPurge(db: Db, policies: readonly { id: string; manifest: PrivacyManifest }[], now: () => Date, onError: (error: unknown) => void, options: { readonly gapMs?: number } = {}): void {
  const gap = options.gapMs ?? 0;
  const q = queueOf(db);
  for (const p of policies) q.pending.set(p.id, p.manifest);
  q.worker ??= (async () => {
    await Promise.resolve(); // start after the caller's turn, so requests made together are queued together
    while (q.pending.size > 0) {
      const [id, manifest] = q.pending.entries().next().value as [string, PrivacyManifest];
      // A policy purged moments ago waits out the gap (the request is kept, not dropped), so a burst of
      // requests cannot keep the database busy purging.
      const wait = (q.ended.get(id) ?? Number.NEGATIVE_INFINITY) + gap - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, gap)));
      q.pending.delete(id);
      q.running = id;
      try {
        await purgeNow(db, id, manifest, now());
      } catch (error) {
        onError(error);
      }
      q.running = undefined;
      q.ended.set(id, performance.now());
    }
  })().finally(() => {
    q.worker = undefined;
  });
}

/** What the purge queue is doing: the policy being purged and those waiting. */
export function purgeStatus(db: Db): { running: string | undefined; pending: string[] } {
  const q = queueOf(db);
  return { running: q.running, pending: [...q.pending.keys()] };
}

/** Resolves when the purge queue is empty (tests, shutdown). */
export async function purgesIdle(db: Db): Promise<void> {
  const q = queueOf(db);
  while (q.worker) await q.worker;
}

/** Runs the real purge of one policy now, as of `now`, and waits for it (the scheduled purge and tests). */
export function runPurge(db: Db, policyId: string, manifest: PrivacyManifest, now: Date): Promise<PurgeRun> {
  return purgeNow(db, policyId, manifest, now);
}

/** The latest real purge run of a policy, if any. */
export async function lastPurgeRun(db: Pick<Db, 'query'>, policyId: string): Promise<PurgeRun | undefined> {
  const rows = await db.query<{ result: PurgeRun }>('select result from purge_runs where account_id = $1 order by id desc limit 1', [`policy:${policyId}`]);
  return rows[0]?.result;
}
