import { clampedDayNumber, partsFromDayNumber } from '@priv/calendar';

/**
 * The fiscal year end on or after a day (day numbers, see `@priv/calendar`): the first date with the
 * given month and day (the day clamped to the month's length, so 02-29 is 02-28 in common years)
 * that is not before `dayNumber`.
 *
 * @param dayNumber - the anchor's local day (days since 1970-01-01)
 * @param fiscalMonth - the fiscal year's last month, 1-12
 * @param fiscalDay - its last day, 1-31 (clamped)
 * @returns the day number of that fiscal year end
 * @example
 * import { toDayNumber } from '@priv/calendar';
 * import { fiscalYearEndOnOrAfter } from './fiscal-year-end.js';
 *
 * fiscalYearEndOnOrAfter(toDayNumber('2026-03-10'), 12, 31) === toDayNumber('2026-12-31'); // true
 */
export function fiscalYearEndOnOrAfter(dayNumber: number, fiscalMonth: number, fiscalDay: number): number {
  const { year } = partsFromDayNumber(dayNumber);
  const candidate = clampedDayNumber(year, fiscalMonth, fiscalDay);
  return candidate >= dayNumber ? candidate : clampedDayNumber(year + 1, fiscalMonth, fiscalDay);
}
