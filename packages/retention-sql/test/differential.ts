import {
  compilePolicy,
  compileRule,
  planPurgeSync,
  type KeptRecord,
  type LegalHold,
  type PurgeAction,
  type PurgePlanSummary,
  type PurgeRecord,
  type RetentionPolicy,
  type RetentionRuleInput,
} from '@priv/retention';
import fc from 'fast-check';
import { compileRetentionSql, runPurge, summariseSql, type SqlMappingInput, type SqlRow } from '../src/index.js';
import { RECORD_EVENT_COLUMNS, type Dataset, type Engine } from './engines.js';

// Zones with DST, half-hour and 45-minute offsets, a skipped midnight (America/Santiago) and repeated
// midnights (America/Havana every November, Asia/Amman 2021-10-29, Asia/Gaza: clocks set back from
// 01:00 to 00:00, so the local day starts twice; planPurge starts it at the first).
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kolkata',
  'America/St_Johns',
  'Asia/Tehran',
  'America/Havana',
  'Asia/Amman',
  'Asia/Gaza',
] as const;
const DAY = 86_400_000;
/** Anchors: the records' own columns, the subject's `account_deleted`, and `subscription_ended` mapped to null. */
const ANCHORS = [...Object.keys(RECORD_EVENT_COLUMNS), 'account_deleted', 'subscription_ended'] as const;
const CATEGORIES = ['user.contact', 'user.contact.email', 'user.financial', 'user.technical', 'user.content'] as const;
/** The `kind` column: value -> categories; `zz` is not listed (no rule). */
export const KINDS: Readonly<Record<string, readonly string[]>> = {
  k0: ['user.contact'],
  k1: ['user.contact.email'],
  k2: ['user.financial', 'user.contact'],
  k3: ['user.technical'],
  k4: ['user.content', 'user.financial'],
};
const SUBJECTS = ['u0', 'u1', 'u2', 'u3'] as const;

export const MAPPING: SqlMappingInput = {
  tables: [
    {
      name: 'records',
      id: 'id',
      subject: 'subject',
      categories: { column: 'kind', values: { ...KINDS } as Record<string, string[]> },
      storage: { column: 'storage' },
      events: { ...RECORD_EVENT_COLUMNS, subscription_ended: null },
      anonymise: { set: { email: null } },
    },
  ],
  subjects: { table: 'accounts', id: 'id', events: { account_deleted: 'deleted_at' } },
  holds: { table: 'holds', recordTable: 'record_table', recordId: 'record_id', subject: 'subject_id', placedAt: 'placed_at', releasedAt: 'released_at' },
};

const duration = (max: { years: number; months: number; weeks: number; days: number; hours: number }) =>
  fc
    .record(
      { years: fc.nat(max.years), months: fc.nat(max.months), weeks: fc.nat(max.weeks), days: fc.nat(max.days), hours: fc.nat(max.hours) },
      { requiredKeys: [] },
    )
    .filter((d) => Object.keys(d).length > 0);
const period = duration({ years: 6, months: 30, weeks: 8, days: 400, hours: 100 });
const small = duration({ years: 1, months: 6, weeks: 3, days: 60, hours: 48 });
const fiscal = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((f) => f.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][f.month - 1]!);

const ruleArb = (zones: readonly string[]) =>
  fc.record({
    anchor: fc.constantFrom(...ANCHORS),
    period: fc.oneof(
      { weight: 6, arbitrary: period },
      { weight: 1, arbitrary: fc.constant('indefinite' as const) },
      { weight: 1, arbitrary: fc.constant({ days: 0 }) },
    ),
    bound: fc.constantFrom('maximum' as const, 'maximum' as const, 'minimum' as const),
    action: fc.constantFrom('delete' as const, 'anonymise' as const, 'archive' as const),
    storage: fc.constantFrom('all' as const, 'all' as const, 'active' as const, 'backups' as const, 'logs' as const),
    grace: fc.option(small, { freq: 3 }),
    minimum: fc.option(small, { freq: 3 }),
    zone: fc.option(fc.constantFrom(...zones), { freq: 2 }),
    fiscal: fc.option(fiscal, { freq: 5 }),
  });

/** A rule the schema and compileRule accept: drop a minimum or grace period that cannot stand. */
function repair(input: RetentionRuleInput): RetentionRuleInput | undefined {
  let rule: RetentionRuleInput = input;
  for (let i = 0; i < 3; i++) {
    try {
      compileRule(rule, { events: ['course_completed'] });
      return rule;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const path = (error as { path?: readonly PropertyKey[] }).path ?? [];
      if (code === 'minimum_exceeds_maximum' || path.includes('minimum')) {
        const { minimum: _m, ...rest } = rule;
        rule = rest;
      } else if (code === 'grace_exceeds_period' || path.includes('gracePeriod')) {
        const { gracePeriod: _g, ...rest } = rule;
        rule = rest;
      } else {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface Scenario {
  readonly policy: {
    timeZone: string;
    retention: RetentionRuleInput[];
    collections: { category: string; retention: string[] }[];
    events: { key: string; description: string }[];
  };
  readonly nowMs: number;
  readonly data: Dataset;
  /** compileRetentionSql's zoneTableYears: 0 (the database's zone functions), 1 (most instants outside the table), default. */
  readonly zoneTableYears?: number;
}

/** Random policies and records: events around `now` (often on day boundaries, to the millisecond), holds, categories, storages, zones. */
export function scenarioArb(options: { readonly zones?: readonly string[]; readonly maxRecords?: number } = {}): fc.Arbitrary<Scenario> {
  const zones = options.zones ?? ZONES;
  const maxRecords = options.maxRecords ?? 30;
  const nowArb = fc.oneof(
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
    fc
      .integer({ min: Date.UTC(2024, 0, 1) / DAY, max: Date.UTC(2027, 0, 1) / DAY })
      .chain((day) => fc.integer({ min: -14, max: 14 }).map((h) => day * DAY + h * 3_600_000)),
  );
  return nowArb.chain((nowMs) => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }),
      // Near now, on or next to local midnights and whole hours: where cutoffs fall.
      fc
        .record({ days: fc.integer({ min: 0, max: 9 * 366 }), hours: fc.integer({ min: -14, max: 14 }), ms: fc.constantFrom(0, 0, -1, 1, 1_800_000) })
        .map(({ days, hours, ms }) => Math.floor(nowMs / DAY) * DAY - days * DAY + hours * 3_600_000 + ms),
    );
    const policy = fc
      .record({
        zone: fc.constantFrom(...zones),
        rules: fc.array(ruleArb(zones), { minLength: 1, maxLength: 6 }),
        collections: fc.array(fc.record({ category: fc.constantFrom(...CATEGORIES), picks: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
      })
      .map(({ zone, rules, collections }) => {
        const retention = rules
          .map((r, i) => {
            const rule: RetentionRuleInput = {
              key: `rule_${i}`,
              description: `Rule ${i}.`,
              anchor: r.anchor,
              period: r.period,
              bound: r.bound,
              action: r.action,
              storage: r.storage,
              ...(r.grace ? { gracePeriod: r.grace } : {}),
              ...(r.minimum && r.bound === 'maximum' && r.period !== 'indefinite' ? { minimum: r.minimum } : {}),
              ...(r.zone ? { timeZone: r.zone } : {}),
              ...(r.fiscal ? { alignTo: 'fiscal_year_end' as const, fiscalYearEnd: r.fiscal } : {}),
            };
            return repair(rule);
          })
          .filter((r): r is RetentionRuleInput => r !== undefined);
        const keys = retention.map((r) => r.key);
        return {
          timeZone: zone,
          retention,
          collections:
            keys.length === 0
              ? []
              : collections.map((c) => ({ category: c.category, retention: [...new Set(c.picks.map((k) => keys[k % keys.length] as string))] })),
          events: [{ key: 'course_completed', description: 'The course was completed.' }],
        };
      });
    const record = fc.record({
      subject: fc.option(fc.constantFrom(...SUBJECTS), { freq: 4 }),
      kind: fc.constantFrom(...Object.keys(KINDS), 'zz'),
      storage: fc.constantFrom(null, null, 'active', 'backups', 'logs', 'all'),
      email: fc.option(fc.constant('someone@example.com'), { freq: 5 }),
      events: fc.record(
        Object.fromEntries(Object.values(RECORD_EVENT_COLUMNS).map((c) => [c, fc.option(instant, { freq: 3 })])) as Record<string, fc.Arbitrary<number | null>>,
      ),
    });
    const hold = fc.record({
      onRecord: fc.boolean(),
      target: fc.nat(maxRecords),
      subject: fc.constantFrom(...SUBJECTS),
      placed: fc.oneof(instant, fc.constant(nowMs), fc.constant(nowMs + 1)),
      released: fc.option(fc.oneof(instant, fc.constant(nowMs), fc.constant(nowMs + 1)), { freq: 2 }),
    });
    return fc
      .record({
        policy,
        zoneTableYears: fc.constantFrom(undefined, 0, 1),
        records: fc.array(record, { maxLength: maxRecords }),
        accounts: fc.array(fc.option(instant, { freq: 3 }), { minLength: SUBJECTS.length, maxLength: SUBJECTS.length }),
        holds: fc.array(hold, { maxLength: 4 }),
      })
      .map(({ policy, zoneTableYears, records, accounts, holds }) => ({
        policy,
        nowMs,
        ...(zoneTableYears === undefined ? {} : { zoneTableYears }),
        data: {
          accounts: SUBJECTS.map((id, i) => ({ id, deleted_at: accounts[i] ?? null })),
          records: records.map((r, i) => ({ id: `r${i}`, subject: r.subject, kind: r.kind, storage: r.storage, email: r.email, ...r.events })),
          holds: holds.map((h) =>
            h.onRecord
              ? { record_table: 'records', record_id: `r${h.target}`, subject_id: null, placed_at: h.placed, released_at: h.released }
              : { record_table: null, record_id: null, subject_id: h.subject, placed_at: h.placed, released_at: h.released },
          ),
        },
      }));
  });
}

/** The records as planPurge sees them when a driver hands the same rows over. */
export function purgeRecordsOf(data: Dataset, holdNow?: number): { records: PurgeRecord[]; subjectHolds: Map<string, LegalHold[]> } {
  const toHold = (h: Dataset['holds'][number], i: number): LegalHold => ({
    id: `h${i}`,
    // For the delete/update statements: a hold placed after now but not released blocks too.
    placedAt: new Date(holdNow !== undefined ? Math.min(h.placed_at, holdNow) : h.placed_at),
    ...(h.released_at === null ? {} : { releasedAt: new Date(h.released_at) }),
  });
  const deleted = new Map(data.accounts.map((a) => [a.id, a.deleted_at]));
  const subjectHolds = new Map<string, LegalHold[]>();
  data.holds.forEach((h, i) => {
    if (h.subject_id !== null) subjectHolds.set(h.subject_id, [...(subjectHolds.get(h.subject_id) ?? []), toHold(h, i)]);
  });
  const records = data.records.map((r): PurgeRecord => {
    const events: Record<string, Date | null> = {};
    for (const [event, column] of Object.entries(RECORD_EVENT_COLUMNS)) {
      const ms = r[column];
      if (typeof ms === 'number') events[event] = new Date(ms);
    }
    const accountDeleted = r.subject === null ? null : (deleted.get(r.subject) ?? null);
    if (accountDeleted !== null) events.account_deleted = new Date(accountDeleted);
    const holds = data.holds.flatMap((h, i) => (h.record_table === 'records' && h.record_id === r.id ? [toHold(h, i)] : []));
    return {
      id: r.id,
      categories: KINDS[r.kind] ?? [],
      events,
      ...(holds.length > 0 ? { holds } : {}),
      ...(r.subject === null ? {} : { subject: r.subject }),
      ...(r.storage === null ? {} : { storage: r.storage as PurgeRecord['storage'] & string }),
    };
  });
  return { records, subjectHolds };
}

type Verdict = { status: string; rule?: string; action?: string; dueMs?: number; overrides?: string };

function fromSql(row: SqlRow): Verdict {
  const status = String(row.status);
  const verdict: Verdict = { status };
  if (row.rule !== null && row.rule !== undefined) verdict.rule = String(row.rule);
  if (status === 'due') verdict.action = String(row.action);
  if (row.due_ms !== null && row.due_ms !== undefined) verdict.dueMs = Number(row.due_ms);
  if (row.overrides !== null && row.overrides !== undefined) verdict.overrides = String(row.overrides);
  return verdict;
}

function fromAction(a: PurgeAction): Verdict {
  return { status: 'due', rule: a.rule, action: a.action, dueMs: a.dueAt.getTime(), ...(a.overrides ? { overrides: a.overrides } : {}) };
}

function fromKept(k: KeptRecord): Verdict {
  return {
    status: k.reason,
    ...(k.rule ? { rule: k.rule } : {}),
    ...(k.until ? { dueMs: k.until.getTime() } : {}),
    ...(k.overrides ? { overrides: k.overrides } : {}),
  };
}

/** What planPurge decides for a scenario: per record, and the summary. */
export function expected(
  policy: RetentionPolicy,
  data: Dataset,
  nowMs: number,
  nextDueLimit: number,
  holdNow?: number,
): { verdicts: Map<string, Verdict>; summary: PurgePlanSummary } {
  const { records, subjectHolds } = purgeRecordsOf(data, holdNow);
  const verdicts = new Map<string, Verdict>();
  const summary = planPurgeSync(policy, records, {
    now: new Date(nowMs),
    subjectHolds,
    nextDueLimit,
    onAction: (a) => verdicts.set(a.id, fromAction(a)),
    onKept: (k) => verdicts.set(k.id, fromKept(k)),
  });
  return { verdicts, summary };
}

/** Compares one scenario on one engine: decisions, summary, soonest-due, then the batches. Throws on any difference. */
export async function checkScenario(engine: Engine, scenario: Scenario, options: { readonly batches?: boolean } = {}): Promise<void> {
  const policy = compilePolicy(scenario.policy);
  const nextDueLimit = 5;
  const sql = compileRetentionSql(policy, MAPPING, {
    dialect: engine.dialect,
    now: new Date(scenario.nowMs),
    nextDueLimit,
    batchSize: 3,
    sqliteZoneFunction: true,
    ...(scenario.zoneTableYears === undefined ? {} : { zoneTableYears: scenario.zoneTableYears }),
  });
  const table = sql.tables[0]!;
  engine.usePolicy(policy);
  await engine.reset();
  await engine.load(scenario.data);
  const want = expected(policy, scenario.data, scenario.nowMs, nextDueLimit);
  const got = new Map((await engine.query(table.decisions)).map((row) => [String(row.id), fromSql(row)]));
  const diff = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  for (const [id, verdict] of want.verdicts) {
    if (diff(got.get(id), verdict)) throw new Error(`${engine.label}: record ${id}: SQL ${JSON.stringify(got.get(id))}, planPurge ${JSON.stringify(verdict)}`);
  }
  if (got.size !== want.verdicts.size) throw new Error(`${engine.label}: ${got.size} SQL decisions for ${want.verdicts.size} records`);
  const dueIds = (await engine.query(table.due)).map((row) => String(row.id)).sort();
  const wantDue = [...want.verdicts]
    .filter(([, v]) => v.status === 'due')
    .map(([id]) => id)
    .sort();
  if (diff(dueIds, wantDue)) throw new Error(`${engine.label}: due ${JSON.stringify(dueIds)}, planPurge ${JSON.stringify(wantDue)}`);
  const summary = summariseSql(sql, await engine.query(table.summary), await engine.query(table.nextDue));
  if (diff(summary, want.summary)) throw new Error(`${engine.label}: summary ${JSON.stringify(summary)}\nplanPurge ${JSON.stringify(want.summary)}`);
  if (!options.batches) return;

  // The batches: delete and anonymise what is due (a hold placed after now blocks too), twice.
  const acting = expected(policy, scenario.data, scenario.nowMs, nextDueLimit, scenario.nowMs);
  const toDelete = [...acting.verdicts].filter(([, v]) => v.status === 'due' && v.action === 'delete').map(([id]) => id);
  const toAnonymise = new Set([...acting.verdicts].filter(([, v]) => v.status === 'due' && v.action === 'anonymise').map(([id]) => id));
  const pending = scenario.data.records.filter((r) => toAnonymise.has(r.id) && r.email !== null).length;
  const actions = (await engine.query(table.dueActions)).map((row) => `${String(row.id)}:${String(row.action)}`).sort();
  const wantActions = [...acting.verdicts]
    .filter(([, v]) => v.status === 'due')
    .map(([id, v]) => `${id}:${v.action}`)
    .sort();
  if (diff(actions, wantActions)) throw new Error(`${engine.label}: dueActions ${JSON.stringify(actions)}, planPurge ${JSON.stringify(wantActions)}`);
  const executor = { query: (s: Parameters<Engine['query']>[0]) => engine.query(s), execute: (s: Parameters<Engine['execute']>[0]) => engine.execute(s) };
  const first = await runPurge(executor, sql, { maxBatches: 100 });
  if (first.deleted !== toDelete.length || first.anonymised !== pending || !first.complete) {
    throw new Error(`${engine.label}: batches deleted ${first.deleted} (want ${toDelete.length}), anonymised ${first.anonymised} (want ${pending})`);
  }
  const left = await engine.query({ sql: 'SELECT id, email FROM records', params: [] });
  const leftIds = new Set(left.map((r) => String(r.id)));
  for (const id of toDelete) if (leftIds.has(id)) throw new Error(`${engine.label}: ${id} should be deleted`);
  if (leftIds.size !== scenario.data.records.length - toDelete.length)
    throw new Error(`${engine.label}: ${leftIds.size} rows left, want ${scenario.data.records.length - toDelete.length}`);
  for (const row of left) if (toAnonymise.has(String(row.id)) && row.email !== null) throw new Error(`${engine.label}: ${String(row.id)} should be anonymised`);
  const again = await runPurge(executor, sql, { maxBatches: 100 });
  if (again.deleted !== 0 || again.anonymised !== 0) throw new Error(`${engine.label}: a second run changed ${again.deleted + again.anonymised} rows`);
}
