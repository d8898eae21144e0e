import { CalendarError, dateParts, localDate as civilLocalDate } from '@priv/calendar';
import type { CalendarDate } from './calendar-date.js';
import { AgeInputError } from './errors.js';

/**
 * The calendar date an instant falls on in an IANA time zone (what a wall calendar there shows),
 * from `@priv/calendar`. The zone is required: the machine's zone is never used.
 *
 * @param on - the instant
 * @param timeZone - an IANA zone
 * @returns the date's parts
 * @throws {AgeInputError} `invalid_instant` (`on`) for an invalid or out-of-range instant, `invalid_time_zone` (`timeZone`) for a missing or unknown zone (`'Mars/Olympus'`)
 * @example
 * localDate(new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles'); // { year: 2026, month: 3, day: 14 }
 */
export function localDate(on: Date, timeZone: string): CalendarDate {
  if (!(on instanceof Date)) throw new AgeInputError('invalid_instant', ['on'], 'Expected a valid Date (the instant the gate is evaluated)');
  try {
    return dateParts(civilLocalDate(on, timeZone));
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'invalid_time_zone')
      throw new AgeInputError(
        'invalid_time_zone',
        ['timeZone'],
        `Expected an IANA time zone such as "Europe/Berlin"; got ${JSON.stringify(timeZone)} (a zone is required: the machine's is never used)`,
      );
    if (error instanceof CalendarError)
      throw new AgeInputError('invalid_instant', ['on'], 'Expected a valid Date from 0001-01-02 to 9999-12-30 (the instant the gate is evaluated)');
    throw error;
  }
}
