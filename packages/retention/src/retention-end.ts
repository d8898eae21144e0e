import type { RetentionAction, RetentionBound } from '@priv/schema';
import { compileRule, type CompileRuleOptions, type CompiledRule, type RetentionRuleInput } from './compile-rule.js';
import { activeHold, validTime, type LegalHold } from './legal-hold.js';

/** Dates of the events a record has seen, by event key: `{ record_created: new Date(...) }`. Missing, `null` or `undefined`: not happened (yet). */
export type RetentionEvents = Readonly<Record<string, Date | null | undefined>>;

/** Options for {@link retentionEnd}. */
export interface RetentionEndOptions extends Omit<CompileRuleOptions, 'path'> {
  /** Legal holds on the record or its subject. An active one gives `{ status: 'none', reason: 'on_hold' }`. */
  readonly holds?: readonly LegalHold[];
  /** The instant holds are judged at. Without it, a hold is active until it has a `releasedAt`. */
  readonly now?: Date;
}

/** A rule's period has an end: the instant its action is due. */
export interface RetentionEndsAt {
  readonly status: 'ends';
  readonly rule: string;
  readonly bound: RetentionBound;
  readonly action: RetentionAction;
  /** The instant the period is over: `maximum`: must be gone by then; `minimum`: may not act before. */
  readonly end: Date;
  /** For a minimum rule, the end; for a maximum rule with a `minimum`, when that minimum is over. */
  readonly keepAtLeastUntil?: Date;
  /** With a grace period: until when the action can be cancelled (e.g. the account recovered). */
  readonly recoverableUntil?: Date;
  /** The zone the calendar units were counted in. */
  readonly timeZone: string;
}

/** Why a rule gives no end (yet). */
export type NoRetentionEndReason = 'anchor_missing' | 'indefinite' | 'on_hold';

/** A rule's period has no end (yet), and why. */
export interface RetentionNoEnd {
  readonly status: 'none';
  readonly rule: string;
  readonly reason: NoRetentionEndReason;
  /** The anchor event the rule waits for (`anchor_missing`). */
  readonly anchor?: string;
  /** The active hold (`on_hold`). */
  readonly hold?: LegalHold;
  /** The end the period would have without the hold (`on_hold`, when there is one). */
  readonly endWithoutHold?: Date;
  /** With a grace period whose anchor happened: until when the action can be cancelled. */
  readonly recoverableUntil?: Date;
}

/** What {@link retentionEnd} returns. */
export type RetentionEndResult = RetentionEndsAt | RetentionNoEnd;

/**
 * When a rule's period ends for a record, or why it has no end yet (the anchor event has not
 * happened, the period is indefinite, or a legal hold is active). Instants in, instants out:
 * calendar units are counted on the calendar of the rule's `timeZone` (else `options.timeZone`; with
 * neither, a rule in calendar units throws `InvalidRuleError` at `rule.timeZone`: there is no default
 * zone); see the README for the day-counting rules.
 *
 * @param rule - a retention rule, as written or compiled
 * @param events - the instants of the events the record has seen, by event key
 * @param options - the default zone (the manifest's), custom events, legal holds and the instant holds are judged at
 * @returns `{ status: 'ends', end, ... }` or `{ status: 'none', reason }`
 * @throws {RetentionError} `InvalidRuleError` (incl. a missing zone), `UnknownAnchorError`, `NegativeDurationError`, `InvalidDateError` for an invalid event instant
 *
 * @example
 * const backups = {
 *   key: 'backups_after_deletion', description: 'After deletion: 30 days in backups.',
 *   anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete',
 *   timeZone: 'Europe/Berlin',
 * } as const;
 * const result = retentionEnd(backups, { account_deleted: new Date('2026-03-20T10:00:00Z') });
 * result.status === 'ends' && result.end.toISOString(); // '2026-04-19T22:00:00.000Z' (end of 19 April in Berlin)
 * retentionEnd(backups, {}).status; // 'none' (reason 'anchor_missing')
 */
export function retentionEnd(rule: RetentionRuleInput | CompiledRule, events: RetentionEvents, options: RetentionEndOptions = {}): RetentionEndResult {
  const compiled = compileRule(rule, { path: ['rule'], ...options });
  const raw = events[compiled.anchor];
  if (raw == null) return { status: 'none', rule: compiled.key, reason: 'anchor_missing', anchor: compiled.anchor };
  const anchorMs = validTime(raw, ['events', compiled.anchor]);
  const graceMs = compiled.graceEnd(anchorMs);
  const recoverable = Number.isNaN(graceMs) ? {} : { recoverableUntil: new Date(graceMs) };
  const endMs = compiled.end(anchorMs);
  const hold = activeHold(options.holds, options.now);
  if (hold) {
    return { status: 'none', rule: compiled.key, reason: 'on_hold', hold, ...(Number.isNaN(endMs) ? {} : { endWithoutHold: new Date(endMs) }), ...recoverable };
  }
  if (Number.isNaN(endMs)) return { status: 'none', rule: compiled.key, reason: 'indefinite', ...recoverable };
  const keepMs = compiled.keepUntil(anchorMs);
  return {
    status: 'ends',
    rule: compiled.key,
    bound: compiled.bound,
    action: compiled.action,
    end: new Date(endMs),
    ...(Number.isNaN(keepMs) ? {} : { keepAtLeastUntil: new Date(keepMs) }),
    ...recoverable,
    timeZone: compiled.timeZone,
  };
}
