import { type CivilDate, fromDayNumber, toDayNumber } from './civil-date.js';
import { requireInstant } from './instant.js';
import { requireTimeZone } from './time-zone.js';
import { zoneClock } from './zone-clock.js';
import { exactLocalDay } from './zone-offset.js';

/**
 * The civil date an instant falls on in a time zone (what a wall calendar there shows).
 *
 * @param instant - a `Date` or an ISO date-time with `Z` or an offset
 * @param timeZone - an IANA zone (required: the machine's zone is never used)
 * @returns `YYYY-MM-DD`
 * @throws {CalendarError} `invalid_instant`, `invalid_time_zone` (`'Mars/Olympus'`)
 * @example
 * localDate(new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles'); // '2026-03-14'
 */
export function localDate(instant: Date | string, timeZone: string): CivilDate {
  const ms = requireInstant(instant, ['instant']).getTime();
  // One look-up, no cache: small enough for a browser bundle that needs only this.
  return fromDayNumber(exactLocalDay(ms, requireTimeZone(timeZone, ['timeZone'])), ['instant']);
}

/**
 * The first instant of a civil date in a time zone: its first midnight when midnight comes twice
 * (Asia/Amman 2021-10-29), the first moment that exists when midnight is skipped
 * (Asia/Kathmandu 1986-01-01 begins at 00:15), the next day's start for a date the zone skipped
 * whole (Pacific/Apia 2011-12-30). Offsets with seconds (local mean time) are exact.
 *
 * @param date - a civil date
 * @param timeZone - an IANA zone (required)
 * @returns the instant the day begins
 * @throws {CalendarError} `invalid_date`, `invalid_time_zone`
 * @example
 * startOfDay('2026-03-29', 'Europe/Berlin').toISOString(); // '2026-03-28T23:00:00.000Z'
 * startOfDay('2021-10-29', 'Asia/Amman').toISOString(); // '2021-10-28T21:00:00.000Z'
 */
export function startOfDay(date: CivilDate, timeZone: string): Date {
  const day = toDayNumber(date, ['date']);
  return new Date(zoneClock(requireTimeZone(timeZone, ['timeZone'])).startOfLocalDay(day));
}

/**
 * The instant a civil date ends in a time zone: the start of the next day (a period "ends with the
 * expiry of the last hour of the last day", Regulation 1182/71 Art. 3(2)(b)).
 *
 * @param date - a civil date
 * @param timeZone - an IANA zone (required)
 * @returns the first instant after the day
 * @throws {CalendarError} `invalid_date`, `invalid_time_zone`, `date_out_of_range` for 9999-12-31
 * @example
 * endOfDay('2026-04-07', 'Europe/Berlin').toISOString(); // '2026-04-07T22:00:00.000Z'
 */
export function endOfDay(date: CivilDate, timeZone: string): Date {
  const next = toDayNumber(date, ['date']) + 1;
  fromDayNumber(next, ['date']);
  return new Date(zoneClock(requireTimeZone(timeZone, ['timeZone'])).startOfLocalDay(next));
}
