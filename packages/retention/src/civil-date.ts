/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with no time
 * zone. The zone only decides which day an instant falls on and when a day starts (see
 * `zone-clock.ts`); everything in between is pure date arithmetic, identical in every zone.
 * Algorithms after Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** Milliseconds in a 24-hour day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** The day number of a calendar date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date (month 1-12) of a day number. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
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

/** Whether a year is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Adds whole months to a day number the way date-fns `addMonths` does: the same day of the month,
 * or the last day of the target month when it is shorter (2025-01-31 + 1 month = 2025-02-28).
 */
export function addMonthsToDay(dayNumber: number, months: number): number {
  if (months === 0) return dayNumber;
  const { year, month, day } = civilFromDays(dayNumber);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The fiscal year end on or after a day: the first date with the given month and day (the day
 * clamped to the month's length, so 02-29 is 02-28 in common years) that is not before `dayNumber`.
 */
export function fiscalYearEndOnOrAfter(dayNumber: number, fiscalMonth: number, fiscalDay: number): number {
  const { year } = civilFromDays(dayNumber);
  const inYear = (y: number) => daysFromCivil(y, fiscalMonth, Math.min(fiscalDay, daysInMonth(y, fiscalMonth)));
  const candidate = inYear(year);
  return candidate >= dayNumber ? candidate : inYear(year + 1);
}
