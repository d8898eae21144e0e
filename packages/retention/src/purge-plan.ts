import type { RetentionAction, StorageScope } from '@priv/schema';
import { BoundedHeap } from './bounded-heap.js';
import type { CompiledRule } from './compile-rule.js';
import { decideInto, emptyVerdict, KEPT_REASONS, type KeptReason } from './decide.js';
import { InvalidDateError, InvalidRecordError } from './errors.js';
import { validTime, type LegalHold } from './legal-hold.js';
import { compilePolicy, type RetentionPolicy, type RetentionPolicyInput } from './policy.js';
import type { RetentionEvents } from './retention-end.js';

/** One record the purge plan judges. */
export interface PurgeRecord {
  readonly id: string;
  /** Its data categories (`user.contact.email`); they select the rules through the manifest's collections. */
  readonly categories: readonly string[];
  /** When its events happened: `{ record_created: Date, account_deleted: Date }`. */
  readonly events: RetentionEvents;
  /** Legal holds on this record. */
  readonly holds?: readonly LegalHold[];
  /** Its data subject, to look up holds on the subject in `subjectHolds`. */
  readonly subject?: string;
  /** Where this copy lives; rules for other storages (other than `all`) then do not apply. Without it every rule applies. */
  readonly storage?: StorageScope;
}

/** A record whose action is due now. */
export interface PurgeAction {
  readonly id: string;
  readonly action: RetentionAction;
  /** When it fell due: the latest end among its rules. */
  readonly dueAt: Date;
  /** The rule whose end decided (the longest keep). */
  readonly rule: string;
  /** A maximum rule whose deadline passed earlier: the record was kept past it because `rule` keeps longer. */
  readonly overrides?: string;
  readonly storage?: StorageScope;
  readonly subject?: string;
}

/** A record the plan keeps, and why. */
export interface KeptRecord {
  readonly id: string;
  readonly reason: KeptReason;
  /** When its action falls due, if it has a date (`grace_period`, `retention_period`). */
  readonly until?: Date;
  /** The rule behind the reason. */
  readonly rule?: string;
  /** A maximum rule whose deadline `rule` overrides (a conflict resolved to the longer keep). */
  readonly overrides?: string;
  /** The active hold (`on_hold`). */
  readonly hold?: string;
}

/** One of the soonest-due kept records. */
export interface NextDue {
  readonly id: string;
  readonly dueAt: Date;
  readonly action: RetentionAction;
  readonly rule: string;
}

/** Counts over the whole run, and the soonest-due kept records. Its size does not grow with the records. */
export interface PurgePlanSummary {
  readonly now: Date;
  readonly scanned: number;
  readonly due: { readonly total: number } & Readonly<Record<RetentionAction, number>>;
  readonly kept: { readonly total: number } & Readonly<Record<KeptReason, number>>;
  /** Records kept past a maximum rule's deadline because another rule keeps longer. */
  readonly conflicts: number;
  /** Per deciding rule: how many records fell due and how many it keeps. */
  readonly byRule: Readonly<Record<string, { readonly due: number; readonly kept: number }>>;
  /** The `nextDueLimit` kept records that fall due soonest, soonest first (ties by id). */
  readonly nextDue: readonly NextDue[];
}

/** Options of a purge plan. */
export interface PurgePlanOptions {
  /** The instant the plan is made for. Required: there is no hidden clock. */
  readonly now: Date;
  /** Receives every due action as soon as it is decided (stream it to your deletion job). */
  readonly onAction?: (action: PurgeAction) => void;
  /** Receives every kept record with its reason, if you want them one by one. */
  readonly onKept?: (kept: KeptRecord) => void;
  /** How many soonest-due kept records the summary lists. Default 100. */
  readonly nextDueLimit?: number;
  /** Legal holds on data subjects, by `record.subject`. */
  readonly subjectHolds?: ReadonlyMap<string, readonly LegalHold[]>;
}

/** A purge plan fed record by record (or chunk by chunk); ask for the summary at the end. */
export interface PurgePlanner {
  /** Judges one record; calls `onAction`/`onKept`. */
  add(record: PurgeRecord): void;
  /** Judges many records (a chunk). */
  addAll(records: Iterable<PurgeRecord>): void;
  /** The counts so far. */
  summary(): PurgePlanSummary;
}

interface Counter {
  due: number;
  kept: number;
}

/**
 * A purge planner: judge records one at a time, in any order and in chunks, with memory that does
 * not grow with the number of records (counts and a bounded soonest-due heap).
 *
 * @param policyInput - a manifest (its `timeZone`, `collections`, `retention`, `events`) or a policy compiled once with `compilePolicy`
 * @param options - `now` (required), `onAction`, `onKept`, `subjectHolds`, `nextDueLimit` (100 by default)
 * @returns a planner: `add(record)`, `addAll(records)`, `summary()`
 * @throws InvalidDateError when `now` is not a valid `Date`; InvalidRecordError for a `nextDueLimit` that is not a whole number of 0 or more, or (from `add`) a record without a string `id`, a `categories` array or an `events` object; RetentionError when `policy` is not valid
 * @example
 * import { createPurgePlanner, type PurgeAction } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const records = [
 *   { id: 'inv-1', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2018-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-2', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-3', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2025-01-15T10:00:00Z') } },
 * ];
 * const queue: PurgeAction[] = [];
 * const planner = createPurgePlanner(manifest, { now: new Date('2026-06-01T00:00:00Z'), onAction: (a) => queue.push(a) });
 * planner.addAll(records.slice(0, 2)); // the first chunk
 * planner.addAll(records.slice(2)); // the second
 * planner.summary().due.total; // 1: inv-1's seven years are over and its account was deleted
 * queue.map((a) => [a.id, a.action]); // [['inv-1', 'anonymise']]
 */
export function createPurgePlanner(policyInput: RetentionPolicyInput | RetentionPolicy, options: PurgePlanOptions): PurgePlanner {
  const policy = compilePolicy(policyInput);
  const nowMs = validTime(options.now, ['now']);
  const now = new Date(nowMs);
  const { onAction, onKept, subjectHolds } = options;
  const limit = options.nextDueLimit ?? 100;
  if (!Number.isInteger(limit) || limit < 0) throw new InvalidRecordError(['nextDueLimit'], 'nextDueLimit must be a whole number, 0 or more');
  const heap = new BoundedHeap<NextDue | undefined>(limit);
  const verdict = emptyVerdict();
  const due = { delete: 0, anonymise: 0, archive: 0 };
  const kept: Record<KeptReason, number> = { on_hold: 0, anchor_missing: 0, indefinite: 0, no_rule: 0, grace_period: 0, retention_period: 0 };
  const byRule = new Map<CompiledRule, Counter>();
  for (const rule of policy.rules) byRule.set(rule, { due: 0, kept: 0 });
  let scanned = 0;
  let conflicts = 0;

  const add = (record: PurgeRecord): void => {
    const index = scanned;
    if (record === null || typeof record !== 'object') throw new InvalidRecordError(['records', index], 'Expected a record object');
    const { id, categories, events } = record;
    if (typeof id !== 'string') throw new InvalidRecordError(['records', index, 'id'], 'Expected a string id');
    if (!Array.isArray(categories)) throw new InvalidRecordError(['records', index, 'categories'], `Record "${id}": expected an array of data categories`);
    if (events === null || typeof events !== 'object')
      throw new InvalidRecordError(['records', index, 'events'], `Record "${id}": expected an object of event dates`);
    const rules = policy.rulesFor(categories, record.storage);
    const forSubject = subjectHolds !== undefined && record.subject !== undefined ? subjectHolds.get(record.subject) : undefined;
    try {
      decideInto(verdict, rules, events, record.holds, forSubject, nowMs);
    } catch (error) {
      if (error instanceof InvalidDateError) throw reLocate(error, index, id, record.subject);
      throw error;
    }
    scanned++;
    const rule = verdict.rule;
    if (verdict.overrides !== undefined) conflicts++;
    if (verdict.due) {
      const decider = rule as CompiledRule;
      due[decider.action]++;
      (byRule.get(decider) as Counter).due++;
      if (onAction !== undefined) {
        onAction({
          id,
          action: decider.action,
          dueAt: new Date(verdict.atMs),
          rule: decider.key,
          ...(verdict.overrides ? { overrides: verdict.overrides.key } : {}),
          ...(record.storage ? { storage: record.storage } : {}),
          ...(record.subject !== undefined ? { subject: record.subject } : {}),
        });
      }
      return;
    }
    const reason = verdict.reason as KeptReason;
    kept[reason]++;
    if (rule !== undefined) (byRule.get(rule) as Counter).kept++;
    const at = verdict.atMs;
    if (!Number.isNaN(at) && rule !== undefined && heap.wouldAccept(at, id)) {
      heap.offer({ ms: at, id, tie: rule.key, value: undefined });
    }
    if (onKept !== undefined) {
      onKept({
        id,
        reason,
        ...(Number.isNaN(at) ? {} : { until: new Date(at) }),
        ...(rule ? { rule: rule.key } : {}),
        ...(verdict.overrides ? { overrides: verdict.overrides.key } : {}),
        ...(verdict.hold ? { hold: verdict.hold.id } : {}),
      });
    }
  };

  return {
    add,
    addAll(records) {
      for (const record of records) add(record);
    },
    summary() {
      const ruleCounts: Record<string, Counter> = {};
      for (const [rule, counter] of byRule) ruleCounts[rule.key] = { ...counter };
      const keptTotal = KEPT_REASONS.reduce((sum, reason) => sum + kept[reason], 0);
      return {
        now,
        scanned,
        due: { total: due.delete + due.anonymise + due.archive, ...due },
        kept: { total: keptTotal, ...kept },
        conflicts,
        byRule: ruleCounts,
        nextDue: heap.sorted().map((entry) => {
          const rule = policy.rule(entry.tie) as CompiledRule;
          return { id: entry.id, dueAt: new Date(entry.ms), action: rule.action, rule: rule.key };
        }),
      };
    },
  };
}

function reLocate(error: InvalidDateError, index: number, id: string, subject: string | undefined): InvalidDateError {
  const path = error.path[0] === 'subjectHolds' ? ['subjectHolds', subject ?? '', ...error.path.slice(1)] : ['records', index, ...error.path];
  return new InvalidDateError(path, error.value, `Record "${id}": `);
}

/** A source of records: an iterable or async iterable of records or of chunks (arrays) of records. */
export type PurgeSource = Iterable<PurgeRecord | readonly PurgeRecord[]> | AsyncIterable<PurgeRecord | readonly PurgeRecord[]>;

function feed(planner: PurgePlanner, item: PurgeRecord | readonly PurgeRecord[]): void {
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length; i++) planner.add(item[i] as PurgeRecord);
  } else {
    planner.add(item as PurgeRecord);
  }
}

/**
 * Plans a purge over records from a synchronous source (an array, a generator): streams each due
 * action to `onAction` as it is decided and returns counts, the reasons records were kept and the
 * soonest-due ones. Memory stays bounded however many records are kept.
 *
 * @param policy - a manifest (its `timeZone`, `collections`, `retention`, `events`) or a policy compiled once with `compilePolicy`
 * @param records - an iterable of records, or of arrays (chunks) of records
 * @param options - `now` (required), `onAction`, `onKept`, `subjectHolds`, `nextDueLimit`
 * @returns the summary: due and kept counts, kept reasons, conflicts, counts by rule, the soonest-due kept records
 * @throws InvalidDateError, InvalidRecordError or RetentionError as `createPurgePlanner`
 * @example
 * import { planPurgeSync, type PurgeAction } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const records = [
 *   { id: 'inv-1', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2018-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-2', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-3', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2025-01-15T10:00:00Z') } },
 * ];
 * const queue: PurgeAction[] = [];
 * const summary = planPurgeSync(manifest, records, {
 *   now: new Date('2026-06-01T00:00:00Z'),
 *   onAction: (action) => queue.push(action), // { id, action, dueAt, rule, overrides? }
 * });
 * summary.kept.total; // 2
 * summary.kept.on_hold; // 0: no record is on a legal hold
 * summary.nextDue[0]?.id; // 'inv-2': of the kept records, the one that falls due first
 */
export function planPurgeSync(
  policy: RetentionPolicyInput | RetentionPolicy,
  records: Iterable<PurgeRecord | readonly PurgeRecord[]>,
  options: PurgePlanOptions,
): PurgePlanSummary {
  const planner = createPurgePlanner(policy, options);
  for (const item of records) feed(planner, item);
  return planner.summary();
}

/**
 * Plans a purge over records from any source: an array, a generator, an async iterable (a database
 * cursor, a stream), of records or of chunks of records. Sync sources run in a tight loop.
 *
 * @param policy - a manifest (its `timeZone`, `collections`, `retention`, `events`) or a policy compiled once with `compilePolicy`
 * @param records - an iterable or async iterable of records, or of arrays (chunks) of records
 * @param options - `now` (required), `onAction`, `onKept`, `subjectHolds`, `nextDueLimit`
 * @returns a promise of the summary: due and kept counts, kept reasons, conflicts, counts by rule, the soonest-due kept records
 * @throws InvalidDateError, InvalidRecordError or RetentionError as `createPurgePlanner` (the promise rejects)
 * @example
 * import { planPurge, type PurgeAction, type KeptRecord } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const records = [
 *   { id: 'inv-1', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2018-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-2', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-3', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2025-01-15T10:00:00Z') } },
 * ];
 * async function* cursorOverRecords() { yield* records; } // in an app: a database cursor
 * const deletions: PurgeAction[] = [];
 * const audit: KeptRecord[] = [];
 * const summary = await planPurge(manifest, cursorOverRecords(), {
 *   now: new Date('2026-06-01T00:00:00Z'),
 *   onAction: (action) => deletions.push(action),
 *   onKept: (kept) => { if (kept.reason === 'on_hold') audit.push(kept); },
 * });
 * console.log(`${summary.due.total} due, ${summary.kept.total} kept`); // 1 due, 2 kept
 * summary.due.anonymise; // 1
 */
export async function planPurge(policy: RetentionPolicyInput | RetentionPolicy, records: PurgeSource, options: PurgePlanOptions): Promise<PurgePlanSummary> {
  const planner = createPurgePlanner(policy, options);
  if (Symbol.asyncIterator in records) {
    for await (const item of records) feed(planner, item);
  } else {
    for (const item of records) feed(planner, item);
  }
  return planner.summary();
}

/**
 * The due actions as an async generator, one by one as they are decided; its return value is the
 * summary. Reads the source lazily: memory holds at most one chunk of the source.
 *
 * @param policy - a manifest (its `timeZone`, `collections`, `retention`, `events`) or a policy compiled once with `compilePolicy`
 * @param records - an iterable or async iterable of records, or of arrays (chunks) of records
 * @param options - `now` (required), `onKept`, `subjectHolds`, `nextDueLimit` (the actions are what it yields)
 * @returns an async generator of due actions whose return value is the summary
 * @throws InvalidDateError, InvalidRecordError or RetentionError as `createPurgePlanner` (when iterated)
 * @example
 * import { purgeActions } from '@priv/retention';
 *
 * const manifest = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const records = [
 *   { id: 'inv-1', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2018-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-2', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') } },
 *   { id: 'inv-3', categories: ['user.financial.invoice'], events: { transaction_date: new Date('2025-01-15T10:00:00Z') } },
 * ];
 * const erased: string[] = [];
 * const erase = async (id: string, action: string) => { erased.push(`${action} ${id}`); }; // in an app: your database
 * const actions = purgeActions(manifest, records, { now: new Date('2026-06-01T00:00:00Z') });
 * for await (const action of actions) await erase(action.id, action.action);
 * erased; // ['anonymise inv-1']
 */
export async function* purgeActions(
  policy: RetentionPolicyInput | RetentionPolicy,
  records: PurgeSource,
  options: Omit<PurgePlanOptions, 'onAction'>,
): AsyncGenerator<PurgeAction, PurgePlanSummary, undefined> {
  const pending: PurgeAction[] = [];
  const planner = createPurgePlanner(policy, { ...options, onAction: (action) => pending.push(action) });
  const drain = function* () {
    for (let i = 0; i < pending.length; i++) yield pending[i] as PurgeAction;
    pending.length = 0;
  };
  if (Symbol.asyncIterator in records) {
    for await (const item of records) {
      feed(planner, item);
      yield* drain();
    }
  } else {
    for (const item of records) {
      feed(planner, item);
      yield* drain();
    }
  }
  return planner.summary();
}
