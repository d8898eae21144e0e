import { daysInMonth, dayNumberOf, partsOfDayNumber, type DateParts } from './civil-date.js';
import { addMonthsToDayNumber as addMonthsUnchecked } from './date-arithmetic.js';
import { requireInteger } from './errors.js';

/**
 * Day-number arithmetic for hot loops (a purge planner over millions of records): plain integers,
 * days since 1970-01-01, proleptic Gregorian. Checks only that the inputs are whole numbers; turn
 * the result back into a date with `fromDayNumber`, which checks the 0001-9999 range.
 *
 * @param dayNumber - days since 1970-01-01
 * @param months - whole months to add (negative goes back)
 * @returns the day number `months` later, on the same day of the month or the month's last day
 * @throws {CalendarError} `invalid_number` for a non-integer
 * @example
 * fromDayNumber(addMonthsToDayNumber(toDayNumber('2025-01-31'), 1)); // '2025-02-28'
 */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  return addMonthsUnchecked(requireInteger(dayNumber, ['dayNumber']), requireInteger(months, ['months']));
}

/**
 * The day number of year, month and day, clamping the day to the month's length (so a fiscal
 * year end written 02-29 is 02-28 in common years).
 *
 * @param year - a whole year
 * @param month - 1-12
 * @param day - 1-31, clamped to the month's last day
 * @returns days since 1970-01-01
 * @throws {CalendarError} `invalid_number` for a non-integer or a month outside 1-12
 * @example
 * fromDayNumber(clampedDayNumber(2025, 2, 29)); // '2025-02-28'
 */
export function clampedDayNumber(year: number, month: number, day: number): number {
  requireInteger(year, ['year']);
  requireInteger(month, ['month'], 1, 12);
  requireInteger(day, ['day'], 1, 31);
  return dayNumberOf(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * The year, month and day of a day number (any year; no range check).
 *
 * @param dayNumber - days since 1970-01-01
 * @returns `{ year, month, day }`
 * @throws {CalendarError} `invalid_number` for a non-integer
 * @example
 * partsFromDayNumber(0); // { year: 1970, month: 1, day: 1 }
 */
export function partsFromDayNumber(dayNumber: number): DateParts {
  return partsOfDayNumber(requireInteger(dayNumber, ['dayNumber']));
}
