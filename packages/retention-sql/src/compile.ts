import { compilePolicy, type RetentionPolicy, type RetentionPolicyInput } from '@priv/retention';
import { decisionQuery, type RuleCutoff } from './decision-sql.js';
import type { SqlDialect, SqlDialectName } from './dialect.js';
import { duckdbDialect } from './dialect-duckdb.js';
import { postgresDialect } from './dialect-postgres.js';
import { sqliteDialect } from './dialect-sqlite.js';
import { InvalidOptionError } from './errors.js';
import { parseSqlMapping, type SqlMapping, type SqlMappingInput, type SqlTableMapping } from './mapping.js';
import { ParamList, type SqlStatement } from './params.js';

/** Options of {@link compileRetentionSql}. */
export interface CompileSqlOptions {
  /** Which SQL to write. */
  readonly dialect: SqlDialectName;
  /** The instant the purge is judged at (cutoffs are computed for it). Required: there is no hidden clock. */
  readonly now: Date;
  /** How many rows one delete or update statement touches at most. Default 1,000. */
  readonly batchSize?: number;
  /** How many soonest-due kept records `nextDue` lists. Default 100 (as `planPurge`). */
  readonly nextDueLimit?: number;
  /** Only selects: no delete and no update statement is written. Default false. */
  readonly dryRun?: boolean;
  /**
   * SQLite only: evaluate rules counted in a zone other than UTC with the `priv_rule_end` function
   * (register it with {@link sqliteFunctions}). Without it such rules throw `UnsupportedRuleError`.
   */
  readonly sqliteZoneFunction?: boolean;
  /**
   * PostgreSQL and DuckDB: for rules counted in a zone other than UTC, the statements carry the
   * zone's offsets for this many years each side of `now` (computed here from the runtime's time
   * zone data and `@priv/calendar`, as `planPurge` computes them), so due instants inside that range
   * need no zone conversion in the database; outside it the database's `AT TIME ZONE` / `timezone()`
   * decides. Default 20; 0 = the database's zone functions only. At most 200.
   */
  readonly zoneTableYears?: number;
}

/** The statements of one table. */
export interface CompiledTableSql {
  /** The table, as mapped. */
  readonly table: string;
  /**
   * Every record with its verdict: `id, subject, status ('due' or a kept reason), rule, action,
   * due_ms, overrides`. `rule` is the deciding rule (or the rule behind the kept reason), `due_ms` the
   * latest end in epoch ms (for `due`, `grace_period`, `retention_period`).
   */
  readonly decisions: SqlStatement;
  /** The due records only (same columns): what `planPurge` hands to `onAction`. */
  readonly due: SqlStatement;
  /** The due records with their action only (`id, subject, status, action`): cheaper than `due` (no due instant, no deciding rule), what the batches act on: a hold not released at `now` blocks even if placed after `now`. */
  readonly dueActions: SqlStatement;
  /** `status, rule, action, n, conflicts` grouped: feed the rows to {@link summariseSql}. */
  readonly summary: SqlStatement;
  /** `id, due_ms, action, rule`: the kept records due soonest, soonest first (ties by id, then rule). */
  readonly nextDue: SqlStatement;
  /** Deletes at most `batchSize` due records whose action is `delete` (absent in a dry run). */
  readonly deleteBatch: SqlStatement | undefined;
  /** Anonymises at most `batchSize` due records whose action is `anonymise` and that are not anonymised yet (absent without `anonymise` in the mapping, or in a dry run). */
  readonly anonymiseBatch: SqlStatement | undefined;
  /** The cutoffs computed outside the database, per rule. */
  readonly cutoffs: readonly RuleCutoff[];
}

/** The statements of every mapped table, compiled for one instant. */
export interface CompiledRetentionSql {
  readonly dialect: SqlDialectName;
  readonly now: Date;
  readonly batchSize: number;
  readonly nextDueLimit: number;
  readonly dryRun: boolean;
  /** The policy the statements were compiled from. */
  readonly policy: RetentionPolicy;
  readonly tables: readonly CompiledTableSql[];
}

const DIALECTS: readonly SqlDialectName[] = ['postgres', 'duckdb', 'sqlite'];

function dialectOf(options: CompileSqlOptions): SqlDialect {
  switch (options.dialect) {
    case 'postgres':
      return postgresDialect;
    case 'duckdb':
      return duckdbDialect;
    case 'sqlite':
      return sqliteDialect({ zoneFunction: options.sqliteZoneFunction === true });
    default:
      throw new InvalidOptionError(['dialect'], `Unknown dialect ${JSON.stringify(options.dialect)}: use one of ${DIALECTS.join(', ')}`);
  }
}

function positiveInteger(value: number | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) throw new InvalidOptionError([name], `${name} must be a whole number from 0 to ${max}`);
  return value;
}

/**
 * Compiles a manifest's retention rules and a database mapping to parametrised SQL for one dialect,
 * judged at `now`: the decisions of every record, exactly as `planPurge` of `@priv/retention` makes
 * them (due set, action, deciding rule, due instant, kept reasons, holds, minimum keeps, conflicts),
 * the summary and soonest-due queries, and bounded delete and anonymise batches. Values are always
 * parameters; identifiers come from the validated mapping and are quoted.
 *
 * @param policy - A manifest (or anything with `retention` and `collections`), or a compiled policy.
 * @param mapping - Where the records live (see {@link SqlMappingSchema}).
 * @param options - The dialect, `now`, batch size, dry run.
 * @returns The statements, per table.
 * @throws InvalidMappingError, UnmappedAnchorError, UnsupportedRuleError, InvalidOptionError, and
 *   the `RetentionError`s of `compilePolicy` for a bad policy.
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { compileRetentionSql, type SqlMappingInput } from '@priv/retention-sql';
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
 * for (const table of sql.tables) {
 *   const { rows } = await client.query<{ id: string }>(table.due.sql, [...table.due.params]);
 *   rows.map((row) => row.id); // ['17']: created 1 April, gone by 2 May
 * }
 */
export function compileRetentionSql(
  policy: RetentionPolicyInput | RetentionPolicy,
  mapping: SqlMappingInput | SqlMapping,
  options: CompileSqlOptions,
): CompiledRetentionSql {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError([], 'Options are required: { dialect, now }');
  const dialect = dialectOf(options);
  const now = options.now;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidOptionError(['now'], 'now must be a valid Date');
  const batchSize = positiveInteger(options.batchSize, 1000, 'batchSize', 1_000_000);
  if (batchSize === 0) throw new InvalidOptionError(['batchSize'], 'batchSize must be at least 1');
  const nextDueLimit = positiveInteger(options.nextDueLimit, 100, 'nextDueLimit', 1_000_000);
  const dryRun = options.dryRun === true;
  const zoneTableYears = positiveInteger(options.zoneTableYears, 20, 'zoneTableYears', 200);
  const compiled = compilePolicy(policy);
  const parsed = parseSqlMapping(mapping);
  const tables = parsed.tables.map((table, index) =>
    compileTable(compiled, parsed, index, table, dialect, now.getTime(), { batchSize, nextDueLimit, dryRun, zoneTableYears }),
  );
  return { dialect: dialect.name, now: new Date(now.getTime()), batchSize, nextDueLimit, dryRun, policy: compiled, tables };
}

function compileTable(
  policy: RetentionPolicy,
  mapping: SqlMapping,
  index: number,
  table: SqlTableMapping,
  d: SqlDialect,
  nowMs: number,
  o: { batchSize: number; nextDueLimit: number; dryRun: boolean; zoneTableYears: number },
): CompiledTableSql {
  const cutoffCache = new Map();
  const zoneTables = new Map();
  const build = (holdsFromPlacement: boolean, filter: 'due' | 'dated' | undefined) => {
    const p = new ParamList(d.cast);
    // Deletes and updates need the action only, never the due instant.
    const q = decisionQuery(policy, mapping, index, d, p, nowMs, {
      holdsFromPlacement,
      cutoffCache,
      zoneTables,
      zoneTableYears: o.zoneTableYears,
      ...(filter ? { filter } : {}),
      actionOnly: !holdsFromPlacement,
    });
    return { p, q };
  };
  const one = (
    make: (sql: string, p: ParamList) => string,
    holdsFromPlacement = true,
    filter?: 'due' | 'dated',
  ): { statement: SqlStatement; cutoffs: readonly RuleCutoff[] } => {
    const { p, q } = build(holdsFromPlacement, filter);
    return { statement: p.statement(make(q.sql, p), d.placeholders), cutoffs: q.cutoffs };
  };
  const decisions = one((sql) => sql);
  const due = one((sql) => `SELECT * FROM (${sql}) d WHERE status = 'due'`, true, 'due');
  const dueActions = one((sql) => `SELECT * FROM (${sql}) d WHERE status = 'due'`, false, 'due');
  const summary = one(
    (sql) =>
      `SELECT status, rule, action, COUNT(*) AS n, SUM(CASE WHEN overrides IS NULL THEN 0 ELSE 1 END) AS conflicts FROM (${sql}) d GROUP BY status, rule, action`,
  );
  const nextDue = one(
    (sql, p) =>
      `SELECT id, due_ms, action, rule FROM (${sql}) d WHERE status IN ('grace_period', 'retention_period') ORDER BY due_ms, ${d.idText('id')}, rule LIMIT ${p.add(o.nextDueLimit, 'bigint')}`,
    true,
    'dated',
  );
  const target = d.ident(table.name);
  const idColumn = d.ident(table.id);
  const deleteBatch = o.dryRun
    ? undefined
    : one(
        (sql, p) =>
          `DELETE FROM ${target} WHERE ${idColumn} IN (SELECT id FROM (${sql}) d WHERE status = 'due' AND action = 'delete' LIMIT ${p.add(o.batchSize, 'bigint')})`,
        false,
        'due',
      ).statement;
  const anonymise = table.anonymise;
  const anonymiseBatch =
    o.dryRun || !anonymise
      ? undefined
      : one(
          (sql, p) => {
            const set = Object.entries(anonymise.set)
              .map(([column, value]) => `${d.ident(column)} = ${p.add(value, 'raw')}`)
              .join(', ');
            return `UPDATE ${target} SET ${set} WHERE ${idColumn} IN (SELECT id FROM (${sql}) d WHERE status = 'due' AND action = 'anonymise' AND pending LIMIT ${p.add(o.batchSize, 'bigint')})`;
          },
          false,
          'due',
        ).statement;
  return {
    table: table.name,
    decisions: decisions.statement,
    due: due.statement,
    dueActions: dueActions.statement,
    summary: summary.statement,
    nextDue: nextDue.statement,
    deleteBatch,
    anonymiseBatch,
    cutoffs: decisions.cutoffs,
  };
}
