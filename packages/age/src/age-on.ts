import { type CalendarDate, compareDates, formatCalendarDate, isLeapYear, parseCalendarDate } from './calendar-date.js';
import { AgeInputError } from './errors.js';
import { localDate } from './local-date.js';

/**
 * When someone born on 29 February has a birthday in a common year.
 * - `march_1` (the default): the day after 28 February, i.e. the anniversary has not come until
 *   28 February has fully passed (the usual reading where the law is silent).
 * - `february_28`: the last day of February (the rule some jurisdictions apply).
 */
export type LeapDayRule = 'march_1' | 'february_28';

const LEAP_DAY_RULES: readonly string[] = ['march_1', 'february_28'];

/** @internal Checks a 29 February rule: a mistyped one is an error, never `march_1`. */
export function requireLeapDay(value: unknown, path: readonly PropertyKey[] = ['leapDay']): LeapDayRule {
  if (value === undefined) return 'march_1';
  if (typeof value !== 'string' || !LEAP_DAY_RULES.includes(value)) {
    throw new AgeInputError('invalid_option', path, `Expected "march_1" or "february_28", got ${JSON.stringify(value)}`);
  }
  return value as LeapDayRule;
}

/**
 * The birthday of `birth` in `year`, applying `leapDay` to a 29 February birth in a common year.
 *
 * @param birth - the date of birth
 * @param year - the year of the birthday
 * @param leapDay - the 29 February rule (default `march_1`)
 * @returns the birthday's date
 * @throws {AgeInputError} `invalid_option` for a mistyped `leapDay`
 *
 * @example
 * birthdayIn({ year: 2012, month: 2, day: 29 }, 2025); // { year: 2025, month: 3, day: 1 }
 * birthdayIn({ year: 2012, month: 2, day: 29 }, 2025, 'february_28'); // { year: 2025, month: 2, day: 28 }
 */
export function birthdayIn(birth: CalendarDate, year: number, leapDay: LeapDayRule = 'march_1'): CalendarDate {
  const rule = requireLeapDay(leapDay);
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) {
    return rule === 'february_28' ? { year, month: 2, day: 28 } : { year, month: 3, day: 1 };
  }
  return { year, month: birth.month, day: birth.day };
}

/**
 * Whole years of age on the calendar date `today` (no time zone involved: both are calendar dates).
 * Returns a negative number when `today` is before the birth.
 *
 * @param birth - the date of birth
 * @param today - the date of the decision
 * @param leapDay - the 29 February rule (default `march_1`)
 * @returns whole years
 * @throws {AgeInputError} `invalid_option` for a mistyped `leapDay`
 *
 * @example
 * ageOnDate({ year: 2012, month: 2, day: 29 }, { year: 2025, month: 2, day: 28 }); // 12
 * ageOnDate({ year: 2012, month: 2, day: 29 }, { year: 2025, month: 3, day: 1 }); // 13
 */
export function ageOnDate(birth: CalendarDate, today: CalendarDate, leapDay: LeapDayRule = 'march_1'): number {
  const years = today.year - birth.year;
  return compareDates(today, birthdayIn(birth, today.year, leapDay)) < 0 ? years - 1 : years;
}

/**
 * The date (`YYYY-MM-DD`) on which someone born on `birthDate` turns `age`.
 *
 * @param birthDate - `YYYY-MM-DD`
 * @param age - whole years, 0 to 150
 * @param leapDay - the 29 February rule (default `march_1`)
 * @returns the date of that birthday
 * @throws {AgeInputError} `invalid_date` (`birthDate`, or a birthday after 9999), `invalid_age` (`13.5`, `NaN`, negative), `invalid_option` (`leapDay`)
 *
 * @example
 * dateOfAge('2012-02-29', 13); // '2025-03-01'
 * dateOfAge('2012-02-29', 13, 'february_28'); // '2025-02-28'
 */
export function dateOfAge(birthDate: string, age: number, leapDay: LeapDayRule = 'march_1'): string {
  const birth = parseCalendarDate(birthDate);
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 0 || age > 150) {
    throw new AgeInputError('invalid_age', ['age'], `Expected a whole number of years from 0 to 150, got ${String(age)}`);
  }
  return formatCalendarDate(birthdayIn(birth, birth.year + age, requireLeapDay(leapDay)), ['age']);
}

/** Options of {@link ageOn}. */
export interface AgeOnOptions {
  /** How a 29 February birthday falls in a common year. Default `march_1`. */
  readonly leapDay?: LeapDayRule;
}

/**
 * Exact age in whole years of a person born on `birthDate` (a calendar date `YYYY-MM-DD`, not an
 * instant) at the instant `on`, with the day decided in `timeZone`. At 23:30 in Los Angeles on the
 * eve of a birthday the person is still the younger age, although it is already the birthday in UTC.
 * Throws {@link AgeInputError} for a date that does not exist, a birth after `on`, an invalid
 * instant or a missing or unknown zone (the machine's zone is never used).
 *
 * @param birthDate - `YYYY-MM-DD`
 * @param on - the instant of the decision
 * @param timeZone - the IANA zone the person's day is counted in (required)
 * @param options - `leapDay`: the 29 February rule (default `march_1`; a mistyped one throws)
 * @returns whole years
 * @throws {AgeInputError} `invalid_date`, `future_birth_date`, `invalid_instant`, `invalid_time_zone`, `invalid_option`
 *
 * @example
 * // 2026-03-15T06:30Z is 23:30 on 14 March in Los Angeles
 * ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles'); // 12
 * ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'UTC'); // 13
 */
export function ageOn(birthDate: string, on: Date, timeZone: string, options: AgeOnOptions = {}): number {
  const birth = parseCalendarDate(birthDate);
  const leapDay = requireLeapDay(options?.leapDay, ['options', 'leapDay']);
  const today = localDate(on, timeZone);
  if (compareDates(birth, today) > 0) {
    throw new AgeInputError(
      'future_birth_date',
      ['birthDate'],
      `The birth date ${birthDate} is after ${formatCalendarDate(today)}, the date in ${timeZone} on the evaluation instant`,
    );
  }
  return ageOnDate(birth, today, leapDay);
}
