// Benchmark (not a test): the compiled SQL against a hand-written query for the same rules, and
// against planPurge fed the same rows through the driver, on DuckDB (10 M rows by default) and a
// PostgreSQL 15 server (1 M rows; PRIV_PG_URL, from scripts/postgres.sh).
//
//   node --expose-gc --import tsx bench/purge-sql.ts [--duckdb-rows N] [--pg-rows N] [--skip-pg] [--skip-duckdb] [--zone UTC] [--zone-table-years N] [--pg-jit]
//     [--quick: only the compiled due actions and the hand-written query] [--due: with --quick, the compiled due list too]
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { compilePolicy, createPurgePlanner, type LegalHold, type PurgeRecord } from '@priv/retention';
import pg from 'pg';
import { compileRetentionSql, type CompiledTableSql, type SqlMappingInput, type SqlStatement } from '../src/index.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const QUICK = args.includes('--quick');
/** The compiled due list (instants, rules): always, or with --quick when --due is given. */
const WITH_DUE = !QUICK || args.includes('--due');
const DUCK_ROWS = flag('--duckdb-rows', 10_000_000);
const PG_ROWS = flag('--pg-rows', 1_000_000);
const NOW = new Date('2026-06-01T00:00:00Z');
/** compileRetentionSql's zoneTableYears (--zone-table-years N). */
const ZONE_TABLE_YEARS = flag('--zone-table-years', 20);
const zoneAt = args.indexOf('--zone');
/** The manifest's zone (default Europe/Berlin; one rule is always UTC). */
const ZONE = zoneAt === -1 ? 'Europe/Berlin' : (args[zoneAt + 1] as string);

const policy = compilePolicy({
  timeZone: ZONE,
  retention: [
    { key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' },
    {
      key: 'personal_data_after_deletion',
      description: 'Personal data is deleted 30 days after the account.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'removal_after_grace',
      description: '7 days to recover, removed after 30.',
      anchor: 'deletion_requested',
      period: { days: 30 },
      gracePeriod: { days: 7 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'financial_7_years',
      description: 'Invoices are kept 7 years from the fiscal year end.',
      anchor: 'transaction_date',
      period: { years: 7 },
      bound: 'minimum',
      action: 'delete',
      alignTo: 'fiscal_year_end',
      fiscalYearEnd: { month: 3, day: 31 },
    },
    {
      key: 'tickets_3_years',
      description: 'Tickets are kept 3 years after resolution.',
      anchor: 'ticket_resolved',
      period: { years: 3 },
      minimum: { years: 3 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'usage_anonymised_90_days',
      description: 'Usage is anonymised after 90 days.',
      anchor: 'record_created',
      period: { days: 90 },
      bound: 'maximum',
      action: 'anonymise',
      timeZone: 'UTC',
    },
  ],
  collections: [
    { category: 'user.technical', retention: ['logs_30_days'] },
    { category: 'user.contact', retention: ['personal_data_after_deletion', 'removal_after_grace'] },
    { category: 'user.financial', retention: ['financial_7_years', 'personal_data_after_deletion'] },
    { category: 'user.communication', retention: ['tickets_3_years', 'personal_data_after_deletion'] },
    { category: 'user.behavior', retention: ['usage_anonymised_90_days'] },
  ],
});
const KINDS: Record<string, string[]> = {
  log: ['user.technical'],
  profile: ['user.contact'],
  invoice: ['user.financial'],
  ticket: ['user.communication'],
  usage: ['user.behavior'],
};
const EVENTS = {
  record_created: 'created_at',
  account_deleted: 'deleted_at',
  deletion_requested: 'requested_at',
  transaction_date: 'tx_at',
  ticket_resolved: 'resolved_at',
} as const;
const mapping: SqlMappingInput = {
  tables: [{ name: 'bench', id: 'id', subject: 'subject', categories: { column: 'kind', values: KINDS }, events: { ...EVENTS } }],
  holds: { table: 'bench_holds', recordId: 'record_id', subject: 'subject_id', placedAt: 'placed_at', releasedAt: 'released_at' },
};

/** Rows made by the database from their number: the same data in DuckDB and PostgreSQL. */
function generate(ts: (ms: string) => string, mod: (a: string, b: number) => string): string {
  const base = Date.UTC(2017, 0, 1);
  const span = 9 * 365 * 86_400_000; // 2017 .. 2026
  const at = (mult: number, every: number) => `CASE WHEN ${mod(`i * ${mult}`, every)} = 0 THEN ${ts(`${base} + ${mod(`i * ${mult + 2}`, span)}`)} END`;
  return `SELECT i AS id, ${mod('i', 200_000)} AS subject,
    CASE ${mod('i', 5)} WHEN 0 THEN 'log' WHEN 1 THEN 'profile' WHEN 2 THEN 'invoice' WHEN 3 THEN 'ticket' ELSE 'usage' END AS kind,
    ${ts(`${Date.UTC(2026, 0, 1)} + ${mod('i * 7919', 180 * 86_400_000)}`)} AS created_at,
    ${at(104_729, 4)} AS deleted_at, ${at(15_485_863, 6)} AS requested_at, ${at(32_452_843, 2)} AS tx_at, ${at(49_979_687, 3)} AS resolved_at
    FROM`;
}

/** The same rules written by hand with the same cutoffs: what a team would write for its purge. */
function handWritten(table: CompiledTableSql, placeholder: (n: number, type: 'instant') => string, instant: (ms: number) => string | number): SqlStatement {
  const params: (string | number)[] = [];
  const p = (ruleKey: string, which: 'cutoff' | 'graceCutoff') => {
    const c = table.cutoffs.find((x) => x.rule === ruleKey)?.[which];
    if (!c) throw new Error(`no ${which} for ${ruleKey}`);
    params.push(instant(c.getTime()));
    return placeholder(params.length, 'instant');
  };
  params.push(instant(NOW.getTime()));
  const now = placeholder(1, 'instant');
  const pad = p('personal_data_after_deletion', 'cutoff');
  const sql = `SELECT action, COUNT(*) AS n FROM (SELECT CASE
      WHEN EXISTS (SELECT 1 FROM bench_holds h WHERE h.record_id = r.id AND h.placed_at <= ${now} AND (h.released_at IS NULL OR h.released_at > ${now}))
        OR EXISTS (SELECT 1 FROM bench_holds h WHERE h.subject_id = r.subject AND h.placed_at <= ${now} AND (h.released_at IS NULL OR h.released_at > ${now})) THEN NULL
      WHEN kind = 'log' THEN CASE WHEN created_at < ${p('logs_30_days', 'cutoff')} THEN 'delete' END
      WHEN kind = 'profile' THEN CASE WHEN (deleted_at IS NOT NULL OR requested_at IS NOT NULL) AND (deleted_at IS NULL OR deleted_at < ${pad}) AND (requested_at IS NULL OR requested_at < ${p('removal_after_grace', 'cutoff')}) THEN 'delete' END
      WHEN kind = 'invoice' THEN CASE WHEN tx_at IS NOT NULL AND tx_at < ${p('financial_7_years', 'cutoff')} AND (deleted_at IS NULL OR deleted_at < ${pad}) THEN 'delete' END
      WHEN kind = 'ticket' THEN CASE WHEN resolved_at IS NOT NULL AND resolved_at < ${p('tickets_3_years', 'cutoff')} AND (deleted_at IS NULL OR deleted_at < ${pad}) THEN 'delete' END
      WHEN kind = 'usage' THEN CASE WHEN created_at < ${p('usage_anonymised_90_days', 'cutoff')} THEN 'anonymise' END
    END AS action FROM bench r) d WHERE action IS NOT NULL GROUP BY action`;
  return { sql, params };
}

function dueCount(statement: SqlStatement): SqlStatement {
  return { sql: `SELECT action, COUNT(*) AS n FROM (${statement.sql}) x GROUP BY action`, params: statement.params };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

async function timed<T>(label: string, rows: number, run: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`  ${label.padEnd(52)} ${seconds.toFixed(2).padStart(7)} s  ${(rows / seconds / 1e6).toFixed(2).padStart(6)} M rows/s`);
  return { seconds, value };
}

function counts(rows: readonly Record<string, unknown>[]): string {
  return rows
    .map((r) => `${String(r.action)}=${Number(r.n)}`)
    .sort()
    .join(' ');
}

/** planPurge fed rows as the driver hands them over, chunk by chunk; returns the due count by action. */
type Holds = { byRecord: Map<string, LegalHold[]>; bySubject: Map<string, LegalHold[]> };

/** The holds table, read once (it is small): record holds by id, subject holds by subject. */
function holdsOf(rows: readonly Record<string, unknown>[]): Holds {
  const byRecord = new Map<string, LegalHold[]>();
  const bySubject = new Map<string, LegalHold[]>();
  rows.forEach((row, i) => {
    const hold: LegalHold = { id: `h${i}`, placedAt: row.placed_at as Date, ...(row.released_at instanceof Date ? { releasedAt: row.released_at } : {}) };
    const add = (map: Map<string, LegalHold[]>, key: unknown) => map.set(String(key), [...(map.get(String(key)) ?? []), hold]);
    if (row.record_id !== null) add(byRecord, row.record_id);
    if (row.subject_id !== null) add(bySubject, row.subject_id);
  });
  return { byRecord, bySubject };
}

/** planPurge fed rows as the driver hands them over, chunk by chunk; counts the due records by action. */
function plannerFor(holds: Holds) {
  const due = { delete: 0, anonymise: 0, archive: 0 };
  const planner = createPurgePlanner(policy, { now: NOW, onAction: (a) => due[a.action]++, subjectHolds: holds.bySubject });
  return { planner, due };
}

function toRecord(row: Record<string, unknown>, holds: Holds): PurgeRecord {
  const events: Record<string, Date | null> = {};
  for (const [event, column] of Object.entries(EVENTS)) {
    const v = row[column] as { micros?: bigint } | Date | null;
    // node-postgres gives Dates; DuckDB chunks give TIMESTAMPTZ values in microseconds.
    events[event] = v instanceof Date ? v : v && typeof v.micros === 'bigint' ? new Date(Number(v.micros / 1000n)) : null;
  }
  const id = String(row.id);
  const own = holds.byRecord.get(id);
  return { id, categories: KINDS[String(row.kind)] ?? [], events, subject: String(row.subject), ...(own ? { holds: own } : {}) };
}

async function duckdb(): Promise<void> {
  console.log(`DuckDB (@duckdb/node-api), ${DUCK_ROWS.toLocaleString('en')} rows, 1 thread, manifest zone ${ZONE}, zoneTableYears ${ZONE_TABLE_YEARS}`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn: DuckDBConnection = await instance.connect();
  await conn.run(`SET TimeZone = 'UTC'`);
  const q = async (s: SqlStatement) => (await conn.runAndReadAll(s.sql, [...s.params] as DuckDBValue[])).getRowObjects();
  const gen = generate(
    (ms) => `CAST(epoch_ms((${ms})::BIGINT) AS TIMESTAMPTZ)`,
    (a, b) => `((${a}) % ${b})`,
  );
  await conn.run(`CREATE TABLE bench AS ${gen} range(${DUCK_ROWS}) t(i)`);
  await conn.run(`CREATE TABLE bench_holds AS SELECT i * 997 AS record_id, CAST(NULL AS BIGINT) AS subject_id, TIMESTAMPTZ '2026-01-01 00:00:00+00' AS placed_at, CAST(NULL AS TIMESTAMPTZ) AS released_at FROM range(1000) t(i)
    UNION ALL SELECT NULL, i * 37, TIMESTAMPTZ '2025-06-01 00:00:00+00', CASE WHEN i % 2 = 0 THEN TIMESTAMPTZ '2026-03-01 00:00:00+00' END FROM range(2000) t(i)`);
  const sql = compileRetentionSql(policy, mapping, { dialect: 'duckdb', now: NOW, zoneTableYears: ZONE_TABLE_YEARS });
  const table = sql.tables[0] as CompiledTableSql;
  const heapBefore = heapMb();
  const compiled = await timed('compiled: due records and actions, counted by action', DUCK_ROWS, () => q(dueCount(table.dueActions)));
  if (WITH_DUE) await timed('compiled: due records with instants and rules, counted', DUCK_ROWS, () => q(dueCount(table.due)));
  const hand = await timed('hand-written: the same rules, counted by action', DUCK_ROWS, () =>
    q(
      handWritten(
        table,
        (n) => `CAST($${n} AS TIMESTAMPTZ)`,
        (ms) => new Date(ms).toISOString(),
      ),
    ),
  );
  if (!QUICK) await timed('compiled: full summary (kept by reason, by rule)', DUCK_ROWS, () => q(table.summary));
  const holds = holdsOf((await conn.runAndReadAll('SELECT * FROM bench_holds')).getRowObjectsJS() as Record<string, unknown>[]);
  const { planner, due } = plannerFor(holds);
  let peak = 0;
  if (!QUICK)
    await timed('planPurge fed the rows through the driver', DUCK_ROWS, async () => {
      const result = await conn.stream(`SELECT id, subject, kind, ${Object.values(EVENTS).join(', ')} FROM bench`);
      const names = result.columnNames();
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const rows = chunk.getRowObjects(names) as Record<string, unknown>[];
        for (const row of rows) planner.add(toRecord(row, holds));
        peak = Math.max(peak, process.memoryUsage().heapUsed / 1e6);
      }
    });
  console.log(`  due: compiled ${counts(compiled.value)} | hand ${counts(hand.value)} | planPurge delete=${due.delete} anonymise=${due.anonymise}`);
  console.log(
    `  compiled / hand-written: ${(compiled.seconds / hand.seconds).toFixed(2)}x; heap after GC ${heapBefore.toFixed(1)} MB before, ${heapMb().toFixed(1)} MB after; sampled peak ${peak.toFixed(1)} MB`,
  );
  conn.closeSync();
  instance.closeSync();
}

async function postgres(): Promise<void> {
  const url = process.env.PRIV_PG_URL;
  if (!url) throw new Error('PRIV_PG_URL is not set: eval "$(bash scripts/postgres.sh start)" first, or pass --skip-pg');
  console.log(
    `PostgreSQL 15 server (node-postgres), ${PG_ROWS.toLocaleString('en')} rows, manifest zone ${ZONE}, zoneTableYears ${ZONE_TABLE_YEARS}, jit ${args.includes('--pg-jit') ? 'on' : 'off'}`,
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (s: SqlStatement) => (await client.query(s.sql, [...s.params])).rows as Record<string, unknown>[];
  await client.query('SET max_parallel_workers_per_gather = 0');
  // PostgreSQL's JIT compiles the compiled statements' large expressions for seconds per query
  // (README, Limits): off, as the README advises for a purge session, unless --pg-jit.
  if (!args.includes('--pg-jit')) await client.query('SET jit = off');
  await client.query('DROP TABLE IF EXISTS bench, bench_holds');
  const gen = generate(
    (ms) => `to_timestamp((${ms})::bigint / 1000.0)`,
    (a, b) => `((${a})::bigint % ${b})`,
  );
  await client.query(`CREATE TABLE bench AS ${gen} generate_series(0::bigint, ${PG_ROWS - 1}) AS t(i)`);
  await client.query(`CREATE TABLE bench_holds AS SELECT i * 997 AS record_id, NULL::bigint AS subject_id, '2026-01-01T00:00:00Z'::timestamptz AS placed_at, NULL::timestamptz AS released_at FROM generate_series(0, 999) t(i)
    UNION ALL SELECT NULL, i * 37, '2025-06-01T00:00:00Z'::timestamptz, CASE WHEN i % 2 = 0 THEN '2026-03-01T00:00:00Z'::timestamptz END FROM generate_series(0, 1999) t(i)`);
  await client.query('CREATE INDEX ON bench_holds (record_id)');
  await client.query('CREATE INDEX ON bench_holds (subject_id)');
  await client.query('VACUUM ANALYZE bench');
  await client.query('ANALYZE bench_holds');
  const sql = compileRetentionSql(policy, mapping, { dialect: 'postgres', now: NOW, zoneTableYears: ZONE_TABLE_YEARS });
  const table = sql.tables[0] as CompiledTableSql;
  const heapBefore = heapMb();
  await q(dueCount(table.dueActions)); // warm the cache
  const compiled = await timed('compiled: due records and actions, counted by action', PG_ROWS, () => q(dueCount(table.dueActions)));
  if (WITH_DUE) await timed('compiled: due records with instants and rules, counted', PG_ROWS, () => q(dueCount(table.due)));
  const hand = await timed('hand-written: the same rules, counted by action', PG_ROWS, () =>
    q(
      handWritten(
        table,
        (n) => `$${n}::timestamptz`,
        (ms) => new Date(ms).toISOString(),
      ),
    ),
  );
  if (!QUICK) await timed('compiled: full summary (kept by reason, by rule)', PG_ROWS, () => q(table.summary));
  const holds = holdsOf(await q({ sql: 'SELECT * FROM bench_holds', params: [] }));
  const { planner, due } = plannerFor(holds);
  let peak = 0;
  if (!QUICK)
    await timed('planPurge fed the rows through the driver (cursor)', PG_ROWS, async () => {
      await client.query('BEGIN');
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT id, subject, kind, ${Object.values(EVENTS).join(', ')} FROM bench`);
      for (;;) {
        const { rows } = await client.query('FETCH 10000 FROM rows');
        if (rows.length === 0) break;
        for (const row of rows) planner.add(toRecord(row, holds));
        peak = Math.max(peak, process.memoryUsage().heapUsed / 1e6);
      }
      await client.query('COMMIT');
    });
  console.log(`  due: compiled ${counts(compiled.value)} | hand ${counts(hand.value)} | planPurge delete=${due.delete} anonymise=${due.anonymise}`);
  console.log(
    `  compiled / hand-written: ${(compiled.seconds / hand.seconds).toFixed(2)}x; heap after GC ${heapBefore.toFixed(1)} MB before, ${heapMb().toFixed(1)} MB after; sampled peak ${peak.toFixed(1)} MB`,
  );
  await client.query('DROP TABLE bench, bench_holds');
  await client.end();
}

if (!args.includes('--skip-duckdb')) await duckdb();
if (!args.includes('--skip-pg')) await postgres();
