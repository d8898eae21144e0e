import { serve } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, PURGE_GAP_MS } from './app.js';
import { OPERATOR_EMAIL, ensureOperator } from './auth/operator.js';
import { cookieSecret } from './auth/secret.js';
import { migrate, openDb } from './db.js';
import { listPolicies } from './domain/policies.js';
import { purgesIdle, requestPurge } from './domain/purge.js';
import { seedIfEmpty } from './domain/seed.js';
import { logError } from './log.js';

/** How often the real purge runs on its own (every policy, as of the real time): hourly unless PURGE_EVERY_MINUTES says otherwise (0: never). */
const DEFAULT_PURGE_MINUTES = 60;

/**
 * Starts the demo: opens the database (PGlite under apps/demo/.data, or DATABASE_URL), creates the
 * tables, seeds demo accounts on first start, and serves on PORT (default 3000) at HOST (127.0.0.1).
 * Set PGLITE_DIR=memory:// for a throw-away database.
 */
export async function start(env: NodeJS.ProcessEnv = process.env) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = env.PGLITE_DIR ?? resolve(here, '..', '.data', 'pglite');
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir });
  await migrate(db);
  const seeded = await seedIfEmpty(db, new Date());
  const operatorPassword = await ensureOperator(db);
  const app = createApp({ db, secret: await cookieSecret(db) });
  const port = Number(env.PORT ?? 3000);
  const hostname = env.HOST ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(`priv demo: database ${db.kind} (${db.location})${seeded.accounts ? `, seeded ${seeded.accounts} demo accounts` : ''}`);
    // Shown once, on the start that creates them; the database keeps only argon2id hashes.
    if (operatorPassword) console.log(`priv demo: operator ${OPERATOR_EMAIL} password ${operatorPassword} (shown once; keep it)`);
    if (seeded.password)
      console.log(`priv demo: demo accounts (ada.000@example.com, ben.002@example.com, mia.004@example.com, …) password ${seeded.password} (shown once)`);
    console.log(`priv demo: open http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}/`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') console.error(`priv demo: port ${port} on ${hostname} is in use; start with another, e.g. PORT=${port + 1} npm run demo`);
    else console.error(`priv demo: cannot listen on ${hostname}:${port}: ${error.message}`);
    void db.close().finally(() => process.exit(1));
  });
  const minutes = Number(env.PURGE_EVERY_MINUTES ?? DEFAULT_PURGE_MINUTES);
  const timer =
    Number.isFinite(minutes) && minutes > 0
      ? setInterval(() => {
          listPolicies(db)
            .then((policies) =>
              requestPurge(
                db,
                policies,
                () => new Date(),
                (error) => logError('scheduled purge', error),
                { gapMs: PURGE_GAP_MS },
              ),
            )
            .catch((error: unknown) => logError('scheduled purge', error));
        }, minutes * 60_000)
      : undefined;
  timer?.unref();
  const stop = async () => {
    if (timer) clearInterval(timer);
    server.close();
    await purgesIdle(db);
    await db.close();
  };
  return { server, db, stop };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { stop } = await start();
  // Started by the browser tests with a pipe on stdin: when the test runner dies, the pipe closes
  // and the server goes too, so a killed run never leaves a server behind.
  if (process.env.PRIV_DEMO_EXIT_ON_STDIN_END === '1') {
    process.stdin.on('end', () => process.exit(0));
    process.stdin.resume();
  }
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      void stop().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
}
