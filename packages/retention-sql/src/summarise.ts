import { KEPT_REASONS, type KeptReason, type NextDue, type PurgeAction, type PurgePlanSummary, type RetentionPolicy } from '@priv/retention';
import type { RetentionAction } from '@priv/schema';
import type { CompiledRetentionSql } from './compile.js';

/** A row as a driver returns it: column name -> value (numbers may come as strings or bigints). */
export type SqlRow = Readonly<Record<string, unknown>>;

function count(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'bigint' ? Number(value) : Number(value);
  if (!Number.isFinite(n)) throw new TypeError(`Expected a number from the database, got ${String(value)}`);
  return n;
}

function text(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

/**
 * One row of a `due` (or `decisions`) query as the `PurgeAction` `planPurge` would hand to
 * `onAction`: `{ id, action, dueAt, rule, overrides?, subject? }`. Ids become strings, as in
 * `planPurge`.
 *
 * @param row - A row with the columns `id, subject, rule, action, due_ms, overrides`.
 * @returns The action.
 * @example
 * import { toPurgeAction } from '@priv/retention-sql';
 *
 * // A row of a `due` query (in an app: `(await client.query(table.due.sql, [...table.due.params])).rows`)
 * const row = { id: 42, subject: null, status: 'due', rule: 'logs_30_days', action: 'delete', due_ms: '1776643200000', overrides: null };
 * const action = toPurgeAction(row); // { id: '42', action: 'delete', dueAt: 2026-04-20T00:00:00.000Z, rule: 'logs_30_days' }
 * action.id; // '42'
 * action.dueAt.toISOString(); // '2026-04-20T00:00:00.000Z'
 */
export function toPurgeAction(row: SqlRow): PurgeAction {
  const overrides = text(row.overrides);
  const subject = text(row.subject);
  return {
    id: String(row.id),
    action: String(row.action) as RetentionAction,
    dueAt: new Date(count(row.due_ms)),
    rule: String(row.rule),
    ...(overrides === undefined ? {} : { overrides }),
    ...(subject === undefined ? {} : { subject }),
  };
}

/**
 * Builds the summary `planPurge` returns from the rows of every table's `summary` and `nextDue`
 * queries: counts of due records by action, kept records by reason, conflicts, per-rule counts, and
 * the soonest-due kept records (merged across tables, soonest first, ties by id then rule).
 *
 * @param compiled - What {@link compileRetentionSql} returned (for `now`, the rules and the limit).
 * @param summaryRows - The rows of every table's `summary` statement, concatenated.
 * @param nextDueRows - The rows of every table's `nextDue` statement, concatenated.
 * @returns A `PurgePlanSummary`, equal to `planPurge`'s for the same records.
 * @throws TypeError when a row holds a count that is not a number or a status that is not a kept reason (rows not from the compiled `summary` and `nextDue` statements)
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { compileRetentionSql, summariseSql, type SqlMappingInput, type SqlRow } from '@priv/retention-sql';
 *
 * const manifest = { // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.technical', retention: ['logs_30_days'] }],
 *   retention: [{ key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * } as const;
 * const client = new PGlite(); // PostgreSQL in memory; node-postgres' client.query has the same shape
 * await client.exec(`CREATE TABLE server_logs (id TEXT PRIMARY KEY, created_at TIMESTAMPTZ);
 *   INSERT INTO server_logs VALUES ('17', '2026-04-01T12:00:00Z'), ('18', '2026-05-20T12:00:00Z')`);
 * const mapping: SqlMappingInput = { tables: [{ name: 'server_logs', id: 'id', categories: ['user.technical'], storage: 'logs', events: { record_created: 'created_at' } }] };
 * const sql = compileRetentionSql(manifest, mapping, { dialect: 'postgres', now: new Date('2026-06-01T00:00:00Z') });
 * const summaryRows: SqlRow[] = [];
 * const nextRows: SqlRow[] = [];
 * for (const t of sql.tables) {
 *   summaryRows.push(...(await client.query<SqlRow>(t.summary.sql, [...t.summary.params])).rows);
 *   nextRows.push(...(await client.query<SqlRow>(t.nextDue.sql, [...t.nextDue.params])).rows);
 * }
 * const summary = summariseSql(sql, summaryRows, nextRows);
 * summary.due.delete; // 1
 * summary.kept.on_hold; // 0: no record is on a legal hold
 * summary.nextDue[0]?.id; // '18'
 */
export function summariseSql(
  compiled: Pick<CompiledRetentionSql, 'now' | 'policy' | 'nextDueLimit'>,
  summaryRows: readonly SqlRow[],
  nextDueRows: readonly SqlRow[],
): PurgePlanSummary {
  const policy: RetentionPolicy = compiled.policy;
  const due: Record<RetentionAction, number> = { delete: 0, anonymise: 0, archive: 0 };
  const kept: Record<KeptReason, number> = { on_hold: 0, anchor_missing: 0, indefinite: 0, no_rule: 0, grace_period: 0, retention_period: 0 };
  const byRule: Record<string, { due: number; kept: number }> = {};
  for (const rule of policy.rules) byRule[rule.key] = { due: 0, kept: 0 };
  let scanned = 0;
  let conflicts = 0;
  for (const row of summaryRows) {
    const n = count(row.n);
    const status = String(row.status);
    const rule = text(row.rule);
    scanned += n;
    conflicts += count(row.conflicts);
    if (status === 'due') {
      due[String(row.action) as RetentionAction] += n;
      if (rule !== undefined && byRule[rule]) byRule[rule].due += n;
    } else {
      if (!(KEPT_REASONS as readonly string[]).includes(status)) throw new TypeError(`Unknown status "${status}" in a summary row`);
      kept[status as KeptReason] += n;
      if (rule !== undefined && byRule[rule]) byRule[rule].kept += n;
    }
  }
  const next: NextDue[] = nextDueRows.map((row) => ({
    id: String(row.id),
    dueAt: new Date(count(row.due_ms)),
    action: String(row.action) as RetentionAction,
    rule: String(row.rule),
  }));
  next.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const keptTotal = KEPT_REASONS.reduce((sum, reason) => sum + kept[reason], 0);
  return {
    now: new Date(compiled.now.getTime()),
    scanned,
    due: { total: due.delete + due.anonymise + due.archive, ...due },
    kept: { total: keptTotal, ...kept },
    conflicts,
    byRule,
    nextDue: next.slice(0, compiled.nextDueLimit),
  };
}
