/**
 * Load benchmark (not a test): 500 requests at 50 concurrent against the real server on loopback, an
 * in-memory PGlite, mixed sign-ups (argon2id hashing, a transaction each), reads of "Your data" and
 * real purges of every policy by the operator. Bounded: a fixed number of requests, each with a 30 s
 * timeout. Reports errors, latency percentiles per kind and overall, and memory.
 *
 *   bash scripts/pnpm.sh --filter @priv/demo bench      # or: node --import tsx apps/demo/bench/load.ts
 *   REQUESTS=500 CONCURRENCY=50 ...                      # the defaults
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { ensureOperator, OPERATOR_EMAIL } from '../src/auth/operator.js';
import { cookieSecret } from '../src/auth/secret.js';
import { migrate, openDb } from '../src/db.js';
import { purgesIdle } from '../src/domain/purge.js';
import { seedAccounts, setDemoPassword } from '../src/domain/seed.js';

const REQUESTS = Number(process.env.REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const TIMEOUT_MS = 30_000;
const DEMO_PASSWORD = 'bench demo password';
const OPERATOR_PASSWORD = 'bench operator password';

type Kind = 'signup' | 'read' | 'purge';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const db = await openDb({ dataDir: 'memory://' });
  await migrate(db);
  await setDemoPassword(db, DEMO_PASSWORD);
  await seedAccounts(db, new Date());
  await ensureOperator(db, OPERATOR_PASSWORD);
  const app = createApp({ db, secret: await cookieSecret(db), signInLimits: { perAddress: { points: 10_000, seconds: 60 }, perEmail: { points: 100, seconds: 60 } } });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (path: string, fields: Record<string, string>, cookie = '') =>
    fetch(`${base}${path}`, { method: 'POST', redirect: 'manual', body: new URLSearchParams(fields), headers: { origin: base, cookie, 'content-type': 'application/x-www-form-urlencoded' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const signIn = async (email: string, password: string) => {
    const res = await post('/signin', { email, password });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('session='));
    if (res.status !== 303 || !set) throw new Error(`bench: sign-in as ${email} failed (${res.status})`);
    return set.split(';')[0]!;
  };
  const reader = await signIn('ada.000@example.com', DEMO_PASSWORD);
  const operator = await signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);

  // The mix (MIX=signup:1,read:1,purge:1 by default): sign-ups, reads of "Your data", the operator's purge of every policy.
  const mix = (process.env.MIX ?? 'signup:1,read:1,purge:1').split(',').flatMap((part) => {
    const [kind, weight] = part.split(':') as [Kind, string];
    return Array.from({ length: Number(weight) }, () => kind);
  });
  const kinds: Kind[] = Array.from({ length: REQUESTS }, (_, i) => mix[i % mix.length]!);
  const latencies: Record<Kind, number[]> = { signup: [], read: [], purge: [] };
  const errors: string[] = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const rssBefore = process.memoryUsage().rss;
  let next = 0;
  const one = async (i: number) => {
    const kind = kinds[i]!;
    const started = performance.now();
    try {
      const res =
        kind === 'signup'
          ? await post('/signup', { name: `Load ${i}`, email: `load.${i}@example.com`, birthDate: '1990-05-01', country: 'GB', timeZone: 'Europe/London', password: `load password ${i}` }, 'policy=002')
          : kind === 'read'
            ? await fetch(`${base}/account`, { headers: { cookie: reader }, signal: AbortSignal.timeout(TIMEOUT_MS) })
            : await post('/operator/purge', { policy: 'all' }, operator);
      await res.arrayBuffer();
      const ok = kind === 'read' ? res.status === 200 : res.status === 303;
      if (!ok) errors.push(`${kind} #${i}: ${res.status}`);
    } catch (error) {
      errors.push(`${kind} #${i}: ${(error as Error).message}`);
    }
    latencies[kind].push(performance.now() - started);
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) await one(next++);
    }),
  );
  const elapsed = performance.now() - t0;
  clearInterval(sampler);
  const all = Object.values(latencies).flat();
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
  };
  const line = (name: string, xs: number[]) => `${name.padEnd(8)} n=${String(xs.length).padStart(3)}  p50 ${pct(xs, 50).toFixed(0).padStart(4)} ms  p95 ${pct(xs, 95).toFixed(0).padStart(4)} ms  p99 ${pct(xs, 99).toFixed(0).padStart(4)} ms  max ${Math.max(...xs).toFixed(0).padStart(4)} ms`;
  const [{ n: accounts }] = (await db.query<{ n: number }>("select count(*)::int as n from accounts where email like 'load.%'")) as [{ n: number }];
  console.log(`priv demo load: ${REQUESTS} requests, ${CONCURRENCY} concurrent, loopback, PGlite in memory, Node ${process.version}`);
  console.log(`total    ${(elapsed / 1000).toFixed(2)} s, ${(REQUESTS / (elapsed / 1000)).toFixed(0)} requests/s, errors ${errors.length}${errors.length ? `: ${errors.slice(0, 5).join('; ')}` : ''}`);
  console.log(line('all', all));
  for (const kind of ['signup', 'read', 'purge'] as const) console.log(line(kind, latencies[kind]));
  console.log(`memory   rss ${mb(rssBefore)} before, peak ${mb(peakRss)}, heap used ${mb(process.memoryUsage().heapUsed)} after; sign-ups stored ${accounts}`);
  await purgesIdle(db);
  console.log(`purges   ${(await db.query<{ n: number }>("select count(*)::int as n from purge_runs"))[0]!.n} runs carried out for ${latencies.purge.length} requests (queued, one per policy at a time)`);
  server.close();
  await db.close();
  const p99 = pct(all, 99);
  if (errors.length > 0 || p99 >= 1000) {
    console.error(`priv demo load: FAILED the bound (errors ${errors.length}, p99 ${p99.toFixed(0)} ms; want 0 and < 1000 ms)`);
    process.exitCode = 1;
  }
}

await main();
