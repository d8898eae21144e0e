import { CalendarError, describeValue } from './errors.js';

/**
 * A civil (calendar) date written `YYYY-MM-DD`, years 0001 to 9999, with no time and no zone: a
 * date as a person writes it, on the proleptic Gregorian calendar. Every function that takes one
 * checks it and throws {@link CalendarError} (`invalid_date`) when it is not written that way or
 * does not exist (`2026-02-30`), and (`date_out_of_range`) when arithmetic leaves years 1-9999.
 */
export type CivilDate = string;

/** A civil date as numbers: month 1-12, day 1-31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The first and last years a {@link CivilDate} may have. */
export const MIN_YEAR = 1;
/** The last year a {@link CivilDate} may have (four digits). */
export const MAX_YEAR = 9999;

/**
 * Whether `year` is a leap year in the Gregorian calendar.
 *
 * @param year - a whole year
 * @returns `true` for years divisible by 4, except centuries not divisible by 400
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - the year (leap years give February 29 days)
 * @param month - the month, 1-12
 * @returns 28 to 31
 * @example
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2100, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a civil date that exists, written `YYYY-MM-DD` (years 0001-9999).
 *
 * @param text - anything
 * @returns `true` for `'2024-02-29'`, `false` for `'2025-02-29'`, `'0000-01-01'` or a number
 * @example
 * isCivilDate('2024-02-29'); // true
 * isCivilDate('2025-02-29'); // false
 */
export function isCivilDate(text: unknown): text is CivilDate {
  const match = typeof text === 'string' ? PATTERN.exec(text) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks a civil date.
 *
 * @param value - the value to check
 * @param path - where it sits in the caller's input, for the error
 * @returns the date, unchanged
 * @throws {CalendarError} `invalid_date` when it is not a `YYYY-MM-DD` date that exists in years 0001-9999
 * @example
 * requireCivilDate('2024-02-29', ['birthDate']); // '2024-02-29'
 */
export function requireCivilDate(value: unknown, path: readonly PropertyKey[] = ['date']): CivilDate {
  if (!isCivilDate(value)) {
    throw new CalendarError('invalid_date', path, `Expected a calendar date that exists, written YYYY-MM-DD (years 0001-9999); got ${describeValue(value)}`);
  }
  return value;
}

/**
 * The parts of a civil date.
 *
 * @param date - a civil date
 * @param path - where it sits in the caller's input, for the error
 * @returns `{ year, month, day }`
 * @throws {CalendarError} `invalid_date` for a date that does not exist
 * @example
 * dateParts('2012-02-29'); // { year: 2012, month: 2, day: 29 }
 */
export function dateParts(date: CivilDate, path: readonly PropertyKey[] = ['date']): DateParts {
  requireCivilDate(date, path);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Writes date parts as a civil date.
 *
 * @param parts - `{ year, month, day }`
 * @param path - where they sit in the caller's input, for the error
 * @returns `YYYY-MM-DD`
 * @throws {CalendarError} `date_out_of_range` outside years 1-9999, `invalid_date` for a day that does not exist or parts that are not whole numbers
 * @example
 * formatDate({ year: 2025, month: 3, day: 1 }); // '2025-03-01'
 */
export function formatDate(parts: DateParts, path: readonly PropertyKey[] = ['date']): CivilDate {
  const { year, month, day } = parts ?? ({} as DateParts);
  if (![year, month, day].every((n) => Number.isInteger(n))) {
    throw new CalendarError('invalid_date', path, `Expected whole numbers for year, month and day; got ${describeValue(parts)}`);
  }
  if (year < MIN_YEAR || year > MAX_YEAR) throw new CalendarError('date_out_of_range', path, `The year ${year} is outside 1-9999`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalendarError('invalid_date', path, `${year}-${month}-${day} does not exist in the calendar`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day number of a date: days since 1970-01-01 (negative before). Day numbers make
 * arithmetic and comparison plain integer work; after Howard Hinnant's `days_from_civil`.
 *
 * @param date - a civil date
 * @param path - where it sits in the caller's input, for the error
 * @returns an integer (0 for 1970-01-01)
 * @throws {CalendarError} `invalid_date` for a date that does not exist
 * @example
 * toDayNumber('1970-01-02'); // 1
 */
export function toDayNumber(date: CivilDate, path: readonly PropertyKey[] = ['date']): number {
  const { year, month, day } = dateParts(date, path);
  return dayNumberOf(year, month, day);
}

/** @internal The day number of year/month/day, with no checks (any year). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** @internal The year/month/day of a day number, with no checks (any year). */
export function partsOfDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of 0001-01-01. */
export const MIN_DAY_NUMBER = -719_162;
/** The day number of 9999-12-31. */
export const MAX_DAY_NUMBER = 2_932_896;

/**
 * The civil date of a day number.
 *
 * @param dayNumber - days since 1970-01-01
 * @param path - where the value came from, for the error
 * @returns `YYYY-MM-DD`
 * @throws {CalendarError} `date_out_of_range` outside 0001-01-01 to 9999-12-31, `invalid_number` for a non-integer
 * @example
 * fromDayNumber(0); // '1970-01-01'
 */
export function fromDayNumber(dayNumber: number, path: readonly PropertyKey[] = ['date']): CivilDate {
  if (!Number.isInteger(dayNumber)) throw new CalendarError('invalid_number', path, `Expected a whole day number, got ${describeValue(dayNumber)}`);
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new CalendarError('date_out_of_range', path, 'The date falls outside 0001-01-01 to 9999-12-31');
  }
  return formatDate(partsOfDayNumber(dayNumber), path);
}

/**
 * Orders two civil dates.
 *
 * @param a - a civil date
 * @param b - a civil date
 * @returns negative when `a` is earlier, 0 when the same, positive when later
 * @throws {CalendarError} `invalid_date` for a date that does not exist
 * @example
 * compareDates('2026-01-31', '2026-02-01'); // -1
 */
export function compareDates(a: CivilDate, b: CivilDate): number {
  requireCivilDate(a, ['a']);
  requireCivilDate(b, ['b']);
  return a < b ? -1 : a > b ? 1 : 0;
}
