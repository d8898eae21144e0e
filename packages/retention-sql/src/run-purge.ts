import type { PurgePlanSummary } from '@priv/retention';
import type { CompiledRetentionSql } from './compile.js';
import { InvalidOptionError } from './errors.js';
import type { SqlStatement } from './params.js';
import { summariseSql, type SqlRow } from './summarise.js';

/**
 * How {@link runPurge} talks to a database: any driver fits in a few lines (see the README for
 * node-postgres, PGlite, DuckDB and better-sqlite3).
 */
export interface SqlExecutor {
  /** Runs a SELECT and returns its rows. */
  query(statement: SqlStatement): Promise<readonly SqlRow[]>;
  /** Runs a DELETE or UPDATE and returns how many rows it changed. */
  execute(statement: SqlStatement): Promise<number>;
}

/** Options of {@link runPurge}. */
export interface RunPurgeOptions {
  /** At most this many statements per table and action, so the loop is bounded. Default 1,000,000. */
  readonly maxBatches?: number;
  /** Called after each batch. */
  readonly onBatch?: (batch: { readonly table: string; readonly action: 'delete' | 'anonymise'; readonly changed: number }) => void;
}

/** What {@link runPurge} did. */
export interface RunPurgeResult {
  /** The plan before acting (from the summary and soonest-due queries). */
  readonly summary: PurgePlanSummary;
  readonly deleted: number;
  readonly anonymised: number;
  readonly batches: number;
  /** False when `maxBatches` stopped a table before its due rows ran out: run again. */
  readonly complete: boolean;
  /** True when nothing was changed because the statements were compiled with `dryRun`. */
  readonly dryRun: boolean;
}

/**
 * Runs a compiled purge: first the summary (what is due, what is kept and why), then, unless the
 * statements were compiled with `dryRun`, the delete and anonymise batches of every table until a
 * batch changes fewer rows than `batchSize`. Each batch is one statement (atomic), re-decides the
 * rows it touches and skips rows already anonymised, so a crash mid-run loses nothing and running
 * again finishes the job (idempotent). Archive actions are listed by the `due` query and left to you.
 *
 * @param executor - Runs statements on your connection.
 * @param compiled - What {@link compileRetentionSql} returned.
 * @param options - A bound on batches, a progress callback.
 * @returns The summary and how many rows were deleted and anonymised.
 * @throws InvalidOptionError for a bad `maxBatches`; whatever the driver throws.
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { compileRetentionSql, runPurge, type SqlMappingInput, type SqlRow } from '@priv/retention-sql';
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
 * const sql = compileRetentionSql(manifest, mapping, { dialect: 'postgres', now: new Date('2026-06-01T00:00:00Z'), batchSize: 5000 });
 * const result = await runPurge({
 *   query: async (s) => (await client.query<SqlRow>(s.sql, [...s.params])).rows,
 *   execute: async (s) => (await client.query(s.sql, [...s.params])).affectedRows ?? 0, // node-postgres: rowCount
 * }, sql);
 * console.log(`${result.deleted} deleted, ${result.anonymised} anonymised, ${result.summary.kept.on_hold} on hold`); // 1 deleted, 0 anonymised, 0 on hold
 * result.deleted; // 1
 */
export async function runPurge(executor: SqlExecutor, compiled: CompiledRetentionSql, options: RunPurgeOptions = {}): Promise<RunPurgeResult> {
  const maxBatches = options.maxBatches ?? 1_000_000;
  if (!Number.isInteger(maxBatches) || maxBatches < 1) throw new InvalidOptionError(['maxBatches'], 'maxBatches must be a whole number, 1 or more');
  const summaryRows: SqlRow[] = [];
  const nextRows: SqlRow[] = [];
  for (const table of compiled.tables) {
    summaryRows.push(...(await executor.query(table.summary)));
    nextRows.push(...(await executor.query(table.nextDue)));
  }
  const summary = summariseSql(compiled, summaryRows, nextRows);
  let deleted = 0;
  let anonymised = 0;
  let batches = 0;
  let complete = true;
  if (!compiled.dryRun) {
    for (const table of compiled.tables) {
      for (const [action, statement] of [
        ['delete', table.deleteBatch],
        ['anonymise', table.anonymiseBatch],
      ] as const) {
        if (statement === undefined) continue;
        let done = false;
        for (let i = 0; i < maxBatches; i++) {
          const changed = await executor.execute(statement);
          batches++;
          if (action === 'delete') deleted += changed;
          else anonymised += changed;
          options.onBatch?.({ table: table.table, action, changed });
          if (changed < compiled.batchSize) {
            done = true;
            break;
          }
        }
        if (!done) complete = false;
      }
    }
  }
  return { summary, deleted, anonymised, batches, complete, dryRun: compiled.dryRun };
}
