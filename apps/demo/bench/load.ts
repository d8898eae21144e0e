/**
 * Load benchmark (not a test): 500 requests at 50 concurrent against the real server on loopback, an
 * in-memory PGlite, mixed sign-ups (argon2id hashing, one insert each), reads of "Your data" and
 * real purges of every policy by the operator. The server runs in its own process (`bench/server.ts`),
 * so this load generator's work is not on the server's event loop. Bounded: a fixed number of
 * requests, each with a 30 s timeout; the server is stopped at the end (and exits if this process dies).
 * Reports errors, latency percentiles per kind and overall, the server's memory and the load average.
 *
 *   cd apps/demo && node --import tsx bench/load.ts      # or: bash scripts/pnpm.sh --filter @priv/demo bench
 *   REQUESTS=500 CONCURRENCY=50 MIX=signup:1,read:1,purge:1 ...   # the defaults
 */
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OPERATOR_EMAIL } from '../src/auth/operator.js';

const REQUESTS = Number(process.env.REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const TIMEOUT_MS = 30_000;
const DEMO_PASSWORD = 'bench demo password';
const OPERATOR_PASSWORD = 'bench operator password';

type Kind = 'signup' | 'read' | 'purge';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

interface Stats {
  readonly rss: number;
  readonly maxRssKb: number;
  readonly heapUsed: number;
  readonly signups: number;
  readonly purgeRuns: number;
  readonly loopDelayMaxMs: number;
  readonly loopDelayP99Ms: number;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function main() {
  const loadBefore = load();
  const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [], {
    // BENCH_CPU_PROF=dir writes the server's CPU profile there (node --cpu-prof).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [])],
    env: { ...process.env, BENCH_DEMO_PASSWORD: DEMO_PASSWORD, BENCH_OPERATOR_PASSWORD: OPERATOR_PASSWORD },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench: the server sent no ${key} within 120 s`)), 120_000);
      const onMessage = (m: Record<string, unknown>) => {
        if (m[key] !== true) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(m as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`bench: the server exited (${code})`)));
    });
  const ready = await next<{ port: number; rss: number }>('ready');
  const base = `http://127.0.0.1:${ready.port}`;
  try {
    await run(base, ready.rss, loadBefore, async () => {
      child.send('stats');
      return next<Stats>('stats');
    });
  } finally {
    child.send('stop');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
  }
}

async function run(base: string, rssBefore: number, loadBefore: string, stats: () => Promise<Stats>) {
  const post = (path: string, fields: Record<string, string>, cookie = '') =>
    fetch(`${base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(fields),
      headers: { origin: base, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
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
  /** Each request's start (ms after the first) and latency, for the slowest-requests trace. */
  const trace: { kind: Kind; i: number; start: number; ms: number }[] = [];
  const errors: string[] = [];
  let next = 0;
  const one = async (i: number) => {
    const kind = kinds[i]!;
    const started = performance.now();
    try {
      const res =
        kind === 'signup'
          ? await post(
              '/signup',
              {
                name: `Load ${i}`,
                email: `load.${i}@example.com`,
                birthDate: '1990-05-01',
                country: 'GB',
                timeZone: 'Europe/London',
                password: `load password ${i}`,
              },
              'policy=002',
            )
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
    trace.push({ kind, i, start: started - t0, ms: performance.now() - started });
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) await one(next++);
    }),
  );
  const elapsed = performance.now() - t0;
  const all = Object.values(latencies).flat();
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
  };
  const line = (name: string, xs: number[]) =>
    `${name.padEnd(8)} n=${String(xs.length).padStart(3)}  p50 ${pct(xs, 50).toFixed(0).padStart(4)} ms  p95 ${pct(xs, 95).toFixed(0).padStart(4)} ms  p99 ${pct(xs, 99).toFixed(0).padStart(4)} ms  max ${Math.max(
      ...xs,
    )
      .toFixed(0)
      .padStart(4)} ms`;
  const loadAfter = load();
  const st = await stats();
  console.log(
    `priv demo load: ${REQUESTS} requests, ${CONCURRENCY} concurrent, loopback, PGlite in memory, server in its own process, Node ${process.version}`,
  );
  console.log(
    `total    ${(elapsed / 1000).toFixed(2)} s, ${(REQUESTS / (elapsed / 1000)).toFixed(0)} requests/s, errors ${errors.length}${errors.length ? `: ${errors.slice(0, 5).join('; ')}` : ''}`,
  );
  console.log(line('all', all));
  for (const kind of ['signup', 'read', 'purge'] as const) console.log(line(kind, latencies[kind]));
  console.log(
    `memory   server rss ${mb(rssBefore)} before, peak ${mb(st.maxRssKb * 1024)}, ${mb(st.rss)} after, heap used ${mb(st.heapUsed)} after; sign-ups stored ${st.signups}`,
  );
  console.log(`loop     the server's event loop was held up at most ${st.loopDelayMaxMs.toFixed(0)} ms (p99 ${st.loopDelayP99Ms.toFixed(0)} ms)`);
  console.log(`purges   ${st.purgeRuns} runs carried out for ${latencies.purge.length} requests (queued, one per policy at a time)`);
  console.log(`load     load average ${loadBefore} before, ${loadAfter} after (1, 5, 15 minutes; ${availableParallelism()} cores)`);
  // BENCH_TRACE=1: when the slowest requests started (a stall shows as a cluster), and the p99 in each tenth of the run.
  if (process.env.BENCH_TRACE) {
    for (const r of [...trace].sort((a, b) => b.ms - a.ms).slice(0, 8))
      console.log(`slow     ${r.kind} #${r.i} started at ${(r.start / 1000).toFixed(1)} s, took ${r.ms.toFixed(0)} ms`);
    const tenth = elapsed / 10;
    console.log(
      `by time  p99 per tenth of the run: ${Array.from({ length: 10 }, (_, k) =>
        pct(
          trace.filter((r) => r.start >= k * tenth && r.start < (k + 1) * tenth).map((r) => r.ms),
          99,
        ).toFixed(0),
      ).join(', ')} ms`,
    );
  }
  const p99 = pct(all, 99);
  if (errors.length > 0 || p99 >= 1000) {
    console.error(`priv demo load: FAILED the bound (errors ${errors.length}, p99 ${p99.toFixed(0)} ms; want 0 and < 1000 ms)`);
    process.exitCode = 1;
  }
}

await main();
