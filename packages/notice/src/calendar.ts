import { TZDate } from '@date-fns/tz';
import { isRealIsoDate, isValidTimeZone, type Duration } from '@priv/schema';
import { NoticeInputError } from './errors.js';

/** A calendar date written `YYYY-MM-DD`, with no time and no zone. */
export type CalendarDate = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(date: CalendarDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The number of days in a month (1-12) of a year, leap years included.
 *
 * @example
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2100, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds whole days to a calendar date.
 *
 * @example
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2025-02-28', 1); // '2025-03-01'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/**
 * Adds calendar months, keeping the day of the month, or the month's last day when the target month
 * is shorter (31 January + 1 month = 28 or 29 February).
 *
 * @example
 * addMonths('2025-01-31', 1); // '2025-02-28'
 * addMonths('2024-01-31', 1); // '2024-02-29'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Adds the calendar part of a duration (years, months, weeks, days; hours are ignored) to a date.
 * Years and months first (clamped to the month end), then weeks and days.
 *
 * @example
 * addCalendar('2024-02-29', { years: 1 }); // '2025-02-28'
 * addCalendar('2026-01-01', { weeks: 2, days: 1 }); // '2026-01-16'
 */
export function addCalendar(date: CalendarDate, duration: Duration): CalendarDate {
  const months = (duration.years ?? 0) * 12 + (duration.months ?? 0);
  const withMonths = months === 0 ? date : addMonths(date, months);
  return addDays(withMonths, (duration.weeks ?? 0) * 7 + (duration.days ?? 0));
}

/**
 * Days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * daysBetween('2026-02-01', '2026-03-01'); // 28
 */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/**
 * The day of the week of a date: 0 Sunday to 6 Saturday.
 *
 * @example
 * dayOfWeek('2026-11-22'); // 0 (a Sunday)
 */
export function dayOfWeek(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The calendar date an instant falls on in a time zone.
 *
 * @example
 * localDate(new Date('2026-03-29T23:30:00Z'), 'Europe/Berlin'); // '2026-03-30'
 */
export function localDate(instant: Date, timeZone: string): CalendarDate {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * The instant a calendar date begins in a time zone (its first moment, which is 01:00 in the rare
 * zones that skip midnight on a DST change).
 *
 * @example
 * startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString(); // '2026-03-28T23:00:00.000Z'
 */
export function startOfLocalDay(date: CalendarDate, timeZone: string): Date {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

/**
 * Writes an instant as local time in a zone with its UTC offset, e.g. `2026-03-31T10:00:00+02:00`.
 *
 * @example
 * formatInZone(new Date('2026-03-31T08:00:00Z'), 'Europe/Berlin'); // '2026-03-31T10:00:00+02:00'
 */
export function formatInZone(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
  return `${localDate(instant, timeZone)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Checks a time zone name, or throws {@link NoticeInputError} at `path`. */
export function requireTimeZone(zone: unknown, path: readonly PropertyKey[]): string {
  if (typeof zone !== 'string' || !isValidTimeZone(zone)) {
    throw new NoticeInputError('invalid_time_zone', path, `Unknown IANA time zone ${JSON.stringify(zone)} (expected a name like "Europe/Berlin" or "UTC")`);
  }
  return zone;
}

/** Checks a `YYYY-MM-DD` date that exists, or throws {@link NoticeInputError} at `path`. */
export function requireDate(date: unknown, path: readonly PropertyKey[]): CalendarDate {
  if (typeof date !== 'string' || !isRealIsoDate(date)) {
    throw new NoticeInputError('invalid_date', path, `Expected a calendar date that exists, written YYYY-MM-DD; got ${JSON.stringify(date)}`);
  }
  return date;
}

/**
 * Reads an instant: a valid `Date`, or an ISO 8601 date-time with `Z` or an offset (a time without a
 * zone is ambiguous and refused). Throws {@link NoticeInputError} at `path` otherwise.
 */
export function requireInstant(value: unknown, path: readonly PropertyKey[]): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return new Date(value.getTime());
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()) && isRealIsoDate(value.slice(0, 10))) return date;
  }
  throw new NoticeInputError('invalid_instant', path, `Expected an instant: a valid Date or an ISO date-time with Z or an offset, like "2026-05-12T09:00:00Z"; got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}
