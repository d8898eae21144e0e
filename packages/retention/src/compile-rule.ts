import { addMonthsToDayNumber, daysInMonth, isValidTimeZone, periodEndFunction, toDayNumber, zoneClock, type ZoneClock } from '@priv/calendar';
import {
  BUILT_IN_RETENTION_EVENTS,
  RetentionRuleSchema,
  type Duration,
  type RetentionAction,
  type RetentionBound,
  type RetentionRule,
  type StorageScope,
} from '@priv/schema';
import type { z } from 'zod';
import { GraceExceedsPeriodError, InvalidRuleError, MinimumExceedsMaximumError, NegativeDurationError, UnknownAnchorError } from './errors.js';
import { fiscalYearEndOnOrAfter } from './fiscal-year-end.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A retention rule as written (defaults such as `storage: 'all'` may be left out). */
export type RetentionRuleInput = z.input<typeof RetentionRuleSchema>;

/** Options for {@link compileRule}. */
export interface CompileRuleOptions {
  /** Where the rule sits in its input, for error paths, e.g. `['retention', 2]`. */
  readonly path?: readonly PropertyKey[];
  /**
   * The zone calendar units are counted in when the rule declares none (the manifest's `timeZone`).
   * No default: a rule counted in years, months, weeks or days with neither throws
   * `InvalidRuleError` at `timeZone` (a rule in hours only needs none).
   */
  readonly timeZone?: string;
  /** Custom anchor events (the manifest's `events`), besides `BUILT_IN_RETENTION_EVENTS`. */
  readonly events?: readonly (string | { readonly key: string })[];
}

/**
 * A validated rule, ready to evaluate: every end is a function from the anchor instant (epoch
 * milliseconds) to the end instant (epoch milliseconds). Build it with {@link compileRule}.
 */
export interface CompiledRule {
  readonly compiled: true;
  /** The rule, with the schema's defaults applied. */
  readonly rule: RetentionRule;
  readonly key: string;
  readonly anchor: string;
  readonly bound: RetentionBound;
  readonly action: RetentionAction;
  readonly storage: StorageScope;
  /** The zone its calendar units are counted in: the rule's own `timeZone`, else the default. */
  readonly timeZone: string;
  readonly indefinite: boolean;
  /** Whether the rule obliges keeping (bound `minimum`, or a `minimum` on a maximum rule). */
  readonly keeps: boolean;
  /** The end of the period for an anchor (ms -> ms); `NaN` when the period is indefinite. */
  end(anchorMs: number): number;
  /** The end of the grace period (ms -> ms); `NaN` when the rule has none. */
  graceEnd(anchorMs: number): number;
  /** The end of the keep-at-least period (ms -> ms): the period itself for a minimum rule, the `minimum` of a maximum rule, else `NaN`. */
  keepUntil(anchorMs: number): number;
}

const UNITS = ['years', 'months', 'weeks', 'days', 'hours'] as const;

/**
 * Validates a retention rule and prepares it for fast evaluation. Throws a typed
 * {@link RetentionError} with a path on bad input: a negative duration
 * (`NegativeDurationError`, `period.days`), an unknown anchor (`UnknownAnchorError`, `anchor`), a
 * minimum that can outlast the maximum (`MinimumExceedsMaximumError`, `minimum`), a grace period
 * that can outlast the period (`GraceExceedsPeriodError`), anything else the schema rejects
 * (`InvalidRuleError`).
 *
 * @param input - a retention rule as written (the schema's `RetentionRule`), or one already compiled (returned as it is)
 * @param options - `path` to report errors at (`['retention', 2]`), the manifest's `timeZone` for rules without their own, and its custom `events`
 * @returns the rule with its end, grace and keep-until functions prepared
 * @throws RetentionError (its subclasses `NegativeDurationError`, `UnknownAnchorError`, `MinimumExceedsMaximumError`, `GraceExceedsPeriodError`, `InvalidRuleError`) with a path, for a rule that is not valid or a rule in calendar units with no time zone
 * @example
 * const logs = compileRule({
 *   key: 'server_logs_30_days', description: 'Server logs are kept up to 30 days.',
 *   anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete', timeZone: 'UTC',
 * });
 * new Date(logs.end(Date.parse('2026-01-10T15:00:00Z'))).toISOString(); // '2026-02-10T00:00:00.000Z'
 */
export function compileRule(input: RetentionRuleInput | CompiledRule, options: CompileRuleOptions = {}): CompiledRule {
  if (isCompiledRule(input)) return input;
  const path = options.path ?? [];
  checkNegativeAmounts(input, path);
  const parsed = RetentionRuleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
    throw new InvalidRuleError([...path, ...(issue?.path ?? [])], `${issue?.message ?? 'Invalid retention rule'}${more}`);
  }
  const rule = parsed.data;
  const custom = new Set((options.events ?? []).map((e) => (typeof e === 'string' ? e : e.key)));
  if (!Object.hasOwn(BUILT_IN_RETENTION_EVENTS, rule.anchor) && !custom.has(rule.anchor)) {
    throw new UnknownAnchorError([...path, 'anchor'], rule.anchor);
  }
  const zone = rule.timeZone ?? options.timeZone;
  if (zone === undefined && usesCalendarDays(rule)) {
    throw new InvalidRuleError(
      [...path, 'timeZone'],
      "A rule counted in years, months, weeks or days needs a time zone: give the rule a timeZone, or pass options.timeZone (the manifest's)",
    );
  }
  // A rule in hours only decides no calendar day: its zone is only reported.
  const timeZone = zone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw new InvalidRuleError([...path, 'timeZone'], `Unknown IANA time zone "${timeZone}"`);
  const fiscal = rule.alignTo === 'fiscal_year_end' ? (rule.fiscalYearEnd ?? { month: 12, day: 31 }) : undefined;
  if (fiscal && fiscal.day > daysInMonth(2024, fiscal.month)) {
    throw new InvalidRuleError([...path, 'fiscalYearEnd', 'day'], `Month ${fiscal.month} has no day ${fiscal.day}`);
  }
  const clock = zoneClock(timeZone);
  const fiscalAlign = fiscal ? { month: fiscal.month, day: fiscal.day } : undefined;
  const period = rule.period === 'indefinite' ? undefined : endFunction(rule.period, clock, fiscalAlign);
  const grace = rule.gracePeriod ? endFunction(rule.gracePeriod, clock, fiscalAlign) : undefined;
  const minimum = rule.minimum ? endFunction(rule.minimum, clock, fiscalAlign) : undefined;
  if (period && minimum) {
    const anchor = firstLater(minimum, period);
    if (anchor !== undefined)
      throw new MinimumExceedsMaximumError(
        [...path, 'minimum'],
        `for an anchor on ${new Date(anchor).toISOString().slice(0, 10)}, keep-at-least ends ${iso(minimum(anchor))} but delete-by is ${iso(period(anchor))}`,
      );
  }
  if (period && grace) {
    const anchor = firstLater(grace, period);
    if (anchor !== undefined)
      throw new GraceExceedsPeriodError(
        [...path, 'gracePeriod'],
        `for an anchor on ${new Date(anchor).toISOString().slice(0, 10)}, the grace period ends ${iso(grace(anchor))} but the period ends ${iso(period(anchor))}`,
      );
  }
  const none = (): number => Number.NaN;
  const end = period ?? none;
  return {
    compiled: true,
    rule,
    key: rule.key,
    anchor: rule.anchor,
    bound: rule.bound,
    action: rule.action,
    storage: rule.storage,
    timeZone,
    indefinite: period === undefined,
    keeps: rule.bound === 'minimum' || minimum !== undefined,
    end,
    graceEnd: grace ?? none,
    keepUntil: rule.bound === 'minimum' ? end : (minimum ?? none),
  };
}

/**
 * Whether a value is a rule already prepared by {@link compileRule} (compiling it again is free).
 *
 * @param value - anything
 * @returns `true` when `value` came from `compileRule`
 * @example
 * import { compileRule, isCompiledRule } from '@priv/retention';
 *
 * const rule = { key: 'logs', description: 'Logs, 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete', timeZone: 'UTC' } as const;
 * isCompiledRule(compileRule(rule)); // true
 * isCompiledRule(rule); // false
 */
export function isCompiledRule(value: unknown): value is CompiledRule {
  return typeof value === 'object' && value !== null && (value as { compiled?: unknown }).compiled === true;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function checkNegativeAmounts(input: unknown, path: readonly PropertyKey[]): void {
  if (typeof input !== 'object' || input === null) return;
  for (const field of ['period', 'minimum', 'gracePeriod'] as const) {
    const duration = (input as Record<string, unknown>)[field];
    if (typeof duration !== 'object' || duration === null) continue;
    for (const unit of UNITS) {
      const amount = (duration as Record<string, unknown>)[unit];
      if (typeof amount === 'number' && amount < 0) throw new NegativeDurationError([...path, field, unit], amount);
    }
  }
}

/**
 * Builds the end function of a duration: `periodEndFunction` of `@priv/calendar` (the one meaning
 * of a duration in priv, see the README, "Date semantics"): calendar units from the day after the
 * anchor's local day, ending when the last day ends; hours exact, added after; zero: the anchor.
 * Fiscal alignment: the count starts from the fiscal year end on or after the anchor's local day.
 */
function endFunction(duration: Duration, clock: ZoneClock, fiscal: { month: number; day: number } | undefined): (anchorMs: number) => number {
  if (!fiscal) return periodEndFunction(duration, clock.timeZone);
  const months = (duration.years ?? 0) * 12 + (duration.months ?? 0);
  const days = (duration.weeks ?? 0) * 7 + (duration.days ?? 0);
  const hoursMs = (duration.hours ?? 0) * HOUR_MS;
  const { month, day } = fiscal;
  return (anchorMs) => {
    const yearEnd = fiscalYearEndOnOrAfter(clock.localDay(anchorMs), month, day);
    return clock.startOfLocalDay(addMonthsToDayNumber(yearEnd, months) + days + 1) + hoursMs;
  };
}

function usesCalendarDays(rule: RetentionRule): boolean {
  const calendar = (d: Duration | 'indefinite' | undefined) =>
    typeof d === 'object' && ((d.years ?? 0) > 0 || (d.months ?? 0) > 0 || (d.weeks ?? 0) > 0 || (d.days ?? 0) > 0);
  return rule.alignTo === 'fiscal_year_end' || calendar(rule.period) || calendar(rule.minimum) || calendar(rule.gracePeriod);
}

/**
 * The first sample anchor (noon UTC of every day of 2023-2026, a whole leap cycle, and the
 * century years 2100 and 2000) at which `a` ends after `b`, if any. Calendar periods repeat with
 * the calendar, so a minimum that can outlast its maximum does so on one of these days.
 */
function firstLater(a: (ms: number) => number, b: (ms: number) => number): number | undefined {
  const ranges: [number, number][] = [
    [toDayNumber('2023-01-01'), toDayNumber('2027-01-01')],
    [toDayNumber('2099-12-01'), toDayNumber('2100-04-01')],
    [toDayNumber('1999-12-01'), toDayNumber('2000-04-01')],
  ];
  for (const [from, to] of ranges) {
    for (let day = from; day < to; day++) {
      const ms = day * DAY_MS + DAY_MS / 2;
      if (a(ms) > b(ms)) return ms;
    }
  }
  return undefined;
}
