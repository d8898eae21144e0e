import type { CompiledRule } from '@priv/retention';

/** The arithmetic of one period (a rule's period, or its grace period), as `@priv/retention` counts it. */
export interface EndSpec {
  /** Years x 12 + months, added first, with the day clamped to the month's length. */
  readonly months: number;
  /** Weeks x 7 + days, added after the months. */
  readonly days: number;
  /** Exact elapsed milliseconds, added last. */
  readonly hoursMs: number;
  /** Whether calendar units are counted (else the end is anchor + hours). */
  readonly calendar: boolean;
  /** The zone the calendar is read in. */
  readonly timeZone: string;
  /** Whether the zone is UTC itself (no zone arithmetic needed). */
  readonly utc: boolean;
  /** Count from the fiscal year end on or after the anchor's local day. */
  readonly fiscal: { readonly month: number; readonly day: number } | undefined;
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

/**
 * The end arithmetic of a compiled rule's period, read from its public fields (`rule.period`,
 * `timeZone`, `rule.alignTo`, `rule.fiscalYearEnd`). `undefined` for an indefinite period.
 */
export function periodSpec(rule: CompiledRule): EndSpec | undefined {
  return rule.rule.period === 'indefinite' ? undefined : specOf(rule, rule.rule.period);
}

/** The end arithmetic of a compiled rule's grace period, if it has one. */
export function graceSpec(rule: CompiledRule): EndSpec | undefined {
  return rule.rule.gracePeriod === undefined ? undefined : specOf(rule, rule.rule.gracePeriod);
}

function specOf(rule: CompiledRule, d: { years?: number; months?: number; weeks?: number; days?: number; hours?: number }): EndSpec {
  const months = (d.years ?? 0) * 12 + (d.months ?? 0);
  const days = (d.weeks ?? 0) * 7 + (d.days ?? 0);
  const fiscal = rule.rule.alignTo === 'fiscal_year_end' ? (rule.rule.fiscalYearEnd ?? { month: 12, day: 31 }) : undefined;
  return {
    months,
    days,
    hoursMs: (d.hours ?? 0) * 3_600_000,
    calendar: fiscal !== undefined || months > 0 || days > 0,
    timeZone: rule.timeZone,
    utc: UTC_NAMES.has(rule.timeZone),
    fiscal,
  };
}
