import { isCivilDate } from './civil-date.js';
import { CalendarError, describeValue } from './errors.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant: a valid `Date`, or an ISO 8601 date-time with `Z` or an offset. A time with no
 * zone is ambiguous and refused; so is an instant whose year is outside 0001-9999 in UTC.
 *
 * @param value - a `Date` or a string such as `2026-05-12T09:00:00Z`
 * @param path - where it sits in the caller's input, for the error
 * @returns a new `Date`
 * @throws {CalendarError} `invalid_instant`
 * @example
 * requireInstant('2026-05-12T11:00:00+02:00').toISOString(); // '2026-05-12T09:00:00.000Z'
 */
export function requireInstant(value: unknown, path: readonly PropertyKey[] = ['instant']): Date {
  let date: Date | undefined;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'string' && ISO_INSTANT.test(value) && isCivilDate(value.slice(0, 10))) date = new Date(value);
  const ms = date?.getTime() ?? Number.NaN;
  // 0001-01-02 to 9999-12-30 UTC: every zone's local date of such an instant is in years 1-9999.
  if (!date || Number.isNaN(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) {
    throw new CalendarError(
      'invalid_instant',
      path,
      `Expected an instant: a valid Date or an ISO date-time with Z or an offset, like "2026-05-12T09:00:00Z", from 0001-01-02 to 9999-12-30; got ${describeValue(value)}`,
    );
  }
  return date;
}

/** The earliest instant priv accepts: 0001-01-02T00:00:00Z. */
export const MIN_INSTANT_MS = -62_135_510_400_000;
/** The latest instant priv accepts: 9999-12-30T23:59:59.999Z. */
export const MAX_INSTANT_MS = 253_402_214_399_999;
