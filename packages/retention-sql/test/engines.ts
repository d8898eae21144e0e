import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { RetentionPolicy } from '@priv/retention';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFunctions, type SqlDialectName, type SqlRow, type SqlStatement } from '../src/index.js';

/** The test tables, as rows: instants are epoch ms or null. */
export interface Dataset {
  readonly accounts: readonly { id: string; deleted_at: number | null }[];
  readonly records: readonly ({ id: string; subject: string | null; kind: string; storage: string | null; email: string | null } & Record<
    string,
    string | number | null
  >)[];
  readonly holds: readonly {
    record_table: string | null;
    record_id: string | null;
    subject_id: string | null;
    placed_at: number;
    released_at: number | null;
  }[];
}

/** Event columns of the records table (anchor -> column). */
export const RECORD_EVENT_COLUMNS = {
  record_created: 'created_at',
  last_activity: 'active_at',
  deletion_requested: 'deletion_requested_at',
  transaction_date: 'tx_at',
  ticket_resolved: 'resolved_at',
  course_completed: 'completed_at',
} as const;
export const EVENT_COLUMNS = Object.values(RECORD_EVENT_COLUMNS);

/** A database under test, behind one small interface. */
export interface Engine {
  readonly dialect: SqlDialectName;
  readonly label: string;
  /** (Re)creates the tables, empty. */
  reset(): Promise<void>;
  load(data: Dataset): Promise<void>;
  query(statement: SqlStatement): Promise<SqlRow[]>;
  execute(statement: SqlStatement): Promise<number>;
  /** SQLite: the policy whose zoned rules `priv_rule_end` evaluates. */
  usePolicy(policy: RetentionPolicy): void;
  close(): Promise<void>;
}

function ddl(instant: string): string[] {
  return [
    `DROP TABLE IF EXISTS holds`,
    `DROP TABLE IF EXISTS records`,
    `DROP TABLE IF EXISTS accounts`,
    `CREATE TABLE accounts (id TEXT PRIMARY KEY, deleted_at ${instant})`,
    `CREATE TABLE records (id TEXT PRIMARY KEY, subject TEXT, kind TEXT, storage TEXT, email TEXT, ${EVENT_COLUMNS.map((c) => `${c} ${instant}`).join(', ')})`,
    `CREATE TABLE holds (record_table TEXT, record_id TEXT, subject_id TEXT, placed_at ${instant}, released_at ${instant})`,
  ];
}

const RECORD_COLUMNS = ['id', 'subject', 'kind', 'storage', 'email', ...EVENT_COLUMNS] as const;
const INSTANT_COLUMNS = new Set<string>(['deleted_at', 'placed_at', 'released_at', ...EVENT_COLUMNS]);

function rowsOf(data: Dataset): { table: string; columns: readonly string[]; rows: (string | number | null)[][] }[] {
  return [
    { table: 'accounts', columns: ['id', 'deleted_at'], rows: data.accounts.map((a) => [a.id, a.deleted_at]) },
    { table: 'records', columns: RECORD_COLUMNS, rows: data.records.map((r) => RECORD_COLUMNS.map((c) => r[c] ?? null)) },
    {
      table: 'holds',
      columns: ['record_table', 'record_id', 'subject_id', 'placed_at', 'released_at'],
      rows: data.holds.map((h) => [h.record_table, h.record_id, h.subject_id, h.placed_at, h.released_at]),
    },
  ];
}

/** Multi-row INSERTs with numbered placeholders, instants as ISO strings, at most 200 rows each. */
function numberedInserts(data: Dataset, cast: (placeholder: string) => string): SqlStatement[] {
  const out: SqlStatement[] = [];
  for (const { table, columns, rows } of rowsOf(data)) {
    for (let i = 0; i < rows.length; i += 200) {
      const params: (string | number | null)[] = [];
      const tuples = rows.slice(i, i + 200).map(
        (row) =>
          `(${row
            .map((value, j) => {
              const instant = INSTANT_COLUMNS.has(columns[j] as string);
              params.push(instant && value !== null ? new Date(value as number).toISOString() : value);
              return instant ? cast(`$${params.length}`) : `$${params.length}`;
            })
            .join(', ')})`,
      );
      out.push({ sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params });
    }
  }
  return out;
}

/** PGlite (PostgreSQL in WebAssembly), in memory. */
export async function pgliteEngine(): Promise<Engine> {
  const db = new PGlite();
  await db.waitReady;
  return {
    dialect: 'postgres',
    label: 'PGlite',
    async reset() {
      for (const sql of ddl('TIMESTAMPTZ')) await db.exec(sql);
    },
    async load(data) {
      for (const s of numberedInserts(data, (p) => `${p}::timestamptz`)) await db.query(s.sql, [...s.params]);
    },
    async query(s) {
      return (await db.query<SqlRow>(s.sql, [...s.params])).rows;
    },
    async execute(s) {
      return (await db.query(s.sql, [...s.params])).affectedRows ?? 0;
    },
    usePolicy() {},
    async close() {
      await db.close();
    },
  };
}

/** A PostgreSQL server (node-postgres), in a schema of its own that is dropped on close. */
export async function postgresEngine(url: string): Promise<Engine> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `priv_test_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  return {
    dialect: 'postgres',
    label: 'PostgreSQL server',
    async reset() {
      for (const sql of ddl('TIMESTAMPTZ')) await client.query(sql);
    },
    async load(data) {
      for (const s of numberedInserts(data, (p) => `${p}::timestamptz`)) await client.query(s.sql, [...s.params]);
    },
    async query(s) {
      return (await client.query(s.sql, [...s.params])).rows as SqlRow[];
    },
    async execute(s) {
      return (await client.query(s.sql, [...s.params])).rowCount ?? 0;
    },
    usePolicy() {},
    async close() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** DuckDB (`@duckdb/node-api`), in memory. */
export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  await conn.run(`SET TimeZone = 'UTC'`);
  return {
    dialect: 'duckdb',
    label: 'DuckDB',
    async reset() {
      for (const sql of ddl('TIMESTAMPTZ')) await conn.run(sql);
    },
    async load(data) {
      for (const s of numberedInserts(data, (p) => `CAST(${p} AS TIMESTAMPTZ)`)) await conn.run(s.sql, [...s.params] as DuckDBValue[]);
    },
    async query(s) {
      return (await conn.runAndReadAll(s.sql, [...s.params] as DuckDBValue[])).getRowObjects() as SqlRow[];
    },
    async execute(s) {
      return Number((await conn.run(s.sql, [...s.params] as DuckDBValue[])).rowsChanged);
    },
    usePolicy() {},
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** SQLite (better-sqlite3 12), in memory; instants are INTEGER epoch ms. */
export async function sqliteEngine(): Promise<Engine> {
  const db = new Database(':memory:');
  let current: ReturnType<typeof sqliteFunctions> = [];
  // One registration that dispatches to the policy of the current run.
  db.function('priv_rule_end', { deterministic: true }, (rule: unknown, ms: unknown) => (current[0] as (typeof current)[number]).fn(rule, ms));
  return {
    dialect: 'sqlite',
    label: 'SQLite',
    async reset() {
      for (const sql of ddl('INTEGER')) db.exec(sql);
    },
    async load(data) {
      const insert = db.transaction(() => {
        for (const { table, columns, rows } of rowsOf(data)) {
          const statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const row of rows) statement.run(...row);
        }
      });
      insert();
    },
    async query(s) {
      return db.prepare(s.sql).all(...s.params) as SqlRow[];
    },
    async execute(s) {
      return db.prepare(s.sql).run(...s.params).changes;
    },
    usePolicy(policy) {
      current = sqliteFunctions(policy);
    },
    async close() {
      db.close();
    },
  };
}
