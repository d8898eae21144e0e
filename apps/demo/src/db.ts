import { Worker } from 'node:worker_threads';
import pg from 'pg';

/**
 * The one query interface the app uses, over PGlite (embedded Postgres in WebAssembly, the default)
 * or a real Postgres server (`DATABASE_URL`). Both speak the same SQL with `$1` parameters and return
 * `timestamptz` as `Date` and `jsonb` as parsed values.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for the start-up message (no password). */
  readonly location: string;
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A DELETE or UPDATE: how many rows it changed. */
  execute(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database: `DATABASE_URL` (postgres://...) when given, else PGlite in `dataDir` (a folder,
 * created on first use) or in memory (`memory://`).
 */
export async function openDb(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

/** What the server asks the database worker (`db-worker.js`). */
type DbRequest =
  | { readonly id: number; readonly op: 'query' | 'execute'; readonly sql: string; readonly params: readonly unknown[] }
  | { readonly id: number; readonly op: 'exec'; readonly sql: string }
  | { readonly id: number; readonly op: 'close' };

/** What it answers: rows, a count of changed rows, or the error's name, message and Postgres code (never the SQL or its parameters). */
type DbReply =
  | { readonly id: number; readonly ok: true; readonly rows?: unknown[]; readonly changed?: number }
  | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string; readonly code?: string } };

/** An error the database worker reported: its name, message and Postgres code (as the driver's error would carry). */
export class DbWorkerError extends Error {
  readonly code: string | undefined;
  constructor(error: { name: string; message: string; code?: string }) {
    super(error.message);
    this.name = error.name;
    this.code = error.code;
  }
}

/**
 * PGlite in a worker thread (`db-worker.js`, `dist/db-worker.js` in the build): its queries run
 * there, one at a time, not on the server's event loop.
 */
async function openPglite(dataDir: string): Promise<Db> {
  const worker = new Worker(new URL('./db-worker.js', import.meta.url), { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (reply: DbReply & { ok: true }) => void; reject: (error: Error) => void }>();
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    for (const p of pending.values()) p.reject(failed);
    pending.clear();
  };
  let ready!: () => void;
  const started = new Promise<void>((resolve, reject) => {
    ready = resolve;
    worker.once('error', reject);
  });
  worker.on('message', (reply: DbReply) => {
    if (reply.id === 0) return ready();
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply);
    else p.reject(new DbWorkerError(reply.error));
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`The database worker stopped (exit code ${code})`)));
  await started;
  let next = 1;
  const ask = (request: DistributiveOmit<DbRequest, 'id'>) =>
    new Promise<DbReply & { ok: true }>((resolve, reject) => {
      if (failed) return reject(failed);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    kind: 'pglite',
    location: dataDir === 'memory://' ? 'in memory' : dataDir,
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await ask({ op: 'query', sql, params: [...params] })).rows as Row[];
    },
    async execute(sql: string, params: readonly unknown[] = []) {
      return (await ask({ op: 'execute', sql, params: [...params] })).changed ?? 0;
    },
    async exec(sql: string) {
      await ask({ op: 'exec', sql });
    },
    async close() {
      if (!failed) await ask({ op: 'close' });
      await worker.terminate();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 });
  await pool.query('select 1'); // fail fast with a clear error when the server is not there
  const location = (() => {
    try {
      const u = new URL(url);
      return `postgres://${u.host}${u.pathname}`;
    } catch {
      return 'postgres';
    }
  })();
  return {
    kind: 'postgres',
    location,
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as Row[];
    },
    async execute(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rowCount ?? 0;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}

/** The tables. Idempotent: runs on every start. */
export const MIGRATION = `
create table if not exists custom_policies (
  id text primary key,
  title text not null,
  manifest jsonb not null,
  uploaded_at timestamptz not null default now()
);
create table if not exists accounts (
  id text primary key,
  policy_id text not null,
  name text not null,
  email text not null,
  birth_date text not null,
  country text not null,
  time_zone text not null,
  created_at timestamptz not null,
  deletion_requested_at timestamptz,
  deleted_at timestamptz,
  consent jsonb,
  hold jsonb,
  seeded boolean not null default false
);
create table if not exists records (
  id text primary key,
  account_id text not null,
  category text not null,
  storage text,
  label text not null,
  content text not null,
  created_at timestamptz not null,
  events jsonb not null default '{}'::jsonb,
  anonymised_at timestamptz,
  archived_at timestamptz
);
create index if not exists records_account on records (account_id);
alter table accounts add column if not exists password_hash text;
create index if not exists accounts_email on accounts (lower(email));
create table if not exists operators (
  id text primary key,
  email text not null unique,
  password_hash text not null,
  created_at timestamptz not null default now()
);
create table if not exists sessions (
  token_hash text primary key,
  kind text not null check (kind in ('learner', 'operator')),
  subject text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create table if not exists settings (
  key text primary key,
  value text not null
);
create table if not exists purge_runs (
  id serial primary key,
  account_id text not null,
  ran_at timestamptz not null,
  as_of timestamptz not null,
  result jsonb not null
);
create index if not exists accounts_policy on accounts (policy_id);
create index if not exists sessions_subject on sessions (kind, subject);
create index if not exists purge_runs_latest on purge_runs (account_id, id);
-- Legal holds as @priv/retention-sql reads them: one hold per account, on the account (the subject).
create or replace view account_holds as
  select id as account_id, (hold ->> 'placedAt')::timestamptz as placed_at, (hold ->> 'releasedAt')::timestamptz as released_at
  from accounts where hold is not null;
`;

/** Creates the tables when they are missing. */
export async function migrate(db: Db): Promise<void> {
  await db.exec(MIGRATION);
}
