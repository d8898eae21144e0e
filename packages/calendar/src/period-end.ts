import { type CivilDate, fromDayNumber, MAX_DAY_NUMBER } from './civil-date.js';
import { calendarPart, type Duration, lastDayNumber, requireDuration } from './duration.js';
import { CalendarError } from './errors.js';
import { MAX_INSTANT_MS, requireInstant } from './instant.js';
import { isUtcZone, requireTimeZone } from './time-zone.js';
import { zoneClock } from './zone-clock.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** When a period that runs from an event ends. */
export interface PeriodEnd {
  /** The last local day of the calendar part (absent for a period in hours only, or of zero length). */
  readonly lastDay?: CivilDate;
  /** The instant the period is over: the end of `lastDay` in the zone, plus the hours. */
  readonly endsAt: Date;
}

/**
 * A compiled period end, epoch milliseconds in and out, for hot loops (see {@link periodEndFunction}).
 * Returns `NaN` never: an end beyond 9999-12-31 throws.
 */
export type PeriodEndFunction = (fromMs: number) => number;

/**
 * Compiles the end of a period in a zone: the one meaning of a {@link Duration} in priv. Calendar
 * units count on the zone's calendar from the day after the event's local day and end at the end
 * of the last day (Regulation 1182/71 Art. 3(1), 3(2)(b)-(c)); hours are exact elapsed time added
 * after; a zero duration is the event instant. No roll-over (see `euPeriod` for Art. 3(4)-(5)).
 *
 * @param duration - the period
 * @param timeZone - the zone whose calendar counts the days (required)
 * @returns a function from the event instant (ms) to the end instant (ms)
 * @throws {CalendarError} `invalid_duration`, `invalid_time_zone`; the function throws `date_out_of_range` when the end falls after 9999
 * @example
 * const end = periodEndFunction({ days: 30 }, 'Europe/Berlin');
 * new Date(end(Date.parse('2026-03-20T10:00:00Z'))).toISOString(); // '2026-04-19T22:00:00.000Z'
 */
export function periodEndFunction(duration: Duration, timeZone: string): PeriodEndFunction {
  const { months, days, hours } = calendarPart(requireDuration(duration, ['duration']));
  const zone = requireTimeZone(timeZone, ['timeZone']);
  const hoursMs = hours * HOUR_MS;
  const check = (ms: number): number => {
    if (!(ms <= MAX_INSTANT_MS + DAY_MS * 2)) throw new CalendarError('date_out_of_range', ['duration'], 'The period ends after 9999-12-31');
    return ms;
  };
  const checkDay = (day: number): number => {
    if (day > MAX_DAY_NUMBER + 1) throw new CalendarError('date_out_of_range', ['duration'], 'The period ends after 9999-12-31');
    return day;
  };
  if (months === 0 && days === 0) return (fromMs) => check(fromMs + hoursMs);
  const withMonths = { months, days };
  if (isUtcZone(zone)) return (fromMs) => checkDay(lastDayNumber(Math.floor(fromMs / DAY_MS), withMonths) + 1) * DAY_MS + hoursMs;
  const clock = zoneClock(zone);
  return (fromMs) => clock.startOfLocalDay(checkDay(lastDayNumber(clock.localDay(fromMs), withMonths) + 1)) + hoursMs;
}

/**
 * When a period that runs from an event ends, in a zone (see {@link periodEndFunction} for the
 * counting). `{ days: 3 }` means the same here, in notice's breach and request deadlines and in
 * retention: the end of the third local day after the event's day.
 *
 * @param from - the event instant (`Date` or ISO date-time with `Z` or an offset)
 * @param duration - the period
 * @param timeZone - the zone whose calendar counts the days (required)
 * @returns the last local day (for calendar units) and the end instant
 * @throws {CalendarError} `invalid_instant`, `invalid_duration`, `invalid_time_zone`, `date_out_of_range`
 * @example
 * const end = periodEnd('2026-03-02T15:00:00Z', { days: 3 }, 'UTC');
 * end.lastDay; // '2026-03-05'
 * end.endsAt.toISOString(); // '2026-03-06T00:00:00.000Z'
 * periodEnd('2026-03-28T12:00:00+01:00', { hours: 72 }, 'Europe/Berlin').endsAt.toISOString(); // '2026-03-31T11:00:00.000Z'
 */
export function periodEnd(from: Date | string, duration: Duration, timeZone: string): PeriodEnd {
  const fromMs = requireInstant(from, ['from']).getTime();
  const endMs = periodEndFunction(duration, timeZone)(fromMs);
  const { months, days } = calendarPart(duration);
  if (months === 0 && days === 0) return { endsAt: new Date(endMs) };
  const lastDay = fromDayNumber(lastDayNumber(zoneClock(timeZone).localDay(fromMs), { months, days }), ['duration']);
  return { lastDay, endsAt: new Date(endMs) };
}
