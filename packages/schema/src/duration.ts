import { z } from 'zod';

const amount = z.number().int('Expected a whole number').nonnegative('A duration cannot be negative').max(10_000);

/**
 * A length of time in calendar units (years, months, weeks, days) and fixed units (hours):
 * `{ days: 30 }`, `{ years: 7 }`, `{ hours: 72 }`. Calendar units are counted on the calendar of the
 * rule's time zone (30 days across a DST change is 30 calendar days, not 720 hours); hours are
 * exact elapsed time. `{ days: 0 }` is a zero-length window ("immediately").
 */
export const DurationSchema = z
  .strictObject({
    years: amount.optional(),
    months: amount.optional(),
    weeks: amount.optional(),
    days: amount.optional(),
    hours: amount.optional(),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), {
    message: 'A duration needs at least one of years, months, weeks, days or hours (use { days: 0 } for "immediately")',
  })
  .meta({ description: 'A duration in calendar units (years, months, weeks, days) and hours', minProperties: 1 });
/** A length of time, e.g. `{ days: 30 }` or `{ years: 7 }`. */
export type Duration = z.infer<typeof DurationSchema>;

const UNITS = ['years', 'months', 'weeks', 'days', 'hours'] as const;

/**
 * Writes a duration in plain English, largest unit first.
 *
 * @param duration - a duration such as `{ years: 1, days: 30 }` (units that are 0 or absent are left out)
 * @returns the words, e.g. `1 year and 30 days`
 * @example
 * formatDuration({ years: 7 }); // '7 years'
 * formatDuration({ days: 1, hours: 12 }); // '1 day and 12 hours'
 * formatDuration({ days: 0 }); // 'immediately'
 */
export function formatDuration(duration: Duration): string {
  const parts = UNITS.filter((unit) => (duration[unit] ?? 0) > 0).map((unit) => {
    const n = duration[unit] ?? 0;
    return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
  });
  if (parts.length === 0) return 'immediately';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Whether a duration is zero in every unit (`{ days: 0 }`): an action that happens at once.
 *
 * @param duration - a duration such as `{ days: 0 }`
 * @returns `true` when every unit is 0 or absent
 * @example
 * isZeroDuration({ days: 0 }); // true
 * isZeroDuration({ hours: 1 }); // false
 */
export function isZeroDuration(duration: Duration): boolean {
  return UNITS.every((unit) => (duration[unit] ?? 0) === 0);
}

/**
 * The shortest and longest a duration can be, in hours, over every possible start: a month is 28
 * to 31 days, a year 365 to 366, a day 23 to 25 hours (DST). Used to tell, without an anchor date,
 * that one duration is always longer than another.
 *
 * @param duration - a duration
 * @returns `[shortest, longest]` in hours
 * @example
 * durationBoundsInHours({ days: 30 }); // [690, 750]
 */
export function durationBoundsInHours(duration: Duration): [number, number] {
  const { years = 0, months = 0, weeks = 0, days = 0, hours = 0 } = duration;
  const calendarDaysLow = years * 365 + months * 28 + weeks * 7 + days;
  const calendarDaysHigh = years * 366 + months * 31 + weeks * 7 + days;
  return [calendarDaysLow * 23 + hours, calendarDaysHigh * 25 + hours];
}

/**
 * Whether `a` is longer than `b` whatever date they are counted from (`{ years: 5 }` is always longer
 * than `{ days: 30 }`; `{ months: 1 }` is not always longer than `{ days: 30 }`).
 *
 * @param a - a duration
 * @param b - another duration
 * @returns `true` when `a` ends after `b` for every start
 * @example
 * isAlwaysLonger({ years: 5 }, { days: 30 }); // true
 * isAlwaysLonger({ months: 1 }, { days: 30 }); // false
 */
export function isAlwaysLonger(a: Duration, b: Duration): boolean {
  return durationBoundsInHours(a)[0] > durationBoundsInHours(b)[1];
}
