/**
 * `@priv/calendar/holidays`: public holidays of a country or region from the maintained
 * `date-holidays` data, as a {@link HolidayCalendar} for `euPeriod`, `nextWorkingDay` and the
 * request deadlines. A separate entry point because the data is large (see the README for sizes):
 * the core stays small, and code that types its own list never loads it.
 */
import Holidays from 'date-holidays';
import { type CivilDate, requireCivilDate } from './civil-date.js';
import { CalendarError, describeValue } from './errors.js';
import type { HolidayCalendar } from './holiday-calendar.js';

/** The `date-holidays` version this entry point was written against (quoted in computations). */
export const DATE_HOLIDAYS_DATA = 'date-holidays 3.x';

/**
 * The public holidays (type `public` in `date-holidays`, substitute days included; bank, school,
 * optional holidays and observances left out) of a country, or of a state or region within it.
 *
 * @param country - ISO 3166-1 alpha-2 code (`DE`, `FR`, `US`)
 * @param region - optional subdivision as `date-holidays` names it (`BY` for Bavaria, `CA` for California)
 * @returns a {@link HolidayCalendar}
 * @throws {CalendarError} `invalid_holidays` at `['country']` or `['region']` when `date-holidays` does not know it
 * @example
 * import { publicHolidays } from '@priv/calendar/holidays';
 *
 * const de = publicHolidays('DE');
 * de.holidayOn('2026-04-06'); // 'Ostermontag'
 * de.holidayOn('2026-04-07'); // undefined
 */
export function publicHolidays(country: string, region?: string): HolidayCalendar {
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) {
    throw new CalendarError('invalid_holidays', ['country'], `Expected an ISO 3166-1 alpha-2 country code such as "DE", got ${describeValue(country)}`);
  }
  const known = new Holidays().getCountries();
  if (!known[country]) throw new CalendarError('invalid_holidays', ['country'], `date-holidays has no holidays for "${country}"`);
  if (region !== undefined) {
    const regions = new Holidays().getStates(country) ?? {};
    if (typeof region !== 'string' || !regions[region]) {
      throw new CalendarError(
        'invalid_holidays',
        ['region'],
        `date-holidays has no region ${describeValue(region)} in ${country} (known: ${Object.keys(regions).join(', ') || 'none'})`,
      );
    }
  }
  const source = region === undefined ? new Holidays(country) : new Holidays(country, region);
  const years = new Map<number, Map<string, string>>();
  const ofYear = (year: number): Map<string, string> => {
    let map = years.get(year);
    if (!map) {
      map = new Map();
      for (const h of source.getHolidays(year) || []) {
        if (h.type !== 'public') continue;
        const day = h.date.slice(0, 10);
        if (!map.has(day)) map.set(day, h.name);
      }
      if (years.size > 200) years.clear();
      years.set(year, map);
    }
    return map;
  };
  return {
    name: `public holidays of ${country}${region ? `-${region}` : ''} (${DATE_HOLIDAYS_DATA})`,
    holidayOn(date: CivilDate) {
      requireCivilDate(date, ['date']);
      return ofYear(Number(date.slice(0, 4))).get(date);
    },
  };
}
