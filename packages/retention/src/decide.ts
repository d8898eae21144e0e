import type { RetentionAction } from '@priv/schema';
import type { CompiledRule } from './compile-rule.js';
import { InvalidDateError } from './errors.js';
import type { LegalHold } from './legal-hold.js';
import type { RetentionEvents } from './retention-end.js';

/**
 * Why a record is kept:
 * - `on_hold`: a legal hold on the record or its subject is active.
 * - `anchor_missing`: a rule that obliges keeping waits for its anchor event (an open ticket), or no
 *   rule's anchor event has happened yet.
 * - `indefinite`: no applicable rule has an end (`period: 'indefinite'`), or a minimum rule is indefinite.
 * - `no_rule`: no retention rule applies to the record's categories (nothing is purged without a rule).
 * - `grace_period`: the action is scheduled but can still be cancelled (recoverable).
 * - `retention_period`: the latest applicable end is still in the future.
 */
export type KeptReason = 'on_hold' | 'anchor_missing' | 'indefinite' | 'no_rule' | 'grace_period' | 'retention_period';

/** All kept reasons, in the order summaries list them. */
export const KEPT_REASONS: readonly KeptReason[] = ['on_hold', 'anchor_missing', 'indefinite', 'no_rule', 'grace_period', 'retention_period'];

const ACTION_RANK: Readonly<Record<RetentionAction, number>> = { archive: 1, anonymise: 2, delete: 3 };

/** The mutable result of {@link decideInto}; reused across records so the hot loop allocates nothing. */
export interface Verdict {
  due: boolean;
  reason: KeptReason | undefined;
  /** The latest applicable end (ms): when the action is (or was) due; `NaN` when there is none. */
  atMs: number;
  /** The rule that decides: the one with the latest end, or the one that keeps with no end. */
  rule: CompiledRule | undefined;
  /** A maximum rule whose deadline is earlier than `atMs`: kept past it because another rule keeps longer. */
  overrides: CompiledRule | undefined;
  hold: LegalHold | undefined;
}

/** A fresh verdict to pass to {@link decideInto}. */
export function emptyVerdict(): Verdict {
  return { due: false, reason: undefined, atMs: Number.NaN, rule: undefined, overrides: undefined, hold: undefined };
}

function firstActive(holds: readonly LegalHold[] | undefined, nowMs: number, path: string): LegalHold | undefined {
  if (holds === undefined) return undefined;
  for (let i = 0; i < holds.length; i++) {
    const hold = holds[i] as LegalHold;
    const placed = hold.placedAt;
    if (!(placed instanceof Date) || Number.isNaN(placed.getTime())) throw new InvalidDateError([path, i, 'placedAt'], placed);
    if (placed.getTime() > nowMs) continue;
    const released = hold.releasedAt;
    if (released == null) return hold;
    if (!(released instanceof Date) || Number.isNaN(released.getTime())) throw new InvalidDateError([path, i, 'releasedAt'], released);
    if (released.getTime() > nowMs) return hold;
  }
  return undefined;
}

/**
 * Decides one record at `nowMs`: the safe side always wins.
 * 1. An active hold keeps it.
 * 2. A rule that obliges keeping (a minimum) whose anchor has not happened keeps it.
 * 3. Otherwise the record is due at the latest end among its rules ("the longest keep"); rules with
 *    no end (indefinite, or a maximum whose anchor has not happened) set no end. With no end at all
 *    it is kept. When ends tie, the strongest action wins (delete > anonymise > archive).
 */
export function decideInto(
  out: Verdict,
  rules: readonly CompiledRule[],
  events: RetentionEvents,
  holds: readonly LegalHold[] | undefined,
  subjectHolds: readonly LegalHold[] | undefined,
  nowMs: number,
): Verdict {
  out.due = false;
  out.atMs = Number.NaN;
  out.rule = undefined;
  out.overrides = undefined;
  out.hold = firstActive(holds, nowMs, 'holds') ?? firstActive(subjectHolds, nowMs, 'subjectHolds');
  if (out.hold !== undefined) {
    out.reason = 'on_hold';
    return out;
  }
  if (rules.length === 0) {
    out.reason = 'no_rule';
    return out;
  }
  let latest = Number.NEGATIVE_INFINITY;
  let decider: CompiledRule | undefined;
  let earliestMax = Number.POSITIVE_INFINITY;
  let earliestMaxRule: CompiledRule | undefined;
  let grace = Number.NEGATIVE_INFINITY;
  let waiting: CompiledRule | undefined;
  let forever: CompiledRule | undefined;
  let indefinite: CompiledRule | undefined;
  let missing: CompiledRule | undefined;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CompiledRule;
    const date = events[rule.anchor];
    if (date == null) {
      if (rule.keeps) waiting ??= rule;
      else missing ??= rule;
      continue;
    }
    const anchorMs = date instanceof Date ? date.getTime() : Number.NaN;
    if (Number.isNaN(anchorMs)) throw new InvalidDateError(['events', rule.anchor], date);
    if (rule.indefinite) {
      if (rule.keeps) forever ??= rule;
      else indefinite ??= rule;
      continue;
    }
    const end = rule.end(anchorMs);
    if (end > latest || (end === latest && decider !== undefined && ACTION_RANK[rule.action] > ACTION_RANK[decider.action])) {
      latest = end;
      decider = rule;
    }
    if (rule.bound === 'maximum' && end < earliestMax) {
      earliestMax = end;
      earliestMaxRule = rule;
    }
    if (rule.rule.gracePeriod !== undefined) {
      const g = rule.graceEnd(anchorMs);
      if (g > grace) grace = g;
    }
  }
  if (waiting !== undefined || forever !== undefined) {
    out.reason = waiting !== undefined ? 'anchor_missing' : 'indefinite';
    out.rule = waiting ?? forever;
    return out;
  }
  if (decider === undefined) {
    out.reason = indefinite !== undefined ? 'indefinite' : 'anchor_missing';
    out.rule = indefinite ?? missing;
    return out;
  }
  out.atMs = latest;
  out.rule = decider;
  if (earliestMax < latest) out.overrides = earliestMaxRule;
  if (latest <= nowMs) {
    out.due = true;
    out.reason = undefined;
  } else {
    out.reason = grace > nowMs ? 'grace_period' : 'retention_period';
  }
  return out;
}
