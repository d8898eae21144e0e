import { CalendarError, dateParts, formatDate, isLeapYear as leap } from '@priv/calendar';
import { AgeInputError } from './errors.js';

/** A calendar date as numbers: month 1-12, day 1-31 (the parts of a `@priv/calendar` civil date). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Whether `year` is a leap year in the Gregorian calendar (from `@priv/calendar`).
 *
 * @param year - a whole year
 * @returns `true` for leap years
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return leap(year);
}

/**
 * Reads a `YYYY-MM-DD` calendar date (years 0001-9999) with `@priv/calendar`.
 *
 * @param text - the date as written
 * @param path - where it sits in the caller's input (default `['birthDate']`)
 * @returns its parts
 * @throws {AgeInputError} `invalid_date` when it is not written that way or does not exist (`2010-02-30`)
 * @example
 * parseCalendarDate('2012-02-29'); // { year: 2012, month: 2, day: 29 }
 */
export function parseCalendarDate(text: unknown, path: readonly PropertyKey[] = ['birthDate']): CalendarDate {
  try {
    return dateParts(text as string, path);
  } catch (error) {
    if (error instanceof CalendarError) {
      const written = typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text);
      throw new AgeInputError(
        'invalid_date',
        path,
        written ? `${text} does not exist in the calendar` : `Expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(text)}`,
      );
    }
    throw error;
  }
}

/**
 * Writes a calendar date as `YYYY-MM-DD`.
 *
 * @param date - its parts
 * @param path - where it sits in the caller's input, for the error
 * @returns `YYYY-MM-DD`
 * @throws {AgeInputError} `invalid_date` for parts that are not a date in years 1-9999 (`{ year: 2025.5, ... }`, year 100000)
 * @example
 * formatCalendarDate({ year: 2025, month: 3, day: 1 }); // '2025-03-01'
 */
export function formatCalendarDate(date: CalendarDate, path: readonly PropertyKey[] = ['date']): string {
  try {
    return formatDate(date, path);
  } catch (error) {
    if (error instanceof CalendarError) throw new AgeInputError('invalid_date', path, error.message.replace(/^[^:]*: /, ''));
    throw error;
  }
}

/** @internal Compares two calendar dates: negative, 0 or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
