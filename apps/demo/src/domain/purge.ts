import { compilePolicy, planPurge, type KeptRecord, type PurgeAction, type PurgePlanSummary, type RetentionPolicy } from '@priv/retention';
import { compileRetentionSql, summariseSql, type SqlRow, type SqlStatement } from '@priv/retention-sql';
import type { PrivacyManifest } from '@priv/schema';
import type { Db } from '../db.js';
import { toLegalHold, type Account } from './accounts.js';
import { purgeMappingFor, purgeViewSql } from './purge-sql.js';
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

function reportFor(
  stored: ReadonlyMap<string, StoredRecord>,
  actions: readonly PurgeAction[],
  kept: readonly KeptRecord[],
  summary: PurgePlanSummary,
  asOf: Date,
  ranAt: Date,
): PurgeReport {
  const row = (id: string, extra: Omit<PurgeReportRow, 'id' | 'label' | 'category' | 'storage'>): PurgeReportRow => {
    const r = stored.get(id)!;
    return { id, label: r.label, category: r.category, storage: r.storage, ...extra };
  };
  return {
    asOf: asOf.toISOString(),
    ranAt: ranAt.toISOString(),
    deleted: actions
      .filter((a) => a.action === 'delete')
      .map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString(), ...(a.overrides ? { overrides: a.overrides } : {}) })),
    anonymised: actions.filter((a) => a.action === 'anonymise').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    archived: actions.filter((a) => a.action === 'archive').map((a) => row(a.id, { rule: a.rule, dueAt: a.dueAt.toISOString() })),
    kept: kept.map((k) =>
      row(k.id, {
        reason: k.reason,
        ...(k.until ? { until: k.until.toISOString() } : {}),
        ...(k.rule ? { rule: k.rule } : {}),
        ...(k.hold ? { hold: k.hold } : {}),
        ...(k.overrides ? { overrides: k.overrides } : {}),
      }),
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
  const summary = await planPurge(
    retentionPolicyOf(manifest),
    live.map((r) => toPurgeRecord(r, account)),
    { now: asOf, subjectHolds, onAction: (a) => actions.push(a), onKept: (k) => kept.push(k) },
  );
  return reportFor(stored, actions, kept, summary, asOf, asOf);
}

/** Lets the event loop answer waiting requests between two statements of a purge (PGlite runs queries on the main thread). */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows one delete, anonymise or archive statement touches at most: a purge is many short statements, never one long one. */
export const PURGE_BATCH_SIZE = 500;

/**
 * The real purge of one policy as of `now`, where the data lives: `@priv/retention-sql` compiles the
 * manifest's rules and the demo's mapping ({@link purgeMappingFor}) to SQL that decides every live
 * record exactly as `planPurge` would (legal holds included), and acts in bounded batches. No record
 * travels through Node to be judged. Each batch is one statement (atomic) and re-decides the rows it
 * touches, so a crash mid-run loses nothing and the next run finishes the job; the event loop is
 * given back between statements, so reads and sign-ups are answered meanwhile.
 */
async function purgeNow(db: Db, policyId: string, manifest: PrivacyManifest, now: Date): Promise<PurgeRun> {
  await ensurePurgeView(db, policyId, manifest);
  const compiled = compileRetentionSql(retentionPolicyOf(manifest), purgeMappingFor(policyId, manifest, now), {
    dialect: 'postgres',
    now,
    batchSize: PURGE_BATCH_SIZE,
    nextDueLimit: 0,
  });
  const table = compiled.tables[0]!;
  const query = async (statement: SqlStatement) => {
    await yieldToRequests();
    return db.query<SqlRow>(statement.sql, statement.params);
  };
  // The plan first (one grouped query): what is due, what is kept and why. Most runs find nothing due and stop here.
  const summary = summariseSql(compiled, await query(table.summary), []);
  let touched = 0;
  if (summary.due.total > 0) {
    // Who is touched, and what is due to be archived (the package leaves archiving to the app).
    const due = await query(table.dueActions);
    touched = new Set(due.map((row) => String(row.subject))).size;
    // Fresh statistics first: PGlite has no autovacuum, and without them the planner takes a table of
    // thousands of rows for one row and runs the batch's plan once per record (seconds, not milliseconds).
    await yieldToRequests();
    await db.exec('analyze records; analyze accounts');
    // Delete, then anonymise, in batches until a batch changes fewer rows than the batch size. Bounded:
    // no more batches than the due rows need, plus one.
    const batches: [number, SqlStatement | undefined][] = [
      [summary.due.delete, table.deleteBatch],
      [summary.due.anonymise, table.anonymiseBatch],
    ];
    for (const [count, statement] of batches) {
      if (count === 0 || !statement) continue;
      for (let i = 0; i <= Math.ceil(count / PURGE_BATCH_SIZE); i++) {
        await yieldToRequests();
        if ((await db.execute(statement.sql, statement.params)) < PURGE_BATCH_SIZE) break;
      }
    }
    const archive = due.filter((row) => row.action === 'archive').map((row) => String(row.id));
    for (let i = 0; i < archive.length; i += PURGE_BATCH_SIZE) {
      await yieldToRequests();
      await db.execute('update records set archived_at = $2 where id = any($1::text[]) and archived_at is null', [archive.slice(i, i + PURGE_BATCH_SIZE), now]);
    }
  }
  const run: PurgeRun = {
    policyId,
    asOf: now.toISOString(),
    ranAt: now.toISOString(),
    summary: { scanned: summary.scanned, due: summary.due, kept: summary.kept, conflicts: summary.conflicts },
    accountsTouched: touched,
  };
  await db.query('insert into purge_runs (account_id, ran_at, as_of, result) values ($1, $2, $3, $4)', [`policy:${policyId}`, now, now, JSON.stringify(run)]);
  return run;
}

/** The view statements last run per database and view, so a policy's view is created once, not on every run. */
const views = new WeakMap<Db, Map<string, string>>();

/** (Re)creates the view of a policy's live records when it is missing or the manifest changed it. */
async function ensurePurgeView(db: Db, policyId: string, manifest: PrivacyManifest): Promise<void> {
  let made = views.get(db);
  if (!made) views.set(db, (made = new Map()));
  const sql = purgeViewSql(policyId, manifest);
  if (made.get(policyId) === sql) return;
  await db.exec(sql);
  made.set(policyId, sql);
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
export function requestPurge(
  db: Db,
  policies: readonly { id: string; manifest: PrivacyManifest }[],
  now: () => Date,
  onError: (error: unknown) => void,
  options: { readonly gapMs?: number } = {},
): void {
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
