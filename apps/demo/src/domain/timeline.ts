import { explainRetention, type RetentionPolicy } from '@priv/retention';
import type { PrivacyManifest, RetentionAction } from '@priv/schema';
import type { AccountEvents, StoredRecord } from './records.js';
import { toPurgeRecord } from './records.js';

/** One step of an account's retention timeline: a date (or none), what happens, to which data, and why. */
export interface TimelineStep {
  readonly at: Date | null;
  readonly kind: 'recoverable_until' | 'due' | 'kept_without_date';
  readonly action?: RetentionAction;
  readonly storage: string | null;
  readonly rule: string;
  readonly ruleDescription: string;
  /** The rule's stated reason (e.g. tax law for a 7-year minimum). */
  readonly reason?: string;
  /** A minimum rule: kept at least until `at`, not deleted before. */
  readonly minimum: boolean;
  /** The maximum rule this step overrides by keeping longer. */
  readonly overrides?: string;
  /** Why there is no date (`anchor_missing`, `indefinite`, `no_rule`). */
  readonly keptReason?: string;
  readonly anchor?: string;
  readonly categories: string[];
}

/**
 * The retention timeline of an account's stored records, from `explainRetention` of `@priv/retention`
 * per record, merged by date, rule and storage: the grace period (recoverable until), each removal
 * (active systems, backups), what is kept longer and why, and what has no date yet. Holds are left
 * out here: the page shows them as pausing the steps.
 */
export function accountTimeline(
  manifest: PrivacyManifest,
  policy: RetentionPolicy,
  account: AccountEvents,
  records: readonly StoredRecord[],
  now: Date,
): TimelineStep[] {
  const steps = new Map<string, TimelineStep>();
  const ruleOf = (key: string) => manifest.retention.find((r) => r.key === key);
  const add = (step: Omit<TimelineStep, 'categories'>, category: string) => {
    const key = `${step.kind}|${step.at?.getTime() ?? ''}|${step.rule}|${step.storage ?? ''}|${step.action ?? ''}`;
    const existing = steps.get(key);
    if (existing) {
      if (!existing.categories.includes(category)) existing.categories.push(category);
    } else steps.set(key, { ...step, categories: [category] });
  };
  for (const record of records) {
    if (record.anonymised_at || record.archived_at) continue;
    const why = explainRetention(policy, toPurgeRecord(record, account), { now });
    for (const r of why.rules) {
      if (r.recoverableUntil) {
        const rule = ruleOf(r.rule);
        add(
          {
            at: r.recoverableUntil,
            kind: 'recoverable_until',
            storage: record.storage,
            rule: r.rule,
            ruleDescription: rule?.description ?? r.rule,
            minimum: false,
          },
          record.category,
        );
      }
    }
    const rule = why.rule ? ruleOf(why.rule) : undefined;
    if (why.dueAt && why.action) {
      add(
        {
          at: why.dueAt,
          kind: 'due',
          action: why.action,
          storage: record.storage,
          rule: why.rule ?? '',
          ruleDescription: rule?.description ?? '',
          ...(rule?.reason ? { reason: rule.reason } : {}),
          minimum: rule?.bound === 'minimum' || rule?.minimum !== undefined,
          ...(why.overrides ? { overrides: why.overrides } : {}),
        },
        record.category,
      );
    } else {
      const missing = why.rules.find((x) => x.status === 'none' && x.reason === 'anchor_missing');
      add(
        {
          at: null,
          kind: 'kept_without_date',
          storage: record.storage,
          rule: why.rule ?? '',
          ruleDescription: rule?.description ?? 'No retention rule of the policy applies.',
          minimum: rule?.bound === 'minimum',
          keptReason: why.reason ?? 'indefinite',
          ...(missing && missing.status === 'none' && missing.anchor ? { anchor: missing.anchor } : {}),
        },
        record.category,
      );
    }
  }
  return [...steps.values()].sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity) || a.kind.localeCompare(b.kind));
}
