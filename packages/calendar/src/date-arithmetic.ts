import { type CivilDate, daysInMonth, dayNumberOf, fromDayNumber, partsOfDayNumber, toDayNumber } from './civil-date.js';
import { requireInteger } from './errors.js';

/**
 * Adds whole days to a civil date.
 *
 * @param date - a civil date
 * @param days - a whole number of days (negative goes back)
 * @returns the date `days` later
 * @throws {CalendarError} `invalid_date`, `invalid_number` (`days` not a whole number), `date_out_of_range` (beyond 0001-9999)
 * @example
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2025-02-28', 1); // '2025-03-01'
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  const start = toDayNumber(date, ['date']);
  return fromDayNumber(start + requireInteger(days, ['days']), ['days']);
}

/** @internal Adds months to a day number, clamping to the month's end (no range check). */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  if (months === 0) return dayNumber;
  const { year, month, day } = partsOfDayNumber(dayNumber);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return dayNumberOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Adds calendar months: the same day of the month, or the month's last day when the target month
 * is shorter (31 January + 1 month = 28 or 29 February), as Regulation 1182/71 Art. 3(2)(c) ends a
 * period of months.
 *
 * @param date - a civil date
 * @param months - a whole number of months (negative goes back)
 * @returns the date `months` later
 * @throws {CalendarError} `invalid_date`, `invalid_number` (`addMonths(d, 1.5)`), `date_out_of_range`
 * @example
 * addMonths('2025-01-31', 1); // '2025-02-28'
 * addMonths('2024-01-31', 1); // '2024-02-29'
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const start = toDayNumber(date, ['date']);
  return fromDayNumber(addMonthsToDayNumber(start, requireInteger(months, ['months'], -120_000, 120_000)), ['months']);
}

/**
 * Adds calendar years (12 months each): 29 February + 1 year is 28 February.
 *
 * @param date - a civil date
 * @param years - a whole number of years
 * @returns the date `years` later
 * @throws {CalendarError} `invalid_date`, `invalid_number`, `date_out_of_range` (`addYears('9999-12-31', 1)`)
 * @example
 * addYears('2024-02-29', 1); // '2025-02-28'
 */
export function addYears(date: CivilDate, years: number): CivilDate {
  const start = toDayNumber(date, ['date']);
  return fromDayNumber(addMonthsToDayNumber(start, requireInteger(years, ['years'], -10_000, 10_000) * 12), ['years']);
}

/**
 * Days from `a` to `b`.
 *
 * @param a - a civil date
 * @param b - a civil date
 * @returns the number of days (negative when `b` is earlier)
 * @throws {CalendarError} `invalid_date`
 * @example
 * daysBetween('2026-02-01', '2026-03-01'); // 28
 */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toDayNumber(b, ['b']) - toDayNumber(a, ['a']);
}

/**
 * The day of the week: 0 Sunday to 6 Saturday.
 *
 * @param date - a civil date
 * @returns 0-6
 * @throws {CalendarError} `invalid_date`
 * @example
 * dayOfWeek('2026-11-22'); // 0 (a Sunday)
 */
export function dayOfWeek(date: CivilDate): number {
  return weekdayOfDayNumber(toDayNumber(date, ['date']));
}

/** @internal The weekday (0 Sunday) of a day number: 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
