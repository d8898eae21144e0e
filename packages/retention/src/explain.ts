import type { RetentionAction } from '@priv/schema';
import { decideInto, emptyVerdict, type KeptReason } from './decide.js';
import { validTime, type LegalHold } from './legal-hold.js';
import { compilePolicy, type RetentionPolicy, type RetentionPolicyInput } from './policy.js';
import type { PurgeRecord } from './purge-plan.js';
import { retentionEnd, type RetentionEndResult } from './retention-end.js';

/** Everything about one record's retention at one instant. */
export interface RetentionExplanation {
  readonly id: string;
  /** `due`: act now; `kept`: keep, for `reason`. */
  readonly decision: 'due' | 'kept';
  readonly reason?: KeptReason;
  /** The latest applicable end: when the action is or was due. */
  readonly dueAt?: Date;
  readonly action?: RetentionAction;
  /** The rule that decides (the longest keep, or the one that keeps with no end). */
  readonly rule?: string;
  /** A maximum rule whose earlier deadline the deciding rule overrides (a resolved conflict). */
  readonly overrides?: string;
  readonly hold?: LegalHold;
  /** Each applicable rule on its own, as {@link retentionEnd} sees it. */
  readonly rules: readonly RetentionEndResult[];
}

/**
 * Explains one record: which rules apply, what each says, which one decides, whether a hold or a
 * conflict is involved. The purge plan decides the same way, in bulk.
 *
 * @param policyInput - a manifest or a policy compiled with `compilePolicy`
 * @param record - the record: `id`, `categories`, `events`, optional `holds`, `subject`, `storage`
 * @param options - `now` (required) and `subjectHolds` by subject
 * @returns the decision (`due` or `kept`), its reason, `dueAt`, `action`, the deciding `rule`, any `overrides` and `hold`, and what each applicable rule says
 * @throws InvalidDateError, InvalidRecordError or RetentionError as `createPurgePlanner`
 * @example
 * import { explainRetention } from '@priv/retention';
 *
 * const mentorMarketplace = {
 *   timeZone: 'UTC',
 *   collections: [{ category: 'user.financial.invoice', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] }],
 *   retention: [
 *     { key: 'financial_records_7_years', description: 'Kept 7 years for tax.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete' },
 *     { key: 'financial_records_anonymised_after_deletion', description: 'Anonymised 30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
 *   ],
 * } as const; // a manifest's timeZone, collections and retention (a whole PrivacyManifest works too)
 * const invoice = {
 *   id: 'inv-1', categories: ['user.financial.invoice'],
 *   events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') },
 * };
 * const why = explainRetention(mentorMarketplace, invoice, { now: new Date('2026-06-01T00:00:00Z') });
 * why.decision; // 'kept'
 * why.rule; // 'financial_records_7_years' (keeps longer than...)
 * why.overrides; // 'financial_records_anonymised_after_deletion'
 */
export function explainRetention(
  policyInput: RetentionPolicyInput | RetentionPolicy,
  record: PurgeRecord,
  options: { readonly now: Date; readonly subjectHolds?: ReadonlyMap<string, readonly LegalHold[]> },
): RetentionExplanation {
  const policy = compilePolicy(policyInput);
  const nowMs = validTime(options.now, ['now']);
  const rules = policy.rulesFor(record.categories, record.storage);
  const subject = record.subject !== undefined ? options.subjectHolds?.get(record.subject) : undefined;
  const verdict = decideInto(emptyVerdict(), rules, record.events, record.holds, subject, nowMs);
  const perRule = rules.map((rule) => retentionEnd(rule, record.events));
  return {
    id: record.id,
    decision: verdict.due ? 'due' : 'kept',
    ...(verdict.due ? {} : { reason: verdict.reason as KeptReason }),
    ...(Number.isNaN(verdict.atMs) ? {} : { dueAt: new Date(verdict.atMs) }),
    ...(verdict.rule && !Number.isNaN(verdict.atMs) ? { action: verdict.rule.action } : {}),
    ...(verdict.rule ? { rule: verdict.rule.key } : {}),
    ...(verdict.overrides ? { overrides: verdict.overrides.key } : {}),
    ...(verdict.hold ? { hold: verdict.hold } : {}),
    rules: perRule,
  };
}
