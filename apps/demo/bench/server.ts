/**
 * The load benchmark's server (not a test): the demo on loopback over an in-memory PGlite, seeded, in
 * its own process so the load generator's work is not on the server's event loop. Started by
 * `bench/load.ts` with an IPC channel: it sends `{ ready, port, rss }` when listening and answers
 * `'stats'` (after the purge queue is empty) with memory and counts, then `'stop'` by exiting.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../src/app.js';
import { ensureOperator } from '../src/auth/operator.js';
import { cookieSecret } from '../src/auth/secret.js';
import { migrate, openDb } from '../src/db.js';
import { purgesIdle } from '../src/domain/purge.js';
import { seedAccounts, setDemoPassword } from '../src/domain/seed.js';

const send = (message: unknown) => process.send?.(message);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const demoPassword = process.env.BENCH_DEMO_PASSWORD ?? 'bench demo password';
const operatorPassword = process.env.BENCH_OPERATOR_PASSWORD ?? 'bench operator password';

const db = await openDb({ dataDir: 'memory://' });
await migrate(db);
await setDemoPassword(db, demoPassword);
await seedAccounts(db, new Date());
await ensureOperator(db, operatorPassword);
const app = createApp({
  db,
  secret: await cookieSecret(db),
  signInLimits: { perAddress: { points: 10_000, seconds: 60 }, perEmail: { points: 100, seconds: 60 } },
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
// The parent's stop (or its death) ends this process: never left running.
process.on('disconnect', () => process.exit(0));
process.on('message', async (message) => {
  if (message === 'stats') {
    await purgesIdle(db);
    const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;
    send({
      stats: true,
      rss: process.memoryUsage().rss,
      // Peak resident set size of this process (kilobytes on Linux).
      maxRssKb: process.resourceUsage().maxRSS,
      heapUsed: process.memoryUsage().heapUsed,
      signups: await count("select count(*)::int as n from accounts where email like 'load.%'"),
      purgeRuns: await count('select count(*)::int as n from purge_runs'),
      // The longest the event loop was held up (ms): how long one request could wait for the server's own thread.
      loopDelayMaxMs: loopDelay.max / 1e6,
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    });
  } else if (message === 'stop') {
    server.close();
    await db.close();
    process.exit(0);
  }
});
send({ ready: true, port: (server.address() as AddressInfo).port, rss: process.memoryUsage().rss });
