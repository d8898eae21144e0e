import { AgeInputError } from './errors.js';

/** A calendar date as numbers: month 1-12, day 1-31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Whether `year` is a leap year in the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @internal Days in a month (1-12). */
export function daysIn(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a `YYYY-MM-DD` calendar date, throwing {@link AgeInputError} (`invalid_date`, at `path`) when
 * it is not written that way or does not exist (`2010-02-30`).
 *
 * @example
 * parseCalendarDate('2012-02-29'); // { year: 2012, month: 2, day: 29 }
 */
export function parseCalendarDate(text: unknown, path: readonly PropertyKey[] = ['birthDate']): CalendarDate {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) throw new AgeInputError('invalid_date', path, `Expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(text)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    throw new AgeInputError('invalid_date', path, `${String(text)} does not exist in the calendar`);
  }
  return { year, month, day };
}

/**
 * Writes a calendar date as `YYYY-MM-DD`.
 *
 * @example
 * formatCalendarDate({ year: 2025, month: 3, day: 1 }); // '2025-03-01'
 */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** @internal Compares two calendar dates: negative, 0 or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
