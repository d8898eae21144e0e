import { type CivilDate, fromDayNumber, toDayNumber } from './civil-date.js';
import { weekdayOfDayNumber } from './date-arithmetic.js';
import { CalendarError, requireInteger } from './errors.js';
import { type HolidayCalendar, requireHolidayCalendar } from './holiday-calendar.js';

/** The longest run of days without a working day any calendar may have before counting gives up. */
export const MAX_NON_WORKING_RUN = 366;

/**
 * Why a day is not a working day, or `undefined` when it is one: Saturdays, Sundays and public
 * holidays are not (Regulation 1182/71 Art. 2(2); the same for California business days).
 *
 * @param date - a civil date
 * @param holidays - the place's public holidays
 * @returns `'Saturday'`, `'Sunday'`, the holiday's name, or `undefined`
 * @throws {CalendarError} `invalid_date`, `invalid_holidays`
 * @example
 * closedBecause('2026-04-06', holidayList('DE', [{ date: '2026-04-06', name: 'Easter Monday' }])); // 'Easter Monday'
 * closedBecause('2026-04-07', NO_PUBLIC_HOLIDAYS); // undefined
 */
export function closedBecause(date: CivilDate, holidays: HolidayCalendar): string | undefined {
  const day = toDayNumber(date, ['date']);
  return closedOn(day, date, requireHolidayCalendar(holidays));
}

function closedOn(day: number, date: CivilDate, holidays: HolidayCalendar): string | undefined {
  const weekday = weekdayOfDayNumber(day);
  if (weekday === 6) return 'Saturday';
  if (weekday === 0) return 'Sunday';
  return holidays.holidayOn(date);
}

/**
 * Whether a day is a working day: not a Saturday, Sunday or public holiday.
 *
 * @param date - a civil date
 * @param holidays - the place's public holidays
 * @returns `true` for a working day
 * @throws {CalendarError} `invalid_date`, `invalid_holidays`
 * @example
 * isWorkingDay('2026-04-04', NO_PUBLIC_HOLIDAYS); // false (a Saturday)
 */
export function isWorkingDay(date: CivilDate, holidays: HolidayCalendar): boolean {
  return closedBecause(date, holidays) === undefined;
}

/**
 * The day itself when it is a working day, else the next working day (Regulation 1182/71 Art. 3(4)).
 *
 * @param date - a civil date
 * @param holidays - the place's public holidays
 * @returns the first working day on or after `date`
 * @throws {CalendarError} `no_working_day` when none comes within 366 days, `date_out_of_range`, `invalid_holidays`
 * @example
 * nextWorkingDay('2026-04-05', holidayList('DE', ['2026-04-06'])); // '2026-04-07'
 */
export function nextWorkingDay(date: CivilDate, holidays: HolidayCalendar): CivilDate {
  const calendar = requireHolidayCalendar(holidays);
  let day = toDayNumber(date, ['date']);
  for (let i = 0; i <= MAX_NON_WORKING_RUN; i++, day++) {
    const text = fromDayNumber(day, ['date']);
    if (closedOn(day, text, calendar) === undefined) return text;
  }
  throw new CalendarError('no_working_day', ['holidays'], `No working day within ${MAX_NON_WORKING_RUN} days of ${date} in "${calendar.name}"`);
}

/**
 * The date `count` working days after `date` (the day itself does not count).
 *
 * @param date - the day the count starts after
 * @param count - working days to add, 0 to 10,000 (0 gives `date` itself)
 * @param holidays - the place's public holidays
 * @returns the `count`-th working day after `date`
 * @throws {CalendarError} `invalid_number`, `no_working_day`, `date_out_of_range`, `invalid_holidays`
 * @example
 * addWorkingDays('2026-01-02', 10, NO_PUBLIC_HOLIDAYS); // '2026-01-16'
 */
export function addWorkingDays(date: CivilDate, count: number, holidays: HolidayCalendar): CivilDate {
  requireInteger(count, ['count'], 0, 10_000);
  const calendar = requireHolidayCalendar(holidays);
  let current = toDayNumber(date, ['date']);
  let text = date;
  for (let added = 0; added < count; added++) {
    text = nextWorkingDay(fromDayNumber(current + 1, ['count']), calendar);
    current = toDayNumber(text);
  }
  return text;
}

/**
 * The number of working days from `first` to `last`, both included.
 *
 * @param first - the first day
 * @param last - the last day (before `first`: 0)
 * @param holidays - the place's public holidays
 * @returns a count (at most 40,001 days are looked at: the loop is bounded)
 * @throws {CalendarError} `invalid_date`, `invalid_holidays`
 * @example
 * countWorkingDays('2026-04-03', '2026-04-07', NO_PUBLIC_HOLIDAYS); // 3 (Friday, Monday, Tuesday)
 */
export function countWorkingDays(first: CivilDate, last: CivilDate, holidays: HolidayCalendar): number {
  const calendar = requireHolidayCalendar(holidays);
  const from = toDayNumber(first, ['first']);
  const to = toDayNumber(last, ['last']);
  let count = 0;
  for (let day = from; day <= to && day - from <= 40_000; day++) if (closedOn(day, fromDayNumber(day), calendar) === undefined) count++;
  return count;
}
