/**
 * Purge-plan throughput and memory: `bash scripts/pnpm.sh --filter @priv/retention bench`
 * (runs `node --expose-gc --import tsx bench/purge-plan.ts`). Records are generated lazily, one
 * object at a time, so the figure includes making them; the plan keeps counts and a bounded heap.
 * Reports, does not gate.
 */
import { codementorAi, mentorMarketplace } from '@priv/examples';
import { compilePolicy, planPurge, planPurgeSync, type PurgeRecord, type RetentionPolicyInput } from '../src/index.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T00:00:00Z');
const CATEGORY_SETS: readonly (readonly string[])[] = [
  ['user.contact.email'],
  ['user.financial.invoice'],
  ['user.communication.support'],
  ['user.communication.dispute'],
  ['user.behavior.aggregated_statistics'],
  ['user.technical.ip_address', 'user.technical.user_agent'],
  ['user.profile.photo'],
  ['user.financial.transaction'],
];
const HOLD = [{ id: 'case-1', placedAt: new Date(NOW - 100 * DAY) }];

function* records(count: number): Generator<PurgeRecord> {
  for (let i = 0; i < count; i++) {
    const created = NOW - ((i * 7919) % 3650) * DAY - (i % 86_400) * 1000;
    const events: Record<string, Date> = { record_created: new Date(created), account_created: new Date(created), transaction_date: new Date(created) };
    if (i % 3 === 0) events.account_deleted = new Date(created + ((i * 31) % 400) * DAY);
    if (i % 5 === 0) events.ticket_resolved = new Date(created + 10 * DAY);
    if (i % 7 === 0) events.dispute_resolved = new Date(created + 20 * DAY);
    yield { id: `r${i}`, categories: CATEGORY_SETS[i % CATEGORY_SETS.length] as readonly string[], events, ...(i % 1000 === 0 ? { holds: HOLD } : {}) };
  }
}

/**
 * The first POOL_SIZE of the same records, built once and handed out in turn: what the planner itself
 * costs when the records come from elsewhere (a database driver builds them), without making them.
 */
const POOL_SIZE = 4096;
let pool: PurgeRecord[] | undefined;
function* pooled(count: number): Generator<PurgeRecord> {
  pool ??= [...records(POOL_SIZE)];
  for (let i = 0; i < count; i++) yield pool[i % POOL_SIZE] as PurgeRecord;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function run(label: string, input: RetentionPolicyInput, count: number, source = records): void {
  const policy = compilePolicy(input);
  planPurgeSync(policy, source(20_000), { now: new Date(NOW) }); // warm up
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let actions = 0;
  const started = performance.now();
  const summary = planPurgeSync(policy, source(count), {
    now: new Date(NOW),
    onAction: () => {
      actions++;
      if ((actions & 0xffff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `${label}: ${count.toLocaleString('en')} records in ${seconds.toFixed(3)} s = ${Math.round(count / seconds).toLocaleString('en')} records/s; ` +
      `${summary.due.total.toLocaleString('en')} due, ${summary.kept.total.toLocaleString('en')} kept; ` +
      `heap before ${mb(before)}, sampled peak ${mb(peak)}, after (GC) ${mb(after)}`,
  );
}

/** The same records from an async source in chunks of 1,000 (a database cursor, say). */
async function runAsync(label: string, input: RetentionPolicyInput, count: number): Promise<void> {
  const policy = compilePolicy(input);
  async function* chunks(): AsyncGenerator<PurgeRecord[]> {
    let chunk: PurgeRecord[] = [];
    for (const record of records(count)) {
      chunk.push(record);
      if (chunk.length === 1000) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  gc?.();
  const started = performance.now();
  const summary = await planPurge(policy, chunks(), { now: new Date(NOW), onAction: () => {} });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${count.toLocaleString('en')} records in ${seconds.toFixed(3)} s = ${Math.round(count / seconds).toLocaleString('en')} records/s; ${summary.due.total.toLocaleString('en')} due`,
  );
}

const count = Number(process.argv[2] ?? 1_000_000);
run('mentor marketplace, UTC', mentorMarketplace, count);
run('mentor marketplace, Europe/Berlin', { ...mentorMarketplace, timeZone: 'Europe/Berlin' }, count);
run('codementor AI, America/Los_Angeles', { ...codementorAi, timeZone: 'America/Los_Angeles' }, count);
run('mentor marketplace, UTC, 3x records', mentorMarketplace, count * 3);
run('mentor marketplace, UTC, records built beforehand', mentorMarketplace, count, pooled);
run('mentor marketplace, Europe/Berlin, records built beforehand', { ...mentorMarketplace, timeZone: 'Europe/Berlin' }, count, pooled);
run('codementor AI, America/Los_Angeles, records built beforehand', { ...codementorAi, timeZone: 'America/Los_Angeles' }, count, pooled);
await runAsync('mentor marketplace, UTC, async source in chunks of 1,000', mentorMarketplace, count);
