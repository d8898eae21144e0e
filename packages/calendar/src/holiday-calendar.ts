import { type CivilDate, requireCivilDate } from './civil-date.js';
import { CalendarError, describeValue } from './errors.js';

/**
 * The public holidays of a place, as the counting functions read them. Build one from a list
 * ({@link holidayList}), from the maintained `date-holidays` data (`publicHolidays('DE')` from
 * `@priv/calendar/holidays`), or write your own. Saturdays and Sundays are never working days
 * (Regulation 1182/71 Art. 2(2); Cal. Civ. Code §§ 7, 9 for Sundays) and need not be listed.
 */
export interface HolidayCalendar {
  /** What the calendar is, for the computation text: `'public holidays of DE (date-holidays 3.37.0)'`. */
  readonly name: string;
  /** The holiday's name on `date`, or `undefined` when it is not a public holiday. */
  holidayOn(date: CivilDate): string | undefined;
}

/**
 * A holiday calendar from a list of dates, e.g. the ones a court or an authority publishes.
 *
 * @param name - what the list is, for the computation text
 * @param dates - the holidays, `YYYY-MM-DD`, or `{ date, name }`
 * @returns a {@link HolidayCalendar}
 * @throws {CalendarError} `invalid_holidays` when `dates` is not an array (`holidays: '2026-03-02'`), `invalid_date` at `['holidays', i]` for an entry that is not a date
 * @example
 * const berlin = holidayList('Berlin 2026', ['2026-04-03', { date: '2026-04-06', name: 'Easter Monday' }]);
 * berlin.holidayOn('2026-04-06'); // 'Easter Monday'
 * berlin.holidayOn('2026-04-07'); // undefined
 */
export function holidayList(name: string, dates: readonly (CivilDate | { readonly date: CivilDate; readonly name: string })[]): HolidayCalendar {
  if (typeof name !== 'string' || name.length === 0)
    throw new CalendarError('invalid_holidays', ['name'], 'Give the holiday list a name (it is quoted in every computation)');
  if (!Array.isArray(dates))
    throw new CalendarError('invalid_holidays', ['holidays'], `Expected an array of dates written YYYY-MM-DD, got ${describeValue(dates)}`);
  const names = new Map<string, string>();
  dates.forEach((entry, i) => {
    const date = typeof entry === 'object' && entry !== null ? entry.date : entry;
    const label = typeof entry === 'object' && entry !== null && typeof entry.name === 'string' ? entry.name : 'public holiday';
    names.set(requireCivilDate(date, ['holidays', i]), label);
  });
  return { name, holidayOn: (date) => names.get(date) };
}

/**
 * A calendar with no public holidays: Saturdays and Sundays only are not working days. Say so
 * explicitly when you mean it; the deadline functions never assume it.
 *
 * @example
 * NO_PUBLIC_HOLIDAYS.holidayOn('2026-12-25'); // undefined
 */
export const NO_PUBLIC_HOLIDAYS: HolidayCalendar = Object.freeze({ name: 'no public holidays (weekends only)', holidayOn: () => undefined });

/**
 * Checks a holiday calendar.
 *
 * @param value - the value to check
 * @param path - where it sits in the caller's input
 * @returns the calendar, unchanged
 * @throws {CalendarError} `invalid_holidays` when it is missing or lacks `name` and `holidayOn` (a list of dates must go through {@link holidayList})
 * @example
 * requireHolidayCalendar(NO_PUBLIC_HOLIDAYS); // NO_PUBLIC_HOLIDAYS
 */
export function requireHolidayCalendar(value: unknown, path: readonly PropertyKey[] = ['holidays']): HolidayCalendar {
  const v = value as Partial<HolidayCalendar> | null | undefined;
  if (typeof v !== 'object' || v === null || typeof v.name !== 'string' || typeof v.holidayOn !== 'function') {
    const hint =
      Array.isArray(value) || typeof value === 'string'
        ? ' (wrap a list of dates with holidayList(name, dates))'
        : value === undefined
          ? ' (none was given: pass publicHolidays(country) from @priv/calendar/holidays, a holidayList, or NO_PUBLIC_HOLIDAYS)'
          : '';
    throw new CalendarError('invalid_holidays', path, `Expected a holiday calendar { name, holidayOn(date) }${hint}; got ${describeValue(value)}`);
  }
  return v as HolidayCalendar;
}
