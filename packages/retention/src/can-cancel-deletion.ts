import { validTime } from './legal-hold.js';
import { compilePolicy, type RetentionPolicy, type RetentionPolicyInput } from './policy.js';
import type { PurgeRecord } from './purge-plan.js';

/** What {@link canCancelDeletion} decides. */
export type DeletionCancellation =
  /** Still inside the grace period: the deletion may be cancelled until `until` (exclusive). */
  | { readonly cancellable: true; readonly until: Date; readonly rule: string }
  /**
   * Not cancellable: `no_grace_period`, no rule of these records has a grace period whose anchor
   * happened (a policy without one, or nothing requested); `grace_period_over`, it ended at `until`.
   */
  | { readonly cancellable: false; readonly reason: 'no_grace_period' }
  | { readonly cancellable: false; readonly reason: 'grace_period_over'; readonly until: Date; readonly rule: string };

/**
 * Whether a deletion (an account's records, with their events) may still be cancelled at `now`:
 * only inside the grace period of the rules that govern them. The earliest grace period to end
 * decides, since after it some of the data may already be gone. A grace period's end is the instant
 * it is over (as `retentionEnd`'s `recoverableUntil`): at that instant it can no longer be cancelled.
 *
 * @param policy - the manifest or a compiled policy (`compilePolicy`).
 * @param records - the records the deletion covers: categories, events (`account_deleted`, …) and storage.
 * @param now - the instant of the request to cancel.
 * @returns `{ cancellable: true, until, rule }` or `{ cancellable: false, reason }`.
 * @throws InvalidDateError when `now` or an event date is not a valid `Date`.
 *
 * @example
 * const policy = compilePolicy({
 *   timeZone: 'UTC',
 *   retention: [{ key: 'grace', description: 'Recoverable for 7 days.', anchor: 'account_deleted', period: { days: 30 }, gracePeriod: { days: 7 }, bound: 'maximum', action: 'delete' }],
 *   collections: [{ category: 'user.contact.email', retention: ['grace'] }],
 * });
 * const records = [{ categories: ['user.contact.email'], events: { account_deleted: new Date('2026-03-20T10:00:00Z') } }];
 * canCancelDeletion(policy, records, new Date('2026-03-25T00:00:00Z')).cancellable; // true (until 2026-03-28T00:00:00Z)
 * canCancelDeletion(policy, records, new Date('2026-03-28T00:00:00Z')).cancellable; // false
 */
export function canCancelDeletion(
  policy: RetentionPolicyInput | RetentionPolicy,
  records: Iterable<Pick<PurgeRecord, 'categories' | 'events' | 'storage'>>,
  now: Date,
): DeletionCancellation {
  const nowMs = validTime(now, ['now']);
  const compiled = compilePolicy(policy);
  let until = Number.POSITIVE_INFINITY;
  let rule = '';
  let index = 0;
  for (const record of records) {
    for (const r of compiled.rulesFor(record.categories, record.storage)) {
      if (r.rule.gracePeriod === undefined) continue;
      const anchor = record.events[r.anchor];
      if (anchor == null) continue;
      const end = r.graceEnd(validTime(anchor, ['records', index, 'events', r.anchor]));
      if (end < until) {
        until = end;
        rule = r.key;
      }
    }
    index += 1;
  }
  if (until === Number.POSITIVE_INFINITY) return { cancellable: false, reason: 'no_grace_period' };
  return nowMs < until
    ? { cancellable: true, until: new Date(until), rule }
    : { cancellable: false, reason: 'grace_period_over', until: new Date(until), rule };
}
