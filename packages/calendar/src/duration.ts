import { type CivilDate, fromDayNumber, toDayNumber } from './civil-date.js';
import { addMonthsToDayNumber } from './date-arithmetic.js';
import { CalendarError, describeValue } from './errors.js';

/**
 * A length of time: calendar units (years, months, weeks, days) and a fixed unit (hours). The one
 * meaning in every priv package:
 * - **Calendar units** are counted on a zone's calendar from the day after the event (Regulation
 *   1182/71 Art. 3(1)) and end when their last day ends (Art. 3(2)(b), (c)): `{ days: 3 }` from an
 *   event on Monday ends at the end of Thursday, local time, whatever the clock time of the event.
 *   Months and years end on the same date of the final month, or its last day.
 * - **Hours** are exact elapsed time from the event instant (72 hours is 72 hours across a DST
 *   change), added after the calendar part. This is the earlier of the two readings of Art. 3(1)
 *   (which would not count the hour of the event).
 * - `{ days: 0 }` is zero length: the event instant itself ("immediately").
 * Amounts are whole numbers from 0 to 10,000.
 */
export interface Duration {
  readonly years?: number | undefined;
  readonly months?: number | undefined;
  readonly weeks?: number | undefined;
  readonly days?: number | undefined;
  readonly hours?: number | undefined;
}

/** The units of a {@link Duration}, largest first. */
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours'] as const;

/** The largest amount of any unit. */
export const MAX_DURATION_AMOUNT = 10_000;

/**
 * Checks a duration.
 *
 * @param value - the value to check
 * @param path - where it sits in the caller's input, for the error
 * @returns the duration, unchanged
 * @throws {CalendarError} `invalid_duration` for a non-object, an unknown unit, no unit at all, or an amount that is not a whole number from 0 to 10,000 (`{ days: -5 }`, `{ days: NaN }`, `{ months: 1.5 }`)
 * @example
 * requireDuration({ months: 1 }, ['period']); // { months: 1 }
 */
export function requireDuration(value: unknown, path: readonly PropertyKey[] = ['duration']): Duration {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CalendarError('invalid_duration', path, `Expected a duration such as { days: 30 } or { months: 1 }, got ${describeValue(value)}`);
  }
  let units = 0;
  for (const [unit, amount] of Object.entries(value)) {
    if (!(DURATION_UNITS as readonly string[]).includes(unit)) {
      throw new CalendarError('invalid_duration', [...path, unit], `Unknown unit "${unit}" (expected years, months, weeks, days or hours)`);
    }
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount > MAX_DURATION_AMOUNT) {
      throw new CalendarError('invalid_duration', [...path, unit], `Expected a whole number from 0 to ${MAX_DURATION_AMOUNT}, got ${describeValue(amount)}`);
    }
    units++;
  }
  if (units === 0)
    throw new CalendarError(
      'invalid_duration',
      path,
      'A duration needs at least one of years, months, weeks, days or hours (use { days: 0 } for "immediately")',
    );
  return value as Duration;
}

/** @internal Total calendar months and days of a (checked) duration. */
export function calendarPart(duration: Duration): { months: number; days: number; hours: number } {
  return {
    months: (duration.years ?? 0) * 12 + (duration.months ?? 0),
    days: (duration.weeks ?? 0) * 7 + (duration.days ?? 0),
    hours: duration.hours ?? 0,
  };
}

/** @internal The last day (day number) of a calendar period from an event day: months first (clamped), then days. */
export function lastDayNumber(eventDay: number, duration: Duration): number {
  const { months, days } = calendarPart(duration);
  return addMonthsToDayNumber(eventDay, months) + days;
}

/**
 * Whether a duration has any calendar unit (years, months, weeks or days above zero).
 *
 * @param duration - a duration
 * @returns `false` for `{ hours: 72 }` and `{ days: 0 }`
 * @throws {CalendarError} `invalid_duration`
 * @example
 * hasCalendarUnits({ days: 3 }); // true
 * hasCalendarUnits({ hours: 72 }); // false
 */
export function hasCalendarUnits(duration: Duration): boolean {
  const { months, days } = calendarPart(requireDuration(duration));
  return months > 0 || days > 0;
}

/**
 * The last day of a calendar period that runs from an event on `eventDate` (the event day does
 * not count, Regulation 1182/71 Art. 3(1)): months and years first, ending on the same date of the
 * final month or its last day (Art. 3(2)(c)), then weeks and days. Hours are ignored: they are
 * elapsed time, not days. No roll-over: see {@link euPeriod} for Art. 3(4)-(5).
 *
 * @param eventDate - the local day of the event
 * @param duration - the period
 * @returns the last day of the period (the event day itself for a zero-length period)
 * @throws {CalendarError} `invalid_date`, `invalid_duration`, `date_out_of_range` (`{ years: 10000 }` from 9999-12-31)
 * @example
 * lastDayOfPeriod('2025-03-05', { months: 1 }); // '2025-04-05'
 * lastDayOfPeriod('2024-02-29', { years: 1 }); // '2025-02-28'
 * lastDayOfPeriod('2026-01-01', { weeks: 2, days: 1 }); // '2026-01-16'
 */
export function lastDayOfPeriod(eventDate: CivilDate, duration: Duration): CivilDate {
  const day = toDayNumber(eventDate, ['eventDate']);
  return fromDayNumber(lastDayNumber(day, requireDuration(duration, ['duration'])), ['duration']);
}
