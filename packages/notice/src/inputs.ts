import {
  CalendarError,
  requireCivilDate,
  requireDuration,
  requireHolidayCalendar,
  requireInstant as instant,
  requireTimeZone as zone,
  type CivilDate,
  type Duration,
  type HolidayCalendar,
} from '@priv/calendar';
import { NoticeInputError, type NoticeInputErrorCode } from './errors.js';

const CODES: Partial<Record<string, NoticeInputErrorCode>> = {
  invalid_date: 'invalid_date',
  date_out_of_range: 'date_out_of_range',
  invalid_time_zone: 'invalid_time_zone',
  invalid_instant: 'invalid_instant',
  invalid_duration: 'invalid_duration',
  invalid_number: 'invalid_duration',
  invalid_holidays: 'invalid_holidays',
  no_working_day: 'no_working_day',
};

/**
 * @internal Runs calendar work and turns a `CalendarError` into this package's
 * {@link NoticeInputError}, same code and path, so callers catch one error type.
 */
export function counted<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CalendarError) throw new NoticeInputError(CODES[error.code] ?? 'invalid_duration', error.path, error.message.replace(/^[^:]*: /, ''));
    throw error;
  }
}

/** @internal Checks a time zone, or throws {@link NoticeInputError} at `path`. */
export function requireTimeZone(value: unknown, path: readonly PropertyKey[]): string {
  return counted(() => zone(value, path));
}

/** @internal Checks a `YYYY-MM-DD` date that exists, or throws {@link NoticeInputError} at `path`. */
export function requireDate(value: unknown, path: readonly PropertyKey[]): CivilDate {
  return counted(() => requireCivilDate(value, path));
}

/** @internal Reads an instant (a valid `Date`, or ISO with `Z` or an offset), or throws at `path`. */
export function requireInstant(value: unknown, path: readonly PropertyKey[]): Date {
  return counted(() => instant(value, path));
}

/** @internal Checks a duration, or throws {@link NoticeInputError} (`invalid_duration`) at `path`. */
export function requirePeriod(value: unknown, path: readonly PropertyKey[]): Duration {
  return counted(() => requireDuration(value, path));
}

/** @internal Checks a holiday calendar, or throws {@link NoticeInputError} (`invalid_holidays`) at `path`. */
export function requireHolidays(value: unknown, path: readonly PropertyKey[]): HolidayCalendar {
  return counted(() => requireHolidayCalendar(value, path));
}
